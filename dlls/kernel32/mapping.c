/* File mappings: the Win32 face of ntdll's sections (dlls/ntdll/section.c). */
#include "kernel32_private.h"

NTSYSAPI NTSTATUS WINAPI NtCreateSection(HANDLE *, ACCESS_MASK, const OBJECT_ATTRIBUTES *, const LARGE_INTEGER *,
                                         ULONG, ULONG, HANDLE);
NTSYSAPI NTSTATUS WINAPI NtOpenSection(HANDLE *, ACCESS_MASK, const OBJECT_ATTRIBUTES *);
NTSYSAPI NTSTATUS WINAPI NtMapViewOfSection(HANDLE, HANDLE, PVOID *, ULONG_PTR, SIZE_T, const LARGE_INTEGER *,
                                            SIZE_T *, ULONG, ULONG, ULONG);
NTSYSAPI NTSTATUS WINAPI NtUnmapViewOfSection(HANDLE, PVOID);
NTSYSAPI NTSTATUS WINAPI NtFlushVirtualMemory(HANDLE, PVOID *, SIZE_T *, void *);

#define CURRENT_PROCESS ((HANDLE)~(ULONG_PTR)0)
#define STANDARD_RIGHTS_REQUIRED 0x000f0000
#define VIEW_SHARE 1
#define SEC_FLAGS (SEC_FILE | SEC_IMAGE | SEC_RESERVE | SEC_COMMIT | SEC_NOCACHE | SEC_WRITECOMBINE | SEC_LARGE_PAGES)

WINBASEAPI HANDLE WINAPI CreateFileMappingW(HANDLE file, SECURITY_ATTRIBUTES *sa, DWORD protect, DWORD size_high,
                                            DWORD size_low, LPCWSTR name)
{
    DWORD sec_flags = protect & SEC_FLAGS, access;
    LARGE_INTEGER size;
    const OBJECT_ATTRIBUTES *attr;
    struct object_name n;
    HANDLE handle = NULL;
    NTSTATUS status;

    protect &= ~SEC_FLAGS;
    if (!sec_flags) sec_flags = SEC_COMMIT;
    switch (protect) {
    case PAGE_READONLY:
    case PAGE_WRITECOPY:
        access = STANDARD_RIGHTS_REQUIRED | SECTION_QUERY | SECTION_MAP_READ;
        break;
    case PAGE_READWRITE:
        access = STANDARD_RIGHTS_REQUIRED | SECTION_QUERY | SECTION_MAP_READ | SECTION_MAP_WRITE;
        break;
    case PAGE_EXECUTE_READ:
    case PAGE_EXECUTE_WRITECOPY:
        access = STANDARD_RIGHTS_REQUIRED | SECTION_QUERY | SECTION_MAP_READ | SECTION_MAP_EXECUTE;
        break;
    case PAGE_EXECUTE_READWRITE:
        access = SECTION_ALL_ACCESS;
        break;
    default:
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (file == INVALID_HANDLE_VALUE) {
        /* backed by the paging file: there is no file to take the size from */
        if (!size_high && !size_low) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return NULL;
        }
        file = NULL;
    }
    size.QuadPart = ((LONGLONG)size_high << 32) | size_low;
    if (!(attr = object_attributes(&n, name, sa, OBJ_OPENIF))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    status = NtCreateSection(&handle, access, attr, &size, protect, sec_flags, file);
    return created(status, handle, &n);
}

WINBASEAPI HANDLE WINAPI CreateFileMappingA(HANDLE file, SECURITY_ATTRIBUTES *sa, DWORD protect, DWORD size_high,
                                            DWORD size_low, LPCSTR name)
{
    A_TO_W(CreateFileMappingW(file, sa, protect, size_high, size_low, name_w), name);
}

WINBASEAPI HANDLE WINAPI OpenFileMappingW(DWORD access, BOOL inherit, LPCWSTR name)
{
    /* FILE_MAP_COPY asks for what a copy view needs: reading */
    if (access == FILE_MAP_COPY) access = SECTION_MAP_READ;
    return open_object(NtOpenSection, access, inherit, name);
}

WINBASEAPI HANDLE WINAPI OpenFileMappingA(DWORD access, BOOL inherit, LPCSTR name)
{
    A_TO_W(OpenFileMappingW(access, inherit, name_w), name);
}

/* The view protection FILE_MAP_* access asks for; write wins over copy. */
static DWORD view_protect(DWORD access)
{
    BOOL exec = (access & FILE_MAP_EXECUTE) != 0;
    if (access & FILE_MAP_WRITE) return exec ? PAGE_EXECUTE_READWRITE : PAGE_READWRITE;
    if (access & FILE_MAP_COPY) return exec ? PAGE_EXECUTE_WRITECOPY : PAGE_WRITECOPY;
    if (access & FILE_MAP_READ) return exec ? PAGE_EXECUTE_READ : PAGE_READONLY;
    return PAGE_NOACCESS;
}

WINBASEAPI LPVOID WINAPI MapViewOfFileEx(HANDLE mapping, DWORD access, DWORD offset_high, DWORD offset_low,
                                         SIZE_T size, LPVOID addr)
{
    LARGE_INTEGER offset;
    NTSTATUS status;

    offset.QuadPart = ((LONGLONG)offset_high << 32) | offset_low;
    status = NtMapViewOfSection(mapping, CURRENT_PROCESS, &addr, 0, 0, &offset, &size, VIEW_SHARE, 0,
                                view_protect(access));
    return set_status_error(status) ? addr : NULL;
}

WINBASEAPI LPVOID WINAPI MapViewOfFile(HANDLE mapping, DWORD access, DWORD offset_high, DWORD offset_low, SIZE_T size)
{
    return MapViewOfFileEx(mapping, access, offset_high, offset_low, size, NULL);
}

WINBASEAPI BOOL WINAPI UnmapViewOfFile(LPCVOID addr)
{
    return set_status_error(NtUnmapViewOfSection(CURRENT_PROCESS, (void *)addr));
}

WINBASEAPI BOOL WINAPI FlushViewOfFile(LPCVOID addr, SIZE_T size)
{
    void *base = (void *)addr;
    NTSTATUS status = NtFlushVirtualMemory(CURRENT_PROCESS, &base, &size, NULL);
    /* flushing memory that no file backs has nothing to do */
    if (status == STATUS_NOT_MAPPED_DATA) status = STATUS_SUCCESS;
    return set_status_error(status);
}
