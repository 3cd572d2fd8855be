/*
 * Security descriptors and ACLs, and the security of files.
 *
 * A file's descriptor is made from its Unix owner and mode: the owner is
 * the uid's SID (sid.c), the group the owner's primary group ("None", as
 * for local Windows accounts), and the DACL grants the owner and Everyone
 * what the user and other permission bits allow.
 *
 * SetFileSecurity changes only what a Unix file can hold: an owner or
 * group other than the user's own (or one of the token's groups) fails
 * with ERROR_INVALID_OWNER / ERROR_INVALID_PRIMARY_GROUP, as it does for
 * a standard Windows user; a DACL is reduced to one question, "may the
 * user write?", answered as Windows' access check would (allow and deny
 * ACEs in order for the user's SIDs, inherit-only ACEs skipped, no DACL =
 * full access), and becomes the file's write permission bits. Read and
 * execute rights in a DACL are not represented and are not enforced.
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#define DEBUG_CHANNEL CH_SECURITY
#include "winrun/debug.h"
#include "advapi32_private.h"

#define READ_CONTROL 0x00020000
#define WRITE_DAC    0x00040000
#define WRITE_OWNER  0x00080000

/* ---- descriptors ---- */

/* The parts of an absolute or self-relative descriptor. */
struct sd_parts { WORD control; PSID owner, group; PACL sacl, dacl; };

static NTSTATUS sd_parts(const void *descriptor, struct sd_parts *parts)
{
    const SECURITY_DESCRIPTOR *sd = descriptor;
    if (!sd) return STATUS_INVALID_PARAMETER;
    if (sd->Revision != SECURITY_DESCRIPTOR_REVISION) return STATUS_UNKNOWN_REVISION;
    parts->control = sd->Control;
    if (sd->Control & SE_SELF_RELATIVE) {
        const SECURITY_DESCRIPTOR_RELATIVE *rel = descriptor;
        const BYTE *base = descriptor;
        parts->owner = rel->Owner ? (PSID)(base + rel->Owner) : NULL;
        parts->group = rel->Group ? (PSID)(base + rel->Group) : NULL;
        parts->sacl = rel->Sacl && (sd->Control & SE_SACL_PRESENT) ? (PACL)(base + rel->Sacl) : NULL;
        parts->dacl = rel->Dacl && (sd->Control & SE_DACL_PRESENT) ? (PACL)(base + rel->Dacl) : NULL;
    } else {
        parts->owner = sd->Owner;
        parts->group = sd->Group;
        parts->sacl = sd->Control & SE_SACL_PRESENT ? sd->Sacl : NULL;
        parts->dacl = sd->Control & SE_DACL_PRESENT ? sd->Dacl : NULL;
    }
    return STATUS_SUCCESS;
}

WINBASEAPI BOOL WINAPI InitializeSecurityDescriptor(PSECURITY_DESCRIPTOR descriptor, DWORD revision)
{
    SECURITY_DESCRIPTOR *sd = descriptor;
    if (revision != SECURITY_DESCRIPTOR_REVISION) return set_status_error(STATUS_UNKNOWN_REVISION);
    memset(sd, 0, sizeof(*sd));
    sd->Revision = SECURITY_DESCRIPTOR_REVISION;
    return TRUE;
}

WINBASEAPI BOOL WINAPI IsValidSecurityDescriptor(PSECURITY_DESCRIPTOR descriptor)
{
    struct sd_parts parts;
    NTSTATUS status = sd_parts(descriptor, &parts);
    if (!status && parts.owner && !IsValidSid(parts.owner)) status = STATUS_INVALID_SECURITY_DESCR;
    if (!status && parts.group && !IsValidSid(parts.group)) status = STATUS_INVALID_SECURITY_DESCR;
    if (status == STATUS_UNKNOWN_REVISION) status = STATUS_INVALID_SECURITY_DESCR;
    return set_status_error(status);
}

/* Only absolute descriptors can be changed in place. */
static NTSTATUS sd_for_update(PSECURITY_DESCRIPTOR descriptor, SECURITY_DESCRIPTOR **sd)
{
    *sd = descriptor;
    if ((*sd)->Revision != SECURITY_DESCRIPTOR_REVISION) return STATUS_UNKNOWN_REVISION;
    if ((*sd)->Control & SE_SELF_RELATIVE) return STATUS_BAD_DESCRIPTOR_FORMAT;
    return STATUS_SUCCESS;
}

WINBASEAPI BOOL WINAPI SetSecurityDescriptorDacl(PSECURITY_DESCRIPTOR descriptor, BOOL present, PACL dacl,
                                                 BOOL defaulted)
{
    SECURITY_DESCRIPTOR *sd;
    NTSTATUS status = sd_for_update(descriptor, &sd);
    if (status) return set_status_error(status);
    sd->Control &= ~(SE_DACL_PRESENT | SE_DACL_DEFAULTED);
    sd->Dacl = NULL;
    if (present) {
        sd->Control |= SE_DACL_PRESENT | (defaulted ? SE_DACL_DEFAULTED : 0);
        sd->Dacl = dacl;
    }
    return TRUE;
}

WINBASEAPI BOOL WINAPI SetSecurityDescriptorOwner(PSECURITY_DESCRIPTOR descriptor, PSID owner, BOOL defaulted)
{
    SECURITY_DESCRIPTOR *sd;
    NTSTATUS status = sd_for_update(descriptor, &sd);
    if (status) return set_status_error(status);
    sd->Owner = owner;
    sd->Control = (sd->Control & ~SE_OWNER_DEFAULTED) | (defaulted ? SE_OWNER_DEFAULTED : 0);
    return TRUE;
}

WINBASEAPI BOOL WINAPI SetSecurityDescriptorGroup(PSECURITY_DESCRIPTOR descriptor, PSID group, BOOL defaulted)
{
    SECURITY_DESCRIPTOR *sd;
    NTSTATUS status = sd_for_update(descriptor, &sd);
    if (status) return set_status_error(status);
    sd->Group = group;
    sd->Control = (sd->Control & ~SE_GROUP_DEFAULTED) | (defaulted ? SE_GROUP_DEFAULTED : 0);
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetSecurityDescriptorDacl(PSECURITY_DESCRIPTOR descriptor, LPBOOL present, PACL *dacl,
                                                 LPBOOL defaulted)
{
    struct sd_parts parts;
    NTSTATUS status = sd_parts(descriptor, &parts);
    if (status) return set_status_error(status);
    *present = (parts.control & SE_DACL_PRESENT) != 0;
    if (*present) {
        *dacl = parts.dacl;
        *defaulted = (parts.control & SE_DACL_DEFAULTED) != 0;
    }
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetSecurityDescriptorOwner(PSECURITY_DESCRIPTOR descriptor, PSID *owner, LPBOOL defaulted)
{
    struct sd_parts parts;
    NTSTATUS status = sd_parts(descriptor, &parts);
    if (status) return set_status_error(status);
    *owner = parts.owner;
    *defaulted = (parts.control & SE_OWNER_DEFAULTED) != 0;
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetSecurityDescriptorGroup(PSECURITY_DESCRIPTOR descriptor, PSID *group, LPBOOL defaulted)
{
    struct sd_parts parts;
    NTSTATUS status = sd_parts(descriptor, &parts);
    if (status) return set_status_error(status);
    *group = parts.group;
    *defaulted = (parts.control & SE_GROUP_DEFAULTED) != 0;
    return TRUE;
}

WINBASEAPI DWORD WINAPI GetSecurityDescriptorLength(PSECURITY_DESCRIPTOR descriptor)
{
    struct sd_parts parts;
    DWORD len;
    if (sd_parts(descriptor, &parts)) return 0;
    len = parts.control & SE_SELF_RELATIVE ? sizeof(SECURITY_DESCRIPTOR_RELATIVE) : sizeof(SECURITY_DESCRIPTOR);
    if (parts.owner) len += GetLengthSid(parts.owner);
    if (parts.group) len += GetLengthSid(parts.group);
    if (parts.sacl) len += parts.sacl->AclSize;
    if (parts.dacl) len += parts.dacl->AclSize;
    return len;
}

/* ---- ACLs ---- */

WINBASEAPI BOOL WINAPI InitializeAcl(PACL acl, DWORD len, DWORD revision)
{
    if (revision < ACL_REVISION || revision > 4) return set_status_error(STATUS_INVALID_PARAMETER);
    if (len < sizeof(ACL) || len > 0xffff) return set_status_error(STATUS_INVALID_PARAMETER);
    memset(acl, 0, sizeof(*acl));
    acl->AclRevision = (BYTE)revision;
    acl->AclSize = (WORD)(len & ~3u);
    return TRUE;
}

/* The end of the ACEs in ACL, or NULL if the ACL is malformed. */
static BYTE *acl_end(PACL acl)
{
    BYTE *p = (BYTE *)(acl + 1), *limit = (BYTE *)acl + acl->AclSize;
    for (WORD i = 0; i < acl->AceCount; i++) {
        ACE_HEADER *ace = (ACE_HEADER *)p;
        if (p + sizeof(*ace) > limit || ace->AceSize < sizeof(*ace) || p + ace->AceSize > limit) return NULL;
        p += ace->AceSize;
    }
    return p;
}

static BOOL add_ace(PACL acl, BYTE type, BYTE flags, DWORD mask, PSID sid)
{
    DWORD sid_len = sid_length(sid), size;
    ACCESS_ALLOWED_ACE *ace;
    BYTE *end;

    if (!sid_len) return set_status_error(STATUS_INVALID_SID);
    if (!(end = acl_end(acl))) return set_status_error(STATUS_INVALID_ACL);
    size = offsetof(ACCESS_ALLOWED_ACE, SidStart) + sid_len;
    if (end + size > (BYTE *)acl + acl->AclSize) return set_status_error(STATUS_ALLOTTED_SPACE_EXCEEDED);
    ace = (ACCESS_ALLOWED_ACE *)end;
    ace->Header.AceType = type;
    ace->Header.AceFlags = flags;
    ace->Header.AceSize = (WORD)size;
    ace->Mask = mask;
    memcpy(&ace->SidStart, sid, sid_len);
    acl->AceCount++;
    return TRUE;
}

WINBASEAPI BOOL WINAPI AddAccessAllowedAce(PACL acl, DWORD revision, DWORD mask, PSID sid)
{
    (void)revision;
    return add_ace(acl, ACCESS_ALLOWED_ACE_TYPE, 0, mask, sid);
}

WINBASEAPI BOOL WINAPI AddAccessDeniedAce(PACL acl, DWORD revision, DWORD mask, PSID sid)
{
    (void)revision;
    return add_ace(acl, ACCESS_DENIED_ACE_TYPE, 0, mask, sid);
}

WINBASEAPI BOOL WINAPI IsValidAcl(PACL acl)
{
    return acl && acl->AclRevision >= ACL_REVISION && acl->AclRevision <= 4 && acl_end(acl);
}

/* ---- file security ---- */

static DWORD mode_rights(mode_t mode, int shift, BOOL owner)
{
    DWORD rights = 0;
    if (mode & (S_IROTH << shift)) rights |= FILE_GENERIC_READ;
    if (mode & (S_IWOTH << shift)) rights |= FILE_GENERIC_WRITE | DELETE;
    if (mode & (S_IXOTH << shift)) rights |= FILE_GENERIC_EXECUTE;
    if (owner) rights |= READ_CONTROL | WRITE_DAC | WRITE_OWNER;   /* the owner may always chmod */
    return rights;
}

/* Builds the self-relative descriptor of ST into OUT (when LEN allows);
 * returns its size. */
static DWORD file_descriptor(const struct stat *st, SECURITY_INFORMATION info, BYTE *out, DWORD len)
{
    struct sid_buffer owner, group, everyone;
    SECURITY_DESCRIPTOR_RELATIVE rel = { SECURITY_DESCRIPTOR_REVISION, 0, SE_SELF_RELATIVE, 0, 0, 0, 0 };
    BYTE acl_buf[sizeof(ACL) + 2 * (sizeof(ACCESS_ALLOWED_ACE) + sizeof(struct sid_buffer))];
    PACL acl = (PACL)acl_buf;
    DWORD size = sizeof(rel), other;

    sid_for_uid(&owner, st->st_uid);
    sid_domain_rid(&group, DOMAIN_RID_NONE);
    sid_make(&everyone, 1, 1, 0);
    InitializeAcl(acl, sizeof(acl_buf), ACL_REVISION);
    add_ace(acl, ACCESS_ALLOWED_ACE_TYPE, 0, mode_rights(st->st_mode, 6, TRUE), &owner);
    other = mode_rights(st->st_mode, 0, FALSE);
    if (other) add_ace(acl, ACCESS_ALLOWED_ACE_TYPE, 0, other, &everyone);
    acl->AclSize = (WORD)(acl_end(acl) - acl_buf);

    if (info & OWNER_SECURITY_INFORMATION) rel.Owner = size, size += sid_length(&owner);
    if (info & GROUP_SECURITY_INFORMATION) rel.Group = size, size += sid_length(&group);
    if (info & DACL_SECURITY_INFORMATION) {
        rel.Control |= SE_DACL_PRESENT;
        rel.Dacl = size, size += acl->AclSize;
    }
    if (size > len) return size;
    memcpy(out, &rel, sizeof(rel));
    if (rel.Owner) memcpy(out + rel.Owner, &owner, sid_length(&owner));
    if (rel.Group) memcpy(out + rel.Group, &group, sid_length(&group));
    if (rel.Dacl) memcpy(out + rel.Dacl, acl, acl->AclSize);
    return size;
}

static NTSTATUS stat_dos_path(const WCHAR *name, struct stat *st, char **unix_path)
{
    char *path;
    if (!name) return STATUS_INVALID_PARAMETER;
    if (!(path = dos_to_unix_path(name))) return STATUS_OBJECT_PATH_NOT_FOUND;
    if (stat(path, st)) {
        NTSTATUS status = errno_to_status(errno);
        free(path);
        return status;
    }
    if (unix_path) *unix_path = path;
    else free(path);
    return STATUS_SUCCESS;
}

WINBASEAPI BOOL WINAPI GetFileSecurityW(LPCWSTR name, SECURITY_INFORMATION info, PSECURITY_DESCRIPTOR descriptor,
                                        DWORD len, LPDWORD needed)
{
    struct stat st;
    NTSTATUS status;

    if (info & SACL_SECURITY_INFORMATION) return set_status_error(STATUS_PRIVILEGE_NOT_HELD);
    if ((status = stat_dos_path(name, &st, NULL))) return set_status_error(status);
    if (!descriptor) len = 0;
    *needed = file_descriptor(&st, info, descriptor, len);
    return set_status_error(*needed > len ? STATUS_BUFFER_TOO_SMALL : STATUS_SUCCESS);
}

WINBASEAPI BOOL WINAPI GetFileSecurityA(LPCSTR name, SECURITY_INFORMATION info, PSECURITY_DESCRIPTOR descriptor,
                                        DWORD len, LPDWORD needed)
{
    WCHAR *wname = NULL;
    BOOL ret;
    int n = name ? MultiByteToWideChar(CP_ACP, 0, name, -1, NULL, 0) : 0;

    if (n && (wname = HeapAlloc(GetProcessHeap(), 0, n * sizeof(WCHAR))))
        MultiByteToWideChar(CP_ACP, 0, name, -1, wname, n);
    ret = GetFileSecurityW(wname, info, descriptor, len, needed);
    HeapFree(GetProcessHeap(), 0, wname);
    return ret;
}

/* Whether DACL lets the user write, as Windows' access check decides. */
static BOOL dacl_allows_write(PACL dacl)
{
    const BYTE *p;
    if (!dacl) return TRUE;          /* a NULL DACL grants everything */
    p = (const BYTE *)(dacl + 1);
    for (WORD i = 0; i < dacl->AceCount; i++) {
        const ACCESS_ALLOWED_ACE *ace = (const ACCESS_ALLOWED_ACE *)p;
        DWORD mask = ace->Mask;
        p += ace->Header.AceSize;
        if (ace->Header.AceFlags & INHERIT_ONLY_ACE) continue;
        if (ace->Header.AceType != ACCESS_ALLOWED_ACE_TYPE && ace->Header.AceType != ACCESS_DENIED_ACE_TYPE)
            continue;                /* audit, alarm and object ACEs grant nothing here */
        if (mask & (GENERIC_ALL | GENERIC_WRITE)) mask |= FILE_WRITE_DATA;
        if (!(mask & FILE_WRITE_DATA) || !token_has_sid(&ace->SidStart)) continue;
        return ace->Header.AceType == ACCESS_ALLOWED_ACE_TYPE;
    }
    return FALSE;                    /* nothing granted it */
}

WINBASEAPI BOOL WINAPI SetFileSecurityW(LPCWSTR name, SECURITY_INFORMATION info, PSECURITY_DESCRIPTOR descriptor)
{
    struct sd_parts parts;
    struct sid_buffer user;
    struct stat st;
    char *path;
    NTSTATUS status;

    if ((status = sd_parts(descriptor, &parts))) return set_status_error(status);
    if ((status = stat_dos_path(name, &st, &path))) return set_status_error(status);
    sid_current_user(&user);
    if (info & SACL_SECURITY_INFORMATION) status = STATUS_PRIVILEGE_NOT_HELD;
    else if (path_in_view(path)) status = STATUS_ACCESS_DENIED;   /* a builtin DLL seen in system32 */
    else if ((info & OWNER_SECURITY_INFORMATION) && (!parts.owner || !sid_equal(parts.owner, &user)))
        status = STATUS_INVALID_OWNER;
    else if ((info & GROUP_SECURITY_INFORMATION) && (!parts.group || !token_has_sid(parts.group)))
        status = STATUS_INVALID_PRIMARY_GROUP;
    else if ((info & (OWNER_SECURITY_INFORMATION | GROUP_SECURITY_INFORMATION)) && st.st_uid != getuid())
        status = STATUS_ACCESS_DENIED;   /* taking ownership needs a privilege the user lacks */
    else if (info & DACL_SECURITY_INFORMATION) {
        mode_t mode = st.st_mode & 07777;
        if (parts.dacl && !IsValidAcl(parts.dacl)) status = STATUS_INVALID_ACL;
        else {
            mode = dacl_allows_write(parts.dacl) ? mode | S_IWUSR : mode & ~(mode_t)(S_IWUSR | S_IWGRP | S_IWOTH);
            if (mode != (st.st_mode & 07777) && chmod(path, mode)) status = errno_to_status(errno);
        }
    }
    if (info & ~(OWNER_SECURITY_INFORMATION | GROUP_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION |
                 SACL_SECURITY_INFORMATION))
        FIXME("security information %#x ignored\n", info);
    free(path);
    return set_status_error(status);
}

WINBASEAPI BOOL WINAPI SetFileSecurityA(LPCSTR name, SECURITY_INFORMATION info, PSECURITY_DESCRIPTOR descriptor)
{
    WCHAR *wname = NULL;
    BOOL ret;
    int n = name ? MultiByteToWideChar(CP_ACP, 0, name, -1, NULL, 0) : 0;

    if (n && (wname = HeapAlloc(GetProcessHeap(), 0, n * sizeof(WCHAR))))
        MultiByteToWideChar(CP_ACP, 0, name, -1, wname, n);
    ret = SetFileSecurityW(wname, info, descriptor);
    HeapFree(GetProcessHeap(), 0, wname);
    return ret;
}
