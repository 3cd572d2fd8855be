/*
 * Character helpers: CharUpper/CharLower (strings, counted buffers, or a
 * single character passed in the pointer's low word), CharNext/CharPrev,
 * IsCharAlpha and friends. A versions go through the ANSI code page so
 * that 0x80-0xff mean what they mean in 1252, then use the one UTF-16
 * case table (winrun/unicode.h).
 */
#include "winbase.h"
#include "winnls.h"
#include "winrun/unicode.h"

static WCHAR ansi_to_wide(char c)
{
    WCHAR w = 0;
    MultiByteToWideChar(CP_ACP, 0, &c, 1, &w, 1);
    return w;
}

/* The A character for W, or C itself when the code page has none. */
static char wide_to_ansi(WCHAR w, char c)
{
    char out;
    BOOL lossy = FALSE;
    if (WideCharToMultiByte(CP_ACP, 0, &w, 1, &out, 1, NULL, &lossy) != 1 || lossy) return c;
    return out;
}

static char upper_a(char c) { return wide_to_ansi(wch_upper(ansi_to_wide(c)), c); }
static char lower_a(char c) { return wide_to_ansi(wch_lower(ansi_to_wide(c)), c); }

WINBASEAPI DWORD WINAPI CharUpperBuffA(LPSTR s, DWORD len)
{
    DWORD i;
    if (!s) return 0;
    for (i = 0; i < len; i++) s[i] = upper_a(s[i]);
    return len;
}

WINBASEAPI DWORD WINAPI CharLowerBuffA(LPSTR s, DWORD len)
{
    DWORD i;
    if (!s) return 0;
    for (i = 0; i < len; i++) s[i] = lower_a(s[i]);
    return len;
}

WINBASEAPI DWORD WINAPI CharUpperBuffW(LPWSTR s, DWORD len)
{
    DWORD i;
    if (!s) return 0;
    for (i = 0; i < len; i++) s[i] = wch_upper(s[i]);
    return len;
}

WINBASEAPI DWORD WINAPI CharLowerBuffW(LPWSTR s, DWORD len)
{
    DWORD i;
    if (!s) return 0;
    for (i = 0; i < len; i++) s[i] = wch_lower(s[i]);
    return len;
}

WINBASEAPI LPSTR WINAPI CharUpperA(LPSTR s)
{
    char *p;
    if (IS_INTRESOURCE(s)) return (LPSTR)(ULONG_PTR)(BYTE)upper_a((char)(ULONG_PTR)s);
    for (p = s; *p; p++) *p = upper_a(*p);
    return s;
}

WINBASEAPI LPSTR WINAPI CharLowerA(LPSTR s)
{
    char *p;
    if (IS_INTRESOURCE(s)) return (LPSTR)(ULONG_PTR)(BYTE)lower_a((char)(ULONG_PTR)s);
    for (p = s; *p; p++) *p = lower_a(*p);
    return s;
}

WINBASEAPI LPWSTR WINAPI CharUpperW(LPWSTR s)
{
    WCHAR *p;
    if (IS_INTRESOURCE(s)) return (LPWSTR)(ULONG_PTR)wch_upper((WCHAR)(ULONG_PTR)s);
    for (p = s; *p; p++) *p = wch_upper(*p);
    return s;
}

WINBASEAPI LPWSTR WINAPI CharLowerW(LPWSTR s)
{
    WCHAR *p;
    if (IS_INTRESOURCE(s)) return (LPWSTR)(ULONG_PTR)wch_lower((WCHAR)(ULONG_PTR)s);
    for (p = s; *p; p++) *p = wch_lower(*p);
    return s;
}

/* Single-byte and UTF-16 text: one unit is one character (surrogate
 * pairs are two, as in Windows' CharNextW). */
WINBASEAPI LPSTR WINAPI CharNextA(LPCSTR s) { return (LPSTR)(*s ? s + 1 : s); }
WINBASEAPI LPWSTR WINAPI CharNextW(LPCWSTR s) { return (LPWSTR)(*s ? s + 1 : s); }
WINBASEAPI LPSTR WINAPI CharPrevA(LPCSTR start, LPCSTR s) { return (LPSTR)(s > start ? s - 1 : start); }
WINBASEAPI LPWSTR WINAPI CharPrevW(LPCWSTR start, LPCWSTR s) { return (LPWSTR)(s > start ? s - 1 : start); }

WINBASEAPI BOOL WINAPI IsDBCSLeadByteEx(UINT codepage, BYTE c);

/* A lead byte followed by the string's end is one character by itself. */
WINBASEAPI LPSTR WINAPI CharNextExA(WORD codepage, LPCSTR s, DWORD flags)
{
    (void)flags;
    if (!*s) return (LPSTR)s;
    if (IsDBCSLeadByteEx(codepage, (BYTE)s[0]) && s[1]) return (LPSTR)(s + 2);
    return (LPSTR)(s + 1);
}

/* Walks from START, since a trail byte cannot be told from a lead byte
 * going backwards; a NUL before S ends the walk there. */
WINBASEAPI LPSTR WINAPI CharPrevExA(WORD codepage, LPCSTR start, LPCSTR s, DWORD flags)
{
    while (*start && start < s) {
        LPCSTR next = CharNextExA(codepage, start, flags);
        if (next >= s) break;
        start = next;
    }
    return (LPSTR)start;
}

/* The classes are GetStringTypeW's CT_CTYPE1, as on Windows (so CJK
 * ideographs are letters without being upper or lower case). */
WINBASEAPI BOOL WINAPI GetStringTypeW(DWORD, LPCWSTR, INT, LPWORD);

static WORD ctype1(WCHAR c)
{
    WORD type = 0;
    GetStringTypeW(CT_CTYPE1, &c, 1, &type);
    return type;
}

static BOOL is_alpha_w(WCHAR c) { return (ctype1(c) & C1_ALPHA) != 0; }

WINBASEAPI BOOL WINAPI IsCharAlphaW(WCHAR c) { return is_alpha_w(c); }
WINBASEAPI BOOL WINAPI IsCharAlphaNumericW(WCHAR c) { return (ctype1(c) & (C1_ALPHA | C1_DIGIT)) != 0; }
WINBASEAPI BOOL WINAPI IsCharUpperW(WCHAR c) { return (ctype1(c) & C1_UPPER) != 0; }
WINBASEAPI BOOL WINAPI IsCharLowerW(WCHAR c) { return (ctype1(c) & C1_LOWER) != 0; }
WINBASEAPI BOOL WINAPI IsCharAlphaA(CHAR c) { return is_alpha_w(ansi_to_wide(c)); }
WINBASEAPI BOOL WINAPI IsCharAlphaNumericA(CHAR c) { return IsCharAlphaNumericW(ansi_to_wide(c)); }
WINBASEAPI BOOL WINAPI IsCharUpperA(CHAR c) { return IsCharUpperW(ansi_to_wide(c)); }
WINBASEAPI BOOL WINAPI IsCharLowerA(CHAR c) { return IsCharLowerW(ansi_to_wide(c)); }
