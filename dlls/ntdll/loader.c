/*
 * The module loader: maps the exe and the DLLs it needs, resolves imports
 * (by name, hint and ordinal, through forwarders), sets up static TLS, and
 * runs TLS callbacks and DllMain in Windows order (dependencies first on
 * attach, the reverse on detach).
 *
 * A builtin DLL is an ELF object NAME.dll.so whose first executable page
 * is a real PE header with an export directory (see tools/specgen.c): once
 * dlopen'ed it is treated exactly like a mapped PE image. Builtins come
 * first; a native PE DLL is searched beside the exe, in system32 of the
 * prefix, then in the current directory.
 *
 * All state is guarded by the loader lock, a recursive mutex, because
 * DllMain may call LoadLibrary.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ntdll_private.h"
#define DEBUG_CHANNEL CH_LOADER
#include "winrun/debug.h"

#define MAX_TLS_MODULES 64
#define MAX_FORWARD_DEPTH 16
#define MAX_TEBS 4096

struct module {
    LDR_DATA_TABLE_ENTRY ldr;          /* first: the lists link these */
    struct pe_headers headers;         /* native images: sections inside the mapped image */
    void *elf;                         /* builtins: the dlopen handle */
    void **relay_table;                /* builtins: relay thunks by ordinal - base */
    int tls_slot;                      /* -1 without static TLS */
    int attach_state;                  /* 0 not yet, 1 in progress, 2 attached */
    struct module **deps;
    unsigned int ndeps;
};

static pthread_mutex_t loader_lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static PEB_LDR_DATA ldr_data;
static struct module *exe_module;
static struct module *tls_modules[MAX_TLS_MODULES];
static TEB *tebs[MAX_TEBS];            /* live threads, for TLS of late-loaded DLLs */

static void lock(void) { pthread_mutex_lock(&loader_lock); }
static void unlock(void) { pthread_mutex_unlock(&loader_lock); }

static void list_append(LIST_ENTRY *head, LIST_ENTRY *entry)
{
    entry->Flink = head;
    entry->Blink = head->Blink;
    head->Blink->Flink = entry;
    head->Blink = entry;
}

static void list_remove(LIST_ENTRY *entry)
{
    entry->Blink->Flink = entry->Flink;
    entry->Flink->Blink = entry->Blink;
    entry->Flink = entry->Blink = entry;
}

static void init_lists(void)
{
    if (ldr_data.Length) return;
    ldr_data.Length = sizeof(ldr_data);
    ldr_data.Initialized = TRUE;
    ldr_data.InLoadOrderModuleList.Flink = ldr_data.InLoadOrderModuleList.Blink = &ldr_data.InLoadOrderModuleList;
    ldr_data.InMemoryOrderModuleList.Flink = ldr_data.InMemoryOrderModuleList.Blink = &ldr_data.InMemoryOrderModuleList;
    ldr_data.InInitializationOrderModuleList.Flink = ldr_data.InInitializationOrderModuleList.Blink =
        &ldr_data.InInitializationOrderModuleList;
    process.peb->Ldr = &ldr_data;
}

#define CONTAINING_MODULE(e) \
    ((struct module *)((char *)(e) - offsetof(LDR_DATA_TABLE_ENTRY, InInitializationOrderLinks)))

#define FOR_EACH_MODULE(m) \
    for (LIST_ENTRY *e_ = ldr_data.InLoadOrderModuleList.Flink; \
         e_ != &ldr_data.InLoadOrderModuleList && ((m) = (struct module *)e_); e_ = e_->Flink)

static SIZE_T image_size(const struct module *m)
{
    return m->ldr.SizeOfImage;
}

static void set_unicode(UNICODE_STRING *s, WCHAR *buffer)
{
    s->Buffer = buffer;
    s->Length = (USHORT)(wcs_len(buffer) * sizeof(WCHAR));
    s->MaximumLength = s->Length + sizeof(WCHAR);
}

static struct module *create_module(void *base, SIZE_T size, const WCHAR *full_name)
{
    struct module *m = calloc(1, sizeof(*m));
    WCHAR *full, *slash;
    IMAGE_NT_HEADERS64 *nt = pe_nt(base);

    if (!m || !(full = wcs_dup(full_name))) { free(m); return NULL; }
    m->ldr.DllBase = base;
    m->ldr.SizeOfImage = (ULONG)size;
    m->ldr.LoadCount = 1;
    m->ldr.TlsIndex = 0xffff;
    m->ldr.TimeDateStamp = nt->FileHeader.TimeDateStamp;
    if (nt->OptionalHeader.AddressOfEntryPoint)
        m->ldr.EntryPoint = (char *)base + nt->OptionalHeader.AddressOfEntryPoint;
    if (nt->FileHeader.Characteristics & IMAGE_FILE_DLL) m->ldr.Flags |= LDR_IMAGE_IS_DLL;
    set_unicode(&m->ldr.FullDllName, full);
    slash = wcs_rchr(full, '\\');
    set_unicode(&m->ldr.BaseDllName, slash ? slash + 1 : full);
    m->ldr.HashLinks.Flink = m->ldr.HashLinks.Blink = &m->ldr.HashLinks;
    m->ldr.InInitializationOrderLinks.Flink = m->ldr.InInitializationOrderLinks.Blink =
        &m->ldr.InInitializationOrderLinks;
    m->tls_slot = -1;
    list_append(&ldr_data.InLoadOrderModuleList, &m->ldr.InLoadOrderLinks);
    list_append(&ldr_data.InMemoryOrderModuleList, &m->ldr.InMemoryOrderLinks);
    return m;
}

static void free_module(struct module *m)
{
    list_remove(&m->ldr.InLoadOrderLinks);
    list_remove(&m->ldr.InMemoryOrderLinks);
    list_remove(&m->ldr.InInitializationOrderLinks);
    free(m->ldr.FullDllName.Buffer);
    free(m->deps);
    free(m);
}

PLDR_DATA_TABLE_ENTRY module_from_address(const void *addr)
{
    struct module *m, *found = NULL;
    lock();
    if (ldr_data.Length)
        FOR_EACH_MODULE(m) {
            if ((const char *)addr >= (const char *)m->ldr.DllBase &&
                (const char *)addr < (const char *)m->ldr.DllBase + m->ldr.SizeOfImage) {
                found = m;
                break;
            }
        }
    unlock();
    return found ? &found->ldr : NULL;
}

PLDR_DATA_TABLE_ENTRY module_from_handle(HMODULE handle)
{
    struct module *m, *found = NULL;
    if (!handle) return exe_module ? &exe_module->ldr : NULL;
    lock();
    FOR_EACH_MODULE(m) if (m->ldr.DllBase == handle) { found = m; break; }
    unlock();
    return found ? &found->ldr : NULL;
}

const WCHAR *exe_directory(void)
{
    return process.exe_dir;
}

/* ---- names ---- */

/* "KERNEL32" -> "KERNEL32.dll"; "foo." -> "foo"; the file part only. */
static WCHAR *normalize_dll_name(const WCHAR *name)
{
    const WCHAR *base = name;
    size_t len;
    WCHAR *r;

    for (const WCHAR *p = name; *p; p++) if (*p == '\\' || *p == '/') base = p + 1;
    len = wcs_len(base);
    if (!(r = malloc((len + 5) * sizeof(WCHAR)))) return NULL;
    wcs_cpy(r, base);
    if (len && r[len - 1] == '.') r[len - 1] = 0;
    else if (!wcs_chr(r, '.')) wcs_cpy(r + len, u".dll");
    return r;
}

static struct module *find_loaded(const WCHAR *base_name)
{
    struct module *m;
    FOR_EACH_MODULE(m)
        if (!wcs_icmp(m->ldr.BaseDllName.Buffer, base_name)) return m;
    return NULL;
}

static char *lowercase_utf8(const WCHAR *name)
{
    char *s = utf16_to_utf8_dup(name);
    if (s) for (char *p = s; *p; p++) if (*p >= 'A' && *p <= 'Z') *p += 32;
    return s;
}

/* ---- exports ---- */

static NTSTATUS load_dll(const WCHAR *name, struct module **out);

static NTSTATUS find_export(struct module *m, const char *name, WORD hint, DWORD ordinal, void **addr, int depth);

/* A forwarder "DLL.Name" or "DLL.#123": load DLL and look there. */
static NTSTATUS resolve_forward(const char *forward, void **addr, int depth)
{
    const char *dot = strrchr(forward, '.');
    char dll[256];
    WCHAR *wdll;
    struct module *target;
    NTSTATUS status;

    if (!dot || dot == forward || (size_t)(dot - forward) >= sizeof(dll) - 5) return STATUS_INVALID_IMAGE_FORMAT;
    if (depth >= MAX_FORWARD_DEPTH) {
        winrun_error("export forwarding loop at %s", forward);
        return STATUS_INVALID_IMAGE_FORMAT;
    }
    memcpy(dll, forward, dot - forward);
    dll[dot - forward] = 0;
    if (!(wdll = utf8_to_utf16_dup(dll))) return STATUS_NO_MEMORY;
    status = load_dll(wdll, &target);
    free(wdll);
    if (status) return status;
    if (dot[1] == '#') return find_export(target, NULL, 0, (DWORD)strtoul(dot + 2, NULL, 10), addr, depth + 1);
    return find_export(target, dot + 1, 0, 0, addr, depth + 1);
}

/* NAME NULL: by ORDINAL (biased, as in import thunks). */
static NTSTATUS find_export(struct module *m, const char *name, WORD hint, DWORD ordinal, void **addr, int depth)
{
    void *base = m->ldr.DllBase;
    SIZE_T size = image_size(m);
    DWORD dir_size, index, *functions, *names, rva;
    WORD *ordinals;
    IMAGE_EXPORT_DIRECTORY *dir = pe_directory(base, size, IMAGE_DIRECTORY_ENTRY_EXPORT, &dir_size);

    if (!dir || dir_size < sizeof(*dir)) return name ? STATUS_ENTRYPOINT_NOT_FOUND : STATUS_ORDINAL_NOT_FOUND;
    functions = pe_rva(base, size, dir->AddressOfFunctions, (SIZE_T)dir->NumberOfFunctions * sizeof(DWORD));
    names = pe_rva(base, size, dir->AddressOfNames, (SIZE_T)dir->NumberOfNames * sizeof(DWORD));
    ordinals = pe_rva(base, size, dir->AddressOfNameOrdinals, (SIZE_T)dir->NumberOfNames * sizeof(WORD));
    if (!functions || (dir->NumberOfNames && (!names || !ordinals))) return STATUS_INVALID_IMAGE_FORMAT;

    if (name) {
        const char *s;
        index = (DWORD)-1;
        if (hint < dir->NumberOfNames && (s = pe_string(base, size, names[hint])) && !strcmp(s, name))
            index = ordinals[hint];
        else {
            DWORD lo = 0, hi = dir->NumberOfNames;
            while (lo < hi) {
                DWORD mid = lo + (hi - lo) / 2;
                int cmp;
                if (!(s = pe_string(base, size, names[mid]))) return STATUS_INVALID_IMAGE_FORMAT;
                cmp = strcmp(s, name);
                if (!cmp) { index = ordinals[mid]; break; }
                if (cmp < 0) lo = mid + 1;
                else hi = mid;
            }
        }
        if (index == (DWORD)-1) return STATUS_ENTRYPOINT_NOT_FOUND;
    } else {
        index = ordinal - dir->Base;
    }
    if (index >= dir->NumberOfFunctions || !(rva = functions[index]))
        return name ? STATUS_ENTRYPOINT_NOT_FOUND : STATUS_ORDINAL_NOT_FOUND;

    /* an RVA inside the export directory is a forwarder string */
    if (rva >= (DWORD)((char *)dir - (char *)base) && rva < (DWORD)((char *)dir - (char *)base) + dir_size) {
        const char *forward = pe_string(base, size, rva);
        if (!forward) return STATUS_INVALID_IMAGE_FORMAT;
        TRACE("%s forwarded to %s\n", name ? name : "(ordinal)", forward);
        return resolve_forward(forward, addr, depth);
    }
    if (rva >= size) return STATUS_INVALID_IMAGE_FORMAT;
    *addr = (char *)base + rva;
    if (m->relay_table && DEBUG_ON(CH_RELAY) && m->relay_table[index]) *addr = m->relay_table[index];
    return STATUS_SUCCESS;
}

/* ---- imports ---- */

/* STATUS: why the lookup failed; a forwarder to a missing DLL or a
 * malformed one is told apart from a plain missing export. */
static void report_missing_export(struct module *importer, struct module *dll, const char *name, DWORD ordinal,
                                  NTSTATUS status)
{
    char *who = utf16_to_utf8_dup(importer->ldr.BaseDllName.Buffer);
    char *dllname = utf16_to_utf8_dup(dll->ldr.BaseDllName.Buffer);
    char what[300];
    if (name) snprintf(what, sizeof(what), "function %s", name);
    else snprintf(what, sizeof(what), "ordinal %u", ordinal);
    if (status == STATUS_ORDINAL_NOT_FOUND || status == STATUS_ENTRYPOINT_NOT_FOUND)
        winrun_error("%s: %s not found in %s", who ? who : "?", what, dllname ? dllname : "?");
    else
        winrun_error("%s: %s of %s cannot be resolved (status %08x)", who ? who : "?", what, dllname ? dllname : "?",
                     (unsigned int)status);
    free(who);
    free(dllname);
}

static NTSTATUS add_dependency(struct module *m, struct module *dep)
{
    struct module **deps = realloc(m->deps, (m->ndeps + 1) * sizeof(*deps));
    if (!deps) return STATUS_NO_MEMORY;
    m->deps = deps;
    m->deps[m->ndeps++] = dep;
    return STATUS_SUCCESS;
}

static NTSTATUS load_import_dll(struct module *m, const char *name, struct module **dep)
{
    WCHAR *wname = utf8_to_utf16_dup(name);
    NTSTATUS status;

    if (!wname) return STATUS_NO_MEMORY;
    status = load_dll(wname, dep);
    free(wname);
    if (status == STATUS_DLL_NOT_FOUND) {
        char *who = utf16_to_utf8_dup(m->ldr.BaseDllName.Buffer);
        winrun_error("%s: not found (imported by %s)", name, who ? who : "?");
        free(who);
    }
    if (!status) status = add_dependency(m, *dep);
    return status;
}

static NTSTATUS resolve_imports(struct module *m)
{
    void *base = m->ldr.DllBase;
    SIZE_T size = image_size(m);
    DWORD dir_size;
    IMAGE_IMPORT_DESCRIPTOR *desc = pe_directory(base, size, IMAGE_DIRECTORY_ENTRY_IMPORT, &dir_size);
    NTSTATUS status;

    if (!desc) return STATUS_SUCCESS;
    (void)dir_size;     /* the descriptors end at the nameless one (pe_dirs.c checked them) */
    for (DWORD i = 0; desc[i].Name; i++) {
        const char *dll_name = pe_string(base, size, desc[i].Name);
        ULONGLONG *lookup, *iat;
        struct module *dep;

        if (!dll_name) return STATUS_INVALID_IMAGE_FORMAT;
        if ((status = load_import_dll(m, dll_name, &dep))) return status;
        lookup = pe_rva(base, size, desc[i].OriginalFirstThunk ? desc[i].OriginalFirstThunk : desc[i].FirstThunk,
                        sizeof(ULONGLONG));
        iat = pe_rva(base, size, desc[i].FirstThunk, sizeof(ULONGLONG));
        if (!lookup || !iat) return STATUS_INVALID_IMAGE_FORMAT;
        for (SIZE_T j = 0;; j++) {
            ULONGLONG thunk;
            void *addr;
            if ((char *)(lookup + j + 1) > (char *)base + size || (char *)(iat + j + 1) > (char *)base + size)
                return STATUS_INVALID_IMAGE_FORMAT;
            if (!(thunk = lookup[j])) break;
            if (thunk & IMAGE_ORDINAL_FLAG64) {
                DWORD ordinal = (DWORD)(thunk & 0xffff);
                status = find_export(dep, NULL, 0, ordinal, &addr, 0);
                if (status) report_missing_export(m, dep, NULL, ordinal, status);
            } else {
                IMAGE_IMPORT_BY_NAME *by_name = pe_rva(base, size, (DWORD)thunk, sizeof(WORD) + 1);
                const char *fname = by_name ? pe_string(base, size, (DWORD)thunk + sizeof(WORD)) : NULL;
                if (!fname) return STATUS_INVALID_IMAGE_FORMAT;
                status = find_export(dep, fname, by_name->Hint, 0, &addr, 0);
                if (status) report_missing_export(m, dep, fname, 0, status);
            }
            if (status) return status;
            iat[j] = (ULONGLONG)(ULONG_PTR)addr;
        }
    }
    return STATUS_SUCCESS;
}

/* ---- static TLS ---- */

static NTSTATUS alloc_tls_block(struct module *m, TEB *teb)
{
    void *base = m->ldr.DllBase;
    IMAGE_TLS_DIRECTORY64 *tls = pe_directory(base, image_size(m), IMAGE_DIRECTORY_ENTRY_TLS, NULL);
    SIZE_T data_size = tls->EndAddressOfRawData - tls->StartAddressOfRawData;
    char *block = malloc(data_size + tls->SizeOfZeroFill + 16);

    if (!block) return STATUS_NO_MEMORY;
    memcpy(block, (void *)(ULONG_PTR)tls->StartAddressOfRawData, data_size);
    memset(block + data_size, 0, tls->SizeOfZeroFill);
    ((void **)teb->ThreadLocalStoragePointer)[m->tls_slot] = block;
    return STATUS_SUCCESS;
}

/* Gives M a TLS slot when it has a TLS directory, and a block in every
 * live thread. The raw data range and the index address are checked to lie
 * inside the image. */
static NTSTATUS setup_tls(struct module *m)
{
    void *base = m->ldr.DllBase;
    SIZE_T size = image_size(m);
    DWORD dir_size;
    IMAGE_TLS_DIRECTORY64 *tls = pe_directory(base, size, IMAGE_DIRECTORY_ENTRY_TLS, &dir_size);
    ULONG_PTR lo = (ULONG_PTR)base, hi = lo + size;
    int slot;

    if (!tls) return STATUS_SUCCESS;
    if (dir_size < sizeof(*tls) ||
        tls->StartAddressOfRawData > tls->EndAddressOfRawData ||
        (tls->StartAddressOfRawData && (tls->StartAddressOfRawData < lo || tls->EndAddressOfRawData > hi)) ||
        (tls->AddressOfIndex && (tls->AddressOfIndex < lo || tls->AddressOfIndex + sizeof(DWORD) > hi)) ||
        tls->SizeOfZeroFill > 0x10000000)
        return STATUS_INVALID_IMAGE_FORMAT;
    for (slot = 0; slot < MAX_TLS_MODULES && tls_modules[slot]; slot++);
    if (slot == MAX_TLS_MODULES) return STATUS_NO_MEMORY;
    tls_modules[slot] = m;
    m->tls_slot = slot;
    m->ldr.TlsIndex = (USHORT)slot;
    if (tls->AddressOfIndex) *(DWORD *)(ULONG_PTR)tls->AddressOfIndex = slot;
    for (int i = 0; i < MAX_TEBS; i++) {
        NTSTATUS status;
        if (tebs[i] && (status = alloc_tls_block(m, tebs[i]))) return status;
    }
    return STATUS_SUCCESS;
}

NTSTATUS loader_alloc_tls(TEB *teb)
{
    NTSTATUS status = STATUS_SUCCESS;
    int i;

    if (!(teb->ThreadLocalStoragePointer = calloc(MAX_TLS_MODULES, sizeof(void *)))) return STATUS_NO_MEMORY;
    lock();
    for (i = 0; i < MAX_TEBS && tebs[i]; i++);
    if (i == MAX_TEBS) status = STATUS_NO_MEMORY;
    else tebs[i] = teb;
    for (int s = 0; s < MAX_TLS_MODULES && !status; s++)
        if (tls_modules[s]) status = alloc_tls_block(tls_modules[s], teb);
    unlock();
    return status;
}

void loader_free_tls(TEB *teb)
{
    void **blocks = teb->ThreadLocalStoragePointer;
    lock();
    for (int i = 0; i < MAX_TEBS; i++) if (tebs[i] == teb) tebs[i] = NULL;
    unlock();
    if (!blocks) return;
    for (int s = 0; s < MAX_TLS_MODULES; s++) free(blocks[s]);
    free(blocks);
    teb->ThreadLocalStoragePointer = NULL;
}

/* TlsFree: the freed dynamic slot reads NULL in every thread, so that a
 * later TlsAlloc handing it out again starts clean everywhere. */
void loader_zero_tls_cell(ULONG index)
{
    lock();
    for (int i = 0; i < MAX_TEBS; i++) {
        TEB *teb = tebs[i];
        if (!teb) continue;
        if (index < TLS_MINIMUM_AVAILABLE) teb->TlsSlots[index] = NULL;
        else if (teb->TlsExpansionSlots) teb->TlsExpansionSlots[index - TLS_MINIMUM_AVAILABLE] = NULL;
    }
    unlock();
}

static void call_tls_callbacks(struct module *m, DWORD reason)
{
    void *base = m->ldr.DllBase;
    SIZE_T size = image_size(m);
    IMAGE_TLS_DIRECTORY64 *tls = pe_directory(base, size, IMAGE_DIRECTORY_ENTRY_TLS, NULL);
    ULONGLONG *callback;

    if (!tls || !tls->AddressOfCallBacks) return;
    for (callback = (ULONGLONG *)(ULONG_PTR)tls->AddressOfCallBacks;; callback++) {
        if ((ULONG_PTR)callback < (ULONG_PTR)base || (ULONG_PTR)(callback + 1) > (ULONG_PTR)base + size) break;
        if (!*callback) break;
        if (*callback < (ULONG_PTR)base || *callback >= (ULONG_PTR)base + size) {
            WARN("TLS callback %p outside its image, skipped\n", (void *)(ULONG_PTR)*callback);
            continue;
        }
        TRACE("TLS callback %p reason %u\n", (void *)(ULONG_PTR)*callback, reason);
        ((PIMAGE_TLS_CALLBACK)(ULONG_PTR)*callback)(base, reason, NULL);
    }
}

/* ---- mapping ---- */

static NTSTATUS read_file(const char *path, void **data, SIZE_T *size)
{
    struct stat st;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    void *p;

    if (fd < 0) return errno_to_status(errno);
    if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
        close(fd);
        return S_ISDIR(st.st_mode) ? STATUS_FILE_IS_A_DIRECTORY : STATUS_INVALID_IMAGE_FORMAT;
    }
    if (!st.st_size) {
        close(fd);
        *data = NULL;
        *size = 0;
        return STATUS_SUCCESS;
    }
    p = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED) return errno_to_status(errno);
    *data = p;
    *size = st.st_size;
    return STATUS_SUCCESS;
}

/* DllMain's lpReserved tells static loads (non-NULL) from LoadLibrary
 * (NULL); a static load is one made before the entry point runs. */
static BOOL process_started;

/* A malformed file met while the program starts ends it with this line;
 * LoadLibrary later only fails with ERROR_BAD_EXE_FORMAT, as on Windows. */
static void report_invalid(const char *unix_path, const char *why)
{
    if (!process_started) winrun_error("%s: not a valid PE file (%s)", unix_path, why);
    else WARN("%s: not a valid PE file (%s)\n", unix_path, why);
}

/* Maps a native PE file; imports are resolved by the caller. */
static NTSTATUS map_native(const char *unix_path, const WCHAR *dos_path, struct module **out)
{
    void *data = NULL, *base;
    SIZE_T size = 0;
    struct pe_headers h;
    const char *why;
    struct module *m;
    NTSTATUS status = read_file(unix_path, &data, &size);

    if (status) return status;
    if (pe_check_headers(data, size, &h, &why) || !(base = pe_map_image(data, size, &h, &why))) {
        report_invalid(unix_path, why);
        if (size) munmap(data, size);
        return STATUS_INVALID_IMAGE_FORMAT;
    }
    if (size) munmap(data, size);
    if (pe_check_directories(base, h.image_size, &why)) {
        report_invalid(unix_path, why);
        munmap(base, h.image_size);
        return STATUS_INVALID_IMAGE_FORMAT;
    }
    /* from here on, use the image's own copy of the headers */
    h.nt = pe_nt(base);
    h.sections = IMAGE_FIRST_SECTION(h.nt);
    if (!(m = create_module(base, h.image_size, dos_path))) {
        munmap(base, h.image_size);
        return STATUS_NO_MEMORY;
    }
    m->headers = h;
    TRACE("mapped %s at %p\n", unix_path, base);
    *out = m;
    return STATUS_SUCCESS;
}

static void unmap_module(struct module *m)
{
    if (m->elf) dlclose(m->elf);
    else {
        virtual_unregister_view(m->ldr.DllBase);
        munmap(m->ldr.DllBase, image_size(m));
    }
    if (m->tls_slot >= 0) tls_modules[m->tls_slot] = NULL;
    free_module(m);
}

/* After imports: final protections, and the view VirtualQuery reports. */
static NTSTATUS finish_native(struct module *m)
{
    if (pe_protect_sections(m->ldr.DllBase, &m->headers)) return errno_to_status(errno);
    virtual_register_image(m->ldr.DllBase, &m->headers);
    return STATUS_SUCCESS;
}

static NTSTATUS load_native(const char *unix_path, const WCHAR *dos_path, struct module **out)
{
    struct module *m;
    NTSTATUS status = map_native(unix_path, dos_path, &m);

    if (status) return status;
    if (!(pe_nt(m->ldr.DllBase)->FileHeader.Characteristics & IMAGE_FILE_DLL)) {
        winrun_error("%s: not a DLL", unix_path);
        unmap_module(m);
        return STATUS_INVALID_IMAGE_FORMAT;
    }
    if ((status = resolve_imports(m)) || (status = setup_tls(m)) || (status = finish_native(m))) {
        unmap_module(m);
        return status;
    }
    *out = m;
    return STATUS_SUCCESS;
}

/* Registers an ELF object that carries a PE header as a module. */
static struct module *register_builtin(IMAGE_DOS_HEADER *header, void *elf, void **relay_table, const WCHAR *base_name)
{
    IMAGE_NT_HEADERS64 *nt = pe_nt(header);
    WCHAR full[MAX_PATH];
    struct module *m;

    if (nt->OptionalHeader.ImageBase != (ULONG_PTR)header) {
        /* programs read ImageBase from memory; the header page is otherwise read-only */
        if (!mprotect(header, 4096, PROT_READ | PROT_WRITE)) {
            nt->OptionalHeader.ImageBase = (ULONG_PTR)header;
            mprotect(header, 4096, PROT_READ | PROT_EXEC);
        }
    }
    wcs_cpy(full, u"C:\\windows\\system32\\");
    if (wcs_len(base_name) < MAX_PATH - wcs_len(full)) wcs_cpy(full + wcs_len(full), base_name);
    if (!(m = create_module(header, nt->OptionalHeader.SizeOfImage, full))) return NULL;
    m->elf = elf;
    m->relay_table = relay_table;
    return m;
}

static NTSTATUS load_builtin(const char *so_path, const WCHAR *base_name, struct module **out)
{
    void *elf = dlopen(so_path, RTLD_NOW | RTLD_LOCAL);
    IMAGE_DOS_HEADER *header;
    struct module *m;
    NTSTATUS status;

    if (!elf) {
        winrun_error("%s: cannot load builtin DLL: %s", so_path, dlerror());
        return STATUS_DLL_INIT_FAILED;
    }
    if (!(header = dlsym(elf, "__winrun_pe_header")) || header->e_magic != IMAGE_DOS_SIGNATURE) {
        winrun_error("%s: no PE header in builtin DLL", so_path);
        dlclose(elf);
        return STATUS_INVALID_IMAGE_FORMAT;
    }
    if (!(m = register_builtin(header, elf, dlsym(elf, "__winrun_relay_table"), base_name))) {
        dlclose(elf);
        return STATUS_NO_MEMORY;
    }
    TRACE("builtin %s at %p\n", so_path, (void *)header);
    if ((status = resolve_imports(m))) {
        unmap_module(m);
        return status;
    }
    *out = m;
    return STATUS_SUCCESS;
}

static int file_exists(const char *path)
{
    struct stat st;
    return !stat(path, &st) && S_ISREG(st.st_mode);
}

/* Native search: beside the exe, system32 of the prefix, current directory. */
static char *search_native(const WCHAR *base_name)
{
    char *name = utf16_to_utf8_dup(base_name), *lower = lowercase_utf8(base_name), *exe_dir, *result = NULL;
    const char *dirs[3];
    char sys32[PATH_MAX], path[PATH_MAX * 2];

    if (!name || !lower) goto done;
    exe_dir = dos_to_unix_path(process.exe_dir);
    snprintf(sys32, sizeof(sys32), "%s/drive_c/windows/system32", process.prefix);
    dirs[0] = exe_dir;
    dirs[1] = sys32;
    dirs[2] = ".";
    for (int i = 0; i < 3 && !result; i++) {
        if (!dirs[i]) continue;
        for (int c = 0; c < 2 && !result; c++) {
            snprintf(path, sizeof(path), "%s/%s", dirs[i], c ? lower : name);
            if (file_exists(path)) result = realpath(path, NULL);
        }
    }
    free(exe_dir);
done:
    free(name);
    free(lower);
    return result;
}

char *loader_find_native(const WCHAR *name)
{
    WCHAR *base_name;
    char *native, *real = NULL;

    if (wcs_chr(name, '\\') || wcs_chr(name, '/')) native = dos_to_unix_path(name);
    else {
        if (!(base_name = normalize_dll_name(name))) return NULL;
        native = search_native(base_name);
        free(base_name);
    }
    if (native && !path_in_view(native) && file_exists(native)) real = realpath(native, NULL);
    free(native);
    return real;
}

/* Loads NAME (a bare name, or a path for a native DLL) and its imports;
 * returns with one more reference. DllMain is not run here. */
static NTSTATUS load_dll(const WCHAR *name, struct module **out)
{
    WCHAR *base_name = normalize_dll_name(name), *dos_path = NULL, *host_name = NULL;
    char *lower = NULL, so_path[PATH_MAX], *native = NULL;
    const char *host;
    int is_apiset, has_path = wcs_chr(name, '\\') || wcs_chr(name, '/');
    struct module *m;
    NTSTATUS status = STATUS_DLL_NOT_FOUND;
    enum dll_order order;

    if (!base_name) return STATUS_NO_MEMORY;
    if ((host = apiset_host(base_name, &is_apiset))) {
        free(base_name);
        if (!(base_name = utf8_to_utf16_dup(host))) return STATUS_NO_MEMORY;
    } else if (is_apiset) {
        free(base_name);
        return STATUS_DLL_NOT_FOUND;
    }
    if ((m = find_loaded(base_name))) {
        if (m->ldr.LoadCount != 0xffff) m->ldr.LoadCount++;
        *out = m;
        free(base_name);
        return STATUS_SUCCESS;
    }
    if (!(lower = lowercase_utf8(base_name))) goto done;
    snprintf(so_path, sizeof(so_path), "%s/%s.so", process.libdir, lower);
    order = config_dll_order(lower);                 /* winrun.conf [dlls] */
    if (order == DLL_DISABLED) goto done;
    if (!has_path && (order == DLL_BUILTIN_NATIVE || order == DLL_BUILTIN) && file_exists(so_path)) {
        status = load_builtin(so_path, base_name, out);
        goto done;
    }
    if (order != DLL_BUILTIN) {
        if (has_path) native = dos_to_unix_path(name);
        else native = search_native(base_name);
        if (native && path_in_view(native)) {   /* C:\windows\system32\NAME.dll of the view: the builtin */
            free(native);
            native = NULL;
        }
    }
    if (native && file_exists(native)) {
        char *real = realpath(native, NULL);
        if (real && (dos_path = unix_to_dos_path(real))) status = load_native(real, dos_path, out);
        free(real);
    } else if ((has_path || order == DLL_NATIVE_BUILTIN) && order != DLL_NATIVE && file_exists(so_path)) {
        /* "C:\windows\system32\kernel32.dll" names the builtin */
        status = load_builtin(so_path, base_name, out);
    }
done:
    if (!status) TRACE("loaded %s\n", lower ? lower : "?");
    free(native);
    free(lower);
    free(dos_path);
    free(host_name);
    free(base_name);
    return status;
}

/* ---- initialisation order ---- */

static NTSTATUS process_attach(struct module *m)
{
    BOOL ok = TRUE;

    if (m->attach_state) return STATUS_SUCCESS;   /* done, or a cycle in progress */
    m->attach_state = 1;
    for (unsigned int i = 0; i < m->ndeps; i++) {
        NTSTATUS status = process_attach(m->deps[i]);
        if (status) return status;
    }
    if (m != exe_module) {
        call_tls_callbacks(m, DLL_PROCESS_ATTACH);
        if (m->ldr.EntryPoint) {
            TRACE("DllMain %p (attach)\n", m->ldr.EntryPoint);
            ok = ((BOOL (WINAPI *)(HINSTANCE, DWORD, LPVOID))m->ldr.EntryPoint)(m->ldr.DllBase, DLL_PROCESS_ATTACH,
                                                                               process_started ? NULL : (void *)1);
        }
        if (!ok) {
            char *name = utf16_to_utf8_dup(m->ldr.BaseDllName.Buffer);
            winrun_error("%s: initialisation failed (DllMain returned FALSE)", name ? name : "?");
            free(name);
            m->attach_state = 0;
            return STATUS_DLL_INIT_FAILED;
        }
    }
    m->attach_state = 2;
    m->ldr.Flags |= LDR_PROCESS_ATTACHED;
    list_append(&ldr_data.InInitializationOrderModuleList, &m->ldr.InInitializationOrderLinks);
    return STATUS_SUCCESS;
}

static void process_detach(struct module *m, BOOL process_exiting)
{
    if (m->attach_state != 2) return;
    m->attach_state = 0;
    if (m->ldr.EntryPoint && m != exe_module)
        ((BOOL (WINAPI *)(HINSTANCE, DWORD, LPVOID))m->ldr.EntryPoint)(m->ldr.DllBase, DLL_PROCESS_DETACH,
                                                                      process_exiting ? (void *)1 : NULL);
    call_tls_callbacks(m, DLL_PROCESS_DETACH);
}

void loader_detach_process(void)
{
    lock();
    for (LIST_ENTRY *e = ldr_data.InInitializationOrderModuleList.Blink;
         ldr_data.Length && e != &ldr_data.InInitializationOrderModuleList; e = e->Blink) {
        struct module *m = CONTAINING_MODULE(e);
        process_detach(m, TRUE);
    }
    unlock();
}

static BOOL wants_thread_calls(struct module *m)
{
    return m != exe_module && m->attach_state == 2 && !(m->ldr.Flags & LDR_DONT_CALL_FOR_THREADS);
}

/* On a new thread, before its start routine: DLLs in initialisation order
 * (TLS callbacks, then DllMain), then the exe's TLS callbacks, as Windows
 * orders them. */
void loader_attach_thread(void)
{
    lock();
    for (LIST_ENTRY *e = ldr_data.InInitializationOrderModuleList.Flink;
         e != &ldr_data.InInitializationOrderModuleList; e = e->Flink) {
        struct module *m = CONTAINING_MODULE(e);
        if (!wants_thread_calls(m)) continue;
        call_tls_callbacks(m, DLL_THREAD_ATTACH);
        if (m->ldr.EntryPoint)
            ((BOOL (WINAPI *)(HINSTANCE, DWORD, LPVOID))m->ldr.EntryPoint)(m->ldr.DllBase, DLL_THREAD_ATTACH, NULL);
    }
    if (exe_module && exe_module->attach_state == 2) call_tls_callbacks(exe_module, DLL_THREAD_ATTACH);
    unlock();
}

/* On an exiting thread (not the last: that one detaches the process):
 * the reverse order of loader_attach_thread. */
void loader_detach_thread(void)
{
    lock();
    for (LIST_ENTRY *e = ldr_data.InInitializationOrderModuleList.Blink;
         e != &ldr_data.InInitializationOrderModuleList; e = e->Blink) {
        struct module *m = CONTAINING_MODULE(e);
        if (!wants_thread_calls(m)) continue;
        if (m->ldr.EntryPoint)
            ((BOOL (WINAPI *)(HINSTANCE, DWORD, LPVOID))m->ldr.EntryPoint)(m->ldr.DllBase, DLL_THREAD_DETACH, NULL);
        call_tls_callbacks(m, DLL_THREAD_DETACH);
    }
    if (exe_module && exe_module->attach_state == 2) call_tls_callbacks(exe_module, DLL_THREAD_DETACH);
    unlock();
}

NTSYSAPI NTSTATUS WINAPI LdrDisableThreadCalloutsForDll(HMODULE module)
{
    NTSTATUS status = STATUS_DLL_NOT_FOUND;
    PLDR_DATA_TABLE_ENTRY entry;

    lock();
    if ((entry = module_from_handle(module))) {
        entry->Flags |= LDR_DONT_CALL_FOR_THREADS;
        status = STATUS_SUCCESS;
    }
    unlock();
    return status;
}

/* ---- start-up ---- */

/* Step 1, on the Unix stack: map the exe so its stack size is known. */
NTSTATUS loader_map_exe(const char *unix_path, SIZE_T *stack_reserve)
{
    extern IMAGE_DOS_HEADER __winrun_pe_header;
    extern void *__winrun_relay_table[];
    WCHAR *dos_path = unix_to_dos_path(unix_path);
    struct module *ntdll;
    NTSTATUS status;

    if (!dos_path) return STATUS_NO_MEMORY;
    init_lists();
    status = map_native(unix_path, dos_path, &exe_module);
    free(dos_path);
    if (status) return status;
    if (exe_module->ldr.Flags & LDR_IMAGE_IS_DLL) {
        winrun_error("%s: is a DLL, not a program", unix_path);
        return STATUS_INVALID_IMAGE_FORMAT;
    }
    if (!exe_module->ldr.EntryPoint) {
        winrun_error("%s: not a valid PE file (no entry point)", unix_path);
        return STATUS_INVALID_IMAGE_FORMAT;
    }
    exe_module->ldr.LoadCount = 0xffff;
    /* ntdll is already here (the winrun executable links it): list it as Windows does */
    if (!(ntdll = register_builtin(&__winrun_pe_header, NULL, __winrun_relay_table, u"ntdll.dll")))
        return STATUS_NO_MEMORY;
    ntdll->ldr.LoadCount = 0xffff;
    ntdll->attach_state = 2;
    list_append(&ldr_data.InInitializationOrderModuleList, &ntdll->ldr.InInitializationOrderLinks);
    process.peb->ImageBaseAddress = exe_module->ldr.DllBase;
    *stack_reserve = exe_module->headers.nt->OptionalHeader.SizeOfStackReserve;
    return STATUS_SUCCESS;
}

/* Step 2, on the Windows stack: imports, TLS, DllMain; returns the entry. */
NTSTATUS loader_init_process(PVOID *entry)
{
    struct module *kernel32;
    NTSTATUS status;
    lock();
    /* every Windows process has kernel32, imported or not */
    if (!(status = load_dll(u"kernel32.dll", &kernel32)) && !(status = add_dependency(exe_module, kernel32)) &&
        !(status = resolve_imports(exe_module)) && !(status = setup_tls(exe_module)) &&
        !(status = finish_native(exe_module)) && !(status = process_attach(exe_module))) {
        call_tls_callbacks(exe_module, DLL_PROCESS_ATTACH);
        *entry = exe_module->ldr.EntryPoint;
        process_started = TRUE;
    }
    unlock();
    return status;
}

/* ---- the Ldr API ---- */

NTSYSAPI NTSTATUS WINAPI LdrLoadDll(LPCWSTR path, DWORD flags, const UNICODE_STRING *name, HMODULE *handle)
{
    struct module *m;
    WCHAR *copy;
    NTSTATUS status;
    (void)path;

    if (!(copy = malloc(name->Length + sizeof(WCHAR)))) return STATUS_NO_MEMORY;
    memcpy(copy, name->Buffer, name->Length);
    copy[name->Length / sizeof(WCHAR)] = 0;
    /* winrun's kernel32 passes LoadLibraryEx's flags: a file found on disk is
     * mapped as data; a builtin has no file, so it loads as usual */
    if (flags & (LOAD_LIBRARY_AS_DATAFILE | LOAD_LIBRARY_AS_DATAFILE_EXCLUSIVE | LOAD_LIBRARY_AS_IMAGE_RESOURCE)) {
        status = datafile_load(copy, flags, handle);
        if (status != STATUS_DLL_NOT_FOUND) {
            free(copy);
            return status;
        }
    }
    lock();
    status = load_dll(copy, &m);
    if (!status && (status = process_attach(m))) {
        if (--m->ldr.LoadCount == 0) unmap_module(m);
    }
    unlock();
    if (status == STATUS_DLL_NOT_FOUND &&
        (flags & (LOAD_LIBRARY_AS_DATAFILE | LOAD_LIBRARY_AS_DATAFILE_EXCLUSIVE | LOAD_LIBRARY_AS_IMAGE_RESOURCE)))
        status = STATUS_OBJECT_NAME_NOT_FOUND;   /* a missing data file is ERROR_FILE_NOT_FOUND */
    free(copy);
    if (!status) *handle = m->ldr.DllBase;
    return status;
}

NTSYSAPI NTSTATUS WINAPI LdrGetDllHandle(LPCWSTR path, ULONG flags, const UNICODE_STRING *name, HMODULE *handle)
{
    WCHAR *copy, *base;
    const char *host;
    int is_apiset;
    struct module *m;
    (void)path; (void)flags;

    if (!(copy = malloc(name->Length + sizeof(WCHAR)))) return STATUS_NO_MEMORY;
    memcpy(copy, name->Buffer, name->Length);
    copy[name->Length / sizeof(WCHAR)] = 0;
    base = normalize_dll_name(copy);
    free(copy);
    if (!base) return STATUS_NO_MEMORY;
    if ((host = apiset_host(base, &is_apiset))) {
        free(base);
        if (!(base = utf8_to_utf16_dup(host))) return STATUS_NO_MEMORY;
    }
    lock();
    m = find_loaded(base);
    unlock();
    free(base);
    if (!m) return STATUS_DLL_NOT_FOUND;
    *handle = m->ldr.DllBase;
    return STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI LdrGetProcedureAddress(HMODULE module, const ANSI_STRING *name, ULONG ordinal, PVOID *addr)
{
    PLDR_DATA_TABLE_ENTRY ldr = module_from_handle(module);
    char *copy = NULL;
    NTSTATUS status;

    if (!ldr) return STATUS_DLL_NOT_FOUND;
    if (name) {
        if (!(copy = malloc(name->Length + 1))) return STATUS_NO_MEMORY;
        memcpy(copy, name->Buffer, name->Length);
        copy[name->Length] = 0;
    }
    lock();
    status = find_export((struct module *)ldr, copy, 0, ordinal, addr, 0);
    unlock();
    free(copy);
    return status;
}

/* flags 1 (LDR_ADDREF_DLL_PIN): never unload */
NTSYSAPI NTSTATUS WINAPI LdrAddRefDll(ULONG flags, HMODULE module)
{
    PLDR_DATA_TABLE_ENTRY ldr;
    lock();
    if ((ldr = module_from_handle(module))) {
        if (flags & 1) ldr->LoadCount = 0xffff;
        else if (ldr->LoadCount != 0xffff) ldr->LoadCount++;
    }
    unlock();
    return ldr ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
}

static void release_module(struct module *m)
{
    if (m->ldr.LoadCount == 0xffff || --m->ldr.LoadCount) return;
    process_detach(m, FALSE);
    for (unsigned int i = 0; i < m->ndeps; i++) release_module(m->deps[i]);
    TRACE("unloading %p\n", m->ldr.DllBase);
    unmap_module(m);
}

NTSYSAPI NTSTATUS WINAPI LdrUnloadDll(HMODULE module)
{
    PLDR_DATA_TABLE_ENTRY ldr;
    if (LDR_IS_DATAFILE_OR_IMAGE(module)) return datafile_unload(module);
    lock();
    ldr = module_from_handle(module);
    if (ldr && module) release_module((struct module *)ldr);
    unlock();
    return ldr && module ? STATUS_SUCCESS : STATUS_DLL_NOT_FOUND;
}
