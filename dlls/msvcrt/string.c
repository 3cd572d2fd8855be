/*
 * String and memory functions. Byte-string functions with the same meaning
 * as glibc's are thin ABI wrappers; anything involving `long` (32-bit on
 * Windows) or wide characters (16-bit) is written here.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "crt_private.h"

size_t CDECL MSVCRT_strlen(const char *s) { return strlen(s); }
size_t CDECL MSVCRT_strnlen(const char *s, size_t n) { return strnlen(s, n); }
int CDECL MSVCRT_strcmp(const char *a, const char *b) { int r = strcmp(a, b); return r < 0 ? -1 : r > 0; }
int CDECL MSVCRT_strncmp(const char *a, const char *b, size_t n) { int r = strncmp(a, b, n); return r < 0 ? -1 : r > 0; }
char *CDECL MSVCRT_strcpy(char *d, const char *s) { return strcpy(d, s); }
char *CDECL MSVCRT_strncpy(char *d, const char *s, size_t n) { return strncpy(d, s, n); }
char *CDECL MSVCRT_strcat(char *d, const char *s) { return strcat(d, s); }
char *CDECL MSVCRT_strncat(char *d, const char *s, size_t n) { return strncat(d, s, n); }
char *CDECL MSVCRT_strchr(const char *s, int c) { return strchr(s, c); }
char *CDECL MSVCRT_strrchr(const char *s, int c) { return strrchr(s, c); }
char *CDECL MSVCRT_strstr(const char *h, const char *n) { return strstr(h, n); }
char *CDECL MSVCRT_strpbrk(const char *s, const char *a) { return strpbrk(s, a); }
size_t CDECL MSVCRT_strspn(const char *s, const char *a) { return strspn(s, a); }
size_t CDECL MSVCRT_strcspn(const char *s, const char *a) { return strcspn(s, a); }
char *CDECL MSVCRT_strtok(char *s, const char *d)
{
    struct crt_thread_data *data = crt_thread_data();
    if (!s && !data->strtok_next) return NULL;
    return strtok_r(s, d, &data->strtok_next);
}
char *CDECL MSVCRT__strdup(const char *s)
{
    size_t n;
    char *d;
    if (!s) return NULL;
    n = strlen(s) + 1;
    if ((d = MSVCRT_malloc(n))) memcpy(d, s, n);
    return d;
}
int CDECL MSVCRT__stricmp(const char *a, const char *b) { return strcasecmp(a, b); }
int CDECL MSVCRT__strnicmp(const char *a, const char *b, size_t n) { return strncasecmp(a, b, n); }
char *CDECL MSVCRT__strupr(char *s) { for (char *p = s; *p; p++) if (*p >= 'a' && *p <= 'z') *p -= 32; return s; }
char *CDECL MSVCRT__strlwr(char *s) { for (char *p = s; *p; p++) if (*p >= 'A' && *p <= 'Z') *p += 32; return s; }

/* Programs pass NULL with a zero length, which msvcrt accepts and C (and
 * glibc's nonnull declarations) does not: zero lengths never reach glibc. */
void *CDECL MSVCRT_memcpy(void *d, const void *s, size_t n) { return n ? memmove(d, s, n) : d; /* overlap-tolerant, as msvcrt */ }
void *CDECL MSVCRT_memmove(void *d, const void *s, size_t n) { return n ? memmove(d, s, n) : d; }
void *CDECL MSVCRT_memset(void *d, int c, size_t n) { return n ? memset(d, c, n) : d; }
int CDECL MSVCRT_memcmp(const void *a, const void *b, size_t n) { int r = n ? memcmp(a, b, n) : 0; return r < 0 ? -1 : r > 0; }
void *CDECL MSVCRT_memchr(const void *s, int c, size_t n) { return n ? memchr(s, c, n) : NULL; }

/* C "classic" locale character classes */
int CDECL MSVCRT_isalpha(int c) { return c >= 'A' && c <= 'Z' ? 0x101 : c >= 'a' && c <= 'z' ? 0x102 : 0; }
int CDECL MSVCRT_isdigit(int c) { return c >= '0' && c <= '9' ? 4 : 0; }
int CDECL MSVCRT_isspace(int c) { return c == ' ' || (c >= 9 && c <= 13) ? 8 : 0; }
int CDECL MSVCRT_isupper(int c) { return c >= 'A' && c <= 'Z' ? 1 : 0; }
int CDECL MSVCRT_islower(int c) { return c >= 'a' && c <= 'z' ? 2 : 0; }
int CDECL MSVCRT_isalnum(int c) { return MSVCRT_isalpha(c) | MSVCRT_isdigit(c); }
int CDECL MSVCRT_isxdigit(int c) { return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'f') ? 0x80 : 0; }
int CDECL MSVCRT_isprint(int c) { return c >= 0x20 && c < 0x7f ? 1 : 0; }
int CDECL MSVCRT_ispunct(int c) { return c > 0x20 && c < 0x7f && !MSVCRT_isalnum(c) ? 0x10 : 0; }
int CDECL MSVCRT_iscntrl(int c) { return (c >= 0 && c < 0x20) || c == 0x7f ? 0x20 : 0; }
int CDECL MSVCRT_toupper(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
int CDECL MSVCRT_tolower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Windows long is 32 bits: clamp as its strtol does */
LONG CDECL MSVCRT_strtol(const char *s, char **end, int base)
{
    long long v;
    errno = 0;
    v = strtoll(s, end, base);
    if (v > INT_MAX) { crt_set_errno(CRT_ERANGE); return INT_MAX; }
    if (v < INT_MIN) { crt_set_errno(CRT_ERANGE); return INT_MIN; }
    if (errno == ERANGE) crt_set_errno(CRT_ERANGE);
    return (LONG)v;
}

ULONG CDECL MSVCRT_strtoul(const char *s, char **end, int base)
{
    unsigned long long v;
    int negative;
    const char *p = s;
    while (MSVCRT_isspace((unsigned char)*p)) p++;
    negative = *p == '-';
    errno = 0;
    v = strtoull(s, end, base);
    if (errno == ERANGE || (!negative && v > UINT_MAX) || (negative && -v > (unsigned long long)UINT_MAX + 1)) {
        crt_set_errno(CRT_ERANGE);
        return UINT_MAX;
    }
    return (ULONG)v;
}

LONGLONG CDECL MSVCRT__strtoi64(const char *s, char **end, int base)
{
    long long v;
    errno = 0;
    v = strtoll(s, end, base);
    if (errno == ERANGE) crt_set_errno(CRT_ERANGE);
    return v;
}

ULONGLONG CDECL MSVCRT__strtoui64(const char *s, char **end, int base)
{
    unsigned long long v;
    errno = 0;
    v = strtoull(s, end, base);
    if (errno == ERANGE) crt_set_errno(CRT_ERANGE);
    return v;
}

int CDECL MSVCRT_atoi(const char *s) { return (int)MSVCRT_strtol(s, NULL, 10); }
LONG CDECL MSVCRT_atol(const char *s) { return MSVCRT_strtol(s, NULL, 10); }
LONGLONG CDECL MSVCRT__atoi64(const char *s) { return MSVCRT__strtoi64(s, NULL, 10); }
double CDECL MSVCRT_strtod(const char *s, char **end) { return strtod(s, end); }
double CDECL MSVCRT_atof(const char *s) { return strtod(s, NULL); }
int CDECL MSVCRT_abs(int v) { return v < 0 ? -v : v; }
LONG CDECL MSVCRT_labs(LONG v) { return v < 0 ? -v : v; }

/* ---- wide strings (16-bit) ---- */

size_t CDECL MSVCRT_wcslen(const WCHAR *s) { return wcs_len(s); }
size_t CDECL MSVCRT_wcsnlen(const WCHAR *s, size_t n) { size_t i = 0; while (i < n && s[i]) i++; return i; }
WCHAR *CDECL MSVCRT_wcscpy(WCHAR *d, const WCHAR *s) { return wcs_cpy(d, s); }
int CDECL MSVCRT_wcscmp(const WCHAR *a, const WCHAR *b) { int r = wcs_cmp(a, b); return r < 0 ? -1 : r > 0; }
WCHAR *CDECL MSVCRT_wcschr(const WCHAR *s, WCHAR c) { return wcs_chr(s, c); }
WCHAR *CDECL MSVCRT_wcsrchr(const WCHAR *s, WCHAR c) { return wcs_rchr(s, c); }
int CDECL MSVCRT__wcsicmp(const WCHAR *a, const WCHAR *b) { return wcs_icmp(a, b); }
int CDECL MSVCRT__wcsnicmp(const WCHAR *a, const WCHAR *b, size_t n) { return wcs_nicmp(a, b, n); }
int CDECL MSVCRT_wcsncmp(const WCHAR *a, const WCHAR *b, size_t n)
{
    for (; n; n--, a++, b++) if (*a != *b || !*a) return *a < *b ? -1 : *a > *b;
    return 0;
}
WCHAR *CDECL MSVCRT_wcscat(WCHAR *d, const WCHAR *s) { wcs_cpy(d + wcs_len(d), s); return d; }
WCHAR *CDECL MSVCRT_wcsncpy(WCHAR *d, const WCHAR *s, size_t n)
{
    size_t i = 0;
    for (; i < n && s[i]; i++) d[i] = s[i];
    for (; i < n; i++) d[i] = 0;
    return d;
}
WCHAR *CDECL MSVCRT_wcsstr(const WCHAR *h, const WCHAR *n)
{
    size_t len = wcs_len(n);
    for (; *h; h++) if (!memcmp(h, n, len * sizeof(WCHAR))) return (WCHAR *)h;
    return len ? NULL : (WCHAR *)h;
}
WCHAR *CDECL MSVCRT__wcsdup(const WCHAR *s)
{
    size_t n = (wcs_len(s) + 1) * sizeof(WCHAR);
    WCHAR *d = MSVCRT_malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}
