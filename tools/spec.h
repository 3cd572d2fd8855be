/*
 * The .spec file model shared by specgen's generator and its ELF checker.
 *
 * A spec line (Wine's format, the subset we use):
 *
 *     ORDINAL KIND [FLAGS] NAME[(ARGTYPES)] [TARGET]
 *
 *   ORDINAL  a number, or @ for "next free"
 *   KIND     stdcall | cdecl | varargs | extern | stub
 *   FLAGS    -noname (exported by ordinal only), -norelay
 *   ARGTYPES long ptr str wstr int64 double float  (for +relay tracing)
 *   TARGET   the C symbol implementing it (default NAME), or DLL.NAME for a
 *            forwarder, or DLL.#ORDINAL
 */
#ifndef WINRUN_TOOLS_SPEC_H
#define WINRUN_TOOLS_SPEC_H

#include <stdio.h>

enum spec_kind { SPEC_FUNCTION, SPEC_VARARGS, SPEC_EXTERN, SPEC_STUB };

#define SPEC_MAX_ARGS 16

struct spec_entry {
    int ordinal;
    enum spec_kind kind;
    int noname;
    int norelay;
    char *name;                  /* exported name */
    char *symbol;                /* C symbol, NULL for stubs and forwards */
    char *forward;               /* "dll.Name", NULL unless forwarded */
    char argtypes[SPEC_MAX_ARGS + 1]; /* one letter per argument: l p s w j d f */
    int nargs;
    int line;
};

struct spec {
    char *dll_name;              /* "kernel32.dll" */
    struct spec_entry *entries;
    int count;
    int base, limit;             /* lowest and highest ordinal */
};

/* Parses FILE into SPEC. Prints "FILE:LINE: reason" to stderr and returns
 * -1 on the first error. */
int spec_parse(const char *file, struct spec *spec);

/* The same on an open stream; FILE names it in messages and gives the DLL
 * name (the fuzz harness parses from memory). */
int spec_parse_stream(FILE *f, const char *file, struct spec *spec);

/* Frees what spec_parse allocated, after success or failure. */
void spec_free(struct spec *spec);

/* Writes the assembly for SPEC to OUT (specgen.c; format described there). */
void spec_generate(const struct spec *spec, const char *entry, char **imports, int nimports, FILE *out);

/* Checks the built shared object against its spec with libelf: every entry
 * must resolve to a defined symbol; counts stubs. Returns 0 when good. */
int spec_check_elf(const struct spec *spec, const char *so_path, int verbose);

#endif
