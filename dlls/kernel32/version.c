/*
 * GetVersion(Ex): Windows 10 tells a program its real version only if the
 * program's manifest declares it supports Windows 10 (a supportedOS GUID);
 * others are told 6.2 (Windows 8) or, declaring 8.1, 6.3. RtlGetVersion
 * and the PEB keep the real version, as on Windows.
 */
#include <stddef.h>
#include <string.h>
#include "kernel32_private.h"

NTSYSAPI NTSTATUS WINAPI RtlGetVersion(RTL_OSVERSIONINFOEXW *);

#define RT_MANIFEST 24
#define PROCESS_MANIFEST_ID 1

struct os_version { DWORD major, minor, build; };

static int contains_nocase(const char *text, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++) {
        size_t j = 0;
        while (j < n && (text[i + j] | 0x20) == (needle[j] | 0x20)) j++;
        if (j == n) return 1;
    }
    return 0;
}

/* The version the exe's manifest lets it see; looked up once. */
static struct os_version manifest_version(void)
{
    static const struct os_version win8 = { 6, 2, 9200 }, win81 = { 6, 3, 9600 };
    static int cached;          /* 0 unknown, 1 win8, 2 win8.1, 3 real */
    HMODULE exe = NtCurrentTeb()->Peb->ImageBaseAddress;
    int level = __atomic_load_n(&cached, __ATOMIC_RELAXED);
    RTL_OSVERSIONINFOEXW real;
    struct os_version v;

    if (!level) {
        DWORD err = GetLastError();   /* a failed lookup must not leak into the caller's error */
        HRSRC res = FindResourceW(exe, MAKEINTRESOURCEW(PROCESS_MANIFEST_ID), MAKEINTRESOURCEW(RT_MANIFEST));
        const char *text = res ? LockResource(LoadResource(exe, res)) : NULL;
        size_t len = text ? SizeofResource(exe, res) : 0;

        level = 1;
        if (text && contains_nocase(text, len, "8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a")) level = 3;
        else if (text && contains_nocase(text, len, "1f676c76-80e1-4239-95bb-83d0f6d0da78")) level = 2;
        __atomic_store_n(&cached, level, __ATOMIC_RELAXED);
        SetLastError(err);
    }
    real.dwOSVersionInfoSize = sizeof(real);
    RtlGetVersion(&real);
    v.major = real.dwMajorVersion;
    v.minor = real.dwMinorVersion;
    v.build = real.dwBuildNumber;
    /* the manifest rule exists from Windows 8.1 on; an older configured
     * system (winrun.conf) tells every program the truth */
    if (v.major < 6 || (v.major == 6 && v.minor < 3)) return v;
    if (level == 1) return win8;
    if (level == 2 && v.major >= 10) return win81;
    return v;
}

WINBASEAPI DWORD WINAPI GetVersion(void)
{
    struct os_version v = manifest_version();
    return (v.build << 16) | (v.minor << 8) | v.major;
}

WINBASEAPI BOOL WINAPI GetVersionExW(OSVERSIONINFOEXW *info)
{
    struct os_version v;

    if (info->dwOSVersionInfoSize != sizeof(OSVERSIONINFOW) && info->dwOSVersionInfoSize != sizeof(OSVERSIONINFOEXW)) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    RtlGetVersion((RTL_OSVERSIONINFOEXW *)info);
    v = manifest_version();
    info->dwMajorVersion = v.major;
    info->dwMinorVersion = v.minor;
    info->dwBuildNumber = v.build;
    return TRUE;
}

typedef struct {
    DWORD dwOSVersionInfoSize, dwMajorVersion, dwMinorVersion, dwBuildNumber, dwPlatformId;
    CHAR szCSDVersion[128];
    WORD wServicePackMajor, wServicePackMinor, wSuiteMask;
    BYTE wProductType, wReserved;
} OSVERSIONINFOEXA;

WINBASEAPI BOOL WINAPI GetVersionExA(OSVERSIONINFOEXA *info)
{
    OSVERSIONINFOEXW w;
    if (info->dwOSVersionInfoSize != offsetof(OSVERSIONINFOEXA, wServicePackMajor) &&
        info->dwOSVersionInfoSize != sizeof(OSVERSIONINFOEXA)) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    w.dwOSVersionInfoSize = sizeof(w);
    GetVersionExW(&w);
    info->dwMajorVersion = w.dwMajorVersion;
    info->dwMinorVersion = w.dwMinorVersion;
    info->dwBuildNumber = w.dwBuildNumber;
    info->dwPlatformId = w.dwPlatformId;
    info->szCSDVersion[0] = 0;
    if (info->dwOSVersionInfoSize == sizeof(OSVERSIONINFOEXA)) {
        info->wServicePackMajor = w.wServicePackMajor;
        info->wServicePackMinor = w.wServicePackMinor;
        info->wSuiteMask = w.wSuiteMask;
        info->wProductType = w.wProductType;
        info->wReserved = 0;
    }
    return TRUE;
}
