/*
 * Debug channels (WINRUN_DEBUG), winrun's own error lines, and the target
 * of the generated stubs for unimplemented exports.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ntdll_private.h"
#define DEBUG_CHANNEL CH_LOADER
#include "winrun/debug.h"

unsigned int __winrun_debug_mask = 1u << CH_FIXME;

static const char *const channel_names[CH_COUNT] = { DEBUG_CHANNEL_NAMES };

/* WINRUN_DEBUG is a comma-separated list of [+-]channel or [+-]all; a bare
 * name means +name. Unknown names are reported once, not fatal. */
void debug_init(void)
{
    const char *spec = getenv("WINRUN_DEBUG");
    char name[32];

    if (!spec) return;
    while (*spec) {
        size_t len = strcspn(spec, ",");
        int on = 1, known = 0;
        const char *p = spec;
        if (*p == '+' || *p == '-') { on = *p == '+'; p++; len--; }
        if (len && len < sizeof(name)) {
            memcpy(name, p, len);
            name[len] = 0;
            for (int i = 0; i < CH_COUNT; i++) {
                if (strcmp(name, "all") && strcmp(name, channel_names[i])) continue;
                if (on) __winrun_debug_mask |= 1u << i;
                else __winrun_debug_mask &= ~(1u << i);
                known = 1;
            }
            if (!known) winrun_error("WINRUN_DEBUG: unknown channel '%s'", name);
        }
        spec = p + len;
        if (*spec == ',') spec++;
    }
}

/* One write() per message so that lines of different threads don't mix. */
void __winrun_debug_printf(int channel, const char *function, const char *format, ...)
{
    char buf[1024];
    int n;
    va_list args;

    n = snprintf(buf, sizeof(buf), "%04x:%s:%s ", (unsigned int)gettid(),
                 channel >= 0 && channel < CH_COUNT ? channel_names[channel] : "?", function);
    va_start(args, format);
    if (n >= 0 && n < (int)sizeof(buf)) n += vsnprintf(buf + n, sizeof(buf) - n, format, args);
    va_end(args);
    if (n > (int)sizeof(buf) - 1) n = sizeof(buf) - 1;
    if (n > 0) {
        ssize_t written = write(2, buf, n);
        (void)written;
    }
}

void winrun_error(const char *format, ...)
{
    char buf[1024];
    int n = snprintf(buf, sizeof(buf), "winrun: ");
    va_list args;

    va_start(args, format);
    n += vsnprintf(buf + n, sizeof(buf) - n - 1, format, args);
    va_end(args);
    if (n > (int)sizeof(buf) - 2) n = sizeof(buf) - 2;
    buf[n++] = '\n';
    ssize_t written = write(2, buf, n);
    (void)written;
}

/* "hello.exe+0x1a2b" for an address inside a loaded module */
static void describe_address(const void *addr, char *buf, size_t size)
{
    PLDR_DATA_TABLE_ENTRY mod = module_from_address(addr);
    if (mod) {
        char *name = utf16_to_utf8_dup(mod->BaseDllName.Buffer);
        snprintf(buf, size, "%s+0x%lx", name ? name : "?", (unsigned long)((const char *)addr - (const char *)mod->DllBase));
        free(name);
    } else snprintf(buf, size, "%p", addr);
}

void __winrun_unimplemented(const char *name, void *return_address)
{
    char where[MAX_PATH + 32];
    describe_address(return_address, where, sizeof(where));
    winrun_error("unimplemented function %s called from %s", name, where);
    /* No exception dispatch yet: end the process the way an unhandled
     * EXCEPTION_WINRUN_STUB would, with a distinctive exit code. */
    _exit(0x80);
}
