/*
 * Debug channels: WINRUN_DEBUG=+relay,+loader,-fixme,... (or +all).
 * The mask is parsed once at start-up and read-only afterwards, so a trace
 * that is off costs one load and a branch. Each source file names its
 * channel before including this header:
 *
 *     #define DEBUG_CHANNEL CH_LOADER
 *     #include "winrun/debug.h"
 *     TRACE("mapped %s at %p\n", name, base);
 *     FIXME("flags %#x not supported\n", flags);   // printed once per call site
 */
#ifndef WINRUN_DEBUG_H
#define WINRUN_DEBUG_H

#include "windef.h"

enum debug_channel {
    CH_FIXME, CH_WARN, CH_RELAY, CH_LOADER, CH_MODULE, CH_FILE, CH_HEAP, CH_SEH, CH_SYNC,
    CH_THREAD, CH_PROCESS, CH_ENV, CH_TIME, CH_VIRTUAL, CH_CONSOLE, CH_RESOURCE, CH_MSVCRT,
    CH_STRING, CH_USER32, CH_REG, CH_SECURITY, CH_COUNT
};

#define DEBUG_CHANNEL_NAMES \
    "fixme", "warn", "relay", "loader", "module", "file", "heap", "seh", "sync", \
    "thread", "process", "env", "time", "virtual", "console", "resource", "msvcrt", \
    "string", "user32", "reg", "security"

extern DECLSPEC_EXPORT unsigned int __winrun_debug_mask;
DECLSPEC_EXPORT void __winrun_debug_printf(int channel, const char *function, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

#define DEBUG_ON(ch) (__builtin_expect(__winrun_debug_mask & (1u << (ch)), 0))

#ifdef DEBUG_CHANNEL
#define TRACE(...) do { if (DEBUG_ON(DEBUG_CHANNEL)) \
    __winrun_debug_printf(DEBUG_CHANNEL, __func__, __VA_ARGS__); } while (0)
#define WARN(...) do { if (DEBUG_ON(CH_WARN)) \
    __winrun_debug_printf(CH_WARN, __func__, __VA_ARGS__); } while (0)
#define FIXME(...) do { static int fixme_said; if (DEBUG_ON(CH_FIXME) && !fixme_said) { \
    fixme_said = 1; __winrun_debug_printf(CH_FIXME, __func__, __VA_ARGS__); } } while (0)
#endif

#endif
