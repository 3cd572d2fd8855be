/*
 * Validation of a mapped image's data directories, before the loader or
 * anything else follows them. After pe_check_directories succeeds, every
 * table the loader, the resource functions and the unwinder walk lies
 * inside the image, every string they read ends inside it, and every count
 * is bounded, so a hostile file yields a reason string rather than a fault
 * or a walk without end. Like pe.c, this has no process state.
 */
#include <string.h>
#include "pe.h"

/* Bounds on counts no real image comes near; they keep a hostile file's
 * walks short. */
#define MAX_IMPORT_DLLS      4096
#define MAX_THUNKS           (1u << 20)   /* per import or delay-import table */
#define MAX_EXPORTS          0x10000      /* ordinals are 16-bit */
#define MAX_TLS_CALLBACKS    4096
#define MAX_RESOURCE_ENTRIES (1u << 20)   /* visited over the whole tree */
#define MAX_UNWIND_CHAIN     32

#define PAGE_SIZE 4096
#define ROUND_UP(x, a) (((x) + (a) - 1) & ~((ULONGLONG)(a) - 1))

/* The image and the page ranges that stay readable once pe_protect_sections
 * has applied the section rights: the loader reads TLS callbacks, exports
 * and unwind data after that, so those must lie there. */
struct image {
    char *base;
    SIZE_T size;
    const char *why;
    unsigned int nranges;
    struct { ULONGLONG start, end; } ranges[98];   /* sorted, merged */
};

static int fail(struct image *img, const char *why)
{
    img->why = why;
    return -1;
}

static void add_range(struct image *img, ULONGLONG start, ULONGLONG end)
{
    unsigned int i, j;
    if (end > img->size) end = img->size;
    if (start >= end) return;
    for (i = 0; i < img->nranges && img->ranges[i].start <= start; i++);
    memmove(&img->ranges[i + 1], &img->ranges[i], (img->nranges - i) * sizeof(img->ranges[0]));
    img->ranges[i].start = start;
    img->ranges[i].end = end;
    img->nranges++;
    /* merge neighbours that touch or overlap */
    for (i = j = 0; i < img->nranges; i++) {
        if (j && img->ranges[i].start <= img->ranges[j - 1].end) {
            if (img->ranges[i].end > img->ranges[j - 1].end) img->ranges[j - 1].end = img->ranges[i].end;
        } else img->ranges[j++] = img->ranges[i];
    }
    img->nranges = j;
}

/* mirrors pe_protect_sections: the header pages, and every section with any right */
static void find_readable(struct image *img)
{
    IMAGE_NT_HEADERS64 *nt = pe_nt(img->base);
    IMAGE_SECTION_HEADER *sec = IMAGE_FIRST_SECTION(nt);

    add_range(img, 0, ROUND_UP((ULONGLONG)nt->OptionalHeader.SizeOfHeaders, PAGE_SIZE));
    for (unsigned int i = 0; i < nt->FileHeader.NumberOfSections && i < 96; i++) {
        ULONGLONG vsize = sec[i].VirtualSize ? sec[i].VirtualSize : sec[i].SizeOfRawData;
        if (!(sec[i].Characteristics & (IMAGE_SCN_MEM_READ | IMAGE_SCN_MEM_WRITE | IMAGE_SCN_MEM_EXECUTE))) continue;
        add_range(img, sec[i].VirtualAddress & ~(ULONGLONG)(PAGE_SIZE - 1),
                  ROUND_UP((ULONGLONG)sec[i].VirtualAddress + vsize, PAGE_SIZE));
    }
}

/* the end of the readable range holding RVA, or 0 */
static ULONGLONG readable_end(const struct image *img, ULONGLONG rva)
{
    for (unsigned int i = 0; i < img->nranges; i++)
        if (rva >= img->ranges[i].start && rva < img->ranges[i].end) return img->ranges[i].end;
    return 0;
}

/* [rva, rva+len) inside the image, in pages that stay readable */
static int in_image(const struct image *img, ULONGLONG rva, ULONGLONG len)
{
    ULONGLONG end = readable_end(img, rva);
    if (!len) return rva <= img->size;
    return end && len <= end - rva;
}

static int string_ok(const struct image *img, DWORD rva)
{
    ULONGLONG end = readable_end(img, rva);
    return end && memchr(img->base + rva, 0, end - rva) != NULL;
}

/* A zero-terminated array of 64-bit thunks at RVA: returns its length
 * without the terminator, or -1 when it runs off the image or is absurd. */
static long thunk_count(const struct image *img, DWORD rva)
{
    for (ULONGLONG n = 0; n < MAX_THUNKS; n++) {
        ULONGLONG thunk;
        if (!in_image(img, rva + n * 8, 8)) return -1;
        memcpy(&thunk, img->base + rva + n * 8, 8);
        if (!thunk) return (long)n;
    }
    return -1;
}

/* Every by-name entry of a lookup table names a hint and a string inside
 * the image; ordinal entries carry nothing else. */
static int thunks_ok(const struct image *img, DWORD rva, long count)
{
    for (long n = 0; n < count; n++) {
        ULONGLONG thunk;
        memcpy(&thunk, img->base + rva + n * 8, 8);
        if (thunk & IMAGE_ORDINAL_FLAG64) continue;
        if (thunk >> 31 || !in_image(img, thunk, sizeof(WORD) + 1) || !string_ok(img, (DWORD)thunk + sizeof(WORD)))
            return 0;
    }
    return 1;
}

/* The descriptors run to the one with no name, whatever the directory's
 * size says (Windows' and Wine's loaders read them so, and linkers write
 * sizes that do not count the terminator). */
static int check_imports(struct image *img, char *dir)
{
    IMAGE_IMPORT_DESCRIPTOR *desc = (IMAGE_IMPORT_DESCRIPTOR *)dir;
    ULONGLONG first = (ULONGLONG)(dir - (char *)img->base);

    for (DWORD i = 0;; i++) {
        DWORD lookup;
        long count;
        if (!in_image(img, first + (ULONGLONG)i * sizeof(*desc), sizeof(*desc)))
            return fail(img, "import directory runs out of the image");
        if (!desc[i].Name) break;
        lookup = desc[i].OriginalFirstThunk ? desc[i].OriginalFirstThunk : desc[i].FirstThunk;
        if (i == MAX_IMPORT_DLLS) return fail(img, "too many imported DLLs");
        if (!string_ok(img, desc[i].Name)) return fail(img, "import name outside the image");
        if (!img->base[desc[i].Name]) return fail(img, "empty import name");
        if ((count = thunk_count(img, lookup)) < 0) return fail(img, "import lookup table outside the image");
        if (!in_image(img, desc[i].FirstThunk, ((ULONGLONG)count + 1) * 8))
            return fail(img, "import address table outside the image");
        if (!thunks_ok(img, lookup, count)) return fail(img, "imported function name outside the image");
    }
    return 0;
}

static int check_delay_imports(struct image *img, char *dir, DWORD dir_size)
{
    IMAGE_DELAYLOAD_DESCRIPTOR *desc = (IMAGE_DELAYLOAD_DESCRIPTOR *)dir;

    for (DWORD i = 0; (i + 1) * sizeof(*desc) <= dir_size && desc[i].DllNameRVA; i++) {
        long count;
        if (i == MAX_IMPORT_DLLS) return fail(img, "too many delay-loaded DLLs");
        /* attribute bit 0 clear: the old form with addresses, which no x64 linker writes */
        if (!(desc[i].Attributes & 1)) return fail(img, "delay-import descriptor without RVAs");
        if (!string_ok(img, desc[i].DllNameRVA) || !in_image(img, desc[i].ModuleHandleRVA, sizeof(ULONGLONG)))
            return fail(img, "delay-import descriptor outside the image");
        if ((count = thunk_count(img, desc[i].ImportNameTableRVA)) < 0 ||
            !in_image(img, desc[i].ImportAddressTableRVA, ((ULONGLONG)count + 1) * 8))
            return fail(img, "delay-import tables outside the image");
        if (!thunks_ok(img, desc[i].ImportNameTableRVA, count))
            return fail(img, "delay-imported function name outside the image");
    }
    return 0;
}

static int check_exports(struct image *img, char *dir, DWORD dir_size)
{
    IMAGE_EXPORT_DIRECTORY *exp = (IMAGE_EXPORT_DIRECTORY *)dir;
    DWORD dir_rva = (DWORD)(dir - img->base), *functions, *names;
    WORD *ordinals;

    if (dir_size < sizeof(*exp)) return fail(img, "export directory too small");
    if (exp->NumberOfFunctions > MAX_EXPORTS || exp->NumberOfNames > MAX_EXPORTS)
        return fail(img, "too many exports");
    if (!in_image(img, exp->AddressOfFunctions, (ULONGLONG)exp->NumberOfFunctions * 4) ||
        !in_image(img, exp->AddressOfNames, (ULONGLONG)exp->NumberOfNames * 4) ||
        !in_image(img, exp->AddressOfNameOrdinals, (ULONGLONG)exp->NumberOfNames * 2))
        return fail(img, "export tables outside the image");
    functions = (DWORD *)(img->base + exp->AddressOfFunctions);
    names = (DWORD *)(img->base + exp->AddressOfNames);
    ordinals = (WORD *)(img->base + exp->AddressOfNameOrdinals);
    for (DWORD i = 0; i < exp->NumberOfNames; i++) {
        if (!string_ok(img, names[i])) return fail(img, "export name outside the image");
        if (ordinals[i] >= exp->NumberOfFunctions) return fail(img, "export ordinal out of range");
    }
    for (DWORD i = 0; i < exp->NumberOfFunctions; i++) {
        if (functions[i] >= img->size) return fail(img, "exported function outside the image");
        /* an RVA inside the export directory is a forwarder string */
        if (functions[i] >= dir_rva && functions[i] - dir_rva < dir_size && !string_ok(img, functions[i]))
            return fail(img, "unterminated export forwarder");
    }
    return 0;
}

/* The same checks relocate() in pe.c makes while applying them, made for
 * every image so that a bad table is refused wherever the image lands. */
static int check_relocations(struct image *img, char *dir, DWORD dir_size)
{
    char *end = dir + dir_size;
    IMAGE_BASE_RELOCATION *rel = (IMAGE_BASE_RELOCATION *)dir;

    while ((char *)rel + sizeof(*rel) <= end && rel->SizeOfBlock) {
        WORD *entry = (WORD *)(rel + 1);
        if (rel->SizeOfBlock < sizeof(*rel) || rel->SizeOfBlock > (SIZE_T)(end - (char *)rel))
            return fail(img, "bad relocation block");
        for (SIZE_T i = 0; i < (rel->SizeOfBlock - sizeof(*rel)) / sizeof(WORD); i++) {
            ULONGLONG target = (ULONGLONG)rel->VirtualAddress + (entry[i] & 0xfff);
            switch (entry[i] >> 12) {
            case IMAGE_REL_BASED_ABSOLUTE: break;
            case IMAGE_REL_BASED_HIGHLOW:
                if (!in_image(img, target, 4)) return fail(img, "relocation outside the image");
                break;
            case IMAGE_REL_BASED_DIR64:
                if (!in_image(img, target, 8)) return fail(img, "relocation outside the image");
                break;
            default:
                return fail(img, "unsupported relocation type");
            }
        }
        rel = (IMAGE_BASE_RELOCATION *)((char *)rel + rel->SizeOfBlock);
    }
    return 0;
}

/* TLS addresses are virtual addresses, already relocated to the image. */
static int check_tls(struct image *img, char *dir, DWORD dir_size)
{
    IMAGE_TLS_DIRECTORY64 *tls = (IMAGE_TLS_DIRECTORY64 *)dir;
    ULONGLONG lo = (ULONG_PTR)img->base;

    if (dir_size < sizeof(*tls)) return fail(img, "TLS directory too small");
    if (tls->StartAddressOfRawData > tls->EndAddressOfRawData ||
        (tls->StartAddressOfRawData &&
         (tls->StartAddressOfRawData < lo || !in_image(img, tls->StartAddressOfRawData - lo,
                                                       tls->EndAddressOfRawData - tls->StartAddressOfRawData))))
        return fail(img, "TLS data outside the image");
    if (tls->SizeOfZeroFill > 0x10000000) return fail(img, "TLS zero fill too large");
    if (tls->AddressOfIndex && (tls->AddressOfIndex < lo || !in_image(img, tls->AddressOfIndex - lo, sizeof(DWORD))))
        return fail(img, "TLS index outside the image");
    if (tls->AddressOfCallBacks) {
        ULONGLONG rva = tls->AddressOfCallBacks - lo, callback;
        for (unsigned int n = 0;; n++) {
            if (tls->AddressOfCallBacks < lo || !in_image(img, rva + n * 8ull, 8))
                return fail(img, "TLS callbacks outside the image");
            memcpy(&callback, img->base + rva + n * 8, 8);
            if (!callback) break;
            if (n == MAX_TLS_CALLBACKS) return fail(img, "too many TLS callbacks");
        }
    }
    return 0;
}

struct resource_walk {
    char *root;
    DWORD size;
    unsigned int visited;
};

/* Type, name and language: three levels of directories over data
 * entries; any other shape, or a tree bigger than any real one (shared
 * subdirectories can make a small file describe a huge tree), is refused. */
static int check_resource_dir(struct image *img, struct resource_walk *w, DWORD offset, int level)
{
    IMAGE_RESOURCE_DIRECTORY *dir;
    IMAGE_RESOURCE_DIRECTORY_ENTRY *entries;
    unsigned int count;

    if (level == 3) return fail(img, "resource tree too deep");
    if (offset > w->size || w->size - offset < sizeof(*dir)) return fail(img, "resource directory outside its section");
    dir = (IMAGE_RESOURCE_DIRECTORY *)(w->root + offset);
    count = (unsigned int)dir->NumberOfNamedEntries + dir->NumberOfIdEntries;
    if ((SIZE_T)count * sizeof(*entries) > w->size - offset - sizeof(*dir))
        return fail(img, "resource entries outside their section");
    entries = (IMAGE_RESOURCE_DIRECTORY_ENTRY *)(dir + 1);
    for (unsigned int i = 0; i < count; i++) {
        DWORD data = entries[i].OffsetToData & 0x7fffffff;
        if ((w->visited += 1) > MAX_RESOURCE_ENTRIES) return fail(img, "resource tree too large");
        if (entries[i].Name & 0x80000000) {
            DWORD name = entries[i].Name & 0x7fffffff;
            WORD len;
            if (name > w->size || w->size - name < sizeof(WORD)) return fail(img, "resource name outside its section");
            memcpy(&len, w->root + name, sizeof(len));
            if ((SIZE_T)len * sizeof(WCHAR) > w->size - name - sizeof(WORD))
                return fail(img, "resource name outside its section");
        }
        if (entries[i].OffsetToData & 0x80000000) {
            if (check_resource_dir(img, w, data, level + 1)) return -1;
        } else {
            IMAGE_RESOURCE_DATA_ENTRY *e;
            if (level != 2) return fail(img, "resource data above the language level");
            if (data > w->size || w->size - data < sizeof(*e)) return fail(img, "resource entry outside its section");
            e = (IMAGE_RESOURCE_DATA_ENTRY *)(w->root + data);
            if (!in_image(img, e->OffsetToData, e->Size)) return fail(img, "resource data outside the image");
        }
    }
    return 0;
}

static int check_exceptions(struct image *img, char *dir, DWORD dir_size)
{
    RUNTIME_FUNCTION *f = (RUNTIME_FUNCTION *)dir;

    for (SIZE_T i = 0; i < dir_size / sizeof(*f); i++) {
        DWORD unwind = f[i].UnwindData;
        if (f[i].BeginAddress > f[i].EndAddress || f[i].EndAddress > img->size)
            return fail(img, "exception table entry outside the image");
        /* an odd UnwindData names another entry: follow the chain a little */
        for (int hops = 0; unwind & 1; hops++) {
            if (hops == MAX_UNWIND_CHAIN || !in_image(img, unwind & ~1u, sizeof(*f)))
                return fail(img, "exception table entry outside the image");
            memcpy(&unwind, img->base + (unwind & ~1u) + offsetof(RUNTIME_FUNCTION, UnwindData), sizeof(DWORD));
        }
        /* version/flags, prologue size, code count, frame register, then the codes */
        if (!in_image(img, unwind, 4) || !in_image(img, unwind, 4 + 2 * (ULONGLONG)(BYTE)img->base[unwind + 2]))
            return fail(img, "unwind data outside the image");
    }
    return 0;
}

static int check_load_config(struct image *img, char *dir, DWORD dir_size)
{
    DWORD size;
    if (dir_size < sizeof(DWORD)) return fail(img, "load configuration too small");
    memcpy(&size, dir, sizeof(size));
    if (size < sizeof(DWORD) || !in_image(img, dir - img->base, size))
        return fail(img, "load configuration outside the image");
    return 0;
}

int pe_check_directories(void *base, SIZE_T size, const char **why)
{
    struct image img = { .base = base, .size = size };
    IMAGE_NT_HEADERS64 *nt = pe_nt(base);
    DWORD count = nt->OptionalHeader.NumberOfRvaAndSizes;
    int ret = 0;

    find_readable(&img);
    if (nt->OptionalHeader.AddressOfEntryPoint >= size) return *why = "entry point outside the image", -1;
    for (unsigned int i = 0; i < count && i < IMAGE_NUMBEROF_DIRECTORY_ENTRIES && !ret; i++) {
        IMAGE_DATA_DIRECTORY *d = &nt->OptionalHeader.DataDirectory[i];
        char *dir;
        /* the certificate table's address is a file offset, not an RVA */
        if (i == IMAGE_DIRECTORY_ENTRY_SECURITY || !d->VirtualAddress || !d->Size) continue;
        if (!pe_rva(base, size, d->VirtualAddress, d->Size)) {
            static const char *const outside[IMAGE_NUMBEROF_DIRECTORY_ENTRIES] = {
                "export directory outside the image", "import directory outside the image",
                "resource directory outside the image", "exception directory outside the image", NULL,
                "relocation directory outside the image", "debug directory outside the image",
                "architecture directory outside the image", "global pointer directory outside the image",
                "TLS directory outside the image", "load configuration outside the image",
                "bound import directory outside the image", "import address table outside the image",
                "delay-import directory outside the image", "COM descriptor outside the image",
                "reserved directory outside the image" };
            return *why = outside[i], -1;
        }
        if (!in_image(&img, d->VirtualAddress, d->Size)) return *why = "data directory in pages without access", -1;
        dir = (char *)base + d->VirtualAddress;
        switch (i) {
        case IMAGE_DIRECTORY_ENTRY_EXPORT: ret = check_exports(&img, dir, d->Size); break;
        case IMAGE_DIRECTORY_ENTRY_IMPORT: ret = check_imports(&img, dir); break;
        case IMAGE_DIRECTORY_ENTRY_RESOURCE: {
            struct resource_walk w = { dir, d->Size, 0 };
            ret = check_resource_dir(&img, &w, 0, 0);
            break;
        }
        case IMAGE_DIRECTORY_ENTRY_EXCEPTION: ret = check_exceptions(&img, dir, d->Size); break;
        case IMAGE_DIRECTORY_ENTRY_BASERELOC: ret = check_relocations(&img, dir, d->Size); break;
        case IMAGE_DIRECTORY_ENTRY_TLS: ret = check_tls(&img, dir, d->Size); break;
        case IMAGE_DIRECTORY_ENTRY_LOAD_CONFIG: ret = check_load_config(&img, dir, d->Size); break;
        case IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT: ret = check_delay_imports(&img, dir, d->Size); break;
        }
    }
    *why = img.why;
    return ret;
}
