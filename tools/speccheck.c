/*
 * specgen check: reads a built NAME.dll.so with libelf and checks it against
 * its spec. Every non-forwarded entry must resolve to a defined symbol that
 * lies after the PE header (an RVA is unsigned); a function whose symbol is
 * still the generated weak stub is counted as unimplemented. The summary
 * line feeds docs/status.md; -v lists the unimplemented names.
 */
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "spec.h"

struct symbol { const char *name; GElf_Addr value; int defined; };

static int compare_symbols(const void *a, const void *b)
{
    return strcmp(((const struct symbol *)a)->name, ((const struct symbol *)b)->name);
}

static const struct symbol *find(const struct symbol *syms, size_t n, const char *name)
{
    struct symbol key = { name, 0, 0 };
    return bsearch(&key, syms, n, sizeof(*syms), compare_symbols);
}

/* Loads the full symbol table (.symtab: the stub labels are local symbols). */
static struct symbol *read_symbols(Elf *elf, size_t *count)
{
    Elf_Scn *scn = NULL;
    struct symbol *syms = NULL;
    size_t n = 0;

    while ((scn = elf_nextscn(elf, scn))) {
        GElf_Shdr shdr;
        Elf_Data *data;
        if (!gelf_getshdr(scn, &shdr) || shdr.sh_type != SHT_SYMTAB) continue;
        if (!(data = elf_getdata(scn, NULL)) || !shdr.sh_entsize) continue;
        size_t total = shdr.sh_size / shdr.sh_entsize;
        syms = calloc(total ? total : 1, sizeof(*syms));
        if (!syms) return NULL;
        for (size_t i = 0; i < total; i++) {
            GElf_Sym sym;
            const char *name;
            if (!gelf_getsym(data, (int)i, &sym)) continue;
            if (!(name = elf_strptr(elf, shdr.sh_link, sym.st_name)) || !*name) continue;
            syms[n].name = name;
            syms[n].value = sym.st_value;
            syms[n].defined = sym.st_shndx != SHN_UNDEF;
            n++;
        }
        break;
    }
    qsort(syms, n, sizeof(*syms), compare_symbols);
    *count = n;
    return syms;
}

int spec_check_elf(const struct spec *spec, const char *so_path, int verbose)
{
    int fd, errors = 0, implemented = 0, stubs = 0, forwards = 0, data = 0;
    size_t nsyms;
    struct symbol *syms;
    const struct symbol *header;
    Elf *elf;

    if (elf_version(EV_CURRENT) == EV_NONE) return -1;
    if ((fd = open(so_path, O_RDONLY)) < 0) { perror(so_path); return -1; }
    if (!(elf = elf_begin(fd, ELF_C_READ, NULL)) || elf_kind(elf) != ELF_K_ELF) {
        fprintf(stderr, "%s: not an ELF file: %s\n", so_path, elf_errmsg(-1));
        close(fd);
        return -1;
    }
    syms = read_symbols(elf, &nsyms);
    if (!syms || !nsyms) {
        fprintf(stderr, "%s: no symbol table\n", so_path);
        errors++;
        goto done;
    }
    header = find(syms, nsyms, "__winrun_pe_header");
    if (!header || !header->defined || header->value & 0xfff) {
        fprintf(stderr, "%s: no page-aligned __winrun_pe_header\n", so_path);
        errors++;
        goto done;
    }
    for (int i = 0; i < spec->count; i++) {
        const struct spec_entry *e = &spec->entries[i];
        const struct symbol *sym, *stub;
        char stubname[64];

        if (e->forward) { forwards++; continue; }
        if (e->kind == SPEC_STUB) {
            stubs++;
            if (verbose) printf("stub %s\n", e->name);
            continue;
        }
        sym = find(syms, nsyms, e->symbol);
        if (!sym || !sym->defined) {
            fprintf(stderr, "%s: %s.%s: symbol %s is not defined\n", so_path, spec->dll_name, e->name, e->symbol);
            errors++;
            continue;
        }
        if (sym->value <= header->value || sym->value - header->value > 0xffffffffu) {
            fprintf(stderr, "%s: %s lies outside the image\n", so_path, e->symbol);
            errors++;
            continue;
        }
        if (e->kind == SPEC_EXTERN) { data++; continue; }
        snprintf(stubname, sizeof(stubname), "__winrun_stub_%d", i);
        stub = find(syms, nsyms, stubname);
        if (stub && stub->value == sym->value) {
            stubs++;
            if (verbose) printf("unimplemented %s\n", e->name);
        } else implemented++;
    }
    printf("%s: %d exports: %d implemented, %d data, %d forwarded, %d unimplemented\n",
           spec->dll_name, spec->count, implemented, data, forwards, stubs);
done:
    free(syms);
    elf_end(elf);
    close(fd);
    return errors ? -1 : 0;
}
