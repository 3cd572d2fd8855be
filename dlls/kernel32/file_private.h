/*
 * kernel32's file API internals: the Win32 file types and constants, and
 * the helpers shared by file.c, file_info.c, file_ops.c, find.c, path.c,
 * disk.c and filetime.c.
 */
#ifndef WINRUN_KERNEL32_FILE_PRIVATE_H
#define WINRUN_KERNEL32_FILE_PRIVATE_H

#include <sys/stat.h>
#include "kernel32_private.h"

#define CREATE_NEW        1
#define CREATE_ALWAYS     2
#define OPEN_EXISTING     3
#define OPEN_ALWAYS       4
#define TRUNCATE_EXISTING 5

#define FILE_FLAG_WRITE_THROUGH      0x80000000
#define FILE_FLAG_OVERLAPPED         0x40000000
#define FILE_FLAG_NO_BUFFERING       0x20000000
#define FILE_FLAG_DELETE_ON_CLOSE    0x04000000
#define FILE_FLAG_BACKUP_SEMANTICS   0x02000000
#define FILE_FLAG_OPEN_REPARSE_POINT 0x00200000

#define INVALID_FILE_SIZE        0xffffffff
#define INVALID_SET_FILE_POINTER 0xffffffff
#define INVALID_FILE_ATTRIBUTES  0xffffffff
#define FILE_BEGIN   0
#define FILE_CURRENT 1
#define FILE_END     2

typedef struct _OVERLAPPED {
    ULONG_PTR Internal, InternalHigh;
    union { struct { DWORD Offset, OffsetHigh; }; PVOID Pointer; };
    HANDLE hEvent;
} OVERLAPPED, *LPOVERLAPPED;

typedef struct {
    DWORD dwFileAttributes;
    FILETIME ftCreationTime, ftLastAccessTime, ftLastWriteTime;
    DWORD dwVolumeSerialNumber, nFileSizeHigh, nFileSizeLow, nNumberOfLinks, nFileIndexHigh, nFileIndexLow;
} BY_HANDLE_FILE_INFORMATION, *LPBY_HANDLE_FILE_INFORMATION;

typedef struct {
    DWORD dwFileAttributes;
    FILETIME ftCreationTime, ftLastAccessTime, ftLastWriteTime;
    DWORD nFileSizeHigh, nFileSizeLow;
} WIN32_FILE_ATTRIBUTE_DATA;

typedef struct {
    DWORD dwFileAttributes;
    FILETIME ftCreationTime, ftLastAccessTime, ftLastWriteTime;
    DWORD nFileSizeHigh, nFileSizeLow, dwReserved0, dwReserved1;
    WCHAR cFileName[MAX_PATH];
    WCHAR cAlternateFileName[14];
} WIN32_FIND_DATAW, *LPWIN32_FIND_DATAW;

typedef struct {
    DWORD dwFileAttributes;
    FILETIME ftCreationTime, ftLastAccessTime, ftLastWriteTime;
    DWORD nFileSizeHigh, nFileSizeLow, dwReserved0, dwReserved1;
    CHAR cFileName[MAX_PATH];
    CHAR cAlternateFileName[14];
} WIN32_FIND_DATAA, *LPWIN32_FIND_DATAA;

WINBASEAPI HANDLE WINAPI CreateFileW(LPCWSTR, DWORD, DWORD, void *, DWORD, DWORD, HANDLE);
WINBASEAPI BOOL WINAPI SetEvent(HANDLE);
WINBASEAPI DWORD WINAPI WaitForSingleObject(HANDLE, DWORD);
WINBASEAPI DWORD WINAPI GetCurrentDirectoryW(DWORD, LPWSTR);

/* path.c: names of the A functions go through the ANSI or OEM code page
 * (SetFileApisToOEM). heap_free the result; NULL in gives NULL out. */
WCHAR *file_name_a_to_w(const char *name);
/* W result -> A buffer, with copy_w_to_a's return convention. */
DWORD file_name_w_to_a(const WCHAR *src, char *dst, DWORD len);
/* As path_dos_to_unix, for Win32 callers: a NULL name is invalid. */
NTSTATUS file_unix_name(const WCHAR *name, char **unix_path);

/* file_info.c: what Windows reports for a file from its stat */
DWORD file_attributes(const char *unix_path, const struct stat *st);
void file_times(int fd, const char *unix_path, const struct stat *st, FILETIME *creation,
                FILETIME *access, FILETIME *write);
DWORD volume_serial(dev_t dev);

/* filetime.c */
void timespec_to_filetime(const struct timespec *ts, FILETIME *ft);
void filetime_to_timespec(const FILETIME *ft, struct timespec *ts);

#endif
