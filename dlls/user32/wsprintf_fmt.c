/*
 * The wsprintf format engine, shared by user32 (wsprintf, wvsprintf: a
 * 1024-unit buffer) and shlwapi (wnsprintf, wvnsprintf: the caller's
 * size); the Makefile compiles this file into both.
 *
 * Windows' rules, not the C runtime's: flags '-' '#' '0' only, a width
 * and a precision as digits (no '*'), sizes h l w I64 (and I32), types
 * c C d i u x X p s S and %%. No floating point. 'c'/'s' take the
 * output's own width, 'C'/'S' the other one; 'h' makes them narrow and
 * 'l'/'w' wide; 'h' does not shorten numbers. %p is zero-padded
 * upper-case hex of pointer width. An unknown type prints itself
 * ("%llx" is "lx"); a '%' at the end prints nothing.
 */
#include <stdlib.h>
#include <string.h>
#include "winbase.h"
#include "winrun/wsprintf.h"

#define F_LEFT   0x01
#define F_PREFIX 0x02
#define F_ZERO   0x04
#define F_SHORT  0x08
#define F_LONG   0x10   /* 'l' or 'w': wide for c/s */
#define F_I64    0x20
#define F_UPPER  0x40
#define F_PTR    0x80

struct out {
    char *a;          /* narrow output, or */
    WCHAR *w;         /* wide output */
    size_t size, len;
    BOOL full;
};

static void put(struct out *o, WCHAR c)
{
    if (o->len + 1 >= o->size) { o->full = TRUE; return; }
    if (o->w) o->w[o->len++] = c;
    else o->a[o->len++] = (char)c;
}

static void put_n(struct out *o, WCHAR c, int n)
{
    while (n-- > 0) put(o, c);
}

static WCHAR fmt_char(const void *fmt, BOOL wide, size_t i)
{
    return wide ? ((const WCHAR *)fmt)[i] : (WCHAR)(unsigned char)((const char *)fmt)[i];
}

/* a string argument: narrow or wide, converted to the output's width */
/* a precision of 0 is none; '0' pads with spaces all the same */
static void put_string(struct out *o, const void *s, BOOL s_wide, int width, int prec, unsigned flags)
{
    static const char null_str[] = "(null)";
    char *tmp_a = NULL;
    WCHAR *tmp_w = NULL;
    size_t len = 0;

    if (!s) { s = null_str; s_wide = FALSE; }
    if (o->w && !s_wide) {
        /* narrow into wide output: the A code page */
        int n = MultiByteToWideChar(CP_ACP, 0, s, -1, NULL, 0);
        if (n > 0 && (tmp_w = malloc(n * sizeof(WCHAR)))) MultiByteToWideChar(CP_ACP, 0, s, -1, tmp_w, n);
        s = tmp_w ? tmp_w : (const void *)u"";
        s_wide = TRUE;
    } else if (!o->w && s_wide) {
        int n = WideCharToMultiByte(CP_ACP, 0, s, -1, NULL, 0, NULL, NULL);
        if (n > 0 && (tmp_a = malloc(n))) WideCharToMultiByte(CP_ACP, 0, s, -1, tmp_a, n, NULL, NULL);
        s = tmp_a ? tmp_a : "";
        s_wide = FALSE;
    }
    while ((prec <= 0 || (int)len < prec) && fmt_char(s, s_wide, len)) len++;
    if (!(flags & F_LEFT)) put_n(o, ' ', width - (int)len);
    for (size_t i = 0; i < len; i++) put(o, fmt_char(s, s_wide, i));
    if (flags & F_LEFT) put_n(o, ' ', width - (int)len);
    free(tmp_a);
    free(tmp_w);
}

static void put_char(struct out *o, WCHAR c, BOOL c_wide, int width, unsigned flags)
{
    char a[2] = { (char)c, 0 };
    WCHAR w[2] = { c, 0 };
    if (c_wide) put_string(o, w, TRUE, width, 1, flags);
    else put_string(o, a, FALSE, width, 1, flags);
}

/*
 * The precision counts the sign ("%.3d" of -5 is "-05"); '0' stretches it
 * to the width; the "0x" of '#' comes on top of the width.
 */
static void put_number(struct out *o, unsigned long long v, BOOL neg, int base, int width, int prec, unsigned flags)
{
    const char *digits = (flags & F_UPPER) ? "0123456789ABCDEF" : "0123456789abcdef";
    char buf[24];
    int n = 0, len;

    do { buf[n++] = digits[v % base]; v /= base; } while (v);
    len = n + (neg ? 1 : 0);
    if (prec < len) prec = len;
    if ((flags & F_ZERO) && !(flags & F_LEFT) && width > prec) prec = width;
    if (!(flags & F_LEFT)) put_n(o, ' ', width - prec);
    if (base == 16 && (flags & F_PREFIX)) { put(o, '0'); put(o, (flags & F_UPPER) ? 'X' : 'x'); }
    if (neg) put(o, '-');
    put_n(o, '0', prec - len);
    while (n) put(o, buf[--n]);
    if (flags & F_LEFT) put_n(o, ' ', width - prec);
}

int wsprintf_format(void *buf, BOOL wide, size_t size, const void *format, __builtin_ms_va_list ap)
{
    struct out o = { wide ? NULL : buf, wide ? buf : NULL, size, 0, FALSE };
    size_t i = 0;
    WCHAR c;

    if (!size) return -1;
    while ((c = fmt_char(format, wide, i++)) && !o.full) {
        unsigned flags = 0;
        int width = 0, prec = -1;

        if (c != '%') { put(&o, c); continue; }
        if (fmt_char(format, wide, i) == '%') { put(&o, '%'); i++; continue; }
        for (;; i++) {
            c = fmt_char(format, wide, i);
            if (c == '-') flags |= F_LEFT;
            else if (c == '#') flags |= F_PREFIX;
            else if (c == '0') flags |= F_ZERO;
            else break;
        }
        while ((c = fmt_char(format, wide, i)) >= '0' && c <= '9') { width = width * 10 + (c - '0'); i++; }
        if (fmt_char(format, wide, i) == '.') {
            prec = 0;
            i++;
            while ((c = fmt_char(format, wide, i)) >= '0' && c <= '9') { prec = prec * 10 + (c - '0'); i++; }
        }
        c = fmt_char(format, wide, i);
        if (c == 'l' || c == 'w') { flags |= F_LONG; i++; }
        else if (c == 'h') { flags |= F_SHORT; i++; }
        else if (c == 'I' && fmt_char(format, wide, i + 1) == '6' && fmt_char(format, wide, i + 2) == '4') { flags |= F_I64; i += 3; }
        else if (c == 'I' && fmt_char(format, wide, i + 1) == '3' && fmt_char(format, wide, i + 2) == '2') i += 3;
        c = fmt_char(format, wide, i);
        if (!c) {
            put_n(&o, ' ', width);   /* "%5" at the end: the padding alone */
            break;
        }
        i++;
        switch (c) {
        case 'c': case 'C': {
            /* 'c' is the output's width, 'C' the other; h narrows, l/w widens */
            BOOL w = (c == 'c') == wide;
            if (flags & F_SHORT) w = FALSE;
            if (flags & F_LONG) w = TRUE;
            put_char(&o, (WCHAR)__builtin_va_arg(ap, int), w, width, flags);
            break;
        }
        case 's': case 'S': {
            BOOL w = (c == 's') == wide;
            if (flags & F_SHORT) w = FALSE;
            if (flags & F_LONG) w = TRUE;
            put_string(&o, __builtin_va_arg(ap, const void *), w, width, prec, flags);
            break;
        }
        case 'd': case 'i': {
            long long v = (flags & F_I64) ? __builtin_va_arg(ap, long long) : __builtin_va_arg(ap, int);
            put_number(&o, v < 0 ? -(unsigned long long)v : (unsigned long long)v, v < 0, 10, width, prec, flags);
            break;
        }
        case 'u': case 'x': case 'X': case 'p': {
            unsigned long long v;
            if (c == 'p') { flags |= F_PTR | F_ZERO | F_UPPER; width = 2 * sizeof(void *); }
            if (c == 'X') flags |= F_UPPER;
            if (flags & (F_I64 | F_PTR)) v = __builtin_va_arg(ap, unsigned long long);
            else v = __builtin_va_arg(ap, unsigned int);
            put_number(&o, v, FALSE, c == 'u' ? 10 : 16, width, prec, flags);
            break;
        }
        default:
            put_char(&o, c, wide, width, flags);   /* an unknown type prints itself */
            break;
        }
    }
    if (wide) ((WCHAR *)buf)[o.len] = 0;
    else ((char *)buf)[o.len] = 0;
    /* a buffer filled to the last unit counts as cut, as in Windows */
    return (o.full || o.len + 1 >= o.size) ? -1 : (int)o.len;
}
