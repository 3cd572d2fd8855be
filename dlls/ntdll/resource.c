/*
 * Resource lookup (LdrFindResource_U, LdrAccessResource). The resource tree
 * is type / name / language; every offset is checked against the resource
 * directory before it is followed, and the walk is bounded by its depth.
 * Language fallback when the caller names none: neutral, en-US, then the
 * first language present, close to Windows' order for an en-US user.
 */
#include "ntdll_private.h"
#define DEBUG_CHANNEL CH_RESOURCE
#include "winrun/debug.h"

typedef struct { ULONG_PTR Type, Name, Language; } LDR_RESOURCE_INFO;

struct resource_tree {
    char *root;
    DWORD size;
};

static IMAGE_RESOURCE_DIRECTORY *get_directory(const struct resource_tree *tree, DWORD offset)
{
    IMAGE_RESOURCE_DIRECTORY *dir;
    if (offset > tree->size || tree->size - offset < sizeof(*dir)) return NULL;
    dir = (IMAGE_RESOURCE_DIRECTORY *)(tree->root + offset);
    if ((SIZE_T)(dir->NumberOfNamedEntries + dir->NumberOfIdEntries) * sizeof(IMAGE_RESOURCE_DIRECTORY_ENTRY) >
        tree->size - offset - sizeof(*dir))
        return NULL;
    return dir;
}

static int name_matches(const struct resource_tree *tree, DWORD offset, const WCHAR *name)
{
    const IMAGE_RESOURCE_DIR_STRING_U *s;
    size_t len = wcs_len(name);
    if (offset > tree->size || tree->size - offset < sizeof(WORD)) return 0;
    s = (const IMAGE_RESOURCE_DIR_STRING_U *)(tree->root + offset);
    if ((SIZE_T)s->Length * sizeof(WCHAR) > tree->size - offset - sizeof(WORD)) return 0;
    return s->Length == len && !wcs_nicmp(s->NameString, name, len);
}

/* Finds KEY (an id when IS_INTRESOURCE, else a name) in DIR; returns the
 * entry or NULL. */
static IMAGE_RESOURCE_DIRECTORY_ENTRY *find_entry(const struct resource_tree *tree, IMAGE_RESOURCE_DIRECTORY *dir,
                                                  ULONG_PTR key)
{
    IMAGE_RESOURCE_DIRECTORY_ENTRY *entries = (IMAGE_RESOURCE_DIRECTORY_ENTRY *)(dir + 1);
    unsigned int named = dir->NumberOfNamedEntries, total = named + dir->NumberOfIdEntries;

    if (IS_INTRESOURCE(key)) {
        for (unsigned int i = named; i < total; i++)
            if (!(entries[i].Name & 0x80000000) && (entries[i].Name & 0xffff) == key) return &entries[i];
    } else {
        for (unsigned int i = 0; i < named; i++)
            if ((entries[i].Name & 0x80000000) && name_matches(tree, entries[i].Name & 0x7fffffff, (const WCHAR *)key))
                return &entries[i];
    }
    return NULL;
}

static IMAGE_RESOURCE_DIRECTORY_ENTRY *find_language(const struct resource_tree *tree, IMAGE_RESOURCE_DIRECTORY *dir,
                                                     ULONG_PTR lang)
{
    IMAGE_RESOURCE_DIRECTORY_ENTRY *e;
    if (lang && (e = find_entry(tree, dir, lang))) return e;
    if (lang && (lang >> 10) == 0) {   /* SUBLANG_NEUTRAL: any sublanguage of the primary */
        IMAGE_RESOURCE_DIRECTORY_ENTRY *entries = (IMAGE_RESOURCE_DIRECTORY_ENTRY *)(dir + 1);
        for (unsigned int i = 0; i < (unsigned int)dir->NumberOfNamedEntries + dir->NumberOfIdEntries; i++)
            if (!(entries[i].Name & 0x80000000) && (entries[i].Name & 0x3ff) == (lang & 0x3ff)) return &entries[i];
    }
    if (lang) return NULL;
    if ((e = find_entry(tree, dir, 0)) || (e = find_entry(tree, dir, 0x409)) || (e = find_entry(tree, dir, 0x400)))
        return e;
    return dir->NumberOfNamedEntries + dir->NumberOfIdEntries ? (IMAGE_RESOURCE_DIRECTORY_ENTRY *)(dir + 1) : NULL;
}

/* Walks LEVEL keys down the tree; *DIR gets the directory reached (for
 * LdrFindResourceDirectory_U), *ENTRY the last entry (for the data). */
static NTSTATUS walk_tree(HMODULE module, const LDR_RESOURCE_INFO *info, ULONG level,
                          IMAGE_RESOURCE_DIRECTORY **dir_out, IMAGE_RESOURCE_DIRECTORY_ENTRY **entry_out,
                          struct resource_tree *tree)
{
    PLDR_DATA_TABLE_ENTRY ldr = module_from_handle(module);
    static const NTSTATUS not_found[3] = { STATUS_RESOURCE_TYPE_NOT_FOUND, STATUS_RESOURCE_NAME_NOT_FOUND,
                                           STATUS_RESOURCE_LANG_NOT_FOUND };
    IMAGE_RESOURCE_DIRECTORY *dir;
    IMAGE_RESOURCE_DIRECTORY_ENTRY *entry = NULL;
    const ULONG_PTR keys[3] = { info->Type, info->Name, info->Language };

    if (level > 3) return STATUS_INVALID_PARAMETER;
    if (LDR_IS_DATAFILE_OR_IMAGE(module))
        tree->root = datafile_directory(module, IMAGE_DIRECTORY_ENTRY_RESOURCE, &tree->size);
    else if (!ldr) return STATUS_DLL_NOT_FOUND;
    else tree->root = pe_directory(ldr->DllBase, ldr->SizeOfImage, IMAGE_DIRECTORY_ENTRY_RESOURCE, &tree->size);
    if (!tree->root) return STATUS_RESOURCE_DATA_NOT_FOUND;
    if (!(dir = get_directory(tree, 0))) return STATUS_INVALID_IMAGE_FORMAT;

    for (ULONG depth = 0; depth < level; depth++) {
        entry = depth == 2 ? find_language(tree, dir, keys[2]) : find_entry(tree, dir, keys[depth]);
        if (!entry) {
            TRACE("not found at level %u\n", (unsigned int)depth);
            return not_found[depth];
        }
        if (depth < 2) {
            if (!(entry->OffsetToData & 0x80000000) ||
                !(dir = get_directory(tree, entry->OffsetToData & 0x7fffffff)))
                return STATUS_INVALID_IMAGE_FORMAT;
        }
    }
    *dir_out = dir;
    *entry_out = entry;
    return STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI LdrFindResource_U(HMODULE module, const LDR_RESOURCE_INFO *info, ULONG level,
                                           IMAGE_RESOURCE_DATA_ENTRY **out)
{
    struct resource_tree tree;
    IMAGE_RESOURCE_DIRECTORY *dir;
    IMAGE_RESOURCE_DIRECTORY_ENTRY *entry;
    NTSTATUS status;

    if (level != 3) return STATUS_INVALID_PARAMETER;
    if ((status = walk_tree(module, info, level, &dir, &entry, &tree))) return status;
    if ((entry->OffsetToData & 0x80000000) || entry->OffsetToData > tree.size ||
        tree.size - entry->OffsetToData < sizeof(IMAGE_RESOURCE_DATA_ENTRY))
        return STATUS_INVALID_IMAGE_FORMAT;
    *out = (IMAGE_RESOURCE_DATA_ENTRY *)(tree.root + entry->OffsetToData);
    return STATUS_SUCCESS;
}

/* The directory below LEVEL keys (0: the root, 1: a type, 2: a name); its
 * entry counts have been checked against the resource section. */
NTSYSAPI NTSTATUS WINAPI LdrFindResourceDirectory_U(HMODULE module, const LDR_RESOURCE_INFO *info, ULONG level,
                                                    IMAGE_RESOURCE_DIRECTORY **out)
{
    struct resource_tree tree;
    IMAGE_RESOURCE_DIRECTORY *dir;
    IMAGE_RESOURCE_DIRECTORY_ENTRY *entry;
    NTSTATUS status;

    if (level > 2) return STATUS_INVALID_PARAMETER;
    if ((status = walk_tree(module, info, level, &dir, &entry, &tree))) return status;
    *out = dir;
    return STATUS_SUCCESS;
}

NTSYSAPI PVOID WINAPI RtlImageDirectoryEntryToData(HMODULE module, BOOLEAN image, USHORT index, ULONG *size)
{
    PLDR_DATA_TABLE_ENTRY ldr;
    DWORD dir_size;
    void *data;

    if (LDR_IS_DATAFILE_OR_IMAGE(module)) {   /* a module mapped as data knows its own layout */
        if (!(data = datafile_directory(module, index, &dir_size))) return NULL;
        if (size) *size = dir_size;
        return data;
    }
    ldr = module_from_handle(module);
    if (!image) {
        FIXME("directories of files mapped as data are not supported\n");
        return NULL;
    }
    if (!ldr || !(data = pe_directory(ldr->DllBase, ldr->SizeOfImage, index, &dir_size))) return NULL;
    if (size) *size = dir_size;
    return data;
}

NTSYSAPI NTSTATUS WINAPI LdrAccessResource(HMODULE module, const IMAGE_RESOURCE_DATA_ENTRY *entry, void **ptr,
                                           ULONG *size)
{
    PLDR_DATA_TABLE_ENTRY ldr;
    void *data;
    if (LDR_IS_DATAFILE_OR_IMAGE(module)) {
        if (!(data = datafile_rva(module, entry->OffsetToData, entry->Size))) return STATUS_RESOURCE_DATA_NOT_FOUND;
        if (ptr) *ptr = data;
        if (size) *size = entry->Size;
        return STATUS_SUCCESS;
    }
    if (!(ldr = module_from_handle(module))) return STATUS_DLL_NOT_FOUND;
    if (!(data = pe_rva(ldr->DllBase, ldr->SizeOfImage, entry->OffsetToData, entry->Size)))
        return STATUS_RESOURCE_DATA_NOT_FOUND;
    if (ptr) *ptr = data;
    if (size) *size = entry->Size;
    return STATUS_SUCCESS;
}
