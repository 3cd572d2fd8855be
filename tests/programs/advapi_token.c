/* advapi32 security: the process token (user, groups, privileges,
 * elevation, integrity), privilege names and LUIDs, AdjustTokenPrivileges'
 * last-error convention, SIDs and file security descriptors. */
#include "test.h"
#include <sddl.h>

static void test_token(void)
{
    HANDLE token = NULL, thread_token = (HANDLE)0xdead;
    BYTE buf[1024];
    DWORD len = 0, err;
    BOOL r;
    TOKEN_USER *user = (TOKEN_USER *)buf;
    TOKEN_ELEVATION elevation;
    TOKEN_MANDATORY_LABEL *label = (TOKEN_MANDATORY_LABEL *)buf;
    LPWSTR text = NULL;

    SetLastError(0xdeadbeef);
    r = OpenThreadToken(GetCurrentThread(), TOKEN_QUERY, TRUE, &thread_token);
    err = GetLastError();
    ok(!r && err == ERROR_NO_TOKEN, "OpenThreadToken without impersonation: %d err %lu", r, err);
    SetLastError(0xdeadbeef);
    r = OpenThreadToken((HANDLE)0xdead0, TOKEN_QUERY, TRUE, &thread_token);
    err = GetLastError();
    ok(!r && err == ERROR_INVALID_HANDLE, "OpenThreadToken(bad handle): %d err %lu", r, err);

    r = OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY | TOKEN_ADJUST_PRIVILEGES, &token);
    ok(r && token, "OpenProcessToken: %d err %lu", r, GetLastError());

    SetLastError(0xdeadbeef);
    r = GetTokenInformation(token, TokenUser, buf, 8, &len);
    err = GetLastError();
    ok(!r && err == ERROR_INSUFFICIENT_BUFFER && len > sizeof(TOKEN_USER),
       "TokenUser, small buffer: %d err %lu len %lu", r, err, len);
    r = GetTokenInformation(token, TokenUser, buf, sizeof(buf), &len);
    ok(r && IsValidSid(user->User.Sid) && (BYTE *)user->User.Sid >= buf && (BYTE *)user->User.Sid < buf + len,
       "TokenUser: %d, SID inside the buffer", r);
    if (r && ConvertSidToStringSidW(user->User.Sid, &text)) {
        ok(!wcsncmp(text, L"S-1-5-21-", 9), "user SID %s", dbgstr_w(text));
        LocalFree(text);
    }

    /* A standard user (winrun) is not elevated and runs at medium
     * integrity; Wine's default token is an elevated administrator's at
     * high integrity. Either way the two must agree, as under UAC. */
    r = GetTokenInformation(token, TokenElevation, &elevation, sizeof(elevation), &len);
    ok(r && len == sizeof(elevation), "TokenElevation: %d len %lu", r, len);
    r = GetTokenInformation(token, TokenIntegrityLevel, buf, sizeof(buf), &len);
    ok(r && *GetSidSubAuthority(label->Label.Sid, 0) ==
       (elevation.TokenIsElevated ? SECURITY_MANDATORY_HIGH_RID : SECURITY_MANDATORY_MEDIUM_RID),
       "TokenIntegrityLevel: %d rid %#lx, elevated %lu", r, r ? *GetSidSubAuthority(label->Label.Sid, 0) : 0,
       elevation.TokenIsElevated);

    SetLastError(0xdeadbeef);
    r = GetTokenInformation((HANDLE)0xdead0, TokenUser, buf, sizeof(buf), &len);
    err = GetLastError();
    ok(!r && err == ERROR_INVALID_HANDLE, "GetTokenInformation(bad handle): %d err %lu", r, err);

    ok(CloseHandle(token), "CloseHandle(token): err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    r = CloseHandle(token);
    err = GetLastError();
    ok(!r && err == ERROR_INVALID_HANDLE, "second CloseHandle(token): %d err %lu", r, err);

    /* a handle opened without TOKEN_QUERY cannot be queried */
    r = OpenProcessToken(GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES, &token);
    SetLastError(0xdeadbeef);
    r = GetTokenInformation(token, TokenUser, buf, sizeof(buf), &len);
    err = GetLastError();
    ok(!r && err == ERROR_ACCESS_DENIED, "TokenUser without TOKEN_QUERY: %d err %lu", r, err);
    CloseHandle(token);
}

static void test_privileges(void)
{
    HANDLE token;
    LUID luid;
    WCHAR name[64];
    DWORD size, err;
    BOOL r;
    TOKEN_PRIVILEGES tp;

    r = LookupPrivilegeValueW(NULL, L"SeCreateSymbolicLinkPrivilege", &luid);
    if (!r && GetProcAddress(GetModuleHandleA("ntdll.dll"), "wine_get_version"))
        trace("Wine 8 does not know SeCreateSymbolicLinkPrivilege (Windows: LUID 35 since Vista)");
    else
        ok(r && luid.LowPart == 35 && luid.HighPart == 0, "SeCreateSymbolicLinkPrivilege: %d luid %lu", r,
           luid.LowPart);
    r = LookupPrivilegeValueA(NULL, "sechangenotifyprivilege", &luid);
    ok(r && luid.LowPart == 23, "SeChangeNotifyPrivilege (any case): %d luid %lu", r, luid.LowPart);
    r = LookupPrivilegeValueW(NULL, L"SeDebugPrivilege", &luid);
    ok(r && luid.LowPart == 20, "SeDebugPrivilege: %d luid %lu", r, luid.LowPart);
    SetLastError(0xdeadbeef);
    r = LookupPrivilegeValueW(NULL, L"SeNoSuchPrivilege", &luid);
    err = GetLastError();
    ok(!r && err == ERROR_NO_SUCH_PRIVILEGE, "unknown privilege: %d err %lu", r, err);

    luid.LowPart = 20; luid.HighPart = 0;
    size = 5;
    SetLastError(0xdeadbeef);
    r = LookupPrivilegeNameW(NULL, &luid, name, &size);
    err = GetLastError();
    ok(!r && err == ERROR_INSUFFICIENT_BUFFER && size == 17, "LookupPrivilegeNameW small: %d err %lu size %lu",
       r, err, size);
    size = 64;
    r = LookupPrivilegeNameW(NULL, &luid, name, &size);
    ok(r && size == 16 && !lstrcmpW(name, L"SeDebugPrivilege"), "LookupPrivilegeNameW: %d size %lu %s",
       r, size, dbgstr_w(name));

    OpenProcessToken(GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY, &token);
    tp.PrivilegeCount = 1;
    tp.Privileges[0].Attributes = SE_PRIVILEGE_ENABLED;
    LookupPrivilegeValueW(NULL, L"SeChangeNotifyPrivilege", &tp.Privileges[0].Luid);
    SetLastError(0xdeadbeef);
    r = AdjustTokenPrivileges(token, FALSE, &tp, 0, NULL, NULL);
    err = GetLastError();
    ok(r && err == ERROR_SUCCESS, "enable a held privilege: %d err %lu", r, err);
    /* Wine's default token is an administrator's holding nearly every
     * privilege, so the not-held case (SeCreateTokenPrivilege, which not
     * even administrators hold) is checked with one no token has */
    LookupPrivilegeValueW(NULL, L"SeCreateTokenPrivilege", &tp.Privileges[0].Luid);
    SetLastError(0xdeadbeef);
    r = AdjustTokenPrivileges(token, FALSE, &tp, 0, NULL, NULL);
    err = GetLastError();
    ok(r && err == ERROR_NOT_ALL_ASSIGNED, "enable a privilege not held: %d err %lu", r, err);
    CloseHandle(token);

    OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token);
    SetLastError(0xdeadbeef);
    r = AdjustTokenPrivileges(token, FALSE, &tp, 0, NULL, NULL);
    err = GetLastError();
    ok(!r && err == ERROR_ACCESS_DENIED, "AdjustTokenPrivileges without access: %d err %lu", r, err);
    CloseHandle(token);
}

static void test_sids(void)
{
    SID_IDENTIFIER_AUTHORITY nt = { SECURITY_NT_AUTHORITY };
    PSID admins = NULL, users = NULL;
    LPSTR text = NULL;
    BOOL r, member = 2;
    DWORD err;

    r = AllocateAndInitializeSid(&nt, 2, SECURITY_BUILTIN_DOMAIN_RID, DOMAIN_ALIAS_RID_USERS, 0, 0, 0, 0, 0, 0, &users);
    ok(r && IsValidSid(users) && GetLengthSid(users) == 16, "AllocateAndInitializeSid: %d len %lu", r,
       r ? GetLengthSid(users) : 0);
    r = ConvertSidToStringSidA(users, &text);
    ok(r && !strcmp(text, "S-1-5-32-545"), "ConvertSidToStringSidA: %d %s", r, r ? text : "");
    LocalFree(text);
    AllocateAndInitializeSid(&nt, 2, SECURITY_BUILTIN_DOMAIN_RID, DOMAIN_ALIAS_RID_ADMINS, 0, 0, 0, 0, 0, 0, &admins);
    ok(!EqualSid(users, admins) && EqualSid(users, users), "EqualSid");
    SetLastError(0xdeadbeef);
    r = AllocateAndInitializeSid(&nt, 9, 0, 0, 0, 0, 0, 0, 0, 0, (PSID *)&text);
    err = GetLastError();
    ok(!r && err == ERROR_INVALID_SID, "nine sub-authorities: %d err %lu", r, err);

    r = CheckTokenMembership(NULL, users, &member);
    ok(r && member == TRUE, "member of Users: %d %d", r, member);
    SetLastError(0xdeadbeef);
    {
        HANDLE token;
        OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY | TOKEN_DUPLICATE, &token);
        r = CheckTokenMembership(token, users, &member);
        err = GetLastError();
        ok(!r && err == ERROR_NO_IMPERSONATION_TOKEN, "CheckTokenMembership(primary token): %d err %lu", r, err);
        CloseHandle(token);
    }
    FreeSid(users);
    FreeSid(admins);
}

static void test_file_security(void)
{
    WCHAR path[MAX_PATH];
    BYTE buf[1024], user_buf[256];
    SECURITY_DESCRIPTOR sd;
    DWORD needed = 0, err, len;
    PSID owner = NULL;
    BOOL r, defaulted, present;
    PACL dacl = NULL;
    HANDLE token, file;

    OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token);
    GetTokenInformation(token, TokenUser, user_buf, sizeof(user_buf), &len);
    CloseHandle(token);

    GetTempPathW(MAX_PATH, path);
    lstrcatW(path, L"winrun_advapi_sec.tmp");
    file = CreateFileW(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CloseHandle(file);

    SetLastError(0xdeadbeef);
    r = GetFileSecurityW(path, OWNER_SECURITY_INFORMATION, NULL, 0, &needed);
    err = GetLastError();
    ok(!r && err == ERROR_INSUFFICIENT_BUFFER && needed > 20, "GetFileSecurityW size: %d err %lu needed %lu",
       r, err, needed);
    r = GetFileSecurityW(path, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, buf, sizeof(buf), &needed);
    ok(r, "GetFileSecurityW: err %lu", GetLastError());
    r = GetSecurityDescriptorOwner(buf, &owner, &defaulted);
    ok(r && owner && EqualSid(owner, ((TOKEN_USER *)user_buf)->User.Sid), "the file's owner is the user");
    r = GetSecurityDescriptorDacl(buf, &present, &dacl, &defaulted);
    ok(r && present && dacl && IsValidAcl(dacl), "the file has a DACL: %d %d", r, present);

    SetLastError(0xdeadbeef);
    r = GetFileSecurityW(L"C:\\winrun-no-such-dir\\none.txt", OWNER_SECURITY_INFORMATION, buf, sizeof(buf), &needed);
    err = GetLastError();
    ok(!r && (err == ERROR_PATH_NOT_FOUND || err == ERROR_FILE_NOT_FOUND), "missing file: %d err %lu", r, err);

    /* setting the owner to oneself is allowed to anyone */
    InitializeSecurityDescriptor(&sd, SECURITY_DESCRIPTOR_REVISION);
    SetSecurityDescriptorOwner(&sd, ((TOKEN_USER *)user_buf)->User.Sid, FALSE);
    r = SetFileSecurityW(path, OWNER_SECURITY_INFORMATION, &sd);
    ok(r, "SetFileSecurityW(owner = user): err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    r = InitializeSecurityDescriptor(&sd, 2);
    err = GetLastError();
    ok(!r && err == ERROR_UNKNOWN_REVISION, "InitializeSecurityDescriptor(revision 2): %d err %lu", r, err);
    DeleteFileW(path);
}

int main(void)
{
    char name[256];
    WCHAR wname[256];
    DWORD size, err;
    BOOL r;

    test_token();
    test_privileges();
    test_sids();
    test_file_security();

    size = sizeof(name);
    r = GetUserNameA(name, &size);
    ok(r && size == strlen(name) + 1 && size > 1, "GetUserNameA: %d size %lu %s", r, size, name);
    size = 1;
    SetLastError(0xdeadbeef);
    r = GetUserNameW(wname, &size);
    err = GetLastError();
    ok(!r && err == ERROR_INSUFFICIENT_BUFFER && size == strlen(name) + 1, "GetUserNameW small: %d err %lu size %lu",
       r, err, size);
    return test_done();
}
