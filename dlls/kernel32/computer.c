/*
 * GetComputerName(Ex): the Unix host name. The NetBIOS name is its first
 * label, upper-cased and cut to MAX_COMPUTERNAME_LENGTH (15) characters as
 * Windows derives it; the DNS forms keep the host name's case. The domain
 * is whatever follows the first dot of gethostname() (usually nothing: no
 * resolver is asked, so start-up never waits on the network).
 */
#include <string.h>
#include <unistd.h>
#include "kernel32_private.h"

#define MAX_COMPUTERNAME_LENGTH 15

enum computer_name_format {
    ComputerNameNetBIOS, ComputerNameDnsHostname, ComputerNameDnsDomain, ComputerNameDnsFullyQualified,
    ComputerNamePhysicalNetBIOS, ComputerNamePhysicalDnsHostname, ComputerNamePhysicalDnsDomain,
    ComputerNamePhysicalDnsFullyQualified, ComputerNameMax
};

/* The name of FORMAT into OUT (NUL-terminated, UTF-16). */
static void computer_name(int format, WCHAR *out, size_t size)
{
    char host[256] = "";
    const char *dot, *start = host;
    size_t len;

    if (gethostname(host, sizeof(host) - 1) || !host[0]) strcpy(host, "localhost");
    host[sizeof(host) - 1] = 0;
    dot = strchr(host, '.');
    switch (format) {
    case ComputerNameNetBIOS:
    case ComputerNamePhysicalNetBIOS:
    case ComputerNameDnsHostname:
    case ComputerNamePhysicalDnsHostname:
        len = dot ? (size_t)(dot - host) : strlen(host);
        break;
    case ComputerNameDnsDomain:
    case ComputerNamePhysicalDnsDomain:
        start = dot ? dot + 1 : "";
        len = strlen(start);
        break;
    default:
        len = strlen(host);
        break;
    }
    if ((format == ComputerNameNetBIOS || format == ComputerNamePhysicalNetBIOS) && len > MAX_COMPUTERNAME_LENGTH)
        len = MAX_COMPUTERNAME_LENGTH;
    if (len >= size) len = size - 1;
    for (size_t i = 0; i < len; i++) {
        WCHAR c = (BYTE)start[i];   /* host names are ASCII (RFC 1123) */
        out[i] = format == ComputerNameNetBIOS || format == ComputerNamePhysicalNetBIOS ? wch_upper(c) : c;
    }
    out[len] = 0;
}

/* These errors are Win32's own (no NTSTATUS behind them), hence SetLastError. */
WINBASEAPI BOOL WINAPI GetComputerNameExW(int format, LPWSTR buffer, LPDWORD size)
{
    WCHAR name[256];
    DWORD len;

    if (format < 0 || format >= ComputerNameMax || !size) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    computer_name(format, name, 256);
    len = (DWORD)wcs_len(name);
    if (!buffer || *size <= len) {
        *size = len + 1;
        SetLastError(ERROR_MORE_DATA);
        return FALSE;
    }
    memcpy(buffer, name, (len + 1) * sizeof(WCHAR));
    *size = len;
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetComputerNameExA(int format, LPSTR buffer, LPDWORD size)
{
    WCHAR name[256];
    DWORD len;

    if (format < 0 || format >= ComputerNameMax || !size) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    computer_name(format, name, 256);
    len = (DWORD)wcs_len(name);      /* ASCII: one byte per character */
    if (!buffer || *size <= len) {
        *size = len + 1;
        SetLastError(ERROR_MORE_DATA);
        return FALSE;
    }
    WideCharToMultiByte(CP_ACP, 0, name, -1, buffer, (int)len + 1, NULL, NULL);
    *size = len;
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetComputerNameW(LPWSTR buffer, LPDWORD size)
{
    WCHAR name[MAX_COMPUTERNAME_LENGTH + 1];
    DWORD len;

    computer_name(ComputerNameNetBIOS, name, MAX_COMPUTERNAME_LENGTH + 1);
    len = (DWORD)wcs_len(name);
    if (*size <= len) {
        *size = len + 1;
        SetLastError(ERROR_BUFFER_OVERFLOW);
        return FALSE;
    }
    memcpy(buffer, name, (len + 1) * sizeof(WCHAR));
    *size = len;
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetComputerNameA(LPSTR buffer, LPDWORD size)
{
    WCHAR name[MAX_COMPUTERNAME_LENGTH + 1];
    DWORD len = MAX_COMPUTERNAME_LENGTH + 1;

    GetComputerNameW(name, &len);      /* always fits */
    if (*size <= len) {
        *size = len + 1;
        SetLastError(ERROR_BUFFER_OVERFLOW);
        return FALSE;
    }
    WideCharToMultiByte(CP_ACP, 0, name, -1, buffer, (int)len + 1, NULL, NULL);
    *size = len;
    return TRUE;
}
