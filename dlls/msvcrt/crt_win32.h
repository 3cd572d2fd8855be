/*
 * The kernel32 file API the CRT's file functions stand on, declared under
 * names of our own (asm labels) with the CRT's copies of the Win32
 * structures, until include/winbase.h carries the file API's public types.
 */
#ifndef WINRUN_CRT_WIN32_H
#define WINRUN_CRT_WIN32_H

#include "crt_private.h"

struct crt_security_attributes;
#define CRT_IMPORT(name) __asm__(#name)

struct crt_find_data {            /* WIN32_FIND_DATAW */
    DWORD attributes;
    FILETIME creation, access, write;
    DWORD size_high, size_low, reserved0, reserved1;
    WCHAR name[260];
    WCHAR alternate[14];
};

struct crt_file_info {            /* BY_HANDLE_FILE_INFORMATION */
    DWORD attributes;
    FILETIME creation, access, write;
    DWORD volume_serial, size_high, size_low, links, index_high, index_low;
};

HANDLE WINAPI crt_CreateFileW(const WCHAR *name, DWORD access, DWORD share, struct crt_security_attributes *security,
                              DWORD creation, DWORD flags, HANDLE template) CRT_IMPORT(CreateFileW);
BOOL WINAPI crt_SetFilePointerEx(HANDLE file, LARGE_INTEGER distance, LARGE_INTEGER *pos,
                                 DWORD method) CRT_IMPORT(SetFilePointerEx);
BOOL WINAPI crt_SetEndOfFile(HANDLE file) CRT_IMPORT(SetEndOfFile);
BOOL WINAPI crt_FlushFileBuffers(HANDLE file) CRT_IMPORT(FlushFileBuffers);
BOOL WINAPI crt_GetFileInformationByHandle(HANDLE file, struct crt_file_info *info)
    CRT_IMPORT(GetFileInformationByHandle);
BOOL WINAPI crt_DeleteFileW(const WCHAR *name) CRT_IMPORT(DeleteFileW);
BOOL WINAPI crt_MoveFileExW(const WCHAR *from, const WCHAR *to, DWORD flags) CRT_IMPORT(MoveFileExW);
BOOL WINAPI crt_CreateDirectoryW(const WCHAR *name, void *security) CRT_IMPORT(CreateDirectoryW);
BOOL WINAPI crt_RemoveDirectoryW(const WCHAR *name) CRT_IMPORT(RemoveDirectoryW);
DWORD WINAPI crt_GetFileAttributesW(const WCHAR *name) CRT_IMPORT(GetFileAttributesW);
DWORD WINAPI crt_GetFullPathNameW(const WCHAR *name, DWORD len, WCHAR *buf, WCHAR **part)
    CRT_IMPORT(GetFullPathNameW);
DWORD WINAPI crt_GetTempPathW(DWORD len, WCHAR *buf) CRT_IMPORT(GetTempPathW);
HANDLE WINAPI crt_FindFirstFileW(const WCHAR *pattern, struct crt_find_data *data) CRT_IMPORT(FindFirstFileW);
BOOL WINAPI crt_FindNextFileW(HANDLE find, struct crt_find_data *data) CRT_IMPORT(FindNextFileW);
BOOL WINAPI crt_FindClose(HANDLE find) CRT_IMPORT(FindClose);
BOOL WINAPI crt_SetCurrentDirectoryW(const WCHAR *name) CRT_IMPORT(SetCurrentDirectoryW);
DWORD WINAPI crt_GetCurrentDirectoryW(DWORD len, WCHAR *buf) CRT_IMPORT(GetCurrentDirectoryW);

struct crt_security_attributes {  /* SECURITY_ATTRIBUTES */
    DWORD length;
    void *descriptor;
    BOOL inherit;
};

#define CRT_GENERIC_READ     0x80000000u
#define CRT_GENERIC_WRITE    0x40000000u
#define CRT_FILE_SHARE_READ  0x1
#define CRT_FILE_SHARE_WRITE 0x2
#define CRT_INVALID_FILE_ATTRIBUTES 0xffffffffu
#define CRT_FILE_ATTRIBUTE_READONLY  0x01
#define CRT_FILE_ATTRIBUTE_DIRECTORY 0x10

/* the Windows CRT's errno for a Win32 error code (_dosmaperr); also sets
 * _doserrno (errno.c) */
void crt_set_errno_win32(DWORD error);

/* a CRT string argument as a malloc'ed UTF-16 string in the ANSI code page */
WCHAR *crt_strdup_a2w(const char *str);

/* low-level I/O shared with the stream layer (lowio.c) */
int lowio_alloc(HANDLE handle, int text, int append);
int64_t CDECL MSVCRT__lseeki64(int fd, int64_t offset, int whence);
int CDECL MSVCRT__wsopen_s(int *fd, const WCHAR *name, int oflag, int shflag, int pmode);
int lowio_is_text(int fd);

#endif
