/* relocdll.c - built twice (reloc_a.dll, reloc_b.dll) with the same
 * preferred base, so that loading both forces base relocations on at least
 * one.  reloc_ptr and the string table hold absolute addresses that are
 * only right if the relocations were applied. */
#include <windows.h>

extern IMAGE_DOS_HEADER __ImageBase;

__declspec(dllexport) int reloc_data = 5;
__declspec(dllexport) int *reloc_ptr = &reloc_data;

static const char *const strings[] = { "alpha", "beta" };

__declspec(dllexport) const char *reloc_string(int i)
{
    return strings[i];
}

__declspec(dllexport) void *reloc_base(void)
{
    return &__ImageBase;      /* RIP-relative: right wherever the DLL lands */
}
