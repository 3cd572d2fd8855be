/*
 * PE32+ header validation, image mapping and base relocation.
 *
 * Everything is checked against the file size before it is read: a
 * malformed file yields a reason string, never a fault. Contract of
 * pe_check_headers: on success every section's raw data lies inside the
 * file, every section lies inside SizeOfImage, the headers lie inside the
 * file, and SizeOfImage is below 2 GiB.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "pe.h"

#define PAGE_SIZE 4096
#define MAX_IMAGE_SIZE 0x80000000ull
#define USER_SPACE_END 0x7fffffff0000ull   /* x64 Windows' last user address, rounded to 64K */
#define ROUND_UP(x, a) (((x) + (a) - 1) & ~((SIZE_T)(a) - 1))

int pe_check_headers(const void *data, SIZE_T size, struct pe_headers *out, const char **why)
{
    const unsigned char *file = data;
    const IMAGE_DOS_HEADER *dos = data;
    const IMAGE_NT_HEADERS64 *nt;
    const IMAGE_OPTIONAL_HEADER64 *opt;
    SIZE_T lfanew, sections_end, prev_end = 0;

    if (size < sizeof(IMAGE_DOS_HEADER)) { *why = "file too small for a DOS header"; return -1; }
    if (dos->e_magic != IMAGE_DOS_SIGNATURE) { *why = "no MZ signature"; return -1; }
    lfanew = (DWORD)dos->e_lfanew;
    if (lfanew < sizeof(IMAGE_DOS_HEADER) - sizeof(LONG) || lfanew > size ||
        size - lfanew < sizeof(DWORD) + sizeof(IMAGE_FILE_HEADER) + sizeof(WORD)) {
        *why = "PE header offset outside the file";
        return -1;
    }
    nt = (const IMAGE_NT_HEADERS64 *)(file + lfanew);
    if (nt->Signature != IMAGE_NT_SIGNATURE) { *why = "no PE signature"; return -1; }
    if (nt->FileHeader.Machine == IMAGE_FILE_MACHINE_I386 ||
        nt->OptionalHeader.Magic == IMAGE_NT_OPTIONAL_HDR32_MAGIC) {
        *why = "32-bit programs are not supported yet";
        return -1;
    }
    if (nt->FileHeader.Machine != IMAGE_FILE_MACHINE_AMD64) { *why = "not an x86-64 image"; return -1; }
    if (nt->OptionalHeader.Magic != IMAGE_NT_OPTIONAL_HDR64_MAGIC) { *why = "bad optional header magic"; return -1; }
    if (nt->FileHeader.SizeOfOptionalHeader < offsetof(IMAGE_OPTIONAL_HEADER64, DataDirectory)) {
        *why = "optional header too small";
        return -1;
    }
    if (size - lfanew < offsetof(IMAGE_NT_HEADERS64, OptionalHeader) + (SIZE_T)nt->FileHeader.SizeOfOptionalHeader ||
        size - lfanew < sizeof(IMAGE_NT_HEADERS64) - sizeof(opt->DataDirectory)) {
        *why = "optional header outside the file";
        return -1;
    }
    opt = &nt->OptionalHeader;
    if (opt->NumberOfRvaAndSizes > IMAGE_NUMBEROF_DIRECTORY_ENTRIES) {
        *why = "too many data directories";
        return -1;
    }
    if (offsetof(IMAGE_OPTIONAL_HEADER64, DataDirectory) + opt->NumberOfRvaAndSizes * sizeof(IMAGE_DATA_DIRECTORY) >
        nt->FileHeader.SizeOfOptionalHeader) {
        *why = "data directories outside the optional header";
        return -1;
    }
    if (!opt->SizeOfImage || opt->SizeOfImage >= MAX_IMAGE_SIZE) { *why = "bad SizeOfImage"; return -1; }
    if (opt->SectionAlignment < PAGE_SIZE ? opt->SectionAlignment != opt->FileAlignment
                                          : opt->SectionAlignment & (PAGE_SIZE - 1)) {
        *why = "unsupported section alignment";
        return -1;
    }
    if (!opt->FileAlignment || (opt->FileAlignment & (opt->FileAlignment - 1))) {
        *why = "file alignment not a power of two";
        return -1;
    }
    if (opt->ImageBase & 0xffff) { *why = "image base not 64K aligned"; return -1; }
    if (opt->SizeOfHeaders > opt->SizeOfImage || opt->SizeOfHeaders > size) {
        *why = "headers larger than the image or the file";
        return -1;
    }

    out->nt = nt;
    out->sections = (const IMAGE_SECTION_HEADER *)((const unsigned char *)&nt->OptionalHeader +
                                                   nt->FileHeader.SizeOfOptionalHeader);
    out->nsections = nt->FileHeader.NumberOfSections;
    out->image_size = ROUND_UP((SIZE_T)opt->SizeOfImage, PAGE_SIZE);
    sections_end = (SIZE_T)((const unsigned char *)out->sections - file) +
                   (SIZE_T)out->nsections * sizeof(IMAGE_SECTION_HEADER);
    if (out->nsections > 96 || sections_end > size) { *why = "section table outside the file"; return -1; }
    if (sections_end > out->image_size) { *why = "section table outside the image"; return -1; }
    if (sections_end > opt->SizeOfHeaders) { *why = "section table outside the headers"; return -1; }

    for (unsigned int i = 0; i < out->nsections; i++) {
        const IMAGE_SECTION_HEADER *s = &out->sections[i];
        SIZE_T vsize = s->VirtualSize ? s->VirtualSize : s->SizeOfRawData;
        if ((SIZE_T)s->VirtualAddress + vsize > out->image_size) {
            *why = "section outside the image";
            return -1;
        }
        /* Windows lays sections out in ascending order; an overlap would let
         * one section's raw data overwrite another's */
        if (vsize && s->VirtualAddress < prev_end) {
            *why = "sections overlap or are out of order";
            return -1;
        }
        if (vsize) prev_end = (SIZE_T)s->VirtualAddress + vsize;
        if (s->SizeOfRawData && ((SIZE_T)s->PointerToRawData > size ||
                                 s->SizeOfRawData > size - s->PointerToRawData)) {
            *why = "section data outside the file";
            return -1;
        }
        if (s->VirtualAddress < opt->SizeOfHeaders && vsize) {
            *why = "section overlaps the headers";
            return -1;
        }
    }
    *why = NULL;
    return 0;
}

const char *pe_string(void *base, SIZE_T size, DWORD rva)
{
    const char *s;
    if (rva >= size) return NULL;
    s = (const char *)base + rva;
    return memchr(s, 0, size - rva) ? s : NULL;
}

void *pe_directory(void *base, SIZE_T size, unsigned int index, DWORD *dir_size)
{
    IMAGE_NT_HEADERS64 *nt = pe_nt(base);
    IMAGE_DATA_DIRECTORY *dir;
    if (index >= nt->OptionalHeader.NumberOfRvaAndSizes) return NULL;
    dir = &nt->OptionalHeader.DataDirectory[index];
    if (!dir->VirtualAddress || !dir->Size) return NULL;
    if (dir_size) *dir_size = dir->Size;
    return pe_rva(base, size, dir->VirtualAddress, dir->Size);
}

static int relocate(void *base, SIZE_T size, LONG_PTR delta, const char **why)
{
    DWORD dir_size;
    IMAGE_BASE_RELOCATION *rel = pe_directory(base, size, IMAGE_DIRECTORY_ENTRY_BASERELOC, &dir_size);
    char *end;
    DWORD headers;

    if (!rel) {
        if (pe_nt(base)->OptionalHeader.DataDirectory[IMAGE_DIRECTORY_ENTRY_BASERELOC].Size) {
            *why = "relocation directory outside the image";
            return -1;
        }
        if (pe_nt(base)->FileHeader.Characteristics & IMAGE_FILE_RELOCS_STRIPPED) {
            *why = "preferred base address is taken and the image has no relocations";
            return -1;
        }
        return 0;   /* nothing to relocate (position-independent code) */
    }
    end = (char *)rel + dir_size;
    /* the checks after mapping trust the mapped headers: relocating them
     * could move e_lfanew or the directories anywhere */
    headers = pe_nt(base)->OptionalHeader.SizeOfHeaders;
    while ((char *)rel + sizeof(*rel) <= end && rel->SizeOfBlock) {
        WORD *entry = (WORD *)(rel + 1);
        SIZE_T count;
        if (rel->SizeOfBlock < sizeof(*rel) || rel->SizeOfBlock > (SIZE_T)(end - (char *)rel)) {
            *why = "bad relocation block";
            return -1;
        }
        count = (rel->SizeOfBlock - sizeof(*rel)) / sizeof(WORD);
        for (SIZE_T i = 0; i < count; i++) {
            DWORD offset = rel->VirtualAddress + (entry[i] & 0xfff);
            switch (entry[i] >> 12) {
            case IMAGE_REL_BASED_ABSOLUTE:
                break;
            case IMAGE_REL_BASED_DIR64: {
                ULONGLONG *p = pe_rva(base, size, offset, sizeof(ULONGLONG)), v;
                if (!p) { *why = "relocation outside the image"; return -1; }
                if (offset < headers) { *why = "relocation inside the headers"; return -1; }
                memcpy(&v, p, sizeof(v));
                v += delta;
                memcpy(p, &v, sizeof(v));
                break;
            }
            case IMAGE_REL_BASED_HIGHLOW: {
                DWORD *p = pe_rva(base, size, offset, sizeof(DWORD)), v;
                if (!p) { *why = "relocation outside the image"; return -1; }
                if (offset < headers) { *why = "relocation inside the headers"; return -1; }
                memcpy(&v, p, sizeof(v));
                v += (DWORD)delta;
                memcpy(p, &v, sizeof(v));
                break;
            }
            default:
                *why = "unsupported relocation type";
                return -1;
            }
        }
        rel = (IMAGE_BASE_RELOCATION *)((char *)rel + rel->SizeOfBlock);
    }
    return 0;
}

void *pe_map_image(const void *data, SIZE_T size, const struct pe_headers *h, const char **why)
{
    const IMAGE_OPTIONAL_HEADER64 *opt = &h->nt->OptionalHeader;
    void *preferred = (void *)(ULONG_PTR)opt->ImageBase, *base;
    IMAGE_NT_HEADERS64 *nt;

    if (opt->SizeOfHeaders > size) { *why = "headers outside the file"; return NULL; }
    /* a base of NULL or beyond the user address space is never granted: relocate */
    if (!preferred || opt->ImageBase > USER_SPACE_END - h->image_size) base = MAP_FAILED;
    else base = mmap(preferred, h->image_size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (base != MAP_FAILED && base != preferred) {   /* kernels before 4.17 ignore the flag */
        munmap(base, h->image_size);
        base = MAP_FAILED;
    }
    if (base == MAP_FAILED) {
        base = mmap(NULL, h->image_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (base == MAP_FAILED) { *why = "out of memory"; return NULL; }
    }

    memcpy(base, data, opt->SizeOfHeaders);
    for (unsigned int i = 0; i < h->nsections; i++) {
        const IMAGE_SECTION_HEADER *s = &h->sections[i];
        SIZE_T vsize = s->VirtualSize ? s->VirtualSize : s->SizeOfRawData;
        SIZE_T len = s->SizeOfRawData < vsize ? s->SizeOfRawData : vsize;
        if (len) memcpy((char *)base + s->VirtualAddress, (const char *)data + s->PointerToRawData, len);
    }

    nt = pe_nt(base);
    if (base != preferred) {
        if (relocate(base, h->image_size, (char *)base - (char *)preferred, why)) {
            munmap(base, h->image_size);
            return NULL;
        }
        nt->OptionalHeader.ImageBase = (ULONG_PTR)base;
    }
    *why = NULL;
    return base;
}

static int section_protection(DWORD characteristics)
{
    int prot = 0;
    if (characteristics & IMAGE_SCN_MEM_READ) prot |= PROT_READ;
    if (characteristics & IMAGE_SCN_MEM_WRITE) prot |= PROT_READ | PROT_WRITE;
    if (characteristics & IMAGE_SCN_MEM_EXECUTE) prot |= PROT_READ | PROT_EXEC;
    return prot;
}

int pe_protect_sections(void *base, const struct pe_headers *h)
{
    const IMAGE_OPTIONAL_HEADER64 *opt = &pe_nt(base)->OptionalHeader;
    SIZE_T npages = h->image_size / PAGE_SIZE, first, run;
    unsigned char *prot = calloc(npages, 1);
    int ret = 0;

    if (!prot) return -1;
    /* a page shared by two sections gets the union of their rights */
    for (SIZE_T p = 0; p < ROUND_UP((SIZE_T)opt->SizeOfHeaders, PAGE_SIZE) / PAGE_SIZE && p < npages; p++)
        prot[p] = PROT_READ;
    for (unsigned int i = 0; i < h->nsections; i++) {
        const IMAGE_SECTION_HEADER *s = &h->sections[i];
        SIZE_T vsize = s->VirtualSize ? s->VirtualSize : s->SizeOfRawData;
        SIZE_T end = ROUND_UP((SIZE_T)s->VirtualAddress + vsize, PAGE_SIZE) / PAGE_SIZE;
        for (SIZE_T p = s->VirtualAddress / PAGE_SIZE; p < end && p < npages; p++)
            prot[p] |= section_protection(s->Characteristics);
    }
    for (first = 0; first < npages && !ret; first += run) {
        for (run = 1; first + run < npages && prot[first + run] == prot[first]; run++);
        ret = mprotect((char *)base + first * PAGE_SIZE, run * PAGE_SIZE, prot[first]);
    }
    free(prot);
    return ret;
}
