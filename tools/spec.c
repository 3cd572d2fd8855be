/*
 * Parser of .spec files (format in spec.h). Strict: anything it does not
 * understand is an error with file and line, because a silently dropped
 * export becomes a missing-export failure in some program much later.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "spec.h"

static int fail(const char *file, int line, const char *why, const char *what)
{
    fprintf(stderr, "%s:%d: %s%s%s\n", file, line, why, what ? ": " : "", what ? what : "");
    return -1;
}

static char *xstrdup(const char *s)
{
    char *r = strdup(s);
    if (!r) { perror("specgen"); exit(1); }
    return r;
}

static char *next_token(char **p)
{
    char *s = *p, *start;
    while (*s && isspace((unsigned char)*s)) s++;
    if (!*s) { *p = s; return NULL; }
    start = s;
    while (*s && !isspace((unsigned char)*s)) s++;
    if (*s) *s++ = 0;
    *p = s;
    return start;
}

static int arg_letter(const char *type)
{
    static const struct { const char *name; char letter; } types[] = {
        { "long", 'l' }, { "ptr", 'p' }, { "str", 's' }, { "wstr", 'w' },
        { "int64", 'j' }, { "double", 'd' }, { "float", 'f' },
    };
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
        if (!strcmp(type, types[i].name)) return types[i].letter;
    return 0;
}

/* NAME(ARGS) may contain spaces inside the parentheses, so it is cut out of
 * the line by hand rather than by next_token. */
static int parse_name_args(const char *file, int line, char **p, struct spec_entry *e, int want_args)
{
    char *s = *p, *open, *close, *arg;
    while (*s && isspace((unsigned char)*s)) s++;
    if (!*s) return fail(file, line, "missing export name", NULL);
    if (!want_args) {
        e->name = xstrdup(next_token(&s));
        *p = s;
        return 0;
    }
    open = strchr(s, '(');
    close = open ? strchr(open, ')') : NULL;
    if (!open || !close) return fail(file, line, "expected NAME(ARGS)", s);
    *open = 0;
    for (char *t = s; *t; t++)
        if (isspace((unsigned char)*t)) return fail(file, line, "space in export name", s);
    if (!*s) return fail(file, line, "missing export name", NULL);
    e->name = xstrdup(s);
    *close = 0;
    for (char *q = open + 1; (arg = next_token(&q));) {
        int letter = arg_letter(arg);
        if (!letter) return fail(file, line, "unknown argument type", arg);
        if (e->nargs == SPEC_MAX_ARGS) return fail(file, line, "too many arguments", e->name);
        e->argtypes[e->nargs++] = (char)letter;
    }
    e->argtypes[e->nargs] = 0;
    *p = close + 1;
    return 0;
}

/* Export names and forwarders become assembler strings (.asciz "NAME"):
 * printable ASCII only, no quote or backslash that would end or escape one. */
static int valid_string(const char *s)
{
    for (; *s; s++)
        if (*s <= ' ' || *s > '~' || *s == '"' || *s == '\\') return 0;
    return 1;
}

static int valid_symbol(const char *s)
{
    if (!*s || isdigit((unsigned char)*s)) return 0;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_' && *s != '$') return 0;
    return 1;
}

static int parse_line(const char *file, int line, char *text, struct spec_entry *e)
{
    char *p = text, *tok, *end;
    memset(e, 0, sizeof(*e));
    e->line = line;

    tok = next_token(&p);
    if (!strcmp(tok, "@")) e->ordinal = -1;
    else {
        errno = 0;
        long ord = strtol(tok, &end, 10);
        if (*end || ord < 1 || ord > 65535) return fail(file, line, "bad ordinal", tok);
        e->ordinal = (int)ord;
    }

    if (!(tok = next_token(&p))) return fail(file, line, "missing kind", NULL);
    if (!strcmp(tok, "stdcall") || !strcmp(tok, "cdecl")) e->kind = SPEC_FUNCTION;
    else if (!strcmp(tok, "varargs")) e->kind = SPEC_VARARGS;
    else if (!strcmp(tok, "extern")) e->kind = SPEC_EXTERN;
    else if (!strcmp(tok, "stub")) e->kind = SPEC_STUB;
    else return fail(file, line, "unknown kind", tok);

    for (;;) {
        while (*p && isspace((unsigned char)*p)) p++;
        if (*p != '-') break;
        tok = next_token(&p);
        if (!strcmp(tok, "-noname")) e->noname = 1;
        else if (!strcmp(tok, "-norelay")) e->norelay = 1;
        else return fail(file, line, "unknown flag", tok);
    }

    if (parse_name_args(file, line, &p, e, e->kind == SPEC_FUNCTION || e->kind == SPEC_VARARGS))
        return -1;
    if (!valid_string(e->name)) return fail(file, line, "bad character in export name", e->name);

    tok = next_token(&p);
    if (tok && e->kind == SPEC_STUB) return fail(file, line, "a stub takes no target", tok);
    if (tok && strchr(tok, '.')) {
        e->forward = xstrdup(tok);
        if (!valid_string(e->forward)) return fail(file, line, "bad character in forwarder", e->forward);
    }
    else if (e->kind != SPEC_STUB) {
        e->symbol = xstrdup(tok ? tok : e->name);
        if (!valid_symbol(e->symbol)) return fail(file, line, "not a valid C symbol", e->symbol);
    }
    if ((tok = next_token(&p))) return fail(file, line, "unexpected text", tok);
    return 0;
}

static char *dll_name_from_file(const char *file)
{
    const char *base = strrchr(file, '/');
    char *name, *dot;
    base = base ? base + 1 : file;
    name = malloc(strlen(base) + 5);
    if (!name) { perror("specgen"); exit(1); }
    strcpy(name, base);
    if ((dot = strrchr(name, '.'))) *dot = 0;
    if (!strchr(name, '.')) strcat(name, ".dll");
    return name;
}

void spec_free(struct spec *spec)
{
    for (int i = 0; i < spec->count; i++) {
        free(spec->entries[i].name);
        free(spec->entries[i].symbol);
        free(spec->entries[i].forward);
    }
    free(spec->entries);
    free(spec->dll_name);
    memset(spec, 0, sizeof(*spec));
}

int spec_parse(const char *file, struct spec *spec)
{
    FILE *f = fopen(file, "r");
    int ret;

    if (!f) {
        memset(spec, 0, sizeof(*spec));
        fprintf(stderr, "%s: %s\n", file, strerror(errno));
        return -1;
    }
    ret = spec_parse_stream(f, file, spec);
    fclose(f);
    return ret;
}

int spec_parse_stream(FILE *f, const char *file, struct spec *spec)
{
    char buf[1024];
    int line = 0, capacity = 0, next_ordinal;

    memset(spec, 0, sizeof(*spec));
    spec->dll_name = dll_name_from_file(file);
    while (fgets(buf, sizeof(buf), f)) {
        char *p = buf, *hash;
        line++;
        if (!strchr(buf, '\n') && !feof(f)) return fail(file, line, "line too long", NULL);
        if ((hash = strchr(p, '#'))) *hash = 0;
        while (*p && isspace((unsigned char)*p)) p++;
        if (!*p) continue;
        if (spec->count == capacity) {
            capacity = capacity ? capacity * 2 : 64;
            spec->entries = realloc(spec->entries, capacity * sizeof(*spec->entries));
            if (!spec->entries) { perror("specgen"); exit(1); }
        }
        /* a failed line is counted too, so that spec_free frees what it got */
        memset(&spec->entries[spec->count], 0, sizeof(*spec->entries));
        if (parse_line(file, line, p, &spec->entries[spec->count++])) return -1;
    }

    /* explicit ordinals first, then @ entries take the next free ones */
    spec->base = 0;
    next_ordinal = 1;
    for (int i = 0; i < spec->count; i++) {
        int ord = spec->entries[i].ordinal;
        if (ord > 0 && ord >= next_ordinal) next_ordinal = ord + 1;
    }
    for (int i = 0; i < spec->count; i++)
        if (spec->entries[i].ordinal < 0) spec->entries[i].ordinal = next_ordinal++;
    if (next_ordinal - 1 > 65535) return fail(file, line, "too many exports", NULL);

    for (int i = 0; i < spec->count; i++) {
        struct spec_entry *e = &spec->entries[i];
        if (!spec->base || e->ordinal < spec->base) spec->base = e->ordinal;
        if (e->ordinal > spec->limit) spec->limit = e->ordinal;
        for (int j = 0; j < i; j++) {
            if (spec->entries[j].ordinal == e->ordinal)
                return fail(file, e->line, "duplicate ordinal", e->name);
            if (!strcmp(spec->entries[j].name, e->name))
                return fail(file, e->line, "duplicate export", e->name);
        }
    }
    if (!spec->count) spec->base = spec->limit = 1;
    return 0;
}
