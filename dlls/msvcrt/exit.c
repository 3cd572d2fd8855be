/*
 * Exit: atexit/_onexit and the UCRT onexit tables, at_quick_exit, exit,
 * _exit, quick_exit, abort, _amsg_exit.  Functions run in reverse order of
 * registration, each table once.
 */
#include <stdlib.h>
#include <string.h>
#include "crt_private.h"

typedef void (CDECL *crt_vfunc)(void);
typedef struct { crt_vfunc *first, *last, *end; } onexit_table;

static CRITICAL_SECTION exit_lock;
static onexit_table atexit_table, quick_exit_table;

void exit_init(void)
{
    InitializeCriticalSection(&exit_lock);
}

static int table_add(onexit_table *table, crt_vfunc func)
{
    if (table->last == table->end) {
        size_t n = table->end - table->first, cap = n ? n * 2 : 32;
        crt_vfunc *grown = realloc(table->first, cap * sizeof(*grown));
        if (!grown) return -1;
        table->first = grown;
        table->last = grown + n;
        table->end = grown + cap;
    }
    *table->last++ = func;
    return 0;
}

static void table_run(onexit_table *table)
{
    crt_vfunc *first, *last;
    EnterCriticalSection(&exit_lock);
    first = table->first;
    last = table->last;
    table->first = table->last = table->end = NULL;
    LeaveCriticalSection(&exit_lock);
    while (last > first) {
        crt_vfunc f = *--last;
        if (f) f();
    }
    free(first);
}

int CDECL MSVCRT_atexit(crt_vfunc func)
{
    int ret;
    EnterCriticalSection(&exit_lock);
    ret = table_add(&atexit_table, func);
    LeaveCriticalSection(&exit_lock);
    return ret;
}

crt_vfunc CDECL MSVCRT__onexit(crt_vfunc func)
{
    return MSVCRT_atexit(func) ? NULL : func;
}

int CDECL MSVCRT__crt_atexit(crt_vfunc func) { return MSVCRT_atexit(func); }

/* DLLs built against msvcrt keep their own table through this */
crt_vfunc CDECL MSVCRT___dllonexit(crt_vfunc func, crt_vfunc **start, crt_vfunc **end)
{
    onexit_table t = { *start, *end, *end };
    if (table_add(&t, func)) return NULL;
    *start = t.first;
    *end = t.last;
    return func;
}

int CDECL MSVCRT__initialize_onexit_table(onexit_table *table)
{
    if (!table) return -1;
    if (!table->first) table->first = table->last = table->end = NULL;
    return 0;
}

int CDECL MSVCRT__register_onexit_function(onexit_table *table, crt_vfunc func)
{
    int ret;
    if (!table) return -1;
    EnterCriticalSection(&exit_lock);
    ret = table_add(table, func);
    LeaveCriticalSection(&exit_lock);
    return ret;
}

int CDECL MSVCRT__execute_onexit_table(onexit_table *table)
{
    if (!table) return -1;
    table_run(table);
    return 0;
}

void crt_run_atexit(void)
{
    table_run(&atexit_table);
}

void CDECL MSVCRT__cexit(void)
{
    crt_run_atexit();
    stdio_flush_all();
}

void CDECL MSVCRT__c_exit(void) {}

void CDECL MSVCRT_exit(int code)
{
    MSVCRT__cexit();
    ExitProcess((UINT)code);
}

void CDECL MSVCRT__exit(int code)
{
    ExitProcess((UINT)code);
}

/* C11 quick exit: its own table, no atexit functions, no stream flush */
int CDECL MSVCRT_at_quick_exit(crt_vfunc func)
{
    int ret;
    EnterCriticalSection(&exit_lock);
    ret = table_add(&quick_exit_table, func);
    LeaveCriticalSection(&exit_lock);
    return ret;
}

int CDECL MSVCRT__crt_at_quick_exit(crt_vfunc func) { return MSVCRT_at_quick_exit(func); }

void CDECL MSVCRT_quick_exit(int code)
{
    table_run(&quick_exit_table);
    ExitProcess((UINT)code);
}

void CDECL MSVCRT_abort(void)
{
    static const char message[] =
        "\nThis application has requested the Runtime to terminate it in an unusual way.\n"
        "Please contact the application's support team for more information.\n";
    /* a SIGABRT handler runs first and may leave by longjmp; returning
     * from it still aborts */
    crt_signal_abort();
    if (!crt_is_ucrt) MSVCRT__write(2, message, sizeof(message) - 1);
    ExitProcess(3);
}

void CDECL MSVCRT__amsg_exit(int error)
{
    char buf[64];
    int n = 0;
    const char *prefix = "runtime error R60";
    while (prefix[n]) { buf[n] = prefix[n]; n++; }
    buf[n++] = (char)('0' + error / 10 % 10);
    buf[n++] = (char)('0' + error % 10);
    buf[n++] = '\n';
    MSVCRT__write(2, buf, n);
    ExitProcess(255);
}

