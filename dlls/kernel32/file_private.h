/*
 * kernel32's file API internals (the public types are in winbase.h): the helpers shared by file.c, file_info.c, file_ops.c, find.c, path.c,
 * disk.c and filetime.c.
 */
#ifndef WINRUN_KERNEL32_FILE_PRIVATE_H
#define WINRUN_KERNEL32_FILE_PRIVATE_H

#include <sys/stat.h>
#include "kernel32_private.h"

WINBASEAPI BOOL WINAPI SetEvent(HANDLE);
WINBASEAPI DWORD WINAPI WaitForSingleObject(HANDLE, DWORD);

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
/* the same from a statx already made (NULL or no STATX_BTIME: no birth time) */
struct statx;
void file_times_statx(const struct statx *stx, const struct stat *st, FILETIME *creation,
                      FILETIME *access, FILETIME *write);
DWORD volume_serial(dev_t dev);

/* filetime.c */
void timespec_to_filetime(const struct timespec *ts, FILETIME *ft);
void filetime_to_timespec(const FILETIME *ft, struct timespec *ts);

#endif
