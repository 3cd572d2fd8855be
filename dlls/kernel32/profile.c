/*
 * INI files: GetPrivateProfileString/Int/Section/SectionNames,
 * WritePrivateProfileString/Section, and the Profile functions on win.ini.
 *
 * Every call reads the file afresh into a list of lines and, when it
 * changes something, writes the whole list back; lines the call does not
 * touch are kept as they were, so comments, blank lines and spacing
 * survive.  A line is a section header ("[name]", the last ']' ends the
 * name), a key ("name=value", or "name" alone), or anything else (blank,
 * ";comment", a '[' line without ']').  Names and values are trimmed of
 * spaces and tabs, names compare case-insensitively, and the first of
 * duplicate sections or keys wins.  Values read back lose one pair of
 * matching surrounding quotes ('"' or '\''), as on Windows.
 *
 * A file name without a directory is in the Windows directory.  The file
 * keeps its encoding: UTF-16LE/BE or UTF-8 with their byte order marks,
 * else the ANSI code page; a new file is ANSI.
 *
 * Enumerations (a NULL section or key, GetPrivateProfileSection(Names))
 * return NUL-separated strings with a final extra NUL; key lists leave out
 * names without '='.  When a list does not fit, the last string is cut,
 * both NULs are still stored, and the result is size - 2.  A single string
 * that does not fit is cut to size - 1.  WritePrivateProfileSection skips
 * entries without '='.
 */
#include <stdlib.h>
#include <string.h>
#include "kernel32_private.h"

WINBASEAPI DWORD WINAPI GetFileSize(HANDLE, DWORD *);
WINBASEAPI DWORD WINAPI GetFullPathNameW(LPCWSTR, DWORD, LPWSTR, LPWSTR *);

enum line_kind { LINE_OTHER, LINE_SECTION, LINE_KEY };
enum encoding { ENC_ANSI, ENC_UTF8, ENC_UTF16LE, ENC_UTF16BE };

struct line {
    WCHAR *text;                 /* the line as in the file, without its end */
    enum line_kind kind;
    size_t name, name_len;       /* section or key name: offset and length in text */
    size_t value, value_len;     /* key value */
    int has_value;               /* a key with '=' */
};

struct profile {
    WCHAR *path;
    struct line *lines;
    size_t count;
    enum encoding encoding;
};

static int is_space(WCHAR c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

static void parse_line(struct line *l)
{
    const WCHAR *t = l->text;
    size_t len = wcs_len(t), start = 0, end = len;

    l->kind = LINE_OTHER;
    l->has_value = 0;
    while (start < end && is_space(t[start])) start++;
    while (end > start && is_space(t[end - 1])) end--;
    if (start == end || t[start] == ';') return;
    if (t[start] == '[') {
        size_t close = end;
        while (close > start && t[close - 1] != ']') close--;
        if (close == start) return;            /* no ']': ignored */
        close--;
        start++;
        while (start < close && is_space(t[start])) start++;
        while (close > start && is_space(t[close - 1])) close--;
        l->kind = LINE_SECTION;
        l->name = start;
        l->name_len = close - start;
        return;
    }
    l->kind = LINE_KEY;
    l->name = start;
    for (size_t i = start; i < end; i++) {
        if (t[i] != '=') continue;
        size_t name_end = i, v = i + 1;
        while (name_end > start && is_space(t[name_end - 1])) name_end--;
        while (v < end && is_space(t[v])) v++;
        l->name_len = name_end - start;
        l->has_value = 1;
        l->value = v;
        l->value_len = end - v;
        return;
    }
    l->name_len = end - start;
}

static void free_profile(struct profile *p)
{
    for (size_t i = 0; i < p->count; i++) free(p->lines[i].text);
    free(p->lines);
    free(p->path);
}

/* the file's text decoded, malloc'ed and NUL-terminated; NULL if unreadable */
static WCHAR *decode(const unsigned char *data, DWORD size, enum encoding *enc)
{
    WCHAR *w;
    DWORD n;

    if (size >= 2 && data[0] == 0xff && data[1] == 0xfe) {
        *enc = ENC_UTF16LE;
        n = (size - 2) / 2;
        if (!(w = malloc((n + 1) * sizeof(WCHAR)))) return NULL;
        memcpy(w, data + 2, n * sizeof(WCHAR));
        w[n] = 0;
        return w;
    }
    if (size >= 2 && data[0] == 0xfe && data[1] == 0xff) {
        *enc = ENC_UTF16BE;
        n = (size - 2) / 2;
        if (!(w = malloc((n + 1) * sizeof(WCHAR)))) return NULL;
        for (DWORD i = 0; i < n; i++) w[i] = (WCHAR)(data[2 + 2 * i] << 8 | data[3 + 2 * i]);
        w[n] = 0;
        return w;
    }
    UINT cp = CP_ACP;
    *enc = ENC_ANSI;
    if (size >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf) {
        *enc = ENC_UTF8;
        cp = CP_UTF8;
        data += 3;
        size -= 3;
    }
    n = size ? (DWORD)MultiByteToWideChar(cp, 0, (const char *)data, (int)size, NULL, 0) : 0;
    if (!(w = malloc((n + 1) * sizeof(WCHAR)))) return NULL;
    if (n) MultiByteToWideChar(cp, 0, (const char *)data, (int)size, w, (int)n);
    w[n] = 0;
    return w;
}

static int add_line(struct profile *p, size_t at, WCHAR *text)
{
    struct line *lines = realloc(p->lines, (p->count + 1) * sizeof(*lines));
    if (!lines) {
        free(text);
        return 0;
    }
    p->lines = lines;
    memmove(lines + at + 1, lines + at, (p->count - at) * sizeof(*lines));
    lines[at].text = text;
    parse_line(&lines[at]);
    p->count++;
    return 1;
}

static void remove_line(struct profile *p, size_t at)
{
    free(p->lines[at].text);
    memmove(p->lines + at, p->lines + at + 1, (p->count - at - 1) * sizeof(*p->lines));
    p->count--;
}

/* The full path of an INI name: a bare name is in the Windows directory. */
static WCHAR *profile_path(const WCHAR *name)
{
    WCHAR *path;
    size_t n = wcs_len(name);

    if (!wcs_chr(name, '\\') && !wcs_chr(name, '/') && !(n >= 2 && name[1] == ':')) {
        UINT dir = GetWindowsDirectoryW(NULL, 0);
        if (!dir || !(path = malloc((dir + n + 2) * sizeof(WCHAR)))) return NULL;
        GetWindowsDirectoryW(path, dir);
        wcs_cpy(path + wcs_len(path), u"\\");
        wcs_cpy(path + wcs_len(path), name);
        return path;
    }
    DWORD len = GetFullPathNameW(name, 0, NULL, NULL);
    if (!len || !(path = malloc(len * sizeof(WCHAR)))) return NULL;
    GetFullPathNameW(name, len, path, NULL);
    return path;
}

/* Load NAME (a missing file is an empty profile); 0 on failure. */
static int load(struct profile *p, const WCHAR *name)
{
    HANDLE h;
    DWORD size, done = 0;
    unsigned char *data = NULL;
    WCHAR *text, *s;

    memset(p, 0, sizeof(*p));
    if (!name || !(p->path = profile_path(name))) return 0;
    h = CreateFileW(p->path, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
                    OPEN_EXISTING, 0, NULL);
    if (h == INVALID_HANDLE_VALUE) return 1;
    size = GetFileSize(h, NULL);
    if (size != INVALID_FILE_SIZE && (data = malloc(size ? size : 1)))
        ReadFile(h, data, size, &done, NULL);
    CloseHandle(h);
    if (!data) return 0;
    text = decode(data, done, &p->encoding);
    free(data);
    if (!text) return 0;
    for (s = text; *s;) {
        WCHAR *end = wcs_chr(s, '\n'), *copy;
        size_t len = end ? (size_t)(end - s) : wcs_len(s);
        if (len && s[len - 1] == '\r') len--;
        if (!(copy = malloc((len + 1) * sizeof(WCHAR)))) break;
        memcpy(copy, s, len * sizeof(WCHAR));
        copy[len] = 0;
        if (!add_line(p, p->count, copy)) break;
        if (!end) break;
        s = end + 1;
    }
    free(text);
    return 1;
}

static BOOL save(struct profile *p)
{
    size_t units = 0, pos = 0, bytes;
    WCHAR *w;
    unsigned char *out;
    HANDLE h;
    DWORD done;
    BOOL ok;

    for (size_t i = 0; i < p->count; i++) units += wcs_len(p->lines[i].text) + 2;
    if (!(w = malloc((units + 1) * sizeof(WCHAR)))) return FALSE;
    for (size_t i = 0; i < p->count; i++) {
        size_t n = wcs_len(p->lines[i].text);
        memcpy(w + pos, p->lines[i].text, n * sizeof(WCHAR));
        pos += n;
        w[pos++] = '\r';
        w[pos++] = '\n';
    }
    if (!(out = malloc(units * 3 + 4))) {
        free(w);
        return FALSE;
    }
    if (p->encoding == ENC_UTF16LE || p->encoding == ENC_UTF16BE) {
        int be = p->encoding == ENC_UTF16BE;
        out[0] = be ? 0xfe : 0xff;
        out[1] = be ? 0xff : 0xfe;
        for (size_t i = 0; i < units; i++) {
            out[2 + 2 * i + be] = (unsigned char)w[i];
            out[2 + 2 * i + !be] = (unsigned char)(w[i] >> 8);
        }
        bytes = 2 + units * 2;
    } else {
        size_t bom = p->encoding == ENC_UTF8 ? 3 : 0;
        memcpy(out, "\xef\xbb\xbf", bom);
        bytes = bom + (units ? (size_t)WideCharToMultiByte(p->encoding == ENC_UTF8 ? CP_UTF8 : CP_ACP, 0, w,
                                                           (int)units, (char *)out + bom, (int)(units * 3),
                                                           NULL, NULL) : 0);
    }
    free(w);
    h = CreateFileW(p->path, GENERIC_WRITE, FILE_SHARE_READ, NULL, CREATE_ALWAYS, 0, NULL);
    ok = h != INVALID_HANDLE_VALUE && WriteFile(h, out, (DWORD)bytes, &done, NULL) && done == bytes;
    if (h != INVALID_HANDLE_VALUE) CloseHandle(h);
    free(out);
    return ok;
}

/* NAME trimmed of spaces and tabs: *len units from the returned start */
static const WCHAR *trimmed(const WCHAR *name, size_t *len)
{
    size_t n;
    while (is_space(*name)) name++;
    n = wcs_len(name);
    while (n && is_space(name[n - 1])) n--;
    *len = n;
    return name;
}

static int name_is(const struct line *l, const WCHAR *name, size_t len)
{
    return l->name_len == len && !wcs_nicmp(l->text + l->name, name, len);
}

/* the header line of section NAME, or -1; *end: where its lines end */
static long find_section(const struct profile *p, const WCHAR *name, size_t *end)
{
    size_t len;
    name = trimmed(name, &len);
    for (size_t i = 0; i < p->count; i++) {
        if (p->lines[i].kind != LINE_SECTION || !name_is(&p->lines[i], name, len)) continue;
        size_t e = i + 1;
        while (e < p->count && p->lines[e].kind != LINE_SECTION) e++;
        if (end) *end = e;
        return (long)i;
    }
    return -1;
}

static long find_key(const struct profile *p, size_t from, size_t end, const WCHAR *name)
{
    size_t len;
    name = trimmed(name, &len);
    for (size_t i = from; i < end; i++)
        if (p->lines[i].kind == LINE_KEY && name_is(&p->lines[i], name, len)) return (long)i;
    return -1;
}

/* ---- reading ---- */

/* Copy LEN units of SRC, without one pair of surrounding quotes, cut to
   SIZE - 1; the units stored (without the NUL). */
static DWORD copy_value(const WCHAR *src, size_t len, WCHAR *buffer, DWORD size)
{
    if (len >= 2 && (src[0] == '"' || src[0] == '\'') && src[len - 1] == src[0]) {
        src++;
        len -= 2;
    }
    if (len > size - 1) len = size - 1;
    memcpy(buffer, src, len * sizeof(WCHAR));
    buffer[len] = 0;
    return (DWORD)len;
}

static DWORD copy_default(const WCHAR *def, WCHAR *buffer, DWORD size)
{
    size_t len;
    if (!def) def = u"";
    len = wcs_len(def);
    while (len && def[len - 1] == ' ') len--;     /* Windows drops the default's trailing spaces */
    return copy_value(def, len, buffer, size);
}

/* A double-NUL list builder with the enumerations' truncation rule. */
struct list {
    WCHAR *buffer;
    DWORD size, pos;
    int full;
};

static void list_add(struct list *l, const WCHAR *s, size_t len, const WCHAR *s2, size_t len2)
{
    size_t total = len + (s2 ? 1 + len2 : 0);
    if (l->full) return;
    if (l->pos + total + 2 > l->size) {
        /* the last string is cut to leave room for both NULs */
        DWORD room = l->size - l->pos >= 2 ? l->size - l->pos - 2 : 0;
        for (DWORD i = 0; i < room; i++)
            l->buffer[l->pos + i] = i < len ? s[i] : i == len ? '=' : s2[i - len - 1];
        l->pos += room;
        l->full = 1;
        return;
    }
    memcpy(l->buffer + l->pos, s, len * sizeof(WCHAR));
    l->pos += (DWORD)len;
    if (s2) {
        l->buffer[l->pos++] = '=';
        memcpy(l->buffer + l->pos, s2, len2 * sizeof(WCHAR));
        l->pos += (DWORD)len2;
    }
    l->buffer[l->pos++] = 0;
}

/* the result: chars stored without the final NUL, or size - 2 if cut */
static DWORD list_end(struct list *l)
{
    if (l->size < 2) {
        if (l->size) l->buffer[0] = 0;
        return 0;
    }
    if (l->full) {
        l->buffer[l->pos] = 0;
        l->buffer[l->pos + 1] = 0;
        return l->size - 2;
    }
    l->buffer[l->pos] = 0;
    return l->pos;
}

static DWORD section_names(const struct profile *p, WCHAR *buffer, DWORD size)
{
    struct list l = { buffer, size, 0, 0 };
    for (size_t i = 0; i < p->count; i++)
        if (p->lines[i].kind == LINE_SECTION)
            list_add(&l, p->lines[i].text + p->lines[i].name, p->lines[i].name_len, NULL, 0);
    return list_end(&l);
}

/* the keys of SECTION, with "=value" when VALUES */
static DWORD section_keys(const struct profile *p, const WCHAR *section, int values, WCHAR *buffer, DWORD size)
{
    struct list l = { buffer, size, 0, 0 };
    size_t end;
    long s = find_section(p, section, &end);

    if (s >= 0) {
        for (size_t i = (size_t)s + 1; i < end; i++) {
            const struct line *k = &p->lines[i];
            if (k->kind != LINE_KEY) continue;
            if (!values && !k->has_value) continue;     /* a name without '=' is not listed */
            if (values && k->has_value)
                list_add(&l, k->text + k->name, k->name_len, k->text + k->value, k->value_len);
            else
                list_add(&l, k->text + k->name, k->name_len, NULL, 0);
        }
    }
    return list_end(&l);
}

WINBASEAPI DWORD WINAPI GetPrivateProfileStringW(LPCWSTR section, LPCWSTR key, LPCWSTR def, LPWSTR buffer,
                                                 DWORD size, LPCWSTR file)
{
    struct profile p;
    DWORD ret;

    if (!buffer || !size) return 0;
    if (!file) file = u"win.ini";
    if (!load(&p, file)) {
        free_profile(&p);
        return copy_default(def, buffer, size);
    }
    if (!section) {
        ret = section_names(&p, buffer, size);
    } else if (!key) {
        ret = section_keys(&p, section, 0, buffer, size);
        if (!buffer[0]) ret = copy_default(def, buffer, size);
    } else {
        size_t end;
        long s = key[0] ? find_section(&p, section, &end) : -1;
        long k = s >= 0 ? find_key(&p, (size_t)s + 1, end, key) : -1;
        if (k >= 0 && p.lines[k].has_value)
            ret = copy_value(p.lines[k].text + p.lines[k].value, p.lines[k].value_len, buffer, size);
        else
            ret = copy_default(def, buffer, size);
    }
    free_profile(&p);
    return ret;
}

WINBASEAPI UINT WINAPI GetPrivateProfileIntW(LPCWSTR section, LPCWSTR key, INT def, LPCWSTR file)
{
    WCHAR buf[64], *s = buf;
    int negative = 0;
    UINT value = 0;

    if (!GetPrivateProfileStringW(section, key, u"", buf, 64, file)) return (UINT)def;
    /* decimal digits after optional spaces and a sign; junk ends the number */
    while (*s == ' ' || *s == '\t') s++;
    if (*s == '+' || *s == '-') negative = *s++ == '-';
    for (; *s >= '0' && *s <= '9'; s++) value = value * 10 + (*s - '0');
    return negative ? 0u - value : value;
}

WINBASEAPI DWORD WINAPI GetPrivateProfileSectionW(LPCWSTR section, LPWSTR buffer, DWORD size, LPCWSTR file)
{
    struct profile p;
    DWORD ret = 0;

    if (!section || !buffer) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (!file) file = u"win.ini";
    if (load(&p, file)) ret = section_keys(&p, section, 1, buffer, size);
    else if (size) buffer[0] = 0;
    free_profile(&p);
    return ret;
}

WINBASEAPI DWORD WINAPI GetPrivateProfileSectionNamesW(LPWSTR buffer, DWORD size, LPCWSTR file)
{
    struct profile p;
    DWORD ret = 0;

    if (!buffer || !size) return 0;
    if (!file) file = u"win.ini";
    if (load(&p, file)) ret = section_names(&p, buffer, size);
    else buffer[0] = 0;
    free_profile(&p);
    return ret;
}

/* ---- writing ---- */

static WCHAR *make_line(const WCHAR *a, size_t alen, const WCHAR *sep, const WCHAR *b, const WCHAR *close)
{
    size_t slen = sep ? wcs_len(sep) : 0, blen = b ? wcs_len(b) : 0, clen = close ? wcs_len(close) : 0;
    WCHAR *s = malloc((alen + slen + blen + clen + 1) * sizeof(WCHAR));
    if (!s) return NULL;
    memcpy(s, a, alen * sizeof(WCHAR));
    memcpy(s + alen, sep, slen * sizeof(WCHAR));
    memcpy(s + alen + slen, b, blen * sizeof(WCHAR));
    memcpy(s + alen + slen + blen, close, clen * sizeof(WCHAR));
    s[alen + slen + blen + clen] = 0;
    return s;
}

/* the header of SECTION, appended at the end if missing; -1 out of memory */
static long need_section(struct profile *p, const WCHAR *section, size_t *end)
{
    long s = find_section(p, section, end);
    size_t len;
    const WCHAR *name = trimmed(section, &len);
    WCHAR *header;

    if (s >= 0) return s;
    if (!(header = malloc((len + 3) * sizeof(WCHAR)))) return -1;
    header[0] = '[';
    memcpy(header + 1, name, len * sizeof(WCHAR));
    header[len + 1] = ']';
    header[len + 2] = 0;
    if (!add_line(p, p->count, header)) return -1;
    *end = p->count;
    return (long)p->count - 1;
}

/* Set KEY to VALUE (a bare name when VALUE is NULL) in the section whose
   header is line S and whose lines end at END. */
static int set_key(struct profile *p, long s, size_t end, const WCHAR *key, const WCHAR *value)
{
    size_t klen, vlen;
    const WCHAR *k = trimmed(key, &klen), *v = value ? trimmed(value, &vlen) : NULL;
    long at = find_key(p, (size_t)s + 1, end, key);
    WCHAR *text;

    if (at >= 0) {
        /* keep the name as the file spells it */
        const struct line *l = &p->lines[at];
        text = make_line(l->text + l->name, l->name_len, v ? u"=" : NULL, NULL, NULL);
    } else {
        text = make_line(k, klen, v ? u"=" : NULL, NULL, NULL);
    }
    if (text && v) {
        WCHAR *full = malloc((wcs_len(text) + vlen + 1) * sizeof(WCHAR));
        if (full) {
            wcs_cpy(full, text);
            memcpy(full + wcs_len(text), v, vlen * sizeof(WCHAR));
            full[wcs_len(text) + vlen] = 0;
        }
        free(text);
        text = full;
    }
    if (!text) return 0;
    if (at >= 0) {
        free(p->lines[at].text);
        p->lines[at].text = text;
        parse_line(&p->lines[at]);
        return 1;
    }
    /* a new key goes after the section's last non-blank line */
    while (end > (size_t)s + 1 && p->lines[end - 1].kind == LINE_OTHER && !p->lines[end - 1].text[0]) end--;
    return add_line(p, end, text);
}

static void delete_section(struct profile *p, long s, size_t end)
{
    while (end > (size_t)s) remove_line(p, --end);
}

WINBASEAPI BOOL WINAPI WritePrivateProfileStringW(LPCWSTR section, LPCWSTR key, LPCWSTR value, LPCWSTR file)
{
    struct profile p;
    size_t end;
    long s;
    BOOL ret = FALSE;

    if (!section) return !key && !value;    /* "flush the cache": there is none */
    if (!file) file = u"win.ini";
    if (!load(&p, file)) {
        free_profile(&p);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    if (!key) {
        if ((s = find_section(&p, section, &end)) >= 0) delete_section(&p, s, end);
        ret = s >= 0 ? save(&p) : TRUE;
    } else if (!value) {
        long k = (s = find_section(&p, section, &end)) >= 0 ? find_key(&p, (size_t)s + 1, end, key) : -1;
        if (k >= 0) remove_line(&p, (size_t)k);
        ret = k >= 0 ? save(&p) : TRUE;
    } else if ((s = need_section(&p, section, &end)) >= 0 && set_key(&p, s, end, key, value)) {
        ret = save(&p);
    }
    free_profile(&p);
    return ret;
}

/* STRING: "key=value\0key2=value2\0\0" replaces the section's keys; NULL
   deletes the section. */
WINBASEAPI BOOL WINAPI WritePrivateProfileSectionW(LPCWSTR section, LPCWSTR string, LPCWSTR file)
{
    struct profile p;
    size_t end;
    long s;
    BOOL ret = TRUE;

    if (!section) return !string;
    if (!file) file = u"win.ini";
    if (!load(&p, file)) {
        free_profile(&p);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    if ((s = find_section(&p, section, &end)) >= 0) {
        /* the header stays, its lines go */
        while (end > (size_t)s + 1) remove_line(&p, --end);
        end = (size_t)s + 1;
        if (!string) delete_section(&p, s, end);
    }
    if (string && (s = need_section(&p, section, &end)) < 0) ret = FALSE;
    /* an entry without '=' is skipped */
    for (const WCHAR *e = string; ret && e && *e; e += wcs_len(e) + 1) {
        WCHAR *copy, *eq;
        if (!wcs_chr(e, '=')) continue;
        if (!(copy = wcs_dup(e))) {
            ret = FALSE;
            break;
        }
        eq = wcs_chr(copy, '=');
        *eq = 0;
        find_section(&p, section, &end);
        ret = set_key(&p, s, end, copy, eq + 1);
        free(copy);
    }
    if (ret) ret = save(&p);
    free_profile(&p);
    return ret;
}

/* ---- win.ini ---- */

WINBASEAPI DWORD WINAPI GetProfileStringW(LPCWSTR section, LPCWSTR key, LPCWSTR def, LPWSTR buffer, DWORD size)
{
    return GetPrivateProfileStringW(section, key, def, buffer, size, u"win.ini");
}

WINBASEAPI UINT WINAPI GetProfileIntW(LPCWSTR section, LPCWSTR key, INT def)
{
    return GetPrivateProfileIntW(section, key, def, u"win.ini");
}

WINBASEAPI BOOL WINAPI WriteProfileStringW(LPCWSTR section, LPCWSTR key, LPCWSTR value)
{
    return WritePrivateProfileStringW(section, key, value, u"win.ini");
}

WINBASEAPI DWORD WINAPI GetProfileSectionW(LPCWSTR section, LPWSTR buffer, DWORD size)
{
    return GetPrivateProfileSectionW(section, buffer, size, u"win.ini");
}

WINBASEAPI BOOL WINAPI WriteProfileSectionW(LPCWSTR section, LPCWSTR string)
{
    return WritePrivateProfileSectionW(section, string, u"win.ini");
}
