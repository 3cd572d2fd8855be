/*
 * RtlIsTextUnicode: Windows' guess whether a buffer holds UTF-16 text
 * (notepad asks it when a file has no byte order mark).
 *
 * Each test that passes sets its IS_TEXT_UNICODE_* bit; *pf on entry
 * selects the tests (all when pf is NULL) and receives the bits that
 * passed among those asked for.  As on Windows only the first 256
 * characters are examined, a trailing NUL byte is not counted (so a
 * terminated ANSI string does not look like it has NUL bytes), and the
 * verdict is: reversed or not-Unicode evidence says no, NUL bytes say yes
 * (ASCII text has none), otherwise any Unicode evidence says yes.
 */
#include "ntdll_private.h"

#define IS_TEXT_UNICODE_ASCII16            0x0001
#define IS_TEXT_UNICODE_STATISTICS         0x0002
#define IS_TEXT_UNICODE_CONTROLS           0x0004
#define IS_TEXT_UNICODE_SIGNATURE          0x0008
#define IS_TEXT_UNICODE_UNICODE_MASK       0x000F
#define IS_TEXT_UNICODE_REVERSE_CONTROLS   0x0040
#define IS_TEXT_UNICODE_REVERSE_SIGNATURE  0x0080
#define IS_TEXT_UNICODE_REVERSE_MASK       0x00F0
#define IS_TEXT_UNICODE_ODD_LENGTH         0x0200
#define IS_TEXT_UNICODE_NOT_UNICODE_MASK   0x0F00
#define IS_TEXT_UNICODE_NULL_BYTES         0x1000
#define IS_TEXT_UNICODE_NOT_ASCII_MASK     0xF000

static int is_control(WCHAR c)
{
    return c == '\r' || c == '\n' || c == '\t' || c == ' ' || c == 0x3000;
}

static int is_reversed_control(WCHAR c)
{
    return c == 0x0d00 || c == 0x0a00 || c == 0x0900 || c == 0x2000;
}

BOOLEAN WINAPI RtlIsTextUnicode(const void *buf, INT len, INT *pf)
{
    const WCHAR *s = buf;
    unsigned int tests = pf ? (unsigned int)*pf : ~0u, found = 0;
    int i, count, ascii = 0;

    if (!buf || len < 2) {
        if (pf) *pf = 0;
        return FALSE;
    }
    if (len & 1) found |= IS_TEXT_UNICODE_ODD_LENGTH;
    if (((const unsigned char *)buf)[len - 1] == 0) len--;
    count = len / 2;
    if (count > 256) count = 256;

    if (count && s[0] == 0xfeff) found |= IS_TEXT_UNICODE_SIGNATURE;
    if (count && s[0] == 0xfffe) found |= IS_TEXT_UNICODE_REVERSE_SIGNATURE;
    for (i = 0; i < count; i++) {
        if (s[i] <= 0xff) ascii++;
        if (!(s[i] & 0xff) || !(s[i] >> 8)) found |= IS_TEXT_UNICODE_NULL_BYTES;
        if (is_control(s[i])) found |= IS_TEXT_UNICODE_CONTROLS;
        if (is_reversed_control(s[i])) found |= IS_TEXT_UNICODE_REVERSE_CONTROLS;
    }
    if (ascii > count / 2) found |= IS_TEXT_UNICODE_STATISTICS;

    found &= tests;
    if (pf) *pf = (INT)found;
    if (found & (IS_TEXT_UNICODE_REVERSE_MASK | IS_TEXT_UNICODE_NOT_UNICODE_MASK)) return FALSE;
    if (found & IS_TEXT_UNICODE_NOT_ASCII_MASK) return TRUE;
    return (found & IS_TEXT_UNICODE_UNICODE_MASK) != 0;
}
