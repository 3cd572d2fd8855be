/*
 * PE image parsing and mapping, free of any process state so that unit tests
 * and fuzzers can link pe.c alone.
 */
#ifndef WINRUN_NTDLL_PE_H
#define WINRUN_NTDLL_PE_H

#include "winnt.h"

struct pe_headers {
    const IMAGE_NT_HEADERS64 *nt;            /* inside the file buffer */
    const IMAGE_SECTION_HEADER *sections;
    unsigned int nsections;
    SIZE_T image_size;                       /* SizeOfImage, page rounded */
};

/* Validates the headers of the file image DATA[0..SIZE). On failure returns
 * -1 and sets *WHY to a short reason ("no PE signature", ...); a 32-bit
 * image gives exactly "32-bit programs are not supported yet". */
int pe_check_headers(const void *data, SIZE_T size, struct pe_headers *out, const char **why);

/* Copies headers and sections into a fresh anonymous read-write mapping at
 * the preferred base if free, elsewhere if the image is relocatable, and
 * applies base relocations. Returns the base or NULL with *WHY. */
void *pe_map_image(const void *data, SIZE_T size, const struct pe_headers *h, const char **why);

/* Validates every data directory of a mapped image of SIZE bytes (pe_dirs.c):
 * tables inside the image, strings terminated, counts bounded. On failure
 * returns -1 with *WHY. */
int pe_check_directories(void *base, SIZE_T size, const char **why);

/* Applies the section protections once imports are written. */
int pe_protect_sections(void *base, const struct pe_headers *h);

/* Bounded access to a mapped image of SIZE bytes: NULL unless
 * [rva, rva+len) lies inside it. */
static inline void *pe_rva(void *base, SIZE_T size, DWORD rva, SIZE_T len)
{
    if (rva > size || len > size - rva) return NULL;
    return (char *)base + rva;
}
/* A NUL-terminated string at RVA that ends inside the image, or NULL. */
const char *pe_string(void *base, SIZE_T size, DWORD rva);

/* The data directory INDEX if present and inside the image, else NULL. */
void *pe_directory(void *base, SIZE_T size, unsigned int index, DWORD *dir_size);

/* The image's own copy of the NT headers (valid for mapped images). */
static inline IMAGE_NT_HEADERS64 *pe_nt(void *base)
{
    return (IMAGE_NT_HEADERS64 *)((char *)base + ((IMAGE_DOS_HEADER *)base)->e_lfanew);
}

#endif
