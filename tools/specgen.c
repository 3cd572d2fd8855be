/*
 * specgen: turns dlls/NAME/NAME.spec into the assembly that makes
 * NAME.dll.so look like a loaded PE DLL, and checks the built .so.
 *
 *   specgen gen [-e ENTRY] [-i DLL]... NAME.spec OUT.s
 *   specgen check [-v] NAME.spec NAME.dll.so
 *
 * The generated file places, in the .init output section (the first one of
 * the executable segment, page aligned, before .text and all data), a DOS
 * header, NT headers and the export directory. The HMODULE is the address of
 * that DOS header; every RVA is "symbol - header", which the assembler emits
 * as a PC-relative relocation the linker resolves: no run-time fixups, no
 * thunks. The .so must be linked with -nostartfiles (so nothing precedes
 * the header in .init) and -Bsymbolic.
 *
 * Every function entry also gets:
 *  - a weak definition of its C symbol that reports "unimplemented function"
 *    and raises; a real (strong) definition in the DLL's C sources wins;
 *  - a relay thunk and descriptor, used only when +relay tracing is on.
 * An optional import directory lists the builtin DLLs this one calls, with
 * no functions (the calls themselves are ELF-linked), so that loading it
 * registers and initialises them first as Windows would.
 */
#include <stdlib.h>
#include <string.h>
#include "spec.h"

static int compare_names(const void *a, const void *b)
{
    const struct spec_entry *x = *(const struct spec_entry *const *)a;
    const struct spec_entry *y = *(const struct spec_entry *const *)b;
    return strcmp(x->name, y->name);
}

static const struct spec_entry *by_ordinal(const struct spec *spec, int ordinal)
{
    for (int i = 0; i < spec->count; i++)
        if (spec->entries[i].ordinal == ordinal) return &spec->entries[i];
    return NULL;
}

static int is_code(const struct spec_entry *e)
{
    return !e->forward && e->kind != SPEC_EXTERN;
}

/* the symbol an export's RVA points at */
static void emit_target(FILE *out, const struct spec_entry *e, int index)
{
    if (e->forward) fprintf(out, "\t.long .Lforward_%d - __winrun_pe_header\n", index);
    else if (e->kind == SPEC_STUB) fprintf(out, "\t.long __winrun_stub_%d - __winrun_pe_header\n", index);
    else fprintf(out, "\t.long %s - __winrun_pe_header\n", e->symbol);
}

static void emit_headers(FILE *out, const struct spec *spec, const char *entry, int nimports)
{
    fprintf(out,
        "\t.section .note.GNU-stack,\"\",@progbits\n"
        "\t.section .init,\"ax\",@progbits\n"
        "\t.balign 4096\n"
        "\t.globl __winrun_pe_header\n"
        "\t.type __winrun_pe_header,@object\n"
        "__winrun_pe_header:\n"
        /* IMAGE_DOS_HEADER: e_magic, zeros, e_lfanew at 0x3c */
        "\t.short 0x5a4d\n"
        "\t.fill 58,1,0\n"
        "\t.long 0x40\n"
        /* PE signature + IMAGE_FILE_HEADER */
        "\t.long 0x00004550\n"
        "\t.short 0x8664, 0\n"              /* Machine, NumberOfSections */
        "\t.long 0, 0, 0\n"                 /* TimeDateStamp, symbols */
        "\t.short 0xf0, 0x2022\n"           /* SizeOfOptionalHeader, EXECUTABLE|LARGE_ADDRESS_AWARE|DLL */
        /* IMAGE_OPTIONAL_HEADER64 */
        "\t.short 0x20b\n"
        "\t.byte 2, 40\n"                   /* linker version */
        "\t.long 0, 0, 0\n");               /* SizeOfCode, SizeOfInitializedData, SizeOfUninitializedData */
    if (entry) fprintf(out, "\t.long %s - __winrun_pe_header\n", entry);
    else fprintf(out, "\t.long 0\n");
    fprintf(out,
        "\t.long 0x1000\n"                  /* BaseOfCode */
        "\t.quad 0\n"                       /* ImageBase: filled in by the loader */
        "\t.long 0x1000, 0x200\n"           /* SectionAlignment, FileAlignment */
        "\t.short 6, 0, 0, 0, 6, 0\n"       /* OS, image, subsystem versions */
        "\t.long 0\n"                       /* Win32VersionValue */
        "\t.long _end - __winrun_pe_header\n" /* SizeOfImage */
        "\t.long 0x1000, 0\n"               /* SizeOfHeaders, CheckSum */
        "\t.short 3, 0x160\n"               /* console subsystem; HIGH_ENTROPY_VA|DYNAMIC_BASE|NX_COMPAT */
        "\t.quad 0x100000, 0x1000, 0x100000, 0x1000\n" /* stack and heap reserve/commit */
        "\t.long 0, 16\n"                   /* LoaderFlags, NumberOfRvaAndSizes */
        "\t.long .Lexports - __winrun_pe_header, .Lexports_end - .Lexports\n");
    if (nimports)
        fprintf(out, "\t.long .Limports - __winrun_pe_header, %d\n", (nimports + 1) * 20);
    else
        fprintf(out, "\t.long 0, 0\n");
    fprintf(out, "\t.fill 14*8,1,0\n");
    (void)spec;
}

static void emit_exports(FILE *out, const struct spec *spec)
{
    const struct spec_entry **named = malloc(spec->count * sizeof(*named));
    int nnamed = 0;

    for (int i = 0; i < spec->count; i++)
        if (!spec->entries[i].noname) named[nnamed++] = &spec->entries[i];
    qsort(named, nnamed, sizeof(*named), compare_names);

    fprintf(out,
        "\t.balign 4,0\n"
        ".Lexports:\n"
        "\t.long 0, 0\n"
        "\t.short 0, 0\n"
        "\t.long .Ldll_name - __winrun_pe_header\n"
        "\t.long %d, %d, %d\n"
        "\t.long .Lfunctions - __winrun_pe_header\n"
        "\t.long .Lnames - __winrun_pe_header\n"
        "\t.long .Lname_ordinals - __winrun_pe_header\n",
        spec->base, spec->limit - spec->base + 1, nnamed);

    fprintf(out, ".Lfunctions:\n");
    for (int ord = spec->base; ord <= spec->limit; ord++) {
        const struct spec_entry *e = by_ordinal(spec, ord);
        if (e) emit_target(out, e, (int)(e - spec->entries));
        else fprintf(out, "\t.long 0\n");
    }
    fprintf(out, ".Lnames:\n");
    for (int i = 0; i < nnamed; i++)
        fprintf(out, "\t.long .Lname_%d - __winrun_pe_header\n", (int)(named[i] - spec->entries));
    fprintf(out, ".Lname_ordinals:\n");
    for (int i = 0; i < nnamed; i++)
        fprintf(out, "\t.short %d\n", named[i]->ordinal - spec->base);
    fprintf(out, ".Ldll_name:\n\t.asciz \"%s\"\n", spec->dll_name);
    for (int i = 0; i < spec->count; i++) {
        const struct spec_entry *e = &spec->entries[i];
        if (!e->noname) fprintf(out, ".Lname_%d:\n\t.asciz \"%s\"\n", i, e->name);
        /* forwarder strings must lie inside the export directory */
        if (e->forward) fprintf(out, ".Lforward_%d:\n\t.asciz \"%s\"\n", i, e->forward);
    }
    fprintf(out, ".Lexports_end:\n");
    free(named);
}

static void emit_imports(FILE *out, char **imports, int nimports)
{
    if (!nimports) return;
    fprintf(out, "\t.balign 8,0\n.Lno_functions:\n\t.quad 0\n.Limports:\n");
    for (int i = 0; i < nimports; i++)
        fprintf(out,
            "\t.long .Lno_functions - __winrun_pe_header, 0, 0\n"
            "\t.long .Limport_name_%d - __winrun_pe_header\n"
            "\t.long .Lno_functions - __winrun_pe_header\n", i);
    fprintf(out, "\t.fill 20,1,0\n");
    for (int i = 0; i < nimports; i++)
        fprintf(out, ".Limport_name_%d:\n\t.asciz \"%s\"\n", i, imports[i]);
}

/* several exports may share one C symbol (aliases): it is defined once */
static int first_with_symbol(const struct spec *spec, int index)
{
    for (int j = 0; j < index; j++)
        if (spec->entries[j].symbol && !strcmp(spec->entries[j].symbol, spec->entries[index].symbol)) return 0;
    return 1;
}

/* Stubs are sysv-called C on the far side: __winrun_unimplemented(name,
 * return address) never returns. */
static void emit_stubs(FILE *out, const struct spec *spec, const char *module)
{
    fprintf(out, "\t.text\n");
    for (int i = 0; i < spec->count; i++) {
        const struct spec_entry *e = &spec->entries[i];
        if (!is_code(e)) continue;
        if (e->kind != SPEC_STUB && first_with_symbol(spec, i))
            fprintf(out, "\t.weak %s\n\t.type %s,@function\n%s:\n", e->symbol, e->symbol, e->symbol);
        fprintf(out,
            "__winrun_stub_%d:\n"
            "\tleaq .Lstub_name_%d(%%rip), %%rdi\n"
            "\tmovq (%%rsp), %%rsi\n"
            "\tjmp __winrun_unimplemented@PLT\n", i, i);
    }
    fprintf(out, "\t.section .rodata\n");
    for (int i = 0; i < spec->count; i++) {
        const struct spec_entry *e = &spec->entries[i];
        if (is_code(e)) fprintf(out, ".Lstub_name_%d:\n\t.asciz \"%s.%s\"\n", i, module, e->name);
    }
}

/* Layout of a descriptor: see struct relay_descriptor in dlls/ntdll/relay.c */
static void emit_relay(FILE *out, const struct spec *spec)
{
    fprintf(out, "\t.text\n");
    for (int i = 0; i < spec->count; i++) {
        const struct spec_entry *e = &spec->entries[i];
        if (!is_code(e) || e->norelay) continue;
        fprintf(out,
            ".Lrelay_thunk_%d:\n"
            "\tleaq .Lrelay_desc_%d(%%rip), %%rax\n"
            "\tjmp __winrun_relay_entry@PLT\n", i, i);
    }
    fprintf(out, "\t.section .data.rel.ro,\"aw\",@progbits\n\t.balign 8\n");
    for (int i = 0; i < spec->count; i++) {
        const struct spec_entry *e = &spec->entries[i];
        if (!is_code(e) || e->norelay) continue;
        fprintf(out,
            ".Lrelay_desc_%d:\n"
            "\t.quad %s\n"
            "\t.quad .Lstub_name_%d\n"
            "\t.quad .Lrelay_args_%d\n"
            "\t.long %d, %d\n",
            i, e->kind == SPEC_STUB ? "0" : e->symbol, i, i, e->nargs, e->kind == SPEC_VARARGS);
    }
    fprintf(out, "\t.globl __winrun_relay_table\n__winrun_relay_table:\n");
    for (int ord = spec->base; ord <= spec->limit; ord++) {
        const struct spec_entry *e = by_ordinal(spec, ord);
        if (e && is_code(e) && !e->norelay)
            fprintf(out, "\t.quad .Lrelay_thunk_%d\n", (int)(e - spec->entries));
        else
            fprintf(out, "\t.quad 0\n");
    }
    fprintf(out, "\t.section .rodata\n");
    for (int i = 0; i < spec->count; i++) {
        const struct spec_entry *e = &spec->entries[i];
        if (is_code(e) && !e->norelay) fprintf(out, ".Lrelay_args_%d:\n\t.asciz \"%s\"\n", i, e->argtypes);
    }
}

void spec_generate(const struct spec *spec, const char *entry, char **imports, int nimports, FILE *out)
{
    char module[256];

    snprintf(module, sizeof(module), "%s", spec->dll_name);
    if (strlen(module) > 4 && !strcmp(module + strlen(module) - 4, ".dll")) module[strlen(module) - 4] = 0;

    fprintf(out, "/* generated by specgen from %s: do not edit */\n", spec->dll_name);
    emit_headers(out, spec, entry, nimports);
    emit_exports(out, spec);
    emit_imports(out, imports, nimports);
    /* code must not share a page with the header, which the loader makes
     * briefly writable to store ImageBase */
    fprintf(out, "\t.balign 4096,0\n");
    emit_stubs(out, spec, module);
    emit_relay(out, spec);
}

/* the fuzz harness (tests/fuzz/fuzz_spec.c) links the generator without
 * the command line */
#ifndef SPECGEN_NO_MAIN
static int generate(const struct spec *spec, const char *entry, char **imports, int nimports,
                    const char *outfile)
{
    FILE *out = fopen(outfile, "w");
    if (!out) { perror(outfile); return 1; }
    spec_generate(spec, entry, imports, nimports, out);
    if (fclose(out)) { perror(outfile); return 1; }
    return 0;
}


static void usage(void)
{
    fprintf(stderr,
        "usage: specgen gen [-e ENTRY] [-i DLL]... NAME.spec OUT.s\n"
        "       specgen check [-v] NAME.spec NAME.dll.so\n");
    exit(2);
}

int main(int argc, char **argv)
{
    struct spec spec;
    char *imports[64];
    const char *entry = NULL;
    int nimports = 0, verbose = 0, i, ret = 2;

    if (argc < 2) usage();
    for (i = 2; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "-e") && i + 1 < argc) entry = argv[++i];
        else if (!strcmp(argv[i], "-i") && i + 1 < argc && nimports < 64) imports[nimports++] = argv[++i];
        else if (!strcmp(argv[i], "-v")) verbose = 1;
        else usage();
    }
    if (argc - i != 2) usage();
    if (spec_parse(argv[i], &spec)) { spec_free(&spec); return 1; }
    if (!strcmp(argv[1], "gen")) ret = generate(&spec, entry, imports, nimports, argv[i + 1]);
    else if (!strcmp(argv[1], "check")) ret = spec_check_elf(&spec, argv[i + 1], verbose) ? 1 : 0;
    else usage();
    spec_free(&spec);
    return ret;
}
#endif
