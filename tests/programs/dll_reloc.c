/* dll_reloc.c - base relocations: reloc_a.dll and reloc_b.dll are the same
 * code linked at the same preferred base, so at most one can load there
 * and the other must be relocated; absolute pointers inside both must come
 * out right. */
#include "test.h"

#define RELOC_BASE 0x180000000ULL

typedef const char *(*string_fn)(int);
typedef void *(*base_fn)(void);

static void check(const char *name, HMODULE h)
{
    IMAGE_NT_HEADERS64 *nt = (IMAGE_NT_HEADERS64 *)((char *)h + ((IMAGE_DOS_HEADER *)h)->e_lfanew);
    int **ptr = (int **)GetProcAddress(h, "reloc_ptr");
    int *data = (int *)GetProcAddress(h, "reloc_data");
    string_fn str = (string_fn)GetProcAddress(h, "reloc_string");
    base_fn base = (base_fn)GetProcAddress(h, "reloc_base");

    ok(ptr && data && str && base, "%s: exports found", name);
    if (!ptr || !data || !str || !base)
        return;
    ok(base() == h, "%s: code sees its base %p", name, base());
    ok(*ptr == data && **ptr == 5, "%s: relocated data pointer %p -> %p", name, *ptr, data);
    ok(!strcmp(str(0), "alpha") && !strcmp(str(1), "beta"), "%s: relocated string table", name);
    trace("%s at %p, header ImageBase 0x%I64x", name, h, (ULONG64)nt->OptionalHeader.ImageBase);
}

int main(void)
{
    HMODULE a = LoadLibraryA("reloc_a.dll"), b = LoadLibraryA("reloc_b.dll");

    ok(a != NULL && b != NULL && a != b, "both loaded: %p %p", a, b);
    if (!a || !b)
        return test_done();
    /* both are linked at RELOC_BASE (programs.mk); the loader may update
     * OptionalHeader.ImageBase in memory, so compare with the constant */
    ok((ULONG_PTR)a != RELOC_BASE || (ULONG_PTR)b != RELOC_BASE, "at least one was relocated");
    check("reloc_a.dll", a);
    check("reloc_b.dll", b);
    ok(FreeLibrary(a) && FreeLibrary(b), "FreeLibrary both");
    return test_done();
}
