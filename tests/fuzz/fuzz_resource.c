/*
 * Fuzz target: the resource directory (dlls/ntdll/resource.c and the
 * loader's check of it in pe_dirs.c). The input is the resource section of
 * a minimal mapped image: a fixed header page whose resource data directory
 * points at the input, placed at RVA 0x1000 (data entries are RVAs, so a
 * seed taken from a real program has them rebased to 0x1000). The loader's
 * validation runs first; then, whatever it said, every lookup path runs on
 * the tree: the directories below each type and name the tree lists (by id
 * and by name), the data entries under each language with the fallbacks
 * (none, neutral, en-US, sublanguage-neutral), and LdrAccessResource on
 * what is found. On a tree the loader accepted, a lookup must never report
 * a malformed image and every entry found must be accessible.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "ntdll_private.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct { ULONG_PTR Type, Name, Language; } LDR_RESOURCE_INFO;
NTSYSAPI NTSTATUS WINAPI LdrFindResource_U(HMODULE, const LDR_RESOURCE_INFO *, ULONG, IMAGE_RESOURCE_DATA_ENTRY **);
NTSYSAPI NTSTATUS WINAPI LdrFindResourceDirectory_U(HMODULE, const LDR_RESOURCE_INFO *, ULONG,
                                                    IMAGE_RESOURCE_DIRECTORY **);
NTSYSAPI NTSTATUS WINAPI LdrAccessResource(HMODULE, const IMAGE_RESOURCE_DATA_ENTRY *, void **, ULONG *);

#define RSRC_RVA 0x1000u
#define MAX_KEYS 8           /* entries tried per directory: keeps one input fast */
#define MAX_NAME 64          /* longest name the harness copies out to look up */

/* what resource.c asks of the rest of ntdll: one module, tracing off */
static LDR_DATA_TABLE_ENTRY module;
unsigned int __winrun_debug_mask;
void __winrun_debug_printf(int channel, const char *function, const char *format, ...)
{
    (void)channel; (void)function; (void)format;
}
PLDR_DATA_TABLE_ENTRY module_from_handle(HMODULE handle)
{
    return handle == module.DllBase ? &module : NULL;
}
/* the module is mapped as an image, never as data (datafile.c) */
void *datafile_rva(HMODULE handle, DWORD rva, DWORD len)
{
    (void)handle; (void)rva; (void)len;
    return NULL;
}
void *datafile_directory(HMODULE handle, unsigned int index, DWORD *size)
{
    (void)handle; (void)index; (void)size;
    return NULL;
}

/* A lookup key for entry I of DIR: its id, or its name copied into NAME
 * (NULL when the name lies outside the section or is too long to copy). */
static ULONG_PTR entry_key(const char *root, DWORD size, const IMAGE_RESOURCE_DIRECTORY *dir, unsigned int i,
                           WCHAR name[MAX_NAME + 1])
{
    const IMAGE_RESOURCE_DIRECTORY_ENTRY *e = (const IMAGE_RESOURCE_DIRECTORY_ENTRY *)(dir + 1) + i;
    DWORD offset = e->Name & 0x7fffffff;
    WORD len;

    /* the named entries come first, then the ids, as lookups search them */
    if (i >= dir->NumberOfNamedEntries) return e->Name & 0x80000000 ? 0 : e->Name & 0xffff;
    if (!(e->Name & 0x80000000)) return 0;
    if (offset > size || size - offset < sizeof(WORD)) return 0;
    memcpy(&len, root + offset, sizeof(len));
    if (len > MAX_NAME || (SIZE_T)len * sizeof(WCHAR) > size - offset - sizeof(WORD)) return 0;
    memcpy(name, root + offset + sizeof(WORD), len * sizeof(WCHAR));
    name[len] = 0;
    /* a caller's name is NUL-terminated: one with a NUL inside cannot be asked for */
    for (unsigned int i = 0; i < len; i++)
        if (!name[i]) return 0;
    return len ? (ULONG_PTR)name : 0;
}

static unsigned int entry_count(const IMAGE_RESOURCE_DIRECTORY *dir)
{
    unsigned int n = (unsigned int)dir->NumberOfNamedEntries + dir->NumberOfIdEntries;
    return n < MAX_KEYS ? n : MAX_KEYS;
}

static void find_data(HMODULE h, LDR_RESOURCE_INFO *info, int validated)
{
    IMAGE_RESOURCE_DATA_ENTRY *entry;
    NTSTATUS status = LdrFindResource_U(h, info, 3, &entry);
    void *ptr;
    ULONG len;

    if (validated && status == STATUS_INVALID_IMAGE_FORMAT) abort();
    if (status) return;
    status = LdrAccessResource(h, entry, &ptr, &len);
    if (validated && status) abort();
    if (!status && len) {
        /* what the program reads next: the first and last bytes */
        volatile char first = ((char *)ptr)[0], last = ((char *)ptr)[len - 1];
        (void)first; (void)last;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SIZE_T image_size = RSRC_RVA + ((size + 0xfff) & ~(SIZE_T)0xfff);
    char *base;
    IMAGE_NT_HEADERS64 *nt;
    IMAGE_SECTION_HEADER *sec;
    IMAGE_RESOURCE_DIRECTORY *types, *names, *langs;
    LDR_RESOURCE_INFO info = { 0, 0, 0 };
    WCHAR type_name[MAX_NAME + 1], name_name[MAX_NAME + 1];
    static const WCHAR missing[] = { 'N', 'O', 'T', '-', 'T', 'H', 'E', 'R', 'E', 0 };
    const char *why = NULL;
    int validated;
    HMODULE h;

    if (!size || size > (1u << 20)) return 0;
    if (!(base = calloc(1, image_size))) return 0;
    ((IMAGE_DOS_HEADER *)base)->e_magic = IMAGE_DOS_SIGNATURE;
    ((IMAGE_DOS_HEADER *)base)->e_lfanew = 0x40;
    nt = pe_nt(base);
    nt->Signature = IMAGE_NT_SIGNATURE;
    nt->FileHeader.Machine = IMAGE_FILE_MACHINE_AMD64;
    nt->FileHeader.NumberOfSections = 1;
    nt->FileHeader.SizeOfOptionalHeader = sizeof(nt->OptionalHeader);
    nt->OptionalHeader.Magic = IMAGE_NT_OPTIONAL_HDR64_MAGIC;
    nt->OptionalHeader.SizeOfHeaders = RSRC_RVA;
    nt->OptionalHeader.SizeOfImage = (DWORD)image_size;
    nt->OptionalHeader.NumberOfRvaAndSizes = IMAGE_NUMBEROF_DIRECTORY_ENTRIES;
    nt->OptionalHeader.DataDirectory[IMAGE_DIRECTORY_ENTRY_RESOURCE].VirtualAddress = RSRC_RVA;
    nt->OptionalHeader.DataDirectory[IMAGE_DIRECTORY_ENTRY_RESOURCE].Size = (DWORD)size;
    sec = IMAGE_FIRST_SECTION(nt);
    memcpy(sec->Name, ".rsrc", 6);
    sec->VirtualAddress = RSRC_RVA;
    sec->VirtualSize = (DWORD)(image_size - RSRC_RVA);
    sec->Characteristics = IMAGE_SCN_MEM_READ;
    memcpy(base + RSRC_RVA, data, size);

    validated = !pe_check_directories(base, image_size, &why);
    if (!validated && !why) abort();   /* every rejection names its reason */

    module.DllBase = base;
    module.SizeOfImage = (ULONG)image_size;
    h = (HMODULE)base;
    if (LdrFindResourceDirectory_U(h, &info, 0, &types)) goto done;
    for (unsigned int t = 0; t < entry_count(types); t++) {
        if (!(info.Type = entry_key(base + RSRC_RVA, (DWORD)size, types, t, type_name))) continue;
        if (LdrFindResourceDirectory_U(h, &info, 1, &names)) {
            if (validated) abort();
            continue;
        }
        for (unsigned int n = 0; n < entry_count(names); n++) {
            if (!(info.Name = entry_key(base + RSRC_RVA, (DWORD)size, names, n, name_name))) continue;
            if (LdrFindResourceDirectory_U(h, &info, 2, &langs)) {
                if (validated) abort();
                continue;
            }
            /* no language (the fallback order), the neutral ones, en-US and
             * English with SUBLANG_NEUTRAL (any English sublanguage) */
            static const ULONG_PTR fixed[] = { 0, 0x400, 0x409, 0x09 };
            for (unsigned int l = 0; l < sizeof(fixed) / sizeof(fixed[0]); l++) {
                info.Language = fixed[l];
                find_data(h, &info, validated);
            }
            for (unsigned int l = 0; l < entry_count(langs); l++) {
                WCHAR lang_name[MAX_NAME + 1];
                ULONG_PTR lang = entry_key(base + RSRC_RVA, (DWORD)size, langs, l, lang_name);
                if (!IS_INTRESOURCE(lang) || !lang) continue;
                info.Language = lang;
                find_data(h, &info, validated);
                info.Language = lang & 0x3ff;   /* its primary language, sublanguage neutral */
                find_data(h, &info, validated);
            }
            info.Language = 0;
        }
        /* a name that is not there, by id and by string */
        info.Name = 0xfffe;
        find_data(h, &info, validated);
        info.Name = (ULONG_PTR)missing;
        find_data(h, &info, validated);
        info.Name = 0;
    }
done:
    module.DllBase = NULL;
    free(base);
    return 0;
}
