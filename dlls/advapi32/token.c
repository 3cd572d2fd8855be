/*
 * Access tokens. There is one token per process, as on Windows: that of a
 * standard (non-elevated, medium integrity) user, whose identity comes from
 * the Unix uid (sid.c). Its privileges are the five such a user holds;
 * only SeChangeNotifyPrivilege is enabled to begin with. Handles to it are
 * handle-table objects carrying their own access mask (closed with
 * CloseHandle); the privilege state they share is process-wide. Threads
 * never impersonate, so they have no token.
 */
#include <pthread.h>
#include <stddef.h>
#include <string.h>
#include <unistd.h>
#define DEBUG_CHANNEL CH_SECURITY
#include "winrun/debug.h"
#include "advapi32_private.h"

#define TOKEN_QUERY             0x0008
#define TOKEN_QUERY_SOURCE      0x0010
#define TOKEN_ADJUST_PRIVILEGES 0x0020
#define TOKEN_ALL_ACCESS        0x000f01ff
#define TOKEN_READ              0x00020008
#define TOKEN_WRITE             0x000200e0
#define TOKEN_EXECUTE           0x00020000
#define GENERIC_READ            0x80000000
#define GENERIC_EXECUTE         0x20000000

/* GetCurrentProcessToken() and GetCurrentThreadEffectiveToken() are these
 * pseudo-handles (inline functions in Windows' headers). */
#define CURRENT_PROCESS_TOKEN          ((HANDLE)(LONG_PTR)-4)
#define CURRENT_THREAD_EFFECTIVE_TOKEN ((HANDLE)(LONG_PTR)-6)

enum token_class {
    TokenUser = 1, TokenGroups, TokenPrivileges, TokenOwner, TokenPrimaryGroup, TokenDefaultDacl,
    TokenSource, TokenType, TokenImpersonationLevel, TokenStatistics, TokenRestrictedSids,
    TokenSessionId, TokenElevationType = 18, TokenLinkedToken, TokenElevation,
    TokenHasRestrictions, TokenVirtualizationAllowed = 23, TokenVirtualizationEnabled,
    TokenIntegrityLevel, TokenUIAccess, TokenLogonSid = 28, TokenIsAppContainer,
};
#define TOKEN_PRIMARY 1
#define TOKEN_ELEVATION_TYPE_DEFAULT 1

/* Windows' privilege LUIDs: the index is the LUID's LowPart. */
static const char *const privilege_names[] = {
    [2] = "SeCreateTokenPrivilege", [3] = "SeAssignPrimaryTokenPrivilege",
    [4] = "SeLockMemoryPrivilege", [5] = "SeIncreaseQuotaPrivilege",
    [6] = "SeMachineAccountPrivilege", [7] = "SeTcbPrivilege", [8] = "SeSecurityPrivilege",
    [9] = "SeTakeOwnershipPrivilege", [10] = "SeLoadDriverPrivilege",
    [11] = "SeSystemProfilePrivilege", [12] = "SeSystemtimePrivilege",
    [13] = "SeProfileSingleProcessPrivilege", [14] = "SeIncreaseBasePriorityPrivilege",
    [15] = "SeCreatePagefilePrivilege", [16] = "SeCreatePermanentPrivilege",
    [17] = "SeBackupPrivilege", [18] = "SeRestorePrivilege", [19] = "SeShutdownPrivilege",
    [20] = "SeDebugPrivilege", [21] = "SeAuditPrivilege", [22] = "SeSystemEnvironmentPrivilege",
    [23] = "SeChangeNotifyPrivilege", [24] = "SeRemoteShutdownPrivilege",
    [25] = "SeUndockPrivilege", [26] = "SeSyncAgentPrivilege",
    [27] = "SeEnableDelegationPrivilege", [28] = "SeManageVolumePrivilege",
    [29] = "SeImpersonatePrivilege", [30] = "SeCreateGlobalPrivilege",
    [31] = "SeTrustedCredManAccessPrivilege", [32] = "SeRelabelPrivilege",
    [33] = "SeIncreaseWorkingSetPrivilege", [34] = "SeTimeZonePrivilege",
    [35] = "SeCreateSymbolicLinkPrivilege", [36] = "SeDelegateSessionUserImpersonatePrivilege",
};
#define PRIVILEGE_COUNT (sizeof(privilege_names) / sizeof(privilege_names[0]))
#define BIT(luid) (1ull << (luid))

/* what a standard user's token holds, and what is enabled by default */
static const ULONGLONG privileges_default = BIT(23);

/* the process token's privilege state: removal is permanent, as on Windows */
static pthread_mutex_t privilege_lock = PTHREAD_MUTEX_INITIALIZER;
static ULONGLONG privileges_held = BIT(19) | BIT(23) | BIT(25) | BIT(33) | BIT(34);
static ULONGLONG privileges_enabled = BIT(23);

struct token_handle {
    struct object obj;
    DWORD access;
};

static void token_destroy(struct object *obj)
{
    HeapFree(GetProcessHeap(), 0, obj);
}

static const struct object_ops token_ops = { .destroy = token_destroy };

static DWORD map_token_access(DWORD access)
{
    if (access & (MAXIMUM_ALLOWED | GENERIC_ALL)) access |= TOKEN_ALL_ACCESS;
    if (access & GENERIC_READ) access |= TOKEN_READ;
    if (access & GENERIC_WRITE) access |= TOKEN_WRITE;
    if (access & GENERIC_EXECUTE) access |= TOKEN_EXECUTE;
    return access & TOKEN_ALL_ACCESS;
}

static NTSTATUS token_open(DWORD access, HANDLE *result)
{
    struct token_handle *token;

    if (!result) return STATUS_ACCESS_VIOLATION;
    if (!(token = HeapAlloc(GetProcessHeap(), 0, sizeof(*token)))) return STATUS_NO_MEMORY;
    object_init(&token->obj, OBJECT_TOKEN, &token_ops);
    token->access = map_token_access(access);
    if (!(*result = handle_alloc(&token->obj))) {
        object_release(&token->obj);
        return STATUS_NO_MEMORY;
    }
    return STATUS_SUCCESS;
}

/* Checks that H is a token handle granting NEEDED. */
static NTSTATUS token_check(HANDLE h, DWORD needed)
{
    struct token_handle *token;
    DWORD access;

    if (h == CURRENT_PROCESS_TOKEN || h == CURRENT_THREAD_EFFECTIVE_TOKEN)
        access = TOKEN_QUERY | TOKEN_QUERY_SOURCE;
    else {
        struct object *obj = handle_get(h, 0);
        if (!obj) return STATUS_INVALID_HANDLE;
        if (obj->type != OBJECT_TOKEN) {
            object_release(obj);
            return STATUS_OBJECT_TYPE_MISMATCH;
        }
        token = (struct token_handle *)obj;
        access = token->access;
        object_release(obj);
    }
    return (access & needed) == needed ? STATUS_SUCCESS : STATUS_ACCESS_DENIED;
}

WINBASEAPI BOOL WINAPI OpenProcessToken(HANDLE process, DWORD access, HANDLE *result)
{
    if (process != GetCurrentProcess()) {
        /* every process of ours runs as the same Unix user, so has this token */
        struct object *obj = handle_get(process, OBJECT_PROCESS);
        if (!obj) return set_status_error(STATUS_INVALID_HANDLE);
        object_release(obj);
    }
    return set_status_error(token_open(access, result));
}

WINBASEAPI BOOL WINAPI OpenThreadToken(HANDLE thread, DWORD access, BOOL as_self, HANDLE *result)
{
    (void)access; (void)as_self; (void)result;
    if (thread != GetCurrentThread()) {
        struct object *obj = handle_get(thread, OBJECT_THREAD);
        if (!obj) return set_status_error(STATUS_INVALID_HANDLE);
        object_release(obj);
    }
    return set_status_error(STATUS_NO_TOKEN);   /* nothing impersonates */
}

/* ---- GetTokenInformation ---- */

enum { GROUP_COUNT = 11 };

/* The token's groups, in the order a Windows 10 standard user's has them. */
static void token_groups(struct sid_buffer *sids, DWORD *attrs)
{
    const DWORD on = SE_GROUP_MANDATORY | SE_GROUP_ENABLED_BY_DEFAULT | SE_GROUP_ENABLED;
    int i = 0;
    sid_domain_rid(&sids[i], DOMAIN_RID_NONE), attrs[i++] = on;
    sid_make(&sids[i], 1, 1, 0), attrs[i++] = on;                   /* Everyone */
    sid_make(&sids[i], 5, 1, 113), attrs[i++] = on;                 /* Local account */
    sid_make(&sids[i], 5, 2, 32, 545), attrs[i++] = on;             /* Users */
    sid_make(&sids[i], 5, 1, 4), attrs[i++] = on;                   /* INTERACTIVE */
    sid_make(&sids[i], 2, 1, 1), attrs[i++] = on;                   /* CONSOLE LOGON */
    sid_make(&sids[i], 5, 1, 11), attrs[i++] = on;                  /* Authenticated Users */
    sid_make(&sids[i], 5, 1, 15), attrs[i++] = on;                  /* This Organization */
    sid_make(&sids[i], 5, 3, 5, 0, 0x10000 + getpid() % 0x10000), attrs[i++] = on | SE_GROUP_LOGON_ID;
    sid_make(&sids[i], 2, 1, 0), attrs[i++] = on;                   /* LOCAL */
    sid_make(&sids[i], 16, 1, 0x2000), attrs[i++] = SE_GROUP_INTEGRITY | SE_GROUP_INTEGRITY_ENABLED;
}

BOOL token_has_sid(const void *sid)
{
    struct sid_buffer sids[GROUP_COUNT], user;
    DWORD attrs[GROUP_COUNT];

    sid_current_user(&user);
    if (sid_equal(sid, &user)) return TRUE;
    token_groups(sids, attrs);
    for (int i = 0; i < GROUP_COUNT; i++)
        if ((attrs[i] & SE_GROUP_ENABLED) && sid_equal(sid, &sids[i])) return TRUE;
    return FALSE;
}

/* Writes COUNT SID_AND_ATTRIBUTES at OUT (when it fits in LEN) and the SIDs
 * after them at BASE + *used; returns the bytes needed in total. */
static DWORD put_sids(BYTE *base, DWORD len, DWORD used, SID_AND_ATTRIBUTES *out,
                      const struct sid_buffer *sids, const DWORD *attrs, int count)
{
    DWORD need = used;
    for (int i = 0; i < count; i++) need += sid_length(&sids[i]);
    if (need > len) return need;
    for (int i = 0; i < count; i++) {
        DWORD n = sid_length(&sids[i]);
        memcpy(base + used, &sids[i], n);
        out[i].Sid = base + used;
        out[i].Attributes = attrs[i];
        used += n;
    }
    return need;
}

static NTSTATUS query_token(int info_class, BYTE *buf, DWORD len, DWORD *ret_len)
{
    struct sid_buffer sids[GROUP_COUNT];
    DWORD attrs[GROUP_COUNT] = { 0 }, need, value;

    switch (info_class) {
    case TokenUser:
    case TokenOwner:
    case TokenPrimaryGroup:
    case TokenIntegrityLevel: {
        /* one SID after a structure holding its pointer (and attributes) */
        DWORD head = info_class == TokenUser || info_class == TokenIntegrityLevel
            ? sizeof(SID_AND_ATTRIBUTES) : sizeof(PSID);
        SID_AND_ATTRIBUTES one;
        if (info_class == TokenUser || info_class == TokenOwner) sid_current_user(&sids[0]);
        else if (info_class == TokenPrimaryGroup) sid_domain_rid(&sids[0], DOMAIN_RID_NONE);
        else sid_make(&sids[0], 16, 1, 0x2000), attrs[0] = SE_GROUP_INTEGRITY | SE_GROUP_INTEGRITY_ENABLED;
        need = put_sids(buf, len, head, &one, sids, attrs, 1);
        *ret_len = need;
        if (need > len) return STATUS_BUFFER_TOO_SMALL;
        memcpy(buf, &one, head);
        return STATUS_SUCCESS;
    }
    case TokenGroups: {
        DWORD head = offsetof(TOKEN_GROUPS, Groups) + GROUP_COUNT * sizeof(SID_AND_ATTRIBUTES);
        token_groups(sids, attrs);
        need = put_sids(buf, len, head, len >= head ? ((TOKEN_GROUPS *)buf)->Groups : NULL,
                        sids, attrs, GROUP_COUNT);
        *ret_len = need;
        if (need > len) return STATUS_BUFFER_TOO_SMALL;
        ((TOKEN_GROUPS *)buf)->GroupCount = GROUP_COUNT;
        return STATUS_SUCCESS;
    }
    case TokenPrivileges: {
        TOKEN_PRIVILEGES *tp = (TOKEN_PRIVILEGES *)buf;
        ULONGLONG held, enabled;
        DWORD count = 0;
        pthread_mutex_lock(&privilege_lock);
        held = privileges_held;
        enabled = privileges_enabled;
        pthread_mutex_unlock(&privilege_lock);
        for (unsigned i = 0; i < PRIVILEGE_COUNT; i++) if (held & BIT(i)) count++;
        *ret_len = need = offsetof(TOKEN_PRIVILEGES, Privileges) + count * sizeof(LUID_AND_ATTRIBUTES);
        if (need > len) return STATUS_BUFFER_TOO_SMALL;
        tp->PrivilegeCount = count;
        count = 0;
        for (unsigned i = 0; i < PRIVILEGE_COUNT; i++) {
            if (!(held & BIT(i))) continue;
            tp->Privileges[count].Luid.LowPart = i;
            tp->Privileges[count].Luid.HighPart = 0;
            tp->Privileges[count].Attributes = (enabled & BIT(i) ? SE_PRIVILEGE_ENABLED : 0) |
                                               (privileges_default & BIT(i) ? SE_PRIVILEGE_ENABLED_BY_DEFAULT : 0);
            count++;
        }
        return STATUS_SUCCESS;
    }
    case TokenType:           value = TOKEN_PRIMARY; break;
    case TokenSessionId:      value = 1; break;      /* the interactive session */
    case TokenElevationType:  value = TOKEN_ELEVATION_TYPE_DEFAULT; break;
    case TokenElevation:      value = 0; break;      /* TOKEN_ELEVATION: not elevated */
    case TokenHasRestrictions:
    case TokenVirtualizationAllowed:
    case TokenVirtualizationEnabled:
    case TokenUIAccess:
    case TokenIsAppContainer: value = 0; break;
    default:
        FIXME("information class %d not supported\n", info_class);
        return STATUS_INVALID_INFO_CLASS;
    }
    *ret_len = sizeof(DWORD);
    if (len < sizeof(DWORD)) return STATUS_BUFFER_TOO_SMALL;
    memcpy(buf, &value, sizeof(value));
    return STATUS_SUCCESS;
}

WINBASEAPI BOOL WINAPI GetTokenInformation(HANDLE token, int info_class, LPVOID buffer, DWORD len,
                                           PDWORD ret_len)
{
    NTSTATUS status = token_check(token, TOKEN_QUERY);
    if (status) return set_status_error(status);
    if (!ret_len) return set_status_error(STATUS_ACCESS_VIOLATION);
    if (!buffer) len = 0;
    return set_status_error(query_token(info_class, buffer, len, ret_len));
}

/* A thread without a token checks against the process token, which stands
 * in for the impersonation copy Windows makes of it; a handle given
 * explicitly must be an impersonation token, and ours never are. */
WINBASEAPI BOOL WINAPI CheckTokenMembership(HANDLE token, PSID sid, PBOOL is_member)
{
    if (token) {
        NTSTATUS status = token_check(token, TOKEN_QUERY);
        return set_status_error(status ? status : STATUS_NO_IMPERSONATION_TOKEN);
    }
    if (!is_member) return set_status_error(STATUS_ACCESS_VIOLATION);
    *is_member = IsValidSid(sid) && token_has_sid(sid);
    return TRUE;
}

/* ---- privileges ---- */

WINBASEAPI BOOL WINAPI AdjustTokenPrivileges(HANDLE token, BOOL disable_all, PTOKEN_PRIVILEGES state,
                                             DWORD len, PTOKEN_PRIVILEGES previous, PDWORD ret_len)
{
    ULONGLONG held, enabled, removed = 0, changed;
    NTSTATUS status = token_check(token, TOKEN_ADJUST_PRIVILEGES | (previous ? TOKEN_QUERY : 0));
    BOOL not_all = FALSE;
    DWORD count = 0, need;

    if (status) return set_status_error(status);
    if (!disable_all && !state) return set_status_error(STATUS_INVALID_PARAMETER);

    pthread_mutex_lock(&privilege_lock);
    held = privileges_held;
    enabled = privileges_enabled;
    if (disable_all) enabled = 0;
    else {
        for (DWORD i = 0; i < state->PrivilegeCount; i++) {
            LUID luid = state->Privileges[i].Luid;
            ULONGLONG bit = luid.HighPart || luid.LowPart >= 64 ? 0 : BIT(luid.LowPart);
            DWORD attr = state->Privileges[i].Attributes;
            if (!(held & bit)) { not_all = TRUE; continue; }
            if (attr & SE_PRIVILEGE_REMOVED) removed |= bit, enabled &= ~bit;
            else if (attr & SE_PRIVILEGE_ENABLED) enabled |= bit;
            else enabled &= ~bit;
        }
    }
    changed = (enabled ^ privileges_enabled) | removed;
    for (unsigned i = 0; i < 64; i++) if (changed & BIT(i)) count++;
    need = offsetof(TOKEN_PRIVILEGES, Privileges) + count * sizeof(LUID_AND_ATTRIBUTES);
    if (previous && len < need) {
        pthread_mutex_unlock(&privilege_lock);
        if (ret_len) *ret_len = need;
        return set_status_error(STATUS_BUFFER_TOO_SMALL);
    }
    if (previous) {
        previous->PrivilegeCount = count;
        count = 0;
        for (unsigned i = 0; i < 64; i++) {
            if (!(changed & BIT(i))) continue;
            previous->Privileges[count].Luid.LowPart = i;
            previous->Privileges[count].Luid.HighPart = 0;
            previous->Privileges[count].Attributes =
                (privileges_enabled & BIT(i) ? SE_PRIVILEGE_ENABLED : 0) |
                (privileges_default & BIT(i) ? SE_PRIVILEGE_ENABLED_BY_DEFAULT : 0);
            count++;
        }
        if (ret_len) *ret_len = need;
    }
    privileges_enabled = enabled;
    privileges_held = held & ~removed;
    pthread_mutex_unlock(&privilege_lock);

    /* TRUE either way; the last error says whether all were assigned */
    SetLastError(RtlNtStatusToDosError(not_all ? STATUS_NOT_ALL_ASSIGNED : STATUS_SUCCESS));
    return TRUE;
}

static int privilege_from_name(const WCHAR *name)
{
    for (unsigned i = 0; i < PRIVILEGE_COUNT; i++) {
        const char *p = privilege_names[i];
        const WCHAR *q = name;
        if (!p) continue;
        while (*p && wch_upper((BYTE)*p) == wch_upper(*q)) p++, q++;
        if (!*p && !*q) return (int)i;
    }
    return -1;
}

/* Privilege LUIDs are the same on every Windows machine, so a remote
 * system's answer would be ours; the name is not checked. */
static void check_system_name(BOOL given)
{
    if (given) FIXME("system name treated as the local machine\n");
}

WINBASEAPI BOOL WINAPI LookupPrivilegeValueW(LPCWSTR system, LPCWSTR name, PLUID luid)
{
    int i;
    check_system_name(system && *system);
    if (!name || (i = privilege_from_name(name)) < 0) return set_status_error(STATUS_NO_SUCH_PRIVILEGE);
    luid->LowPart = (DWORD)i;
    luid->HighPart = 0;
    return TRUE;
}

WINBASEAPI BOOL WINAPI LookupPrivilegeValueA(LPCSTR system, LPCSTR name, PLUID luid)
{
    WCHAR wname[64];
    int n = name ? MultiByteToWideChar(CP_ACP, 0, name, -1, wname, 64) : 0;

    check_system_name(system && *system);
    if (!n) return set_status_error(STATUS_NO_SUCH_PRIVILEGE);
    return LookupPrivilegeValueW(NULL, wname, luid);
}

WINBASEAPI BOOL WINAPI LookupPrivilegeNameW(LPCWSTR system, PLUID luid, LPWSTR name, LPDWORD size)
{
    const char *text;
    DWORD len;

    check_system_name(system && *system);
    if (luid->HighPart || luid->LowPart >= PRIVILEGE_COUNT || !(text = privilege_names[luid->LowPart]))
        return set_status_error(STATUS_NO_SUCH_PRIVILEGE);
    len = (DWORD)strlen(text);
    if (*size <= len) {
        *size = len + 1;
        return set_status_error(STATUS_BUFFER_TOO_SMALL);
    }
    for (DWORD i = 0; i <= len; i++) name[i] = (BYTE)text[i];
    *size = len;
    return TRUE;
}

WINBASEAPI BOOL WINAPI LookupPrivilegeNameA(LPCSTR system, PLUID luid, LPSTR name, LPDWORD size)
{
    const char *text;
    DWORD len;

    check_system_name(system && *system);
    if (luid->HighPart || luid->LowPart >= PRIVILEGE_COUNT || !(text = privilege_names[luid->LowPart]))
        return set_status_error(STATUS_NO_SUCH_PRIVILEGE);
    len = (DWORD)strlen(text);
    if (*size <= len) {
        *size = len + 1;
        return set_status_error(STATUS_BUFFER_TOO_SMALL);
    }
    memcpy(name, text, len + 1);
    *size = len;
    return TRUE;
}
