/*
 * The registry's text format: what regedit writes as REGEDIT4, in UTF-8.
 *
 *   REGEDIT4
 *
 *   [HKEY_LOCAL_MACHINE\Software\Example]
 *   @="default value"
 *   "Name"="text with \"quotes\", \\ and \n"
 *   "Count"=dword:0000000a
 *   "Blob"=hex:01,02,ff
 *   "Path"=hex(2):25,00,53,00,...,00,00        REG_EXPAND_SZ
 *   "Gone"=-                                    (import: delete the value)
 *   [-HKEY_LOCAL_MACHINE\Software\Old]          (import: delete the tree)
 *
 * Strings escape \\ \" \r \n as regedit does. Every type other than REG_SZ
 * and a 4-byte REG_DWORD is hex(N) of its bytes, N in lowercase hex (hex:
 * for REG_BINARY); a REG_SZ that a quoted string cannot hold exactly (odd
 * size, no terminating NUL, a NUL inside, an unpaired surrogate) is
 * hex(1). String types in hex(N) hold UTF-16LE bytes, as in regedit's
 * Unicode exports and Wine's registry files (regedit's ANSI exports hold
 * ANSI bytes there: such files import with those strings mangled, the one
 * loss we accept for a lossless format). Long hex lines are wrapped after
 * a comma with "\" and continue indented. Lines start with ';' are
 * comments.
 *
 * The reader accepts REGEDIT4 and "Windows Registry Editor Version 5.00"
 * headers, UTF-8 (with or without BOM) or UTF-16LE with its BOM, and LF or
 * CRLF. It is stricter than regedit, which skips lines it does not
 * understand: anything it cannot read is an error naming the line, and a
 * text with an error changes nothing (it is checked whole, then applied).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include "registry.h"
#include "winrun/unicode.h"

/* ---- writing ---- */

struct out {
    char *p;
    size_t len, cap;
    int failed;
};

static void put(struct out *o, const char *s, size_t n)
{
    if (o->failed) return;
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap : 4096;
        char *p;
        while (cap < o->len + n + 1) cap *= 2;
        if (!(p = realloc(o->p, cap))) {
            o->failed = 1;
            return;
        }
        o->p = p;
        o->cap = cap;
    }
    memcpy(o->p + o->len, s, n);
    o->len += n;
    o->p[o->len] = 0;
}

static void puts_out(struct out *o, const char *s) { put(o, s, strlen(s)); }

/* UTF-16 -> UTF-8 with regedit's escapes; returns the columns written. */
static size_t put_escaped(struct out *o, const WCHAR *s, size_t n)
{
    size_t col = 0;
    for (size_t i = 0; i < n; ) {
        size_t j = i;
        while (j < n && s[j] != '\\' && s[j] != '"' && s[j] != '\r' && s[j] != '\n') j++;
        if (j > i) {
            int len = utf16_to_utf8(s + i, j - i, NULL, 0);
            char *tmp = len > 0 ? malloc(len) : NULL;
            if (len > 0 && !tmp) {
                o->failed = 1;
                return col;
            }
            if (len > 0) {
                utf16_to_utf8(s + i, j - i, tmp, len);
                put(o, tmp, len);
                free(tmp);
                col += len;
            }
            i = j;
        }
        if (i < n) {
            const char *e = s[i] == '\\' ? "\\\\" : s[i] == '"' ? "\\\"" : s[i] == '\r' ? "\\r" : "\\n";
            put(o, e, 2);
            col += 2;
            i++;
        }
    }
    return col;
}

/* Whether a REG_SZ's bytes are exactly what a quoted string reads back. */
static int sz_is_plain(const struct reg_value *v)
{
    const WCHAR *s = (const WCHAR *)v->data;
    size_t n;
    if (v->size < 2 || v->size % 2) return 0;
    n = v->size / 2 - 1;
    if (s[n]) return 0;
    for (size_t i = 0; i < n; i++) {
        if (!s[i]) return 0;
        if (s[i] >= 0xd800 && s[i] < 0xdc00) {
            if (i + 1 >= n || s[i + 1] < 0xdc00 || s[i + 1] >= 0xe000) return 0;
            i++;
        } else if (s[i] >= 0xdc00 && s[i] < 0xe000) {
            return 0;
        }
    }
    return 1;
}

static void put_value(struct out *o, const struct reg_value *v)
{
    static const char digits[] = "0123456789abcdef";
    size_t col;
    char buf[32];

    if (!v->name[0]) {
        puts_out(o, "@=");
        col = 2;
    } else {
        puts_out(o, "\"");
        col = 3 + put_escaped(o, v->name, wcs_len(v->name));
        puts_out(o, "\"=");
    }
    if (v->type == REG_SZ && sz_is_plain(v)) {
        puts_out(o, "\"");
        put_escaped(o, (const WCHAR *)v->data, v->size / 2 - 1);
        puts_out(o, "\"\n");
        return;
    }
    if (v->type == REG_DWORD && v->size == 4) {
        DWORD d;
        memcpy(&d, v->data, 4);
        snprintf(buf, sizeof(buf), "dword:%08x\n", d);
        puts_out(o, buf);
        return;
    }
    if (v->type == REG_BINARY) snprintf(buf, sizeof(buf), "hex:");
    else snprintf(buf, sizeof(buf), "hex(%x):", v->type);
    puts_out(o, buf);
    col += strlen(buf);
    for (DWORD i = 0; i < v->size; i++) {
        char b[3] = { digits[v->data[i] >> 4], digits[v->data[i] & 15], ',' };
        int last = i + 1 == v->size;
        put(o, b, last ? 2 : 3);
        col += 3;
        /* regedit wraps once a line reaches 77 columns, after the comma */
        if (!last && col >= 77) {
            puts_out(o, "\\\n  ");
            col = 2;
        }
    }
    puts_out(o, "\n");
}

static void put_key(struct out *o, const struct reg_key *key, char *path, size_t path_len, size_t path_cap)
{
    struct reg_key *sub;
    const struct reg_value *v;

    if (reg_key_is_volatile(key)) return;
    puts_out(o, "\n[");
    put(o, path, path_len);
    puts_out(o, "]\n");
    for (DWORD i = 0; reg_key_enum_value(key, i, &v) == STATUS_SUCCESS; i++) put_value(o, v);
    for (DWORD i = 0; reg_key_enum_subkey(key, i, &sub) == STATUS_SUCCESS; i++) {
        const WCHAR *name = reg_key_name(sub);
        int n = utf16_to_utf8(name, wcs_len(name), NULL, 0);
        if (n < 0 || path_len + 1 + n + 1 > path_cap) {
            o->failed = 1;   /* cannot happen: 512 levels of 255 units fit */
            return;
        }
        path[path_len] = '\\';
        utf16_to_utf8(name, wcs_len(name), path + path_len + 1, n);
        path[path_len + 1 + n] = 0;
        put_key(o, sub, path, path_len + 1 + n, path_cap);
        path[path_len] = 0;
    }
}

char *reg_export_text(const struct reg_key *key, const char *path, int header, size_t *len)
{
    struct out o = { 0 };
    size_t cap = strlen(path) + (size_t)REG_MAX_DEPTH * (REG_MAX_KEY_NAME * 3 + 1) + 2;
    char *buf = malloc(cap);

    if (!buf) return NULL;
    strcpy(buf, path);
    if (header) puts_out(&o, "REGEDIT4\n");
    put_key(&o, key, buf, strlen(path), cap);
    puts_out(&o, "\n");
    free(buf);
    if (o.failed) {
        free(o.p);
        return NULL;
    }
    if (len) *len = o.len;
    return o.p;
}

static NTSTATUS fail_errno(struct reg_error *err, const char *what, const char *path)
{
    err->line = 0;
    snprintf(err->reason, sizeof(err->reason), "%s %s: %s", what, path, strerror(errno));
    return STATUS_ACCESS_DENIED;
}

NTSTATUS reg_save_file(const struct reg_key *root, const char *root_name, const char *path, struct reg_error *err)
{
    size_t len, done = 0, n = strlen(path);
    char *text = reg_export_text(root, root_name, 1, &len);
    char *tmp = malloc(n + 16), *dir = malloc(n + 2), *slash;
    NTSTATUS status = STATUS_SUCCESS;
    int fd = -1, dfd, made = 0;

    if (!text || !tmp || !dir) {
        err->line = 0;
        snprintf(err->reason, sizeof(err->reason), "out of memory saving %s", path);
        status = STATUS_NO_MEMORY;
        goto done;
    }
    /* the temporary file is in PATH's directory, so rename() is atomic */
    snprintf(tmp, n + 16, "%s.tmp.XXXXXX", path);
    strcpy(dir, path);
    if ((slash = strrchr(dir, '/'))) slash[slash == dir ? 1 : 0] = 0;
    else strcpy(dir, ".");
    if ((fd = mkstemp(tmp)) < 0) {
        status = fail_errno(err, "cannot create a temporary file for", path);
        goto done;
    }
    made = 1;
    while (done < len) {
        ssize_t w = write(fd, text + done, len - done);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            if (w == 0) errno = EIO;
            status = fail_errno(err, "cannot write", tmp);
            goto done;
        }
        done += w;
    }
    if (fsync(fd)) {
        status = fail_errno(err, "cannot sync", tmp);
        goto done;
    }
    if (close(fd)) {
        fd = -1;
        status = fail_errno(err, "cannot write", tmp);
        goto done;
    }
    fd = -1;
    if (rename(tmp, path)) {
        status = fail_errno(err, "cannot replace", path);
        goto done;
    }
    /* the rename itself must reach the disk before we call the save done */
    if ((dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0) {
        fsync(dfd);
        close(dfd);
    }
done:
    if (fd >= 0) close(fd);
    if (status && made) unlink(tmp);
    free(text);
    free(tmp);
    free(dir);
    return status;
}

/* ---- reading ---- */

struct parser {
    const struct reg_root_name *roots;
    int nroots;
    struct reg_error *err;
    int apply;                   /* pass 1 checks, pass 2 applies */
    char *text;                  /* UTF-8, NUL-terminated, lines cut in place */
    size_t pos, len;
    unsigned line;
    struct reg_key *key;         /* the current section's key (pass 2) */
    int in_section, section_deleted;
};

static NTSTATUS parse_error(struct parser *p, unsigned line, const char *fmt, ...)
{
    va_list ap;
    p->err->line = line;
    va_start(ap, fmt);
    vsnprintf(p->err->reason, sizeof(p->err->reason), fmt, ap);
    va_end(ap);
    return STATUS_INVALID_PARAMETER;
}

/* The next physical line, NUL-terminated in place (without its line
 * break); NULL at the end. */
static char *next_line(struct parser *p)
{
    char *s;
    if (p->pos >= p->len) return NULL;
    s = p->text + p->pos;
    while (p->pos < p->len && p->text[p->pos] != '\n' && p->text[p->pos] != '\r') p->pos++;
    if (p->pos < p->len) {
        if (p->text[p->pos] == '\r' && p->pos + 1 < p->len && p->text[p->pos + 1] == '\n') p->text[p->pos++] = 0;
        p->text[p->pos++] = 0;
    }
    p->line++;
    return s;
}

static char *skip_ws(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    return s;
}

/* Only blanks or a ';' comment may follow data. */
static int at_end(char *s)
{
    s = skip_ws(s);
    return !*s || *s == ';';
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Checks the whole text is UTF-8; on failure *LINE is where it is not. */
static int valid_utf8(const unsigned char *s, size_t n, unsigned *line)
{
    *line = 1;
    for (size_t i = 0; i < n; ) {
        unsigned c = s[i], need, cp;
        if (c == '\n') (*line)++;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xc2 && c < 0xe0) need = 1, cp = c & 0x1f;
        else if (c >= 0xe0 && c < 0xf0) need = 2, cp = c & 0x0f;
        else if (c >= 0xf0 && c < 0xf5) need = 3, cp = c & 0x07;
        else return 0;
        for (unsigned k = 1; k <= need; k++) {
            if (i + k >= n || (s[i + k] & 0xc0) != 0x80) return 0;
            cp = cp << 6 | (s[i + k] & 0x3f);
        }
        /* overlong forms and out-of-range code points; surrogates (WTF-8)
         * are let through, since names may hold unpaired ones */
        if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10ffff))) return 0;
        i += need + 1;
    }
    return 1;
}

/* A UTF-8 run -> malloc'ed NUL-terminated UTF-16; *UNITS excludes the NUL. */
static WCHAR *to_utf16(const char *s, size_t n, size_t *units)
{
    int len = n ? utf8_to_utf16(s, n, NULL, 0) : 0;
    WCHAR *w;
    if (len < 0 || !(w = malloc((len + 1) * sizeof(WCHAR)))) return NULL;
    if (len) utf8_to_utf16(s, n, w, len);
    w[len] = 0;
    if (units) *units = len;
    return w;
}

/* The root PATH starts with (a root's name may have several components,
 * "HKEY_USERS\.DEFAULT"); *SEP: the '\' after it, or NULL. */
static const struct reg_root_name *find_root(struct parser *p, char *path, char **sep)
{
    for (int i = 0; i < p->nroots; i++) {
        const struct reg_root_name *r = &p->roots[i];
        const char *names[2] = { r->name, r->short_name };
        for (int j = 0; j < 2; j++) {
            size_t n = names[j] ? strlen(names[j]) : 0;
            if (n && !strncasecmp(names[j], path, n) && (!path[n] || path[n] == '\\')) {
                *sep = path[n] ? path + n : NULL;
                return r;
            }
        }
    }
    return NULL;
}

/* [PATH] or [-PATH] */
static NTSTATUS parse_section(struct parser *p, char *s)
{
    char *end = strrchr(s, ']'), *path, *sep;
    int del = 0;
    const struct reg_root_name *root;
    WCHAR *wpath = NULL;
    size_t units = 0;
    NTSTATUS status;

    if (p->key) {
        reg_key_release(p->key);
        p->key = NULL;
    }
    if (!end) return parse_error(p, p->line, "key name without its closing ']'");
    if (!at_end(end + 1)) return parse_error(p, p->line, "text after the key name's ']'");
    *end = 0;
    path = s + 1;
    if (*path == '-') del = 1, path++;
    if (!(root = find_root(p, path, &sep)))
        return parse_error(p, p->line, "unknown or unexpected root key in [%s]", path);
    if (sep) {
        /* the same rules as key creation: no empty component, <= 255 units */
        const char *c = sep + 1;
        unsigned depth = 0;
        if (!*c) return parse_error(p, p->line, "empty key name after '\\'");
        while (*c) {
            const char *e = strchr(c, '\\');
            size_t n = e ? (size_t)(e - c) : strlen(c);
            int w = n ? utf8_to_utf16(c, n, NULL, 0) : 0;
            if (!n) return parse_error(p, p->line, "empty key name component in [%s]", path);
            if (w > REG_MAX_KEY_NAME) return parse_error(p, p->line, "key name component longer than 255 characters");
            if (++depth > REG_MAX_DEPTH) return parse_error(p, p->line, "key deeper than 512 levels");
            if (!e) break;
            c = e + 1;
            if (!*c) return parse_error(p, p->line, "empty key name after '\\'");
        }
    } else if (del) {
        return parse_error(p, p->line, "a root key cannot be deleted");
    }
    p->in_section = 1;
    p->section_deleted = del;
    if (!p->apply) return STATUS_SUCCESS;

    if (sep && !(wpath = to_utf16(sep + 1, strlen(sep + 1), &units))) return STATUS_NO_MEMORY;
    if (del) {
        struct reg_key *key;
        status = reg_key_open(root->key, wpath, units, &key);
        if (!status) {
            reg_key_delete_tree(key);
            reg_key_delete(key);
            reg_key_release(key);
        }
        status = STATUS_SUCCESS;   /* deleting what is not there is no error */
    } else {
        status = reg_key_create(root->key, wpath ? wpath : u"", units, 0, &p->key, NULL);
        if (status) parse_error(p, p->line, "cannot create key [%s] (status %08x)", path, (unsigned)status);
    }
    free(wpath);
    return status;
}

/* A quoted string at S (after its opening quote), unescaped into a
 * malloc'ed UTF-8 run; *REST is after the closing quote. */
static NTSTATUS parse_quoted(struct parser *p, char *s, char **out, size_t *out_len, char **rest)
{
    char *buf = malloc(strlen(s) + 1);
    size_t n = 0;
    if (!buf) return STATUS_NO_MEMORY;
    for (;; s++) {
        if (!*s) {
            free(buf);
            return parse_error(p, p->line, "string without its closing '\"'");
        }
        if (*s == '"') break;
        if (*s == '\\') {
            s++;
            switch (*s) {
            case 'n': buf[n++] = '\n'; break;
            case 'r': buf[n++] = '\r'; break;
            case '\\': case '"': buf[n++] = *s; break;
            case 0: free(buf); return parse_error(p, p->line, "string without its closing '\"'");
            case '0': free(buf); return parse_error(p, p->line, "\\0 in a string (use hex(1): for such data)");
            default: buf[n++] = *s; break;   /* regedit keeps the character */
            }
            continue;
        }
        buf[n++] = *s;
    }
    *out = buf;
    *out_len = n;
    *rest = s + 1;
    return STATUS_SUCCESS;
}

/* hex bytes after "hex:" / "hex(N):", with "\" continuation lines. */
static NTSTATUS parse_hex(struct parser *p, char *s, BYTE **data, DWORD *size, unsigned first_line)
{
    size_t cap = 64, n = 0;
    BYTE *buf = malloc(cap);
    if (!buf) return STATUS_NO_MEMORY;
    s = skip_ws(s);
    for (;;) {
        int hi, lo;
        if (*s == '\\' && at_end(s + 1)) {
            /* continuation: allowed at the start or after a comma */
            if (!(s = next_line(p))) {
                free(buf);
                return parse_error(p, first_line, "hex data continued past the end of the file");
            }
            s = skip_ws(s);
            continue;
        }
        if (at_end(s) && n == 0) break;   /* no data at all */
        if ((hi = hex_digit(*s)) < 0) goto bad;
        s++;
        if ((lo = hex_digit(*s)) >= 0) s++, hi = hi << 4 | lo;
        if (n == cap) {
            BYTE *b = realloc(buf, cap *= 2);
            if (!b) {
                free(buf);
                return STATUS_NO_MEMORY;
            }
            buf = b;
        }
        buf[n++] = hi;
        s = skip_ws(s);
        if (*s == ',') {
            s = skip_ws(s + 1);
            if (at_end(s)) goto bad;   /* a trailing comma */
            continue;
        }
        if (at_end(s)) break;
        goto bad;
    }
    if (n > 0xffffffffu) goto bad;
    *data = buf;
    *size = n;
    return STATUS_SUCCESS;
bad:
    free(buf);
    return parse_error(p, p->line, "bad hex data (expected bytes like 0a,ff separated by commas)");
}

/* @=DATA or "name"=DATA */
static NTSTATUS parse_value(struct parser *p, char *s)
{
    unsigned line = p->line;
    char *name = NULL, *str = NULL, *rest;
    size_t name_len = 0, str_len;
    BYTE *data = NULL;
    DWORD type, size = 0;
    int del = 0;
    NTSTATUS status;

    if (!p->in_section) return parse_error(p, line, "value outside of a [key] section");
    if (p->section_deleted) return parse_error(p, line, "value in a [-key] section, which deletes the key");
    if (*s == '@') {
        rest = s + 1;
    } else if ((status = parse_quoted(p, s + 1, &name, &name_len, &rest))) {
        return status;
    }
    rest = skip_ws(rest);
    if (*rest != '=') {
        status = parse_error(p, line, "expected '=' after the value name");
        goto done;
    }
    rest = skip_ws(rest + 1);
    if (*rest == '-' && at_end(rest + 1)) {
        del = 1;
    } else if (*rest == '"') {
        if ((status = parse_quoted(p, rest + 1, &str, &str_len, &rest))) goto done;
        if (!at_end(rest)) {
            status = parse_error(p, line, "text after the closing '\"'");
            goto done;
        }
        type = REG_SZ;
    } else if (!strncasecmp(rest, "dword:", 6)) {
        DWORD d = 0;
        int digits = 0;
        rest += 6;
        for (; hex_digit(*rest) >= 0; rest++, digits++) d = d << 4 | hex_digit(*rest);
        if (!digits || digits > 8 || !at_end(rest)) {
            status = parse_error(p, line, "bad dword (expected 1 to 8 hex digits)");
            goto done;
        }
        type = REG_DWORD;
        if (!(data = malloc(4))) {
            status = STATUS_NO_MEMORY;
            goto done;
        }
        memcpy(data, &d, 4);
        size = 4;
    } else if (!strncasecmp(rest, "hex:", 4) || !strncasecmp(rest, "hex(", 4)) {
        type = REG_BINARY;
        if (rest[3] == '(') {
            char *end;
            unsigned long t;
            errno = 0;
            if (hex_digit(rest[4]) < 0 || (t = strtoul(rest + 4, &end, 16)) > 0xffffffffUL || errno ||
                end[0] != ')' || end[1] != ':') {
                status = parse_error(p, line, "bad hex(N): type (N is the type number in hex)");
                goto done;
            }
            type = t;
            rest = end + 2;
        } else {
            rest += 4;
        }
        if ((status = parse_hex(p, rest, &data, &size, line))) goto done;
    } else {
        status = parse_error(p, line, "unknown data (expected \"string\", dword:, hex: or hex(N):)");
        goto done;
    }
    status = STATUS_SUCCESS;
    if (p->apply) {
        WCHAR *wname = to_utf16(name ? name : "", name_len, NULL);
        if (!wname) {
            status = STATUS_NO_MEMORY;
        } else if (del) {
            reg_value_delete(p->key, wname);   /* deleting what is not there is no error */
        } else if (str) {
            size_t units;
            WCHAR *w = to_utf16(str, str_len, &units);
            if (!w) status = STATUS_NO_MEMORY;
            else status = reg_value_set(p->key, wname, REG_SZ, w, (units + 1) * sizeof(WCHAR));
            free(w);
        } else {
            status = reg_value_set(p->key, wname, type, data, size);
        }
        if (status) parse_error(p, line, "cannot set the value (status %08x)", (unsigned)status);
        free(wname);
    } else if (name && utf8_to_utf16(name, name_len, NULL, 0) > REG_MAX_VALUE_NAME) {
        status = parse_error(p, line, "value name longer than 16383 characters");
    }
done:
    free(name);
    free(str);
    free(data);
    return status;
}

static NTSTATUS run(struct parser *p, char *text, size_t len)
{
    char *s;
    NTSTATUS status = STATUS_SUCCESS;

    memset(p->err, 0, sizeof(*p->err));
    p->text = text;
    p->len = len;
    p->pos = 0;
    p->line = 0;
    p->key = NULL;
    p->in_section = p->section_deleted = 0;
    s = next_line(p);
    if (s) s = skip_ws(s);
    if (!s || (strcmp(s, "REGEDIT4") && strcmp(s, "Windows Registry Editor Version 5.00")))
        return parse_error(p, 1, "not a registry file (the first line must be REGEDIT4)");
    while (!status && (s = next_line(p))) {
        s = skip_ws(s);
        if (!*s || *s == ';') continue;
        if (*s == '[') status = parse_section(p, s);
        else if (*s == '@' || *s == '"') status = parse_value(p, s);
        else status = parse_error(p, p->line, "unexpected text (expected [key], \"name\"= or @=)");
    }
    if (p->key) reg_key_release(p->key);
    p->key = NULL;
    return status;
}

NTSTATUS reg_import_text(const char *text, size_t len, const struct reg_root_name *roots, int nroots,
                         struct reg_error *err)
{
    struct parser p = { .roots = roots, .nroots = nroots, .err = err };
    char *copy;
    unsigned line;
    NTSTATUS status;

    memset(err, 0, sizeof(*err));
    if (len >= 2 && (unsigned char)text[0] == 0xff && (unsigned char)text[1] == 0xfe) {
        /* UTF-16LE, as regedit's Unicode exports */
        size_t units = (len - 2) / 2;
        WCHAR *w = malloc((units + 1) * sizeof(WCHAR));
        int n;
        if (!w) return STATUS_NO_MEMORY;
        memcpy(w, text + 2, units * 2);
        n = units ? utf16_to_utf8(w, units, NULL, 0) : 0;
        if (n < 0 || !(copy = malloc(n + 1))) {
            free(w);
            return STATUS_NO_MEMORY;
        }
        if (n) utf16_to_utf8(w, units, copy, n);
        free(w);
        len = n;
    } else {
        if (len >= 3 && !memcmp(text, "\xef\xbb\xbf", 3)) text += 3, len -= 3;
        if (!valid_utf8((const unsigned char *)text, len, &line)) {
            err->line = line;
            snprintf(err->reason, sizeof(err->reason), "not UTF-8 text");
            return STATUS_INVALID_PARAMETER;
        }
        if (!(copy = malloc(len + 1))) return STATUS_NO_MEMORY;
        memcpy(copy, text, len);
    }
    copy[len] = 0;
    if (memchr(copy, 0, len)) {
        line = 1;
        for (char *c = copy; *c; c++) line += *c == '\n';
        free(copy);
        err->line = line;
        snprintf(err->reason, sizeof(err->reason), "NUL byte in the text");
        return STATUS_INVALID_PARAMETER;
    }
    /* pass 1 checks everything; lines are cut in place, so pass 2 needs a
     * fresh copy */
    char *second = malloc(len + 1);
    if (!second) {
        free(copy);
        return STATUS_NO_MEMORY;
    }
    memcpy(second, copy, len + 1);
    p.apply = 0;
    status = run(&p, copy, len);
    if (!status) {
        p.apply = 1;
        status = run(&p, second, len);
    }
    free(copy);
    free(second);
    return status;
}

NTSTATUS reg_import_file(const char *path, const struct reg_root_name *roots, int nroots, struct reg_error *err)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    char *buf;
    size_t done = 0;
    NTSTATUS status;

    memset(err, 0, sizeof(*err));
    if (fd < 0) {
        int e = errno;
        fail_errno(err, "cannot open", path);
        return e == ENOENT ? STATUS_OBJECT_NAME_NOT_FOUND : STATUS_ACCESS_DENIED;
    }
    if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
        err->line = 0;
        snprintf(err->reason, sizeof(err->reason), "%s: not a regular file", path);
        close(fd);
        return STATUS_INVALID_PARAMETER;
    }
    if (!(buf = malloc(st.st_size + 1))) {
        close(fd);
        return STATUS_NO_MEMORY;
    }
    while (done < (size_t)st.st_size) {
        ssize_t r = read(fd, buf + done, st.st_size - done);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        done += r;
    }
    close(fd);
    status = reg_import_text(buf, done, roots, nroots, err);
    free(buf);
    return status;
}

const struct reg_hive_name hive_names[NHIVES] = {
    { "HKEY_LOCAL_MACHINE", "HKLM", "system.reg" },
    { "HKEY_CURRENT_USER", "HKCU", "user.reg" },
    { "HKEY_USERS\\.DEFAULT", "HKU\\.DEFAULT", "userdef.reg" },
};
