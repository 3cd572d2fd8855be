/*
 * The 16-bit era file functions Win32 kept: OpenFile and its OFSTRUCT,
 * _lopen, _lcreat, _lread, _lwrite, _llseek, _lclose, _hread, _hwrite
 * (thin layers over the handle functions: an HFILE is the handle's value,
 * HFILE_ERROR is -1), and WinExec (CreateProcess of a command line).
 */
#include <string.h>
#include "file_private.h"

typedef int HFILE;
#define HFILE_ERROR ((HFILE)-1)
#define OFS_MAXPATHNAME 128

typedef struct {
    BYTE cBytes, fFixedDisk;
    WORD nErrCode, Reserved1, Reserved2;
    CHAR szPathName[OFS_MAXPATHNAME];
} OFSTRUCT;

#define OF_READWRITE        0x0002
#define OF_WRITE            0x0001
#define OF_SHARE_EXCLUSIVE  0x0010
#define OF_SHARE_DENY_WRITE 0x0020
#define OF_SHARE_DENY_READ  0x0030
#define OF_PARSE            0x0100
#define OF_DELETE           0x0200
#define OF_VERIFY           0x0400
#define OF_CREATE           0x1000
#define OF_EXIST            0x4000
#define OF_REOPEN           0x8000
#define DRIVE_REMOVABLE     2

WINBASEAPI HANDLE WINAPI CreateFileA(LPCSTR, DWORD, DWORD, LPSECURITY_ATTRIBUTES, DWORD, DWORD, HANDLE);
WINBASEAPI DWORD WINAPI SetFilePointer(HANDLE, LONG, LONG *, DWORD);
WINBASEAPI BOOL WINAPI SetEndOfFile(HANDLE);
WINBASEAPI BOOL WINAPI DeleteFileA(LPCSTR);
WINBASEAPI UINT WINAPI GetDriveTypeA(LPCSTR);
WINBASEAPI BOOL WINAPI GetFileTime(HANDLE, FILETIME *, FILETIME *, FILETIME *);
WINBASEAPI BOOL WINAPI FileTimeToDosDateTime(const FILETIME *, WORD *, WORD *);
WINBASEAPI DWORD WINAPI GetFullPathNameA(LPCSTR, DWORD, LPSTR, LPSTR *);
WINBASEAPI DWORD WINAPI SearchPathA(LPCSTR, LPCSTR, LPCSTR, DWORD, LPSTR, LPSTR *);
WINBASEAPI BOOL WINAPI CreateProcessA(LPCSTR, LPSTR, LPSECURITY_ATTRIBUTES, LPSECURITY_ATTRIBUTES, BOOL,
                                      DWORD, LPVOID, LPCSTR, LPSTARTUPINFOA, LPPROCESS_INFORMATION);

static HFILE to_hfile(HANDLE h)
{
    return (HFILE)(LONG_PTR)h;     /* INVALID_HANDLE_VALUE becomes HFILE_ERROR */
}

static HANDLE from_hfile(HFILE f)
{
    return (HANDLE)(LONG_PTR)f;
}

/* the access and sharing an OF_* mode asks for */
static void of_mode(UINT mode, DWORD *access, DWORD *sharing)
{
    switch (mode & 3) {
    case OF_WRITE: *access = GENERIC_WRITE; break;
    case OF_READWRITE: *access = GENERIC_READ | GENERIC_WRITE; break;
    default: *access = GENERIC_READ; break;
    }
    switch (mode & 0x70) {
    case OF_SHARE_EXCLUSIVE: *sharing = 0; break;
    case OF_SHARE_DENY_WRITE: *sharing = FILE_SHARE_READ; break;
    case OF_SHARE_DENY_READ: *sharing = FILE_SHARE_WRITE; break;
    default: *sharing = FILE_SHARE_READ | FILE_SHARE_WRITE; break;   /* compat, deny none */
    }
}

WINBASEAPI HFILE WINAPI _lopen(LPCSTR path, INT mode)
{
    DWORD access, sharing;
    of_mode(mode, &access, &sharing);
    return to_hfile(CreateFileA(path, access, sharing, NULL, OPEN_EXISTING, 0, NULL));
}

/* ATTR: 0 normal, 1 read-only, 2 hidden, 4 system */
WINBASEAPI HFILE WINAPI _lcreat(LPCSTR path, INT attr)
{
    return to_hfile(CreateFileA(path, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                                CREATE_ALWAYS, attr & 7, NULL));
}

WINBASEAPI LONG WINAPI _hread(HFILE file, LPVOID buffer, LONG count)
{
    DWORD done;
    if (!ReadFile(from_hfile(file), buffer, (DWORD)count, &done, NULL)) return HFILE_ERROR;
    return (LONG)done;
}

WINBASEAPI UINT WINAPI _lread(HFILE file, LPVOID buffer, UINT count)
{
    return (UINT)_hread(file, buffer, (LONG)count);
}

/* a count of 0 truncates the file at the current position */
WINBASEAPI LONG WINAPI _hwrite(HFILE file, LPCSTR buffer, LONG count)
{
    DWORD done;
    if (!count) return SetEndOfFile(from_hfile(file)) ? 0 : HFILE_ERROR;
    if (!WriteFile(from_hfile(file), buffer, (DWORD)count, &done, NULL)) return HFILE_ERROR;
    return (LONG)done;
}

WINBASEAPI UINT WINAPI _lwrite(HFILE file, LPCSTR buffer, UINT count)
{
    return (UINT)_hwrite(file, buffer, (LONG)count);
}

WINBASEAPI LONG WINAPI _llseek(HFILE file, LONG offset, INT origin)
{
    return (LONG)SetFilePointer(from_hfile(file), offset, NULL, (DWORD)origin);
}

WINBASEAPI HFILE WINAPI _lclose(HFILE file)
{
    return CloseHandle(from_hfile(file)) ? 0 : HFILE_ERROR;
}

static HFILE of_error(OFSTRUCT *ofs)
{
    ofs->nErrCode = (WORD)GetLastError();
    return HFILE_ERROR;
}

/* OpenFile: the full name goes to ofs->szPathName; OF_PARSE stops there,
   OF_CREATE creates, anything else looks the name up with SearchPath
   first.  OF_EXIST closes again and returns TRUE, OF_DELETE deletes. */
WINBASEAPI HFILE WINAPI OpenFile(LPCSTR name, OFSTRUCT *ofs, UINT mode)
{
    FILETIME time;
    WORD date_time[2];
    HANDLE handle;
    DWORD len, access, sharing;

    if (!ofs) return HFILE_ERROR;
    ofs->cBytes = sizeof(*ofs);
    ofs->nErrCode = 0;
    if (mode & OF_REOPEN) name = ofs->szPathName;
    if (!name) return HFILE_ERROR;

    len = GetFullPathNameA(name, sizeof(ofs->szPathName), ofs->szPathName, NULL);
    if (!len) return of_error(ofs);
    if (len >= sizeof(ofs->szPathName)) {
        SetLastError(ERROR_INVALID_DATA);
        return of_error(ofs);
    }
    if (mode & OF_PARSE) {
        ofs->fFixedDisk = GetDriveTypeA(ofs->szPathName) != DRIVE_REMOVABLE;
        return 0;
    }
    of_mode(mode, &access, &sharing);
    if (mode & OF_CREATE) {
        handle = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, sharing, NULL, CREATE_ALWAYS, 0, NULL);
        if (handle == INVALID_HANDLE_VALUE) return of_error(ofs);
    } else {
        char found[OFS_MAXPATHNAME];
        len = SearchPathA(NULL, name, NULL, sizeof(found), found, NULL);
        if (!len) return of_error(ofs);
        if (len >= sizeof(found)) {
            SetLastError(ERROR_INVALID_DATA);
            return of_error(ofs);
        }
        strcpy(ofs->szPathName, found);
        if (mode & OF_DELETE) return DeleteFileA(ofs->szPathName) ? TRUE : of_error(ofs);
        handle = CreateFileA(ofs->szPathName, access, sharing, NULL, OPEN_EXISTING, 0, NULL);
        if (handle == INVALID_HANDLE_VALUE) return of_error(ofs);
        GetFileTime(handle, NULL, NULL, &time);
        FileTimeToDosDateTime(&time, &date_time[0], &date_time[1]);
        /* OF_VERIFY: the file must not have changed since the first open */
        if ((mode & OF_VERIFY) && (mode & OF_REOPEN) &&
            (ofs->Reserved1 != date_time[0] || ofs->Reserved2 != date_time[1])) {
            CloseHandle(handle);
            SetLastError(ERROR_FILE_NOT_FOUND);
            return of_error(ofs);
        }
        ofs->Reserved1 = date_time[0];
        ofs->Reserved2 = date_time[1];
    }
    if (mode & OF_EXIST) {
        CloseHandle(handle);
        return TRUE;
    }
    return to_hfile(handle);
}

/* WinExec: > 31 on success (33, as Windows), else the error, which is
   below 32 for the usual ones (2 file not found, 3 path not found, 11 bad
   format); anything larger becomes 11 like Windows' old contract. */
WINBASEAPI UINT WINAPI WinExec(LPCSTR cmdline, UINT show)
{
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    char *copy;
    size_t len;
    UINT ret;

    if (!cmdline) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return ERROR_INVALID_PARAMETER;
    }
    len = strlen(cmdline) + 1;
    if (!(copy = heap_alloc(len))) return 0;   /* out of memory: 0, as Windows */
    memcpy(copy, cmdline, len);
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    si.dwFlags = STARTF_USESHOWWINDOW;
    si.wShowWindow = (WORD)show;
    if (CreateProcessA(NULL, copy, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi)) {
        CloseHandle(pi.hThread);
        CloseHandle(pi.hProcess);
        ret = 33;
    } else if ((ret = GetLastError()) >= 32) {
        ret = ERROR_BAD_FORMAT;
    }
    heap_free(copy);
    return ret;
}
