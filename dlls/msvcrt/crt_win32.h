/*
 * What the CRT's file functions share over the kernel32 file API
 * (declared in include/winbase.h): Win32 errors as errno, names, and the
 * low-level I/O table the streams use.
 */
#ifndef WINRUN_CRT_WIN32_H
#define WINRUN_CRT_WIN32_H

#include "crt_private.h"

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
