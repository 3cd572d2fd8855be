/*
 * The Str* functions that return pointers into their argument or parse
 * it, written once for both widths: string.c includes this file per
 * width (see path_impl.h). Case-insensitive means tupper.
 */

SHLWAPI_API T *WINAPI FN(StrChr)(const T *str, WORD ch)
{
    if (!str) return NULL;
    for (; *str; str++)
        if ((WORD)(UT)*str == ch) return (T *)str;
    return NULL;
}

SHLWAPI_API T *WINAPI FN(StrChrI)(const T *str, WORD ch)
{
    if (!str) return NULL;
    for (; *str; str++)
        if (tupper(*str) == tupper((T)ch)) return (T *)str;
    return NULL;
}

/* the last ch before end (NULL: the end of str) */
SHLWAPI_API T *WINAPI FN(StrRChr)(const T *str, const T *end, WORD ch)
{
    const T *found = NULL;
    if (!str) return NULL;
    if (!end) end = str + tlen(str);
    for (; str < end && *str; str++)
        if ((WORD)(UT)*str == ch) found = str;
    return (T *)found;
}

static BOOL FN(prefix_match)(const T *s, const T *pre, size_t n, BOOL icase)
{
    for (size_t i = 0; i < n; i++) {
        if (!s[i]) return FALSE;
        if (icase ? tupper(s[i]) != tupper(pre[i]) : s[i] != pre[i]) return FALSE;
    }
    return TRUE;
}

SHLWAPI_API T *WINAPI FN(StrStr)(const T *str, const T *search)
{
    size_t n;
    if (!str || !search || !*search) return NULL;
    n = tlen(search);
    for (; *str; str++)
        if (FN(prefix_match)(str, search, n, FALSE)) return (T *)str;
    return NULL;
}

SHLWAPI_API T *WINAPI FN(StrStrI)(const T *str, const T *search)
{
    size_t n;
    if (!str || !search || !*search) return NULL;
    n = tlen(search);
    for (; *str; str++)
        if (FN(prefix_match)(str, search, n, TRUE)) return (T *)str;
    return NULL;
}

/* the last match that starts before end (NULL: the end of str) */
SHLWAPI_API T *WINAPI FN(StrRStrI)(const T *str, const T *end, const T *search)
{
    const T *found = NULL;
    size_t n;
    if (!str || !search || !*search) return NULL;
    n = tlen(search);
    if (!end) end = str + tlen(str);
    for (; str < end && *str; str++)
        if (FN(prefix_match)(str, search, n, TRUE)) found = str;
    return (T *)found;
}

/* a LocalAlloc'ed copy; NULL gives an empty string */
SHLWAPI_API T *WINAPI FN(StrDup)(const T *str)
{
    size_t n = str ? tlen(str) + 1 : 1;
    T *ret = LocalAlloc(LMEM_FIXED, n * sizeof(T));
    if (!ret) return NULL;
    if (str) memcpy(ret, str, n * sizeof(T));
    else *ret = 0;
    return ret;
}

/* optional '-', then decimal digits; stops at the first other character */
SHLWAPI_API int WINAPI FN(StrToInt)(const T *str)
{
    int v = 0;
    BOOL neg = FALSE;
    if (!str) return 0;
    if (*str == '-') { neg = TRUE; str++; }
    for (; *str >= '0' && *str <= '9'; str++) v = v * 10 + (*str - '0');
    return neg ? -v : v;
}

/* blanks, a sign, then decimal or (STIF_SUPPORT_HEX) "0x" hex; FALSE without digits */
SHLWAPI_API BOOL WINAPI FN(StrToIntEx)(const T *str, DWORD flags, int *ret)
{
    BOOL neg = FALSE;
    unsigned v = 0;
    if (!str || !ret) return FALSE;
    while (*str == ' ' || *str == '\t' || *str == '\n' || *str == '\r') str++;
    if (*str == '-') { neg = TRUE; str++; }
    else if (*str == '+') str++;
    if ((flags & STIF_SUPPORT_HEX) && str[0] == '0' && (str[1] == 'x' || str[1] == 'X')) {
        int d, any = 0;
        for (str += 2;; str++, any = 1) {
            if (*str >= '0' && *str <= '9') d = *str - '0';
            else if (tupper(*str) >= 'A' && tupper(*str) <= 'F') d = tupper(*str) - 'A' + 10;
            else break;
            v = v * 16 + d;
        }
        if (!any) return FALSE;
        *ret = (int)v;
        return TRUE;
    }
    if (*str < '0' || *str > '9') return FALSE;
    for (; *str >= '0' && *str <= '9'; str++) v = v * 10 + (*str - '0');
    *ret = neg ? -(int)v : (int)v;
    return TRUE;
}

/* removes the characters of trim from both ends; TRUE when something went */
SHLWAPI_API BOOL WINAPI FN(StrTrim)(T *str, const T *trim)
{
    T *start = str, *end;
    size_t len;
    if (!str || !trim || !*str) return FALSE;
    while (*start && FN(StrChr)(trim, (WORD)(UT)*start)) start++;
    end = start + tlen(start);
    while (end > start && FN(StrChr)(trim, (WORD)(UT)end[-1])) end--;
    len = end - start;
    if (start == str && !*end) return FALSE;
    memmove(str, start, len * sizeof(T));
    str[len] = 0;
    return TRUE;
}
