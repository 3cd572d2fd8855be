/*
 * Throwing MSVC C++ exceptions, and the exports around the exceptions in
 * flight: the current exception (what `throw;` rethrows, what
 * std::current_exception takes), uncaught exceptions, the SE translator,
 * unexpected(), and the helpers compilers and other runtimes call.
 */
#include <string.h>
#include "cxx_eh.h"

#define DEBUG_CHANNEL CH_MSVCRT
#include "winrun/debug.h"

WINBASEAPI BOOL WINAPI GetModuleHandleExW(DWORD flags, LPCWSTR name, HMODULE *module);

/* The exception's fourth parameter is the base that ThrowInfo's RVAs are
 * relative to: the module holding it. */
static ULONG_PTR image_base_of(const void *address)
{
    HMODULE module = NULL;

    if (!GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                            address, &module))
        return 0;
    return (ULONG_PTR)module;
}

/* `throw object;` (and `throw;`, as (NULL, NULL): the frame handlers
 * then take the exception being handled) */
void CDECL MSVCRT__CxxThrowException(void *object, const struct cxx_throw_info *info)
{
    ULONG_PTR params[CXX_EXCEPTION_PARAMS];

    params[0] = info && (info->attributes & TI_IS_PURE) ? CXX_MAGIC_PURE : CXX_MAGIC_VC6;
    params[1] = (ULONG_PTR)object;
    params[2] = (ULONG_PTR)info;
    params[3] = info ? image_base_of(info) : 0;
    TRACE("object %p ThrowInfo %p base %#lx\n", object, info, (unsigned long)params[3]);
    RaiseException(CXX_EXCEPTION, EXCEPTION_NONCONTINUABLE, CXX_EXCEPTION_PARAMS, params);
}

void CDECL MSVCRT___DestructExceptionObject(EXCEPTION_RECORD *rec)
{
    const struct cxx_throw_info *info;

    if (!rec || !cxx_is_cxx_exception(rec)) return;
    info = (const void *)rec->ExceptionInformation[2];
    if (!info || !info->destructor || !rec->ExceptionInformation[1]) return;
    TRACE("destructor of %p\n", (void *)rec->ExceptionInformation[1]);
    ((void (WINAPI *)(void *))cxx_rva(cxx_throw_base(rec), info->destructor))((void *)rec->ExceptionInformation[1]);
}

/* ---- the exceptions in flight, per thread ---- */

void **CDECL MSVCRT___current_exception(void)
{
    return (void **)&crt_thread_data()->cxx_record;
}

void **CDECL MSVCRT___current_exception_context(void)
{
    return (void **)&crt_thread_data()->cxx_context;
}

int *CDECL MSVCRT___processing_throw(void)
{
    return &crt_thread_data()->cxx_processing_throw;
}

BOOL CDECL MSVCRT___uncaught_exception(void)
{
    return crt_thread_data()->cxx_processing_throw > 0;
}

int CDECL MSVCRT___uncaught_exceptions(void)
{
    return crt_thread_data()->cxx_processing_throw;
}

/* TRUE for a rethrow (the record then becomes the exception rethrown, as
 * for the frame handlers) and for the exception being handled itself */
BOOL CDECL MSVCRT___CxxDetectRethrow(EXCEPTION_POINTERS *pointers)
{
    EXCEPTION_RECORD *rec, *current = crt_thread_data()->cxx_record;

    if (!pointers || !(rec = pointers->ExceptionRecord)) return FALSE;
    if (cxx_is_cxx_exception(rec) && !rec->ExceptionInformation[2] && current) {
        pointers->ExceptionRecord = current;
        return TRUE;
    }
    return rec == current;
}

/* the filter of a catch clause compiled as SEH (/clr code and some
 * runtimes): EXECUTE_HANDLER if the clause of that type takes it, with
 * the catch object copied to *COPY */
int CDECL MSVCRT___CxxExceptionFilter(EXCEPTION_POINTERS *pointers, const struct cxx_type_descriptor *type,
                                      int adjectives, void **copy)
{
    const struct cxx_catchable_type *catchable;
    EXCEPTION_RECORD *rec;

    if (!pointers || !(rec = pointers->ExceptionRecord)) return EXCEPTION_CONTINUE_SEARCH;
    if (!type) return EXCEPTION_EXECUTE_HANDLER;          /* catch(...) */
    if (!cxx_is_cxx_exception(rec)) return EXCEPTION_CONTINUE_SEARCH;
    if (!rec->ExceptionInformation[1] && !rec->ExceptionInformation[2] &&
        !(rec = crt_thread_data()->cxx_record))
        return EXCEPTION_CONTINUE_SEARCH;
    if (!(catchable = cxx_find_catchable_type(rec, type, (DWORD)adjectives))) return EXCEPTION_CONTINUE_SEARCH;
    if (copy) cxx_copy_catch_object(rec, copy, (DWORD)adjectives, catchable);
    return EXCEPTION_EXECUTE_HANDLER;
}

unsigned int CDECL MSVCRT___CxxQueryExceptionSize(void)
{
    return sizeof(struct cxx_throw_info);
}

/* ---- handlers ---- */

typedef void (CDECL *crt_se_translator)(unsigned int, EXCEPTION_POINTERS *);
typedef void (CDECL *crt_unexpected_handler)(void);

crt_se_translator CDECL MSVCRT__set_se_translator(crt_se_translator translator)
{
    struct crt_thread_data *data = crt_thread_data();
    crt_se_translator old = (crt_se_translator)data->se_translator;

    data->se_translator = (void *)translator;
    return old;
}

crt_unexpected_handler CDECL MSVCRT_set_unexpected(crt_unexpected_handler handler)
{
    struct crt_thread_data *data = crt_thread_data();
    crt_unexpected_handler old = (crt_unexpected_handler)data->unexpected_handler;

    data->unexpected_handler = (void *)handler;
    return old;
}

crt_unexpected_handler CDECL MSVCRT__get_unexpected(void)
{
    return (crt_unexpected_handler)crt_thread_data()->unexpected_handler;
}

/* unexpected(): the handler, which must not return; terminate() if it does */
void CDECL MSVCRT_unexpected(void)
{
    crt_unexpected_handler handler = MSVCRT__get_unexpected();

    if (handler) handler();
    MSVCRT_terminate();
}

/* ---- SEH helpers ---- */

int CDECL MSVCRT__XcptFilter(DWORD code, EXCEPTION_POINTERS *pointers);

/* _XcptFilter for C++ exceptions only */
int CDECL MSVCRT___CppXcptFilter(DWORD code, EXCEPTION_POINTERS *pointers)
{
    if (code != CXX_EXCEPTION) return EXCEPTION_CONTINUE_SEARCH;
    return MSVCRT__XcptFilter(code, pointers);
}

/* _local_unwind: run the __finally blocks of FRAME down to TARGET (code
 * leaving a __try by goto) */
void CDECL MSVCRT__local_unwind(void *frame, void *target)
{
    RtlUnwind(frame, target, NULL, NULL);
}

/* ---- the UCRT's std::exception data and type checks ---- */

struct std_exception_data {
    const char *what;
    unsigned char do_free;          /* C++ bool: WHAT is a copy to free */
};

void CDECL MSVCRT___std_exception_copy(const struct std_exception_data *src, struct std_exception_data *dst)
{
    char *copy;

    if (src->do_free && src->what && (copy = MSVCRT_malloc(strlen(src->what) + 1))) {
        strcpy(copy, src->what);
        dst->what = copy;
        dst->do_free = 1;
    } else {
        dst->what = src->what;
        dst->do_free = 0;
    }
}

void CDECL MSVCRT___std_exception_destroy(struct std_exception_data *data)
{
    if (data->do_free) MSVCRT_free((char *)data->what);
    data->what = NULL;
    data->do_free = 0;
}

/* whether the C++ exception can be caught as TYPE */
int CDECL MSVCRT__is_exception_typeof(const struct cxx_type_descriptor *type, EXCEPTION_POINTERS *pointers)
{
    EXCEPTION_RECORD *rec = pointers ? pointers->ExceptionRecord : NULL;

    if (!rec || !cxx_is_cxx_exception(rec) || !rec->ExceptionInformation[2]) return 0;
    return cxx_find_catchable_type(rec, type, HT_IS_REFERENCE | HT_IS_CONST | HT_IS_VOLATILE | HT_IS_UNALIGNED) != NULL;
}
