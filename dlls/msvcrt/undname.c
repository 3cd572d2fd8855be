/*
 * Undecorating the type names of RTTI type descriptors (".?AVfoo@ns@@"
 * -> "class ns::foo"), for type_info::name and __std_type_info_name. The
 * output is what MSVC's gives: "class", "struct", "union", "enum" before
 * class types, "int * __ptr64" for pointers, template arguments joined by
 * ',' with "> >" between closing brackets.
 *
 * Only type names: no functions, member pointers, arrays or special names
 * (__unDName's full grammar is not here). A name outside this subset
 * comes back as NULL and the callers fall back to the decorated name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "crt_private.h"

struct out {
    char buf[1024];
    size_t len;
    BOOL overflow;
};

static void put(struct out *o, const char *s)
{
    size_t n = strlen(s);

    if (o->len + n >= sizeof(o->buf)) {
        o->overflow = TRUE;
        return;
    }
    memcpy(o->buf + o->len, s, n + 1);
    o->len += n;
}

/* names met so far, for the back references 0-9 */
struct names {
    char *name[10];
    int count;
};

struct parser {
    const char *p;
    BOOL error;
};

static BOOL parse_type(struct parser *ps, struct names *names, struct out *o);

static void remember(struct names *names, const char *start, size_t len)
{
    char *copy;

    if (names->count >= 10) return;
    for (int i = 0; i < names->count; i++)
        if (strlen(names->name[i]) == len && !memcmp(names->name[i], start, len)) return;
    if (!(copy = malloc(len + 1))) return;
    memcpy(copy, start, len);
    copy[len] = 0;
    names->name[names->count++] = copy;
}

static void forget(struct names *names)
{
    for (int i = 0; i < names->count; i++) free(names->name[i]);
    names->count = 0;
}

/* an encoded number: 0-9 for 1-10, else hex digits as A-P ended by '@' */
static BOOL parse_number(struct parser *ps, long long *value)
{
    BOOL negative = FALSE;
    unsigned long long v = 0;

    if (*ps->p == '?') {
        negative = TRUE;
        ps->p++;
    }
    if (*ps->p >= '0' && *ps->p <= '9') {
        v = *ps->p++ - '0' + 1;
    } else {
        while (*ps->p >= 'A' && *ps->p <= 'P') v = v * 16 + (*ps->p++ - 'A');
        if (*ps->p++ != '@') return FALSE;
    }
    *value = negative ? -(long long)v : (long long)v;
    return TRUE;
}

/* one name fragment: "name@", a back reference, or "?$name@args@" */
static BOOL parse_fragment(struct parser *ps, struct names *names, struct out *o)
{
    const char *start = ps->p;

    if (*ps->p >= '0' && *ps->p <= '9') {
        int index = *ps->p++ - '0';
        if (index >= names->count) return FALSE;
        put(o, names->name[index]);
        return TRUE;
    }
    if (ps->p[0] == '?' && ps->p[1] == '$') {
        struct names args = { { 0 }, 0 };
        struct out name;
        BOOL first = TRUE, ok = TRUE;

        ps->p += 2;
        name.len = 0;
        name.buf[0] = 0;
        name.overflow = FALSE;
        while (*ps->p && *ps->p != '@') ps->p++;
        if (*ps->p != '@') return FALSE;
        memcpy(name.buf, start + 2, ps->p - start - 2);
        name.buf[ps->p - start - 2] = 0;
        name.len = strlen(name.buf);
        remember(&args, name.buf, name.len);
        ps->p++;
        put(&name, "<");
        while (ok && *ps->p && *ps->p != '@') {
            if (!first) put(&name, ",");
            first = FALSE;
            if (ps->p[0] == '$' && ps->p[1] == '0') {       /* an integer argument */
                long long v;
                char num[32];
                ps->p += 2;
                if (!(ok = parse_number(ps, &v))) break;
                snprintf(num, sizeof(num), "%lld", v);
                put(&name, num);
            } else {
                ok = parse_type(ps, &args, &name);
            }
        }
        forget(&args);
        if (!ok || *ps->p != '@') return FALSE;
        ps->p++;
        put(&name, name.len && name.buf[name.len - 1] == '>' ? " >" : ">");
        if (name.overflow) return FALSE;
        remember(names, name.buf, name.len);
        put(o, name.buf);
        return TRUE;
    }
    while (*ps->p && *ps->p != '@') ps->p++;
    if (*ps->p != '@' || ps->p == start) return FALSE;
    remember(names, start, ps->p - start);
    ps->p++;
    {
        char frag[256];
        size_t len = ps->p - 1 - start;
        if (len >= sizeof(frag)) return FALSE;
        memcpy(frag, start, len);
        frag[len] = 0;
        put(o, frag);
    }
    return TRUE;
}

/* "name@ns@ns2@@" -> "ns2::ns::name" (innermost first in the encoding) */
static BOOL parse_qualified_name(struct parser *ps, struct names *names, struct out *o)
{
    struct out parts[8];
    int count = 0;

    while (*ps->p && *ps->p != '@') {
        if (count == 8) return FALSE;
        parts[count].len = 0;
        parts[count].buf[0] = 0;
        parts[count].overflow = FALSE;
        if (!parse_fragment(ps, names, &parts[count]) || parts[count].overflow) return FALSE;
        count++;
    }
    if (*ps->p != '@' || !count) return FALSE;
    ps->p++;
    for (int i = count - 1; i >= 0; i--) {
        put(o, parts[i].buf);
        if (i) put(o, "::");
    }
    return TRUE;
}

static const char *const basic_types[26] = {
    ['C' - 'A'] = "signed char", ['D' - 'A'] = "char", ['E' - 'A'] = "unsigned char",
    ['F' - 'A'] = "short", ['G' - 'A'] = "unsigned short", ['H' - 'A'] = "int",
    ['I' - 'A'] = "unsigned int", ['J' - 'A'] = "long", ['K' - 'A'] = "unsigned long",
    ['M' - 'A'] = "float", ['N' - 'A'] = "double", ['O' - 'A'] = "long double", ['X' - 'A'] = "void",
};

static const char *extended_type(char c)
{
    switch (c) {
    case 'J': return "__int64";
    case 'K': return "unsigned __int64";
    case 'N': return "bool";
    case 'W': return "wchar_t";
    case 'S': return "char16_t";
    case 'U': return "char32_t";
    }
    return NULL;
}

static BOOL parse_type(struct parser *ps, struct names *names, struct out *o)
{
    char c = *ps->p++;
    const char *kind = NULL;

    switch (c) {
    case 'V': kind = "class "; break;
    case 'U': kind = "struct "; break;
    case 'T': kind = "union "; break;
    case 'W':
        if (*ps->p++ != '4') return FALSE;
        kind = "enum ";
        break;
    case '_': {
        const char *name = extended_type(*ps->p++);
        if (!name) return FALSE;
        put(o, name);
        return TRUE;
    }
    case 'P': case 'Q': case 'R': case 'S': case 'A': {
        const char *cv = "";
        BOOL ptr64 = FALSE;

        if (*ps->p == 'E') {
            ptr64 = TRUE;
            ps->p++;
        }
        switch (*ps->p++) {
        case 'A': break;
        case 'B': cv = " const"; break;
        case 'C': cv = " volatile"; break;
        case 'D': cv = " const volatile"; break;
        default: return FALSE;
        }
        if (!parse_type(ps, names, o)) return FALSE;
        put(o, cv);
        put(o, c == 'A' ? " &" : " *");
        if (ptr64) put(o, " __ptr64");
        if (c == 'Q') put(o, " const");
        else if (c == 'R') put(o, " volatile");
        else if (c == 'S') put(o, " const volatile");
        return TRUE;
    }
    default:
        if (c >= 'A' && c <= 'Z' && basic_types[c - 'A']) {
            put(o, basic_types[c - 'A']);
            return TRUE;
        }
        return FALSE;
    }
    put(o, kind);
    return parse_qualified_name(ps, names, o);
}

char *crt_undecorate_type(const char *decorated)
{
    struct parser ps = { decorated, FALSE };
    struct names names = { { 0 }, 0 };
    struct out o;
    BOOL ok;
    char *ret;

    o.len = 0;
    o.buf[0] = 0;
    o.overflow = FALSE;
    if (*ps.p++ != '.') return NULL;
    if (ps.p[0] == '?' && ps.p[1] == 'A') ps.p += 2;    /* a class type: ".?AV..." */
    ok = parse_type(&ps, &names, &o) && !*ps.p && !o.overflow;
    forget(&names);
    if (!ok || !(ret = malloc(o.len + 1))) return NULL;
    memcpy(ret, o.buf, o.len + 1);
    return ret;
}
