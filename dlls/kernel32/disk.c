/*
 * Drives and volumes: free space (statvfs of the directory named),
 * GetDriveType, the logical drive list (the prefix's dosdevices entries)
 * and GetVolumeInformation. Every drive is a fixed NTFS-like disk: the
 * name "NTFS" is what programs test for before using its features, and
 * winrun gives those features (long names, Unicode, hard links).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include "file_private.h"

#define DRIVE_NO_ROOT_DIR 1
#define DRIVE_FIXED       3

#define FILE_CASE_PRESERVED_NAMES 0x00000002
#define FILE_UNICODE_ON_DISK      0x00000004
#define FILE_SUPPORTS_HARD_LINKS  0x00400000

static BOOL drive_exists(WCHAR letter)
{
    WCHAR root[4] = { letter, ':', '\\', 0 };
    char *unix_path;
    NTSTATUS status = path_dos_to_unix(root, &unix_path);
    free(unix_path);
    return status == STATUS_SUCCESS;
}

/* The current directory's drive root, for NULL arguments */
static void current_root(WCHAR root[4])
{
    WCHAR cwd[MAX_PATH + 1];
    DWORD n = GetCurrentDirectoryW(MAX_PATH + 1, cwd);
    root[0] = n >= 2 && n <= MAX_PATH && cwd[1] == ':' ? cwd[0] : 'C';
    root[1] = ':';
    root[2] = '\\';
    root[3] = 0;
}

static BOOL stat_volume(LPCWSTR dir, struct statvfs *vfs)
{
    WCHAR root[4];
    char *unix_path;
    NTSTATUS status;

    if (!dir) {
        current_root(root);
        dir = root;
    }
    status = file_unix_name(dir, &unix_path);
    if (status == STATUS_OBJECT_NAME_NOT_FOUND) status = STATUS_OBJECT_PATH_NOT_FOUND;
    if (!status && statvfs(unix_path, vfs)) status = errno_to_status(errno);
    free(unix_path);
    return set_status_error(status);
}

WINBASEAPI BOOL WINAPI GetDiskFreeSpaceExW(LPCWSTR dir, PULARGE_INTEGER avail, PULARGE_INTEGER total,
                                           PULARGE_INTEGER total_free)
{
    struct statvfs vfs;
    if (!stat_volume(dir, &vfs)) return FALSE;
    if (avail) avail->QuadPart = (ULONGLONG)vfs.f_bavail * vfs.f_frsize;
    if (total) total->QuadPart = (ULONGLONG)vfs.f_blocks * vfs.f_frsize;
    if (total_free) total_free->QuadPart = (ULONGLONG)vfs.f_bfree * vfs.f_frsize;
    return TRUE;
}

/* 512-byte sectors in clusters of the file system's block size; counts
 * that do not fit 32 bits are capped, as Windows does for big volumes. */
WINBASEAPI BOOL WINAPI GetDiskFreeSpaceW(LPCWSTR root, LPDWORD sectors_per_cluster, LPDWORD bytes_per_sector,
                                         LPDWORD free_clusters, LPDWORD total_clusters)
{
    struct statvfs vfs;
    ULONGLONG cluster, f, t;

    if (!stat_volume(root, &vfs)) return FALSE;
    cluster = vfs.f_frsize >= 512 ? vfs.f_frsize : 512;
    f = (ULONGLONG)vfs.f_bavail * vfs.f_frsize / cluster;
    t = (ULONGLONG)vfs.f_blocks * vfs.f_frsize / cluster;
    if (sectors_per_cluster) *sectors_per_cluster = (DWORD)(cluster / 512);
    if (bytes_per_sector) *bytes_per_sector = 512;
    if (free_clusters) *free_clusters = f > 0xffffffff ? 0xffffffff : (DWORD)f;
    if (total_clusters) *total_clusters = t > 0xffffffff ? 0xffffffff : (DWORD)t;
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetDiskFreeSpaceExA(LPCSTR dir, PULARGE_INTEGER avail, PULARGE_INTEGER total,
                                           PULARGE_INTEGER total_free)
{
    WCHAR *w = file_name_a_to_w(dir);
    BOOL r = (!dir || w) && GetDiskFreeSpaceExW(w, avail, total, total_free);
    heap_free(w);
    return r;
}

WINBASEAPI BOOL WINAPI GetDiskFreeSpaceA(LPCSTR root, LPDWORD spc, LPDWORD bps, LPDWORD free_clusters,
                                         LPDWORD total_clusters)
{
    WCHAR *w = file_name_a_to_w(root);
    BOOL r = (!root || w) && GetDiskFreeSpaceW(w, spc, bps, free_clusters, total_clusters);
    heap_free(w);
    return r;
}

static int drive_letter(LPCWSTR root)
{
    WCHAR r[4];
    if (!root) {
        current_root(r);
        root = r;
    }
    if (!((root[0] | 0x20) >= 'a' && (root[0] | 0x20) <= 'z') || root[1] != ':') return 0;
    if (root[2] && !((root[2] == '\\' || root[2] == '/') && !root[3])) return 0;
    return root[0] & ~0x20;
}

WINBASEAPI UINT WINAPI GetDriveTypeW(LPCWSTR root)
{
    int letter = drive_letter(root);
    return letter && drive_exists((WCHAR)letter) ? DRIVE_FIXED : DRIVE_NO_ROOT_DIR;
}

WINBASEAPI UINT WINAPI GetDriveTypeA(LPCSTR root)
{
    WCHAR *w = file_name_a_to_w(root);
    UINT r = (!root || w) ? GetDriveTypeW(w) : DRIVE_NO_ROOT_DIR;
    heap_free(w);
    return r;
}

WINBASEAPI DWORD WINAPI GetLogicalDrives(void)
{
    DWORD mask = 0;
    for (int i = 0; i < 26; i++)
        if (drive_exists((WCHAR)('A' + i))) mask |= 1u << i;
    return mask;
}

/* "C:\<NUL>Z:\<NUL><NUL>": the length without the last NUL, or the size
 * needed when it does not fit. */
WINBASEAPI DWORD WINAPI GetLogicalDriveStringsW(DWORD size, LPWSTR buffer)
{
    DWORD mask = GetLogicalDrives(), n = 0, need;
    for (int i = 0; i < 26; i++) if (mask & (1u << i)) n++;
    need = n * 4;
    if (need + 1 > size) return need + 1;
    for (int i = 0; i < 26; i++) {
        if (!(mask & (1u << i))) continue;
        *buffer++ = (WCHAR)('A' + i);
        *buffer++ = ':';
        *buffer++ = '\\';
        *buffer++ = 0;
    }
    *buffer = 0;
    return need;
}

/* The drive strings are ASCII: the W list, narrowed. */
WINBASEAPI DWORD WINAPI GetLogicalDriveStringsA(DWORD size, LPSTR buffer)
{
    WCHAR wide[26 * 4 + 1];
    DWORD need = GetLogicalDriveStringsW(26 * 4 + 1, wide);

    if (need + 1 > size) return need + 1;
    for (DWORD i = 0; i <= need; i++) buffer[i] = (char)wide[i];
    return need;
}

static BOOL copy_string(const WCHAR *src, WCHAR *dst, DWORD size)
{
    size_t n = wcs_len(src);
    if (!dst) return TRUE;
    if (n >= size) {
        SetLastError(24 /* ERROR_BAD_LENGTH */);
        return FALSE;
    }
    memcpy(dst, src, (n + 1) * sizeof(WCHAR));
    return TRUE;
}

/* ROOT as the volume calls take it ("C:\\", NULL for the current drive's,
 * kept in R), or NULL with the error set */
static LPCWSTR volume_root(LPCWSTR root, WCHAR r[4])
{
    size_t n;

    if (!root) {
        current_root(r);
        root = r;
    }
    n = wcs_len(root);
    if (!n || (root[n - 1] != '\\' && root[n - 1] != '/')) {
        SetLastError(ERROR_INVALID_NAME);
        return NULL;
    }
    if (!drive_letter(root)) {
        SetLastError(ERROR_DIR_NOT_ROOT);
        return NULL;
    }
    return root;
}

WINBASEAPI BOOL WINAPI GetVolumeInformationW(LPCWSTR root, LPWSTR label, DWORD label_size, LPDWORD serial,
                                             LPDWORD max_component, LPDWORD fs_flags, LPWSTR fs_name,
                                             DWORD fs_name_size)
{
    WCHAR r[4];
    char *unix_path;
    struct stat st;
    NTSTATUS status;

    if (!(root = volume_root(root, r))) return FALSE;
    status = file_unix_name(root, &unix_path);
    if (!status && stat(unix_path, &st)) status = errno_to_status(errno);
    free(unix_path);
    if (status) {
        SetLastError(ERROR_PATH_NOT_FOUND);
        return FALSE;
    }
    if (!copy_string(u"", label, label_size)) return FALSE;
    if (!copy_string(u"NTFS", fs_name, fs_name_size)) return FALSE;
    if (serial) *serial = volume_serial(st.st_dev);
    if (max_component) *max_component = 255;
    if (fs_flags) *fs_flags = FILE_CASE_PRESERVED_NAMES | FILE_UNICODE_ON_DISK | FILE_SUPPORTS_HARD_LINKS;
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetVolumeInformationA(LPCSTR root, LPSTR label, DWORD label_size, LPDWORD serial,
                                             LPDWORD max_component, LPDWORD fs_flags, LPSTR fs_name,
                                             DWORD fs_name_size)
{
    WCHAR *w = file_name_a_to_w(root), wlabel[MAX_PATH + 1], wfs[MAX_PATH + 1];
    BOOL r = FALSE;

    if (root && !w) SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    else if (GetVolumeInformationW(w, wlabel, MAX_PATH + 1, serial, max_component, fs_flags, wfs, MAX_PATH + 1)) {
        r = TRUE;
        if (label && file_name_w_to_a(wlabel, label, label_size) >= label_size) r = FALSE;
        if (fs_name && file_name_w_to_a(wfs, fs_name, fs_name_size) >= fs_name_size) r = FALSE;
        if (!r) SetLastError(24 /* ERROR_BAD_LENGTH */);
    }
    heap_free(w);
    return r;
}

/* Volume labels are not kept (GetVolumeInformation shows none): an existing
 * drive answers as Windows does to a program without the right to relabel. */
WINBASEAPI BOOL WINAPI SetVolumeLabelW(LPCWSTR root, LPCWSTR label)
{
    WCHAR r[4];

    (void)label;
    if (!(root = volume_root(root, r))) return FALSE;
    if (!drive_exists(root[0])) {
        SetLastError(ERROR_PATH_NOT_FOUND);
        return FALSE;
    }
    SetLastError(ERROR_ACCESS_DENIED);
    return FALSE;
}

WINBASEAPI BOOL WINAPI SetVolumeLabelA(LPCSTR root, LPCSTR label)
{
    WCHAR *w = file_name_a_to_w(root);
    BOOL r;

    (void)label;
    if (root && !w) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    r = SetVolumeLabelW(w, NULL);
    heap_free(w);
    return r;
}
