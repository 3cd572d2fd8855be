/*
 * FormatMessageA/W: message lookup (a string, a module's RT_MESSAGETABLE,
 * or the system table in sysmsg.c) and Windows' insert language:
 * %1..%99 with optional !printf-spec!, %n (CRLF), %r (CR), %t (tab),
 * %0 (end without newline), %% and %<other char>.
 *
 * The work is done in UTF-16 once; the A entry point converts its source
 * string and its result with CP_ACP, and reads its "s"/"c" inserts as
 * narrow, as Windows does.
 */
#include <stdio.h>
#include <string.h>
#include "kernel32_private.h"
#define DEBUG_CHANNEL CH_STRING
#include "winrun/debug.h"

#define FORMAT_MESSAGE_ALLOCATE_BUFFER 0x0100
#define FORMAT_MESSAGE_IGNORE_INSERTS  0x0200
#define FORMAT_MESSAGE_FROM_STRING     0x0400
#define FORMAT_MESSAGE_FROM_HMODULE    0x0800
#define FORMAT_MESSAGE_FROM_SYSTEM     0x1000
#define FORMAT_MESSAGE_ARGUMENT_ARRAY  0x2000
#define FORMAT_MESSAGE_MAX_WIDTH_MASK  0x00ff
#define RT_MESSAGETABLE 11
#define MAX_INSERTS 99
#define MAX_FIELD   4096   /* bound on printf widths and precisions from the caller */

#ifndef ERROR_MR_MID_NOT_FOUND
#endif
#ifndef LMEM_FIXED
#define LMEM_FIXED 0
#endif

typedef struct { DWORD LowId, HighId, OffsetToEntries; } MESSAGE_RESOURCE_BLOCK;
typedef struct { DWORD NumberOfBlocks; MESSAGE_RESOURCE_BLOCK Blocks[1]; } MESSAGE_RESOURCE_DATA;
typedef struct { WORD Length, Flags; BYTE Text[1]; } MESSAGE_RESOURCE_ENTRY;
#define MESSAGE_RESOURCE_UNICODE 1

/* Where the inserts come from: an array of DWORD_PTRs, or the caller's
 * va_list, whose values are fetched in order once and kept, so that an
 * insert may be used twice or out of order. */
struct format_args {
    const ULONG_PTR *array;
    char **list;               /* a Windows va_list: 8-byte slots */
    ULONG_PTR cache[MAX_INSERTS];
    int last;
};

struct out {
    WCHAR *buf;
    size_t len, cap;
    BOOL failed;
};

static void put_chars(struct out *out, const WCHAR *s, size_t n)
{
    if (out->failed) return;
    if (out->len + n + 1 > out->cap) {
        size_t cap = out->cap ? out->cap : 256;
        WCHAR *grown;
        while (cap < out->len + n + 1) cap *= 2;
        if (!(grown = heap_alloc(cap * sizeof(WCHAR)))) {
            out->failed = TRUE;
            return;
        }
        if (out->buf) {
            memcpy(grown, out->buf, out->len * sizeof(WCHAR));
            heap_free(out->buf);
        }
        out->buf = grown;
        out->cap = cap;
    }
    if (n) memcpy(out->buf + out->len, s, n * sizeof(WCHAR));
    out->len += n;
    out->buf[out->len] = 0;
}

static void put_char(struct out *out, WCHAR c) { put_chars(out, &c, 1); }

static void put_ascii(struct out *out, const char *s)
{
    while (*s) put_char(out, (unsigned char)*s++);
}

static ULONG_PTR get_arg(struct format_args *args, int nr)
{
    if (nr < 1) nr = 1;
    if (nr > MAX_INSERTS) nr = MAX_INSERTS;
    if (args->array) {
        args->last = nr;
        return args->array[nr - 1];
    }
    while (args->last < nr) {
        args->cache[args->last++] = *(ULONG_PTR *)*args->list;
        *args->list += sizeof(ULONG_PTR);
    }
    return args->cache[nr - 1];
}

/* A narrow or wide string, padded to WIDTH and cut at PRECISION (-1: none)
 * as printf's %s does; NULL prints as "(null)". */
static void put_string(struct out *out, ULONG_PTR arg, BOOL wide, int width, int precision, BOOL left)
{
    static const WCHAR null_str[] = { '(', 'n', 'u', 'l', 'l', ')', 0 };
    const WCHAR *s = (const WCHAR *)arg;
    WCHAR *converted = NULL;
    size_t len, pad;

    if (!arg) s = null_str;
    else if (!wide) {
        int n = MultiByteToWideChar(CP_ACP, 0, (const char *)arg, -1, NULL, 0);
        if (n <= 0 || !(converted = heap_alloc(n * sizeof(WCHAR)))) {
            out->failed = TRUE;
            return;
        }
        MultiByteToWideChar(CP_ACP, 0, (const char *)arg, -1, converted, n);
        s = converted;
    }
    len = wcs_len(s);
    if (precision >= 0 && (size_t)precision < len) len = precision;
    pad = width > 0 && (size_t)width > len ? (size_t)width - len : 0;
    if (!left)
        for (size_t i = 0; i < pad; i++) put_char(out, ' ');
    put_chars(out, s, len);
    if (left)
        for (size_t i = 0; i < pad; i++) put_char(out, ' ');
    heap_free(converted);
}

static int parse_number(const WCHAR **p)
{
    int n = 0;
    while (**p >= '0' && **p <= '9') {
        if (n < MAX_FIELD) n = n * 10 + (**p - '0');
        (*p)++;
    }
    return n > MAX_FIELD ? MAX_FIELD : n;
}

/* One insert NR whose text starts at *P, just after the number: either a
 * plain string or "!spec!". Returns FALSE on a malformed spec. */
static BOOL format_insert(struct out *out, const WCHAR **p, int nr, struct format_args *args, BOOL unicode)
{
    const WCHAR *f = *p;
    char spec[64], flags[8], *s = spec, number[MAX_FIELD + 80];
    int nflags = 0, width = -1, precision = -1, size = 0;   /* size: -1 short, 0 default, 1 long, 2 64-bit */
    WCHAR conv;
    ULONG_PTR arg;

    if (*f != '!') {
        put_string(out, get_arg(args, nr), unicode, 0, -1, FALSE);
        return TRUE;
    }
    f++;
    while (*f == '-' || *f == '+' || *f == '0' || *f == ' ' || *f == '#') {
        if (nflags < (int)sizeof(flags) - 1) flags[nflags++] = (char)*f;
        f++;
    }
    flags[nflags] = 0;
    if (*f == '*') {
        width = (int)get_arg(args, nr);
        nr = args->last + 1;
        f++;
    } else if (*f >= '0' && *f <= '9') width = parse_number(&f);
    if (*f == '.') {
        f++;
        if (*f == '*') {
            precision = (int)get_arg(args, nr);
            nr = args->last + 1;
            f++;
        } else precision = parse_number(&f);
    }
    if (width > MAX_FIELD) width = MAX_FIELD;
    if (width < 0 && width != -1) width = -width, flags[nflags++] = '-', flags[nflags] = 0;
    if (precision > MAX_FIELD) precision = MAX_FIELD;

    if (f[0] == 'I' && f[1] == '6' && f[2] == '4') size = 2, f += 3;
    else if (f[0] == 'I' && f[1] == '3' && f[2] == '2') size = 0, f += 3;
    else if (f[0] == 'I') size = 2, f++;
    else if (f[0] == 'l' && f[1] == 'l') size = 2, f += 2;
    else if (f[0] == 'l' || f[0] == 'w') size = 1, f++;
    else if (f[0] == 'h') size = -1, f++;
    conv = *f++;
    while (*f && *f != '!') f++;    /* whatever Windows would ignore in the spec */
    if (*f != '!') return FALSE;
    *p = f + 1;

    arg = get_arg(args, nr);
    switch (conv) {
    case 's': case 'S': {
        /* "s" is the caller's own width; h forces narrow, l/w wide, S the other one */
        BOOL wide = size < 0 ? FALSE : size > 0 ? TRUE : (conv == 's') == unicode;
        put_string(out, arg, wide, width, precision, strchr(flags, '-') != NULL);
        return TRUE;
    }
    case 'c': case 'C': {
        BOOL wide = size < 0 ? FALSE : size > 0 ? TRUE : (conv == 'c') == unicode;
        WCHAR str[2] = { 0, 0 };
        if (wide) str[0] = (WCHAR)arg;
        else {
            char ch = (char)arg;
            MultiByteToWideChar(CP_ACP, 0, &ch, 1, str, 1);
        }
        put_string(out, (ULONG_PTR)str, TRUE, width, -1, strchr(flags, '-') != NULL);
        return TRUE;
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'p':
        break;
    default:
        FIXME("insert conversion %#x\n", conv);
        return TRUE;
    }
    s += sprintf(s, "%%%s", flags);
    if (width >= 0) s += sprintf(s, "%d", width);
    if (precision >= 0) s += sprintf(s, ".%d", precision);
    if (conv == 'p') {
        /* Windows prints pointers as 16 upper-case hex digits */
        snprintf(number, sizeof(number), "%016llX", (unsigned long long)arg);
    } else if (size == 2) {
        sprintf(s, "ll%c", (char)conv);
        snprintf(number, sizeof(number), spec, (long long)arg);
    } else {
        int value = size < 0 ? (conv == 'd' || conv == 'i' ? (short)arg : (unsigned short)arg) : (int)arg;
        sprintf(s, "%c", (char)conv);
        snprintf(number, sizeof(number), spec, value);
    }
    put_ascii(out, number);
    return TRUE;
}

/* Breaks lines longer than WIDTH at their last space (or hard, if none). */
static void wrap_lines(struct out *out, unsigned int width)
{
    struct out wrapped = { 0 };
    size_t line_start = 0, last_space = (size_t)-1;

    for (size_t i = 0; i < out->len; i++) {
        WCHAR c = out->buf[i];
        if (c == '\n') {
            put_chars(&wrapped, out->buf + line_start, i + 1 - line_start);
            line_start = i + 1;
            last_space = (size_t)-1;
            continue;
        }
        if (c == ' ') last_space = i;
        if (i - line_start + 1 > width) {
            size_t end = last_space != (size_t)-1 && last_space > line_start ? last_space : i;
            put_chars(&wrapped, out->buf + line_start, end - line_start);
            put_ascii(&wrapped, "\r\n");
            line_start = end == last_space ? end + 1 : end;
            last_space = (size_t)-1;
        }
    }
    put_chars(&wrapped, out->buf + line_start, out->len - line_start);
    if (wrapped.failed) {
        heap_free(wrapped.buf);
        out->failed = TRUE;
        return;
    }
    heap_free(out->buf);
    *out = wrapped;
}

/* The message FMT with its inserts filled in; NULL with the last error set. */
static WCHAR *format_message(DWORD flags, const WCHAR *fmt, struct format_args *args, BOOL unicode, size_t *len)
{
    struct out out = { 0 };
    unsigned int width = flags & FORMAT_MESSAGE_MAX_WIDTH_MASK;
    const WCHAR *f = fmt;

    put_chars(&out, NULL, 0);
    while (*f && !out.failed) {
        WCHAR c = *f++;
        if (c == '\r' || c == '\n') {
            /* a line break in the message text: kept, or a space when a width is given */
            if (c == '\r' && *f == '\n') f++;
            if (width) put_char(&out, ' ');
            else put_ascii(&out, "\r\n");
            continue;
        }
        if (c != '%') {
            put_char(&out, c);
            continue;
        }
        c = *f;
        if (c >= '1' && c <= '9') {
            int nr = c - '0';
            if (flags & FORMAT_MESSAGE_IGNORE_INSERTS) {
                put_char(&out, '%');
                continue;
            }
            if (!args->array && !args->list) goto invalid;
            f++;
            if (*f >= '0' && *f <= '9') nr = nr * 10 + (*f++ - '0');
            if (!format_insert(&out, &f, nr, args, unicode)) goto invalid;
            continue;
        }
        if (!c) {   /* a lone '%' at the end */
            put_char(&out, '%');
            continue;
        }
        f++;
        switch (c) {
        case 'n': put_ascii(&out, "\r\n"); break;
        case 'r': put_char(&out, '\r'); break;
        case 't': put_char(&out, '\t'); break;
        case '0': goto done;
        default:
            if (flags & FORMAT_MESSAGE_IGNORE_INSERTS) put_char(&out, '%');
            put_char(&out, c);
            break;
        }
    }
done:
    if (width && width != FORMAT_MESSAGE_MAX_WIDTH_MASK && !out.failed) wrap_lines(&out, width);
    if (out.failed) {
        heap_free(out.buf);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    *len = out.len;
    return out.buf;

invalid:
    heap_free(out.buf);
    SetLastError(ERROR_INVALID_PARAMETER);
    return NULL;
}

/* Only English texts exist here: the neutral and default languages and
 * English (US) find them, any other language does not. */
static BOOL language_available(DWORD lang)
{
    WORD primary = lang & 0x3ff, sub = (lang >> 10) & 0x3f;

    if (lang > 0xffff) return FALSE;
    if (primary == 0) return sub <= 2;   /* neutral, user default, system default */
    return primary == 0x09 && (sub == 0 || sub == 1);
}

/* Message ID from MODULE's RT_MESSAGETABLE as a heap copy in UTF-16. */
static WCHAR *module_message(HMODULE module, DWORD id, DWORD lang)
{
    HRSRC res = FindResourceExW(module, MAKEINTRESOURCEW(RT_MESSAGETABLE), MAKEINTRESOURCEW(1), (WORD)lang);
    const MESSAGE_RESOURCE_DATA *data;
    const BYTE *base, *end;
    DWORD size;

    if (!res && !lang) return NULL;
    if (!res) {
        /* a specific language that is not there, in a table that is */
        if (FindResourceExW(module, MAKEINTRESOURCEW(RT_MESSAGETABLE), MAKEINTRESOURCEW(1), 0))
            SetLastError(ERROR_RESOURCE_LANG_NOT_FOUND);
        return NULL;
    }
    if (!(data = LockResource(LoadResource(module, res)))) return NULL;
    size = SizeofResource(module, res);
    base = (const BYTE *)data;
    end = base + size;
    if (size < sizeof(DWORD)) goto not_found;
    for (DWORD b = 0; b < data->NumberOfBlocks; b++) {
        const MESSAGE_RESOURCE_BLOCK *block = &data->Blocks[b];
        const BYTE *entry;
        if ((const BYTE *)(block + 1) > end) break;
        if (id < block->LowId || id > block->HighId) continue;
        entry = base + block->OffsetToEntries;
        for (DWORD i = block->LowId; i < id && entry + 4 <= end; i++)
            entry += ((const MESSAGE_RESOURCE_ENTRY *)entry)->Length ? ((const MESSAGE_RESOURCE_ENTRY *)entry)->Length
                                                                     : (size_t)(end - entry);
        if (entry + 4 > end) break;
        const MESSAGE_RESOURCE_ENTRY *e = (const MESSAGE_RESOURCE_ENTRY *)entry;
        size_t text_bytes = e->Length < 4 ? 0 : e->Length - 4;
        if (entry + 4 + text_bytes > end) break;
        if (e->Flags & MESSAGE_RESOURCE_UNICODE) {
            size_t n = text_bytes / sizeof(WCHAR);
            WCHAR *text = heap_alloc((n + 1) * sizeof(WCHAR));
            if (!text) goto no_memory;
            memcpy(text, e->Text, n * sizeof(WCHAR));
            text[n] = 0;
            text[wcs_len(text)] = 0;
            return text;
        } else {
            size_t n = strnlen((const char *)e->Text, text_bytes);
            int wn = MultiByteToWideChar(CP_ACP, 0, (const char *)e->Text, (int)n, NULL, 0);
            WCHAR *text = heap_alloc((wn + 1) * sizeof(WCHAR));
            if (!text) goto no_memory;
            MultiByteToWideChar(CP_ACP, 0, (const char *)e->Text, (int)n, text, wn);
            text[wn] = 0;
            return text;
        }
    }
not_found:
    SetLastError(ERROR_MR_MID_NOT_FOUND);
    return NULL;
no_memory:
    SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    return NULL;
}

static WCHAR *lookup_message(DWORD flags, const void *source, DWORD id, DWORD lang)
{
    const char *text;
    WCHAR *msg;

    if (!language_available(lang) && !(flags & FORMAT_MESSAGE_FROM_HMODULE)) {
        SetLastError(ERROR_RESOURCE_LANG_NOT_FOUND);
        return NULL;
    }
    if (flags & FORMAT_MESSAGE_FROM_HMODULE) {
        HMODULE module = source ? (HMODULE)source : NtCurrentTeb()->Peb->ImageBaseAddress;
        if ((msg = module_message(module, id, lang))) return msg;
        if (!(flags & FORMAT_MESSAGE_FROM_SYSTEM)) return NULL;
    }
    if (!(text = system_message(id))) {
        SetLastError(ERROR_MR_MID_NOT_FOUND);
        return NULL;
    }
    return strdup_a_to_w(text);
}

/* Shared by A and W: the formatted UTF-16 text, or NULL with the error set. */
static WCHAR *format_common(DWORD flags, const void *source, DWORD id, DWORD lang, void *buffer,
                            __builtin_ms_va_list *list, BOOL unicode, size_t *len)
{
    struct format_args args = { 0 };
    WCHAR *msg, *result;

    if (!buffer) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (flags & FORMAT_MESSAGE_ALLOCATE_BUFFER) *(void **)buffer = NULL;
    if (flags & FORMAT_MESSAGE_ARGUMENT_ARRAY) args.array = (const ULONG_PTR *)list;
    else args.list = (char **)list;

    if (flags & FORMAT_MESSAGE_FROM_STRING) {
        if (!source) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return NULL;
        }
        msg = unicode ? (WCHAR *)source : strdup_a_to_w(source);
        if (!msg) {
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            return NULL;
        }
    } else if (flags & (FORMAT_MESSAGE_FROM_HMODULE | FORMAT_MESSAGE_FROM_SYSTEM)) {
        if (!(msg = lookup_message(flags, source, id, lang))) return NULL;
    } else {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    TRACE("flags %#x id %u\n", (unsigned int)flags, (unsigned int)id);
    result = format_message(flags, msg, &args, unicode, len);
    if (msg != source) heap_free(msg);
    return result;
}

/* The caller's buffer gets the text, or with ALLOCATE_BUFFER a LocalAlloc
 * block of at least SIZE units; the return value counts units without
 * the NUL. */
static DWORD store_result(DWORD flags, const void *text, size_t len, size_t unit, void *buffer, DWORD size)
{
    if (flags & FORMAT_MESSAGE_ALLOCATE_BUFFER) {
        size_t alloc = len + 1 > size ? len + 1 : size;
        void *mem = LocalAlloc(LMEM_FIXED, alloc * unit);
        if (!mem) {
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            return 0;
        }
        memcpy(mem, text, (len + 1) * unit);
        *(void **)buffer = mem;
        return (DWORD)len;
    }
    if (len + 1 > size) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return 0;
    }
    memcpy(buffer, text, (len + 1) * unit);
    return (DWORD)len;
}

WINBASEAPI DWORD WINAPI FormatMessageW(DWORD flags, LPCVOID source, DWORD id, DWORD lang, LPWSTR buffer,
                                       DWORD size, __builtin_ms_va_list *args)
{
    size_t len;
    WCHAR *text = format_common(flags, source, id, lang, buffer, args, TRUE, &len);
    DWORD ret;

    if (!text) return 0;
    ret = store_result(flags, text, len, sizeof(WCHAR), buffer, size);
    heap_free(text);
    return ret;
}

WINBASEAPI DWORD WINAPI FormatMessageA(DWORD flags, LPCVOID source, DWORD id, DWORD lang, LPSTR buffer,
                                       DWORD size, __builtin_ms_va_list *args)
{
    size_t len;
    WCHAR *text = format_common(flags, source, id, lang, buffer, args, FALSE, &len);
    char *narrow;
    int n;
    DWORD ret;

    if (!text) return 0;
    n = WideCharToMultiByte(CP_ACP, 0, text, (int)len + 1, NULL, 0, NULL, NULL);
    if (n <= 0 || !(narrow = heap_alloc(n))) {
        heap_free(text);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    WideCharToMultiByte(CP_ACP, 0, text, (int)len + 1, narrow, n, NULL, NULL);
    heap_free(text);
    ret = store_result(flags, narrow, (size_t)n - 1, 1, buffer, size);
    heap_free(narrow);
    return ret;
}
