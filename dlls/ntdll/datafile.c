/*
 * Modules loaded as data (LoadLibraryEx with LOAD_LIBRARY_AS_DATAFILE(_EXCLUSIVE)
 * or LOAD_LIBRARY_AS_IMAGE_RESOURCE): the file is mapped read-only and
 * nothing in it runs - no imports, no relocations, no TLS, no DllMain - and
 * it stays out of the loader's module lists, so GetModuleHandle and
 * GetModuleFileName do not see it. As on Windows the handle is the mapping's
 * address plus 1 for a data file (laid out as the file: RVAs go through the
 * section table) or plus 2 for an image resource (laid out as sections).
 * 32-bit files are accepted too: resource-only DLLs often are.
 *
 * The resource functions (resource.c) find a tagged handle's tree here.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ntdll_private.h"
#define DEBUG_CHANNEL CH_LOADER
#include "winrun/debug.h"

#define PAGE_SIZE 4096
#define MAX_DATAFILE_IMAGE 0x40000000u
/* offsets in IMAGE_OPTIONAL_HEADER32 / 64 (winnt.h only has the 64-bit one) */
#define OPT_SIZE_OF_IMAGE   56
#define OPT_SIZE_OF_HEADERS 60
#define OPT32_NUM_DIRS      92
#define OPT64_NUM_DIRS      108

struct datafile {
    struct datafile *next;
    char *base;                           /* the mapping; the handle is base + 1 or + 2 */
    SIZE_T size;                          /* of the mapping */
    BOOL image;                           /* laid out as sections, else as the file */
    DWORD headers_size;                   /* SizeOfHeaders */
    const IMAGE_SECTION_HEADER *sections; /* inside the mapping */
    unsigned int nsections;
    const IMAGE_DATA_DIRECTORY *dirs;     /* inside the mapping */
    DWORD ndirs;
};

static pthread_mutex_t datafile_lock = PTHREAD_MUTEX_INITIALIZER;
static struct datafile *datafiles;

/* Validates the headers of FILE[0..SIZE) (PE32 or PE32+) and fills the
 * layout fields of DF relative to FILE. Returns a reason or NULL; *STRICT
 * tells whether the reason came after the PE signature, which Windows
 * checks alone for a data file (an image resource is mapped as an image,
 * with all the checks). */
static const char *check_headers(const char *file, SIZE_T size, struct datafile *df, DWORD *image_size,
                                 BOOL *strict)
{
    const IMAGE_DOS_HEADER *dos = (const IMAGE_DOS_HEADER *)file;
    const IMAGE_FILE_HEADER *fh;
    const char *opt;
    SIZE_T lfanew, opt_size, dirs_offset, sections_end;
    WORD magic;
    DWORD ndirs;

    *strict = FALSE;
    if (size < sizeof(IMAGE_DOS_HEADER)) return "file too small for a DOS header";
    if (dos->e_magic != IMAGE_DOS_SIGNATURE) return "no MZ signature";
    lfanew = (DWORD)dos->e_lfanew;
    if (lfanew > size || size - lfanew < sizeof(DWORD) + sizeof(IMAGE_FILE_HEADER) + sizeof(WORD))
        return "PE header offset outside the file";
    if (*(const DWORD *)(file + lfanew) != IMAGE_NT_SIGNATURE) return "no PE signature";
    *strict = TRUE;   /* past this, a data file maps anyway, without resources */
    fh = (const IMAGE_FILE_HEADER *)(file + lfanew + sizeof(DWORD));
    opt = (const char *)(fh + 1);
    opt_size = fh->SizeOfOptionalHeader;
    magic = *(const WORD *)opt;
    if (magic == IMAGE_NT_OPTIONAL_HDR32_MAGIC) dirs_offset = OPT32_NUM_DIRS + sizeof(DWORD);
    else if (magic == IMAGE_NT_OPTIONAL_HDR64_MAGIC) dirs_offset = OPT64_NUM_DIRS + sizeof(DWORD);
    else return "bad optional header magic";
    if (opt_size < dirs_offset) return "optional header too small";
    if ((SIZE_T)(opt - file) + opt_size > size) return "optional header outside the file";
    ndirs = *(const DWORD *)(opt + dirs_offset - sizeof(DWORD));
    if (ndirs > IMAGE_NUMBEROF_DIRECTORY_ENTRIES || dirs_offset + ndirs * sizeof(IMAGE_DATA_DIRECTORY) > opt_size)
        return "data directories outside the optional header";
    df->sections = (const IMAGE_SECTION_HEADER *)(opt + opt_size);
    df->nsections = fh->NumberOfSections;
    sections_end = (SIZE_T)(opt - file) + opt_size + (SIZE_T)df->nsections * sizeof(IMAGE_SECTION_HEADER);
    if (df->nsections > 96 || sections_end > size) return "section table outside the file";
    df->dirs = (const IMAGE_DATA_DIRECTORY *)(opt + dirs_offset);
    df->ndirs = ndirs;
    df->headers_size = *(const DWORD *)(opt + OPT_SIZE_OF_HEADERS);
    *image_size = *(const DWORD *)(opt + OPT_SIZE_OF_IMAGE);
    if (!*image_size || *image_size >= MAX_DATAFILE_IMAGE) return "bad SizeOfImage";
    if (sections_end > *image_size) return "section table outside the image";
    for (unsigned int i = 0; i < df->nsections; i++) {
        const IMAGE_SECTION_HEADER *s = &df->sections[i];
        SIZE_T vsize = s->VirtualSize ? s->VirtualSize : s->SizeOfRawData;
        if ((SIZE_T)s->VirtualAddress + vsize > *image_size) return "section outside the image";
        if (s->SizeOfRawData && ((SIZE_T)s->PointerToRawData > size || s->SizeOfRawData > size - s->PointerToRawData))
            return "section data outside the file";
    }
    return NULL;
}

/* Copies headers and sections to their RVAs in a fresh read-only mapping. */
static char *map_as_image(const char *file, SIZE_T size, struct datafile *df, DWORD image_size)
{
    SIZE_T map_size = (image_size + PAGE_SIZE - 1) & ~(SIZE_T)(PAGE_SIZE - 1);
    SIZE_T headers = df->headers_size;
    char *base = mmap(NULL, map_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

    if (base == MAP_FAILED) return NULL;
    /* the section table must be in the copy even when SizeOfHeaders lies */
    if ((SIZE_T)((const char *)(df->sections + df->nsections) - file) > headers)
        headers = (const char *)(df->sections + df->nsections) - file;
    if (headers > size) headers = size;
    if (headers > map_size) headers = map_size;
    memcpy(base, file, headers);
    for (unsigned int i = 0; i < df->nsections; i++) {
        const IMAGE_SECTION_HEADER *s = &df->sections[i];
        SIZE_T vsize = s->VirtualSize ? s->VirtualSize : s->SizeOfRawData;
        SIZE_T len = s->SizeOfRawData < vsize ? s->SizeOfRawData : vsize;
        if (len) memmove(base + s->VirtualAddress, file + s->PointerToRawData, len);
    }
    mprotect(base, map_size, PROT_READ);
    df->size = map_size;
    return base;
}

static NTSTATUS map_file(const char *unix_path, BOOL image, struct datafile *df)
{
    struct stat st;
    int fd = open(unix_path, O_RDONLY | O_CLOEXEC);
    char *file;
    const char *why;
    DWORD image_size;
    BOOL strict;

    if (fd < 0) return errno_to_status(errno);
    if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
        close(fd);
        return STATUS_INVALID_IMAGE_FORMAT;
    }
    if (!st.st_size) {
        close(fd);
        return STATUS_INVALID_IMAGE_FORMAT;
    }
    file = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (file == MAP_FAILED) return errno_to_status(errno);
    if ((why = check_headers(file, st.st_size, df, &image_size, &strict))) {
        WARN("%s: not a valid PE file (%s)\n", unix_path, why);
        if (image || !strict) {
            munmap(file, st.st_size);
            return STATUS_INVALID_IMAGE_FORMAT;
        }
        df->nsections = df->ndirs = 0;   /* no directories, so no resources */
    }
    df->image = image;
    if (!image) {
        df->base = file;
        df->size = st.st_size;
        return STATUS_SUCCESS;
    }
    df->base = map_as_image(file, st.st_size, df, image_size);
    if (df->base) {   /* the same header fields, now in the image copy */
        df->sections = (const IMAGE_SECTION_HEADER *)(df->base + ((const char *)df->sections - file));
        df->dirs = (const IMAGE_DATA_DIRECTORY *)(df->base + ((const char *)df->dirs - file));
    }
    munmap(file, st.st_size);
    return df->base ? STATUS_SUCCESS : STATUS_NO_MEMORY;
}

NTSTATUS datafile_load(const WCHAR *name, DWORD flags, HMODULE *handle)
{
    BOOL image = (flags & LOAD_LIBRARY_AS_IMAGE_RESOURCE) != 0;
    char *unix_path = loader_find_native(name);
    struct datafile *df;
    NTSTATUS status;

    if (!unix_path) return STATUS_DLL_NOT_FOUND;
    if (!(df = calloc(1, sizeof(*df)))) {
        free(unix_path);
        return STATUS_NO_MEMORY;
    }
    status = map_file(unix_path, image, df);
    TRACE("%s as %s: %x\n", unix_path, image ? "image resource" : "data file", (unsigned int)status);
    free(unix_path);
    if (status) {
        free(df);
        return status;
    }
    pthread_mutex_lock(&datafile_lock);
    df->next = datafiles;
    datafiles = df;
    pthread_mutex_unlock(&datafile_lock);
    *handle = (HMODULE)(df->base + (image ? 2 : 1));
    return STATUS_SUCCESS;
}

static struct datafile *find_datafile(HMODULE handle)
{
    struct datafile *df;
    pthread_mutex_lock(&datafile_lock);
    for (df = datafiles; df; df = df->next)
        if (df->base == (char *)((ULONG_PTR)handle & ~(ULONG_PTR)3)) break;
    pthread_mutex_unlock(&datafile_lock);
    return df;
}

NTSTATUS datafile_unload(HMODULE handle)
{
    struct datafile **p, *df = NULL;
    pthread_mutex_lock(&datafile_lock);
    for (p = &datafiles; *p; p = &(*p)->next)
        if ((*p)->base == (char *)((ULONG_PTR)handle & ~(ULONG_PTR)3)) {
            df = *p;
            *p = df->next;
            break;
        }
    pthread_mutex_unlock(&datafile_lock);
    if (!df) return STATUS_DLL_NOT_FOUND;
    munmap(df->base, df->size);
    free(df);
    return STATUS_SUCCESS;
}

static void *rva_to_ptr(const struct datafile *df, DWORD rva, DWORD len)
{
    if (df->image) return pe_rva(df->base, df->size, rva, len);
    if (rva < df->headers_size) return pe_rva(df->base, df->size, rva, len);
    for (unsigned int i = 0; i < df->nsections; i++) {
        const IMAGE_SECTION_HEADER *s = &df->sections[i];
        DWORD offset;
        if (rva < s->VirtualAddress || rva - s->VirtualAddress >= s->SizeOfRawData) continue;
        offset = rva - s->VirtualAddress;
        if (len > s->SizeOfRawData - offset) return NULL;
        return pe_rva(df->base, df->size, s->PointerToRawData + offset, len);
    }
    return NULL;
}

void *datafile_rva(HMODULE handle, DWORD rva, DWORD len)
{
    struct datafile *df = find_datafile(handle);
    return df ? rva_to_ptr(df, rva, len) : NULL;
}

void *datafile_directory(HMODULE handle, unsigned int index, DWORD *size)
{
    struct datafile *df = find_datafile(handle);
    void *data;
    if (!df || index >= df->ndirs || !df->dirs[index].VirtualAddress || !df->dirs[index].Size) return NULL;
    if (!(data = rva_to_ptr(df, df->dirs[index].VirtualAddress, df->dirs[index].Size))) return NULL;
    if (size) *size = df->dirs[index].Size;
    return data;
}
