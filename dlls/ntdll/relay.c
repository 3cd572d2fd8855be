/*
 * +relay tracing: with WINRUN_DEBUG=+relay, imports and GetProcAddress of
 * builtin functions resolve to generated thunks (tools/specgen.c) that enter
 * __winrun_relay_entry (x86_64.S), which calls these two loggers around the
 * real function. With relay off nothing here runs: imports point straight
 * at the implementation. Calls between builtins are ELF calls and are not
 * traced.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "ntdll_private.h"

struct relay_descriptor {          /* layout fixed by specgen and x86_64.S */
    void *func;
    const char *name;              /* "kernel32.WriteFile" */
    const char *argtypes;          /* one letter per argument, see tools/spec.h */
    unsigned int nargs;
    unsigned int varargs;
};

/* Strings are shown only when the pointer is plausibly one: above the
 * first 64K and readable as far as we print (checked by mincore-free means:
 * we trust the program, as a debugger's relay log does). */
static int append_string(char *buf, size_t size, const void *ptr, int wide)
{
    int n = 0;
    if ((ULONG_PTR)ptr < 0x10000) return snprintf(buf, size, "%p", ptr);
    n += snprintf(buf + n, size - n, wide ? "L\"" : "\"");
    for (int i = 0; i < 80 && (size_t)n < size - 8; i++) {
        unsigned int c = wide ? ((const WCHAR *)ptr)[i] : ((const unsigned char *)ptr)[i];
        if (!c) break;
        if (c == '\n') n += snprintf(buf + n, size - n, "\\n");
        else if (c == '"' || c == '\\') n += snprintf(buf + n, size - n, "\\%c", c);
        else if (c >= 0x20 && c < 0x7f) buf[n++] = (char)c;
        else n += snprintf(buf + n, size - n, "\\x%02x", c);
        if (i == 79) n += snprintf(buf + n, size - n, "...");
    }
    n += snprintf(buf + n, size - n, "\"");
    return n;
}

WINAPI void relay_log_call(const struct relay_descriptor *desc, const ULONG_PTR *args, void *ret)
{
    char buf[2048];
    int n = snprintf(buf, sizeof(buf), "%04x:Call %s(", (unsigned int)gettid(), desc->name);

    for (unsigned int i = 0; i < desc->nargs && (size_t)n < sizeof(buf) - 200; i++) {
        if (i) buf[n++] = ',';
        switch (desc->argtypes[i]) {
        case 'l': n += snprintf(buf + n, sizeof(buf) - n, "%08x", (unsigned int)args[i]); break;
        case 's': n += append_string(buf + n, sizeof(buf) - n, (const void *)args[i], 0); break;
        case 'w': n += append_string(buf + n, sizeof(buf) - n, (const void *)args[i], 1); break;
        case 'd': { double d; memcpy(&d, &args[i], sizeof(d)); n += snprintf(buf + n, sizeof(buf) - n, "%g", d); break; }
        case 'f': { float f; memcpy(&f, &args[i], sizeof(f)); n += snprintf(buf + n, sizeof(buf) - n, "%g", f); break; }
        default:  n += snprintf(buf + n, sizeof(buf) - n, "%016lx", (unsigned long)args[i]); break;
        }
    }
    n += snprintf(buf + n, sizeof(buf) - n, "%s) ret=%p\n", desc->varargs ? ",..." : "", ret);
    if (n > (int)sizeof(buf)) n = sizeof(buf);
    ssize_t written = write(2, buf, n);
    (void)written;
}

WINAPI void relay_log_return(const struct relay_descriptor *desc, ULONG_PTR retval, void *ret)
{
    char buf[256];
    int n = snprintf(buf, sizeof(buf), "%04x:Ret  %s() retval=%016lx ret=%p\n", (unsigned int)gettid(), desc->name,
                     (unsigned long)retval, ret);
    if (n > (int)sizeof(buf)) n = sizeof(buf);
    ssize_t written = write(2, buf, n);
    (void)written;
}
