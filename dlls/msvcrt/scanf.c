/*
 * scanf.c - the Windows scanf engine of our msvcrt.dll and ucrtbase.dll.
 *
 * Both runtimes read a format as: white space matches any run of white
 * space (also none), '%' starts a conversion
 * %[*][width][size]type, anything else must match the input literally
 * ("%%" is a literal '%', with no white space skipped before it).  What the
 * Windows runtimes do beyond C99, and what we therefore do:
 *
 *   - sizes: h (16 bits), l (32 bits for integers: long is 32 bits on
 *     Windows; double for floats; wide for c/s/[), ll, I64, j, z, t, I
 *     (64 bits), I32 (32 bits), w (wide), L (double for floats); hh is a
 *     char only in the ucrt (msvcrt reads "hh" as h).
 *   - integers: a sign is accepted for every integer conversion, also %u
 *     and %x (the value is negated), and a value too large for its target
 *     wraps instead of saturating.  %x and %i accept a 0x prefix.
 *   - %c, %s, %[ fill a char or a WCHAR buffer by the conversion letter and
 *     size: in narrow scanf c/s are char and C/S are WCHAR, in wide scanf the
 *     other way round; h forces char, l and w force WCHAR.  The ucrt reads
 *     %s in wide scanf as char unless SCAN_LEGACY_WIDE_SPECIFIERS.
 *   - %c with a width that meets the end of input stores what it has and
 *     counts as assigned; %[a-z] and %[z-a] are the same range, '-' first or
 *     last is a literal, ']' first is a literal.
 *   - floats: digits, an optional fraction and exponent; the ucrt also
 *     reads inf, infinity, nan, nan(...) and hexadecimal floats unless
 *     SCAN_LEGACY_MSVCRT_COMPAT.  The digits are converted by the host's
 *     correctly rounded strtod.
 *   - the return value is the number of assigned fields, or EOF when the
 *     input ended before the first conversion completed (a conversion
 *     suppressed by '*' counts as completed).
 *
 * Cost: O(format + input); no allocation except for float fields longer
 * than 128 characters.
 */
#include "scanf.h"

#include <stdlib.h>
#include <string.h>

#define NO_LOOK (-2)

struct scanner {
    struct scan_source *src;
    unsigned flags;
    const uint64_t *args;
    size_t consumed;        /* units taken from the source, for %n */
    int look;               /* the unit peeked at and not yet taken, or NO_LOOK */
};

/* ---- the source, with one unit of look-ahead ---- */

static int peek(struct scanner *s)
{
    if (s->look == NO_LOOK) s->look = s->src->get(s->src);
    return s->look;
}

static void take(struct scanner *s)
{
    s->look = NO_LOOK;
    s->consumed++;
}

static int is_space(int c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static void skip_space(struct scanner *s)
{
    while (is_space(peek(s))) take(s);
}

static int digit_value(int c, int base)
{
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if ((c | 32) >= 'a' && (c | 32) <= 'z') d = (c | 32) - 'a' + 10;
    else return -1;
    return d < base ? d : -1;
}

/* ---- the format ---- */

struct format {
    const void *p;
    size_t i;
    int wide;
};

static int fmt_at(const struct format *f, size_t i)
{
    return f->wide ? ((const uint16_t *)f->p)[i] : ((const unsigned char *)f->p)[i];
}

static int fmt_next(struct format *f)
{
    int c = fmt_at(f, f->i);
    if (c) f->i++;
    return c;
}

/* A parsed %-conversion. */
struct spec {
    int suppress;
    long width;          /* -1: none */
    int int_size;        /* bytes of an integer target: 1, 2, 4, 8 */
    int double_target;   /* floats: store a double, not a float */
    int char_width;      /* c/s/[: 0 natural, 1 char, 2 WCHAR */
    int type;
};

static void parse_size(struct format *f, struct spec *sp, unsigned flags)
{
    for (;;) {
        int c = fmt_at(f, f->i);
        switch (c) {
        case 'h':
            f->i++;
            if ((flags & SCAN_UCRT) && fmt_at(f, f->i) == 'h') {
                f->i++;
                sp->int_size = 1;
            } else sp->int_size = 2;
            sp->char_width = 1;
            continue;
        case 'l':
            f->i++;
            if (fmt_at(f, f->i) == 'l') {
                f->i++;
                sp->int_size = 8;
            } else {
                sp->int_size = 4;
                sp->double_target = 1;
                sp->char_width = 2;
            }
            continue;
        case 'L':
            f->i++;
            sp->double_target = 1;
            if (flags & SCAN_UCRT) sp->int_size = 8;
            continue;
        case 'w':
            f->i++;
            sp->char_width = 2;
            continue;
        case 'j': case 'z': case 't':
            f->i++;
            sp->int_size = 8;
            continue;
        case 'I':
            f->i++;
            if (fmt_at(f, f->i) == '6' && fmt_at(f, f->i + 1) == '4') {
                f->i += 2;
                sp->int_size = 8;
            } else if (fmt_at(f, f->i) == '3' && fmt_at(f, f->i + 1) == '2') {
                f->i += 2;
                sp->int_size = 4;
            } else sp->int_size = 8;   /* pointer-sized */
            continue;
        case 'F': case 'N':   /* far/near of 16-bit days, ignored by msvcrt */
            if (flags & SCAN_UCRT) return;
            f->i++;
            continue;
        default:
            return;
        }
    }
}

/* ---- arguments ---- */

static void *next_pointer(struct scanner *s)
{
    return (void *)(uintptr_t)*s->args++;
}

static unsigned next_size(struct scanner *s)
{
    return (unsigned)*s->args++;
}

static void store_integer(void *target, int size, uint64_t value)
{
    switch (size) {
    case 1: *(uint8_t *)target = (uint8_t)value; break;
    case 2: *(uint16_t *)target = (uint16_t)value; break;
    case 8: *(uint64_t *)target = value; break;
    default: *(uint32_t *)target = (uint32_t)value; break;
    }
}

/* ---- conversions: each returns 1 on success, 0 on a matching failure,
 *      -1 on an input failure (end of input before anything matched), -2 on
 *      an error that stops the scan (src->error is set) ---- */

static int scan_integer(struct scanner *s, const struct spec *sp, int base)
{
    long width = sp->width;
    uint64_t value = 0;
    int negative = 0, digits = 0, c, d;

    skip_space(s);
    c = peek(s);
    if (c == SCAN_END) return -1;
    if (width && (c == '+' || c == '-')) {
        negative = c == '-';
        take(s);
        width--;
    }
    if (width && (base == 0 || base == 16) && peek(s) == '0') {
        take(s);
        width--;
        digits = 1;
        if (width && (peek(s) | 32) == 'x') {
            take(s);
            width--;
            base = 16;
        } else if (!base) base = 8;
    }
    if (!base) base = 10;
    while (width && (d = digit_value(peek(s), base)) >= 0) {
        value = value * base + d;   /* wraps, as Windows does */
        take(s);
        width--;
        digits = 1;
    }
    if (!digits) return peek(s) == SCAN_END && width ? -1 : 0;
    if (negative) value = -value;
    if (!sp->suppress) store_integer(next_pointer(s), sp->type == 'p' ? 8 : sp->int_size, value);
    return 1;
}

/* A growing buffer of ASCII characters for a float field. */
struct text {
    char small[128];
    char *p;
    size_t len, cap;
    int failed;
};

static void text_add(struct text *t, int c)
{
    if (t->len + 1 >= t->cap) {
        size_t cap = t->cap * 2;
        char *grown = t->p == t->small ? malloc(cap) : realloc(t->p, cap);
        if (!grown) {
            t->failed = 1;
            return;
        }
        if (t->p == t->small) memcpy(grown, t->small, t->len);
        t->p = grown;
        t->cap = cap;
    }
    t->p[t->len++] = (char)c;
}

/* Takes the input while it matches word (lower case), case-insensitively;
   returns the number of characters matched. */
static size_t match_word(struct scanner *s, long *width, const char *word, struct text *t)
{
    size_t n = 0;
    while (word[n] && *width && (peek(s) | 32) == word[n]) {
        text_add(t, word[n]);
        take(s);
        (*width)--;
        n++;
    }
    return n;
}

static int take_digits(struct scanner *s, long *width, int base, struct text *t)
{
    int n = 0;
    while (*width && digit_value(peek(s), base) >= 0) {
        text_add(t, peek(s));
        take(s);
        (*width)--;
        n++;
    }
    return n;
}

static int read_float_text(struct scanner *s, const struct spec *sp, struct text *t)
{
    long width = sp->width;
    int c, digits, base = 10, extended = (s->flags & SCAN_UCRT) && !(s->flags & SCAN_LEGACY_MSVCRT_COMPAT);

    skip_space(s);
    c = peek(s);
    if (c == SCAN_END) return -1;
    if (width && (c == '+' || c == '-')) {
        text_add(t, c);
        take(s);
        width--;
    }
    if (extended && width && (peek(s) | 32) == 'i') {
        if (match_word(s, &width, "inf", t) != 3) return 0;
        match_word(s, &width, "inity", t);   /* "infinity", or "inf" and what follows */
        return 1;
    }
    if (extended && width && (peek(s) | 32) == 'n') {
        if (match_word(s, &width, "nan", t) != 3) return 0;
        if (width && peek(s) == '(') {
            text_add(t, '(');
            take(s);
            width--;
            while (width && (digit_value(peek(s), 36) >= 0 || peek(s) == '_')) {
                text_add(t, peek(s));
                take(s);
                width--;
            }
            if (!width || peek(s) != ')') return 0;
            text_add(t, ')');
            take(s);
        }
        return 1;
    }
    digits = 0;
    if (extended && width && peek(s) == '0') {
        text_add(t, '0');
        take(s);
        width--;
        digits = 1;
        if (width && (peek(s) | 32) == 'x') {
            text_add(t, 'x');
            take(s);
            width--;
            base = 16;
            digits = 0;
        }
    }
    digits += take_digits(s, &width, base, t);
    if (width && peek(s) == '.') {
        text_add(t, '.');
        take(s);
        width--;
        digits += take_digits(s, &width, base, t);
    }
    if (!digits) return peek(s) == SCAN_END && width && !t->len ? -1 : 0;
    if (width && (peek(s) | 32) == (base == 16 ? 'p' : 'e')) {
        /* an exponent marker without digits is consumed and ignored */
        text_add(t, peek(s));
        take(s);
        width--;
        if (width && (peek(s) == '+' || peek(s) == '-')) {
            text_add(t, peek(s));
            take(s);
            width--;
        }
        take_digits(s, &width, 10, t);
    }
    return 1;
}

static int scan_float(struct scanner *s, const struct spec *sp)
{
    struct text t;
    int ret;

    t.p = t.small;
    t.len = 0;
    t.cap = sizeof(t.small);
    t.failed = 0;
    ret = read_float_text(s, sp, &t);
    if (ret == 1 && !t.failed) {
        double value;
        t.p[t.len] = 0;
        value = strtod(t.p, NULL);
        if (!sp->suppress) {
            void *target = next_pointer(s);
            if (sp->double_target) *(double *)target = value;
            else *(float *)target = (float)value;
        }
    } else if (ret == 1) ret = 0;
    if (t.p != t.small) free(t.p);
    return ret;
}

/* Where the characters of %c, %s and %[ go. */
struct dest {
    void *p;
    size_t used, size;   /* size: units available (secure), or (size_t)-1 */
    int wide;
    int overflow;
};

static int dest_open(struct scanner *s, const struct spec *sp, struct dest *d)
{
    int natural_wide = (s->flags & SCAN_WIDE) &&
                       (!(s->flags & SCAN_UCRT) || (s->flags & SCAN_LEGACY_WIDE_SPECIFIERS));
    int upper = sp->type == 'C' || sp->type == 'S';

    if (sp->char_width) d->wide = sp->char_width == 2;
    else if (upper) d->wide = !(s->flags & SCAN_WIDE);
    else d->wide = (sp->type == 's' || sp->type == 'c') ? natural_wide : !!(s->flags & SCAN_WIDE);
    d->used = 0;
    d->overflow = 0;
    d->size = (size_t)-1;
    d->p = NULL;
    if (sp->suppress) return 0;
    d->p = next_pointer(s);
    if (s->flags & SCAN_SECURE) {
        d->size = next_size(s);
        if (!d->size) {
            s->src->error = SCAN_ERROR_NOMEM;
            return -2;
        }
    }
    return 0;
}

/* Stores one input unit; 0, or -2 with src->error set. */
static int dest_put(struct scanner *s, struct dest *d, int unit)
{
    if (!d->p) return 0;
    if (!d->wide && unit > 0xff) {
        s->src->error = SCAN_ERROR_ILSEQ;
        return -2;
    }
    if (d->used >= d->size) {
        d->overflow = 1;
        return 0;
    }
    if (d->wide) ((uint16_t *)d->p)[d->used] = (uint16_t)unit;
    else ((unsigned char *)d->p)[d->used] = (unsigned char)unit;
    d->used++;
    return 0;
}

/* Ends a field: terminator (strings) and the secure size check. */
static int dest_close(struct scanner *s, struct dest *d, int terminate)
{
    if (!d->p) return 0;
    if (d->overflow || (terminate && d->used >= d->size)) {
        /* the secure family leaves an empty string and stops */
        if (d->wide) *(uint16_t *)d->p = 0;
        else *(char *)d->p = 0;
        s->src->error = SCAN_ERROR_NOMEM;
        return -2;
    }
    if (terminate) {
        if (d->wide) ((uint16_t *)d->p)[d->used] = 0;
        else ((char *)d->p)[d->used] = 0;
    }
    return 0;
}

static int scan_chars(struct scanner *s, const struct spec *sp)
{
    long width = sp->width < 0 ? 1 : sp->width;
    struct dest d;
    int ret;

    if (peek(s) == SCAN_END) return -1;
    if ((ret = dest_open(s, sp, &d))) return ret;
    while (width-- && peek(s) != SCAN_END) {
        if ((ret = dest_put(s, &d, peek(s)))) return ret;
        take(s);
    }
    return dest_close(s, &d, 0) ? -2 : 1;
}

static int scan_string(struct scanner *s, const struct spec *sp)
{
    long width = sp->width;
    struct dest d;
    int ret;

    skip_space(s);
    if (peek(s) == SCAN_END) return -1;
    if ((ret = dest_open(s, sp, &d))) return ret;
    while (width && peek(s) != SCAN_END && !is_space(peek(s))) {
        if ((ret = dest_put(s, &d, peek(s)))) return ret;
        take(s);
        width--;
    }
    return dest_close(s, &d, 1) ? -2 : 1;
}

/* Is c in the scanset format[start, end)?  O(set length) a character. */
static int in_set(const struct format *f, size_t start, size_t end, int c)
{
    size_t i = start;
    if (i < end && fmt_at(f, i) == ']') {   /* a leading ']' is a member */
        if (c == ']') return 1;
        i++;
    }
    for (; i < end; i++) {
        int ch = fmt_at(f, i);
        if (ch == '-' && i > start && i + 1 < end) {
            int lo = fmt_at(f, i - 1), hi = fmt_at(f, i + 1);
            if (lo > hi) { int t = lo; lo = hi; hi = t; }
            if (c >= lo && c <= hi) return 1;
            i++;
        } else if (ch == c) return 1;
    }
    return 0;
}

static int scan_set(struct scanner *s, struct format *f, const struct spec *sp)
{
    long width = sp->width;
    size_t start, end;
    int invert = 0, n = 0, ret;
    struct dest d;

    if (fmt_at(f, f->i) == '^') {
        invert = 1;
        f->i++;
    }
    start = end = f->i;
    if (fmt_at(f, end) == ']') end++;
    while (fmt_at(f, end) && fmt_at(f, end) != ']') end++;
    if (!fmt_at(f, end) && (s->flags & SCAN_UCRT)) {
        s->src->error = SCAN_ERROR_INVALID;
        return -2;
    }
    f->i = fmt_at(f, end) ? end + 1 : end;

    if (peek(s) == SCAN_END) return -1;
    if ((ret = dest_open(s, sp, &d))) return ret;
    while (width && peek(s) != SCAN_END && in_set(f, start, end, peek(s)) != invert) {
        if ((ret = dest_put(s, &d, peek(s)))) return ret;
        take(s);
        width--;
        n++;
    }
    if (!n) return 0;
    return dest_close(s, &d, 1) ? -2 : 1;
}

/* ---- the scanner ---- */

int scan_format(struct scan_source *src, unsigned flags, const void *format, const uint64_t *args)
{
    struct scanner s = { src, flags, args, 0, NO_LOOK };
    struct format f = { format, 0, (flags & SCAN_WIDE) != 0 };
    int assigned = 0, completed = 0, ret = 0, c;

    src->error = SCAN_ERROR_NONE;
    while ((c = fmt_next(&f))) {
        struct spec sp = { 0, -1, 4, 0, 0, 0 };

        if (is_space(c)) {
            skip_space(&s);
            continue;
        }
        if (c != '%' || fmt_at(&f, f.i) == '%') {
            if (c == '%') f.i++;
            if (peek(&s) == SCAN_END) { ret = -1; break; }
            if (peek(&s) != c) break;
            take(&s);
            continue;
        }
        if (fmt_at(&f, f.i) == '*') {
            sp.suppress = 1;
            f.i++;
        }
        if (fmt_at(&f, f.i) >= '0' && fmt_at(&f, f.i) <= '9') {
            sp.width = 0;
            while (fmt_at(&f, f.i) >= '0' && fmt_at(&f, f.i) <= '9') {
                if (sp.width < 100000000) sp.width = sp.width * 10 + (fmt_at(&f, f.i) - '0');
                f.i++;
            }
            if (!sp.width) sp.width = -1;
        }
        parse_size(&f, &sp, flags);
        sp.type = fmt_next(&f);
        switch (sp.type) {
        case 'd': ret = scan_integer(&s, &sp, 10); break;
        case 'i': ret = scan_integer(&s, &sp, 0); break;
        case 'u': ret = scan_integer(&s, &sp, 10); break;
        case 'o': ret = scan_integer(&s, &sp, 8); break;
        case 'x': case 'X': case 'p': ret = scan_integer(&s, &sp, 16); break;
        case 'e': case 'E': case 'f': case 'g': case 'G':
            ret = scan_float(&s, &sp);
            break;
        case 'F': case 'a': case 'A':
            if (!(flags & SCAN_UCRT)) goto unknown;
            ret = scan_float(&s, &sp);
            break;
        case 'c': case 'C': ret = scan_chars(&s, &sp); break;
        case 's': case 'S': ret = scan_string(&s, &sp); break;
        case '[': ret = scan_set(&s, &f, &sp); break;
        case 'n':
            if (!sp.suppress) store_integer(next_pointer(&s), sp.int_size, s.consumed);
            continue;
        default:
        unknown:
            /* the ucrt refuses the format; msvcrt matches the letter as text */
            if ((flags & SCAN_UCRT) || !sp.type) {
                src->error = SCAN_ERROR_INVALID;
                ret = -2;
                break;
            }
            if (peek(&s) == SCAN_END) { ret = -1; break; }
            ret = peek(&s) == sp.type ? 2 : 0;
            if (ret) take(&s);
            break;
        }
        if (ret <= 0) break;
        if (ret == 1) {
            completed++;
            if (!sp.suppress) assigned++;
        }
        ret = 0;
    }
    if (s.look >= 0) src->unget(src, s.look);
    if (ret == -2 && src->error == SCAN_ERROR_INVALID) return -1;
    if (ret == -1 && !completed) return -1;
    return assigned;
}

/* ---- string sources ---- */

static int string_get(struct scan_source *src)
{
    struct scan_string_source *s = (struct scan_string_source *)src;
    int c;
    if (s->pos >= s->length) return SCAN_END;
    c = s->wide ? ((const uint16_t *)s->string)[s->pos] : ((const unsigned char *)s->string)[s->pos];
    if (!c) return SCAN_END;
    s->pos++;
    return c;
}

static void string_unget(struct scan_source *src, int unit)
{
    (void)unit;
    ((struct scan_string_source *)src)->pos--;
}

void scan_string_source_init(struct scan_string_source *s, const void *string, size_t length, int wide)
{
    s->src.get = string_get;
    s->src.unget = string_unget;
    s->src.error = SCAN_ERROR_NONE;
    s->string = string;
    s->pos = 0;
    s->length = length;
    s->wide = wide;
}
