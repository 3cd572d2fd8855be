/*
 * scanf.h - the scanf core shared by our msvcrt.dll and ucrtbase.dll
 * (internal interface, never seen by Windows programs).
 *
 * One scanner, scan_format(), implements the Windows scanf family for both
 * runtimes; sscanf, fscanf, swscanf, _snscanf and the UCRT's
 * __stdio_common_vs*scanf are thin wrappers (scanf_api.c, stdio.c) that
 * provide a source of characters and pick the flags.
 *
 * Arguments follow the Windows x64 varargs layout, as for printf.h: every
 * argument is one 8-byte slot; pointers are ordinary pointers into the
 * process, the buffer sizes of the secure (_s) family are unsigned ints in
 * the low half of their slot.
 *
 * Conversions between char and WCHAR (%lc/%ls in narrow scanf, %hs/%S in
 * wide scanf) follow the "C" locale, the only one the CRT offers: a byte is
 * the code point of the same value, and a WCHAR above U+00FF has no narrow
 * form (the field fails).
 */
#ifndef WINRUN_MSVCRT_SCANF_H
#define WINRUN_MSVCRT_SCANF_H

#include <stddef.h>
#include <stdint.h>

#define SCAN_END (-1)

struct scan_source {
    /* The next unit (a char as 0..255, or a WCHAR), or SCAN_END. */
    int (*get)(struct scan_source *src);
    /* Give back the unit the last get() returned (never SCAN_END); at most
       one unit is given back between two get() calls. */
    void (*unget)(struct scan_source *src, int unit);
    /* Out: why scan_format stopped early (enum scan_error). */
    int error;
};

enum scan_error {
    SCAN_ERROR_NONE = 0,
    SCAN_ERROR_INVALID,   /* bad format: the CRT calls its invalid parameter
                             handler and sets errno = EINVAL */
    SCAN_ERROR_NOMEM,     /* secure family: a buffer is too small, errno = ENOMEM */
    SCAN_ERROR_ILSEQ,     /* a character has no narrow form: errno = EILSEQ */
};

enum {
    SCAN_WIDE = 1,        /* format and input are WCHAR (wscanf family) */
    SCAN_UCRT = 2,        /* ucrtbase semantics instead of msvcrt.dll's */
    SCAN_SECURE = 4,      /* the _s family: %c %s %[ take a size argument */
    SCAN_LEGACY_WIDE_SPECIFIERS = 8,   /* ucrt: %s in wscanf means WCHAR, as msvcrt */
    SCAN_LEGACY_MSVCRT_COMPAT = 16,    /* ucrt: no inf/nan/hex float input */
};

/* Scan src according to format (char or WCHAR, NUL-terminated).  Returns the
   number of fields assigned, or -1 (EOF) when the input ended before the
   first conversion; src->error says why a scan stopped on an error. */
int scan_format(struct scan_source *src, unsigned flags, const void *format, const uint64_t *args);

/* A counted string source for the sscanf family: it ends at length units
   or at a NUL, whichever comes first ((size_t)-1 for no limit). */
struct scan_string_source {
    struct scan_source src;   /* pass &s.src to scan_format */
    const void *string;       /* char *, or uint16_t * when wide */
    size_t pos, length;
    int wide;
};

void scan_string_source_init(struct scan_string_source *s, const void *string, size_t length, int wide);

#endif /* WINRUN_MSVCRT_SCANF_H */
