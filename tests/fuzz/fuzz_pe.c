/*
 * Fuzz target: the PE loader's checks up to relocation (dlls/ntdll/pe.c,
 * pe_dirs.c): headers validated on the file, the image mapped and
 * relocated, every data directory validated on the mapping, and the
 * accepted directories walked the way the loader walks them.
 */
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include "pe.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* images above this are valid but only slow the fuzzer down */
#define MAX_IMAGE (64u << 20)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct pe_headers h;
    const char *why = NULL;
    void *base;

    if (pe_check_headers(data, size, &h, &why)) {
        if (!why) abort();   /* every rejection names its reason */
        return 0;
    }
    if (h.image_size > MAX_IMAGE) return 0;
    base = pe_map_image(data, size, &h, &why);
    if (!base) {
        if (!why) abort();
        return 0;
    }
    if (pe_check_directories(base, h.image_size, &why)) {
        if (!why) abort();
    } else {
        /* what the checks accepted, the loader reads: imports and their names */
        DWORD dir_size;
        IMAGE_IMPORT_DESCRIPTOR *imp = pe_directory(base, h.image_size, IMAGE_DIRECTORY_ENTRY_IMPORT, &dir_size);
        for (; imp && imp->Name; imp++) {
            if (!pe_string(base, h.image_size, imp->Name)) abort();
        }
    }
    munmap(base, h.image_size);
    return 0;
}
