/*
 * The invalid parameter handler: what a CRT function does when called with
 * an argument it refuses (a NULL string, an unknown signal, ...).  The
 * handler set with _set_invalid_parameter_handler is called with NULL
 * expression, function and file (release builds of the CRT pass no text).
 * With no handler, msvcrt.dll just returns and the function fails with
 * errno = EINVAL; the UCRT ends the process as __fastfail(FAST_FAIL_INVALID_ARG)
 * does, with STATUS_STACK_BUFFER_OVERRUN as exit code.
 */
#include "crt_private.h"
#include "ntstatus.h"

typedef void (CDECL *invalid_parameter_handler)(const WCHAR *expression, const WCHAR *function,
                                                 const WCHAR *file, unsigned int line, UINT_PTR reserved);


static invalid_parameter_handler global_handler;

invalid_parameter_handler CDECL MSVCRT__set_invalid_parameter_handler(invalid_parameter_handler handler)
{
    return __atomic_exchange_n(&global_handler, handler, __ATOMIC_SEQ_CST);
}

invalid_parameter_handler CDECL MSVCRT__get_invalid_parameter_handler(void)
{
    return __atomic_load_n(&global_handler, __ATOMIC_SEQ_CST);
}

invalid_parameter_handler CDECL MSVCRT__set_thread_local_invalid_parameter_handler(invalid_parameter_handler handler)
{
    struct crt_thread_data *data = crt_thread_data();
    invalid_parameter_handler old = (invalid_parameter_handler)data->invalid_parameter_handler;
    data->invalid_parameter_handler = (void *)handler;
    return old;
}

invalid_parameter_handler CDECL MSVCRT__get_thread_local_invalid_parameter_handler(void)
{
    return (invalid_parameter_handler)crt_thread_data()->invalid_parameter_handler;
}

void CDECL MSVCRT__invalid_parameter(const WCHAR *expression, const WCHAR *function, const WCHAR *file,
                                     unsigned int line, UINT_PTR reserved)
{
    invalid_parameter_handler handler = crt_is_ucrt ? MSVCRT__get_thread_local_invalid_parameter_handler() : NULL;

    if (!handler) handler = MSVCRT__get_invalid_parameter_handler();
    if (handler) {
        handler(expression, function, file, line, reserved);
        return;
    }
    if (crt_is_ucrt) TerminateProcess(GetCurrentProcess(), STATUS_STACK_BUFFER_OVERRUN);
}

void CDECL MSVCRT__invalid_parameter_noinfo(void)
{
    MSVCRT__invalid_parameter(NULL, NULL, NULL, 0, 0);
}

void CDECL MSVCRT__invalid_parameter_noinfo_noreturn(void)
{
    MSVCRT__invalid_parameter(NULL, NULL, NULL, 0, 0);
    TerminateProcess(GetCurrentProcess(), STATUS_STACK_BUFFER_OVERRUN);
    for (;;);
}

void crt_invalid_parameter(void)
{
    MSVCRT__invalid_parameter(NULL, NULL, NULL, 0, 0);
}
