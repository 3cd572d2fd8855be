/*
 * SIDs: who the user is, and the SID API. A Unix uid becomes
 * S-1-5-21-D1-D2-D3-(1000 + uid), the shape of a local Windows account
 * (first RID 1000); the domain part comes from /etc/machine-id so it is
 * stable on a machine and differs between machines, as on Windows.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "advapi32_private.h"

#define SECURITY_NT_AUTHORITY 5
#define SECURITY_NT_NON_UNIQUE 21

static DWORD domain[3];
static pthread_once_t domain_once = PTHREAD_ONCE_INIT;

/* ntdll names the user's registry key with the same SID */
static void read_domain(void)
{
    machine_sid_domain(domain);
}

void sid_make(struct sid_buffer *out, BYTE authority, int count, ...)
{
    va_list ap;
    memset(out, 0, sizeof(*out));
    out->Revision = SID_REVISION;
    out->SubAuthorityCount = (BYTE)count;
    out->IdentifierAuthority.Value[5] = authority;
    va_start(ap, count);
    for (int i = 0; i < count; i++) out->SubAuthority[i] = va_arg(ap, DWORD);
    va_end(ap);
}

void sid_domain_rid(struct sid_buffer *out, DWORD rid)
{
    pthread_once(&domain_once, read_domain);
    sid_make(out, SECURITY_NT_AUTHORITY, 5, SECURITY_NT_NON_UNIQUE, domain[0], domain[1], domain[2], rid);
}

void sid_for_uid(struct sid_buffer *out, unsigned int uid)
{
    sid_domain_rid(out, 1000 + uid);
}

void sid_current_user(struct sid_buffer *out)
{
    sid_for_uid(out, getuid());
}

DWORD sid_length(const void *sid)
{
    const SID *s = sid;
    if (!s || s->Revision != SID_REVISION || s->SubAuthorityCount > SID_MAX_SUB_AUTHORITIES) return 0;
    return 8 + 4 * s->SubAuthorityCount;
}

BOOL sid_equal(const void *a, const void *b)
{
    DWORD len = sid_length(a);
    return len && len == sid_length(b) && !memcmp(a, b, len);
}

WINBASEAPI BOOL WINAPI IsValidSid(PSID sid)
{
    return sid_length(sid) != 0;
}

WINBASEAPI DWORD WINAPI GetLengthSid(PSID sid)
{
    return 8 + 4 * ((SID *)sid)->SubAuthorityCount;
}

WINBASEAPI DWORD WINAPI GetSidLengthRequired(BYTE count)
{
    return 8 + 4 * count;
}

WINBASEAPI BOOL WINAPI EqualSid(PSID a, PSID b)
{
    SetLastError(ERROR_SUCCESS);   /* Windows clears it, so callers can tell "different" from "invalid" */
    if (!IsValidSid(a) || !IsValidSid(b)) return FALSE;
    return sid_equal(a, b);
}

WINBASEAPI BOOL WINAPI EqualPrefixSid(PSID a, PSID b)
{
    const SID *x = a, *y = b;
    if (!IsValidSid(a) || !IsValidSid(b) || x->SubAuthorityCount != y->SubAuthorityCount) return FALSE;
    if (!x->SubAuthorityCount) return !memcmp(x, y, 8);
    return !memcmp(x, y, 8 + 4 * (x->SubAuthorityCount - 1));
}

WINBASEAPI BOOL WINAPI InitializeSid(PSID sid, PSID_IDENTIFIER_AUTHORITY authority, BYTE count)
{
    SID *s = sid;
    if (count > SID_MAX_SUB_AUTHORITIES) return FALSE;
    s->Revision = SID_REVISION;
    s->SubAuthorityCount = count;
    s->IdentifierAuthority = *authority;
    memset(s->SubAuthority, 0, 4 * count);
    return TRUE;
}

WINBASEAPI BOOL WINAPI AllocateAndInitializeSid(PSID_IDENTIFIER_AUTHORITY authority, BYTE count,
                                                DWORD s0, DWORD s1, DWORD s2, DWORD s3,
                                                DWORD s4, DWORD s5, DWORD s6, DWORD s7, PSID *result)
{
    DWORD sub[8] = { s0, s1, s2, s3, s4, s5, s6, s7 };
    SID *sid;

    if (count > 8) return set_status_error(STATUS_INVALID_SID);
    if (!(sid = HeapAlloc(GetProcessHeap(), 0, 8 + 4 * count)))
        return set_status_error(STATUS_NO_MEMORY);
    sid->Revision = SID_REVISION;
    sid->SubAuthorityCount = count;
    sid->IdentifierAuthority = *authority;
    memcpy(sid->SubAuthority, sub, 4 * count);
    *result = sid;
    return TRUE;
}

WINBASEAPI PVOID WINAPI FreeSid(PSID sid)
{
    HeapFree(GetProcessHeap(), 0, sid);
    return NULL;
}

WINBASEAPI BOOL WINAPI CopySid(DWORD length, PSID dest, PSID src)
{
    DWORD len = sid_length(src);
    if (!len) return FALSE;
    if (length < len) return set_status_error(STATUS_BUFFER_TOO_SMALL);
    memmove(dest, src, len);
    return TRUE;
}

WINBASEAPI PDWORD WINAPI GetSidSubAuthority(PSID sid, DWORD index)
{
    SetLastError(ERROR_SUCCESS);
    return &((SID *)sid)->SubAuthority[index];
}

WINBASEAPI PUCHAR WINAPI GetSidSubAuthorityCount(PSID sid)
{
    SetLastError(ERROR_SUCCESS);
    return &((SID *)sid)->SubAuthorityCount;
}

WINBASEAPI PSID_IDENTIFIER_AUTHORITY WINAPI GetSidIdentifierAuthority(PSID sid)
{
    SetLastError(ERROR_SUCCESS);
    return &((SID *)sid)->IdentifierAuthority;
}

/* "S-1-5-21-...": the authority in decimal when it fits 32 bits, else hex */
static int format_sid(const SID *sid, char *out, size_t size)
{
    const BYTE *a = sid->IdentifierAuthority.Value;
    int n;
    if (!a[0] && !a[1])
        n = snprintf(out, size, "S-%u-%u", sid->Revision,
                     (unsigned)a[2] << 24 | (unsigned)a[3] << 16 | (unsigned)a[4] << 8 | a[5]);
    else
        n = snprintf(out, size, "S-%u-0x%02X%02X%02X%02X%02X%02X", sid->Revision, a[0], a[1], a[2], a[3], a[4], a[5]);
    for (int i = 0; i < sid->SubAuthorityCount; i++)
        n += snprintf(out + n, size - n, "-%u", sid->SubAuthority[i]);
    return n;
}

WINBASEAPI BOOL WINAPI ConvertSidToStringSidA(PSID sid, LPSTR *result)
{
    char text[16 + 11 * SID_MAX_SUB_AUTHORITIES + 8];
    int n;

    if (!result) return set_status_error(STATUS_INVALID_PARAMETER);
    if (!IsValidSid(sid)) return set_status_error(STATUS_INVALID_SID);
    n = format_sid(sid, text, sizeof(text));
    if (!(*result = LocalAlloc(0, n + 1))) return set_status_error(STATUS_NO_MEMORY);
    memcpy(*result, text, n + 1);
    return TRUE;
}

WINBASEAPI BOOL WINAPI ConvertSidToStringSidW(PSID sid, LPWSTR *result)
{
    char text[16 + 11 * SID_MAX_SUB_AUTHORITIES + 8];
    WCHAR *w;
    int n;

    if (!result) return set_status_error(STATUS_INVALID_PARAMETER);
    if (!IsValidSid(sid)) return set_status_error(STATUS_INVALID_SID);
    n = format_sid(sid, text, sizeof(text));
    if (!(w = LocalAlloc(0, (n + 1) * sizeof(WCHAR)))) return set_status_error(STATUS_NO_MEMORY);
    for (int i = 0; i <= n; i++) w[i] = (BYTE)text[i];
    *result = w;
    return TRUE;
}
