/*
 * advapi32 internals: the security types (SIDs, ACLs, descriptors, tokens)
 * with their exact x64 layouts, and what the files of this DLL share.
 * sid.c knows who the user is; token.c the process token; security.c
 * descriptors and file security; registry.c the (empty, for now) registry.
 * Internal functions return NTSTATUS; the API edge converts it once with
 * set_status_error().
 */
#ifndef WINRUN_ADVAPI32_PRIVATE_H
#define WINRUN_ADVAPI32_PRIVATE_H

#include "winrun/ntdll.h"
#include "winbase.h"
#include "winerror.h"
#include "ntstatus.h"

NTSYSAPI ULONG WINAPI RtlNtStatusToDosError(NTSTATUS);

typedef struct { BYTE Value[6]; } SID_IDENTIFIER_AUTHORITY, *PSID_IDENTIFIER_AUTHORITY;
typedef struct {
    BYTE Revision;
    BYTE SubAuthorityCount;
    SID_IDENTIFIER_AUTHORITY IdentifierAuthority;
    DWORD SubAuthority[1];
} SID;
typedef void *PSID;
#define SID_REVISION 1
#define SID_MAX_SUB_AUTHORITIES 15
/* room for any SID, for SIDs built on the stack */
struct sid_buffer {
    BYTE Revision, SubAuthorityCount;
    SID_IDENTIFIER_AUTHORITY IdentifierAuthority;
    DWORD SubAuthority[SID_MAX_SUB_AUTHORITIES];
};

typedef struct { DWORD LowPart; LONG HighPart; } LUID, *PLUID;
typedef struct { LUID Luid; DWORD Attributes; } LUID_AND_ATTRIBUTES;
typedef struct { DWORD PrivilegeCount; LUID_AND_ATTRIBUTES Privileges[1]; } TOKEN_PRIVILEGES, *PTOKEN_PRIVILEGES;
typedef struct { PSID Sid; DWORD Attributes; } SID_AND_ATTRIBUTES;
typedef struct { SID_AND_ATTRIBUTES User; } TOKEN_USER;
typedef struct { DWORD GroupCount; SID_AND_ATTRIBUTES Groups[1]; } TOKEN_GROUPS;
typedef struct { PSID Owner; } TOKEN_OWNER;
typedef struct { PSID PrimaryGroup; } TOKEN_PRIMARY_GROUP;
typedef struct { DWORD TokenIsElevated; } TOKEN_ELEVATION;
typedef struct { SID_AND_ATTRIBUTES Label; } TOKEN_MANDATORY_LABEL;

#define SE_PRIVILEGE_ENABLED_BY_DEFAULT 0x00000001
#define SE_PRIVILEGE_ENABLED            0x00000002
#define SE_PRIVILEGE_REMOVED            0x00000004
#define SE_GROUP_MANDATORY              0x00000001
#define SE_GROUP_ENABLED_BY_DEFAULT     0x00000002
#define SE_GROUP_ENABLED                0x00000004
#define SE_GROUP_OWNER                  0x00000008
#define SE_GROUP_INTEGRITY              0x00000020
#define SE_GROUP_INTEGRITY_ENABLED      0x00000040
#define SE_GROUP_LOGON_ID               0xc0000000

typedef struct { BYTE AclRevision, Sbz1; WORD AclSize, AceCount, Sbz2; } ACL, *PACL;
typedef struct { BYTE AceType, AceFlags; WORD AceSize; } ACE_HEADER;
typedef struct { ACE_HEADER Header; DWORD Mask; DWORD SidStart; } ACCESS_ALLOWED_ACE;
#define ACL_REVISION            2
#define ACCESS_ALLOWED_ACE_TYPE 0
#define ACCESS_DENIED_ACE_TYPE  1
#define INHERIT_ONLY_ACE        0x08

typedef struct {
    BYTE Revision, Sbz1;
    WORD Control;
    PSID Owner, Group;
    PACL Sacl, Dacl;
} SECURITY_DESCRIPTOR;
typedef struct {
    BYTE Revision, Sbz1;
    WORD Control;
    DWORD Owner, Group, Sacl, Dacl;    /* offsets from the descriptor */
} SECURITY_DESCRIPTOR_RELATIVE;
typedef void *PSECURITY_DESCRIPTOR;
#define SECURITY_DESCRIPTOR_REVISION 1
#define SECURITY_DESCRIPTOR_MIN_LENGTH sizeof(SECURITY_DESCRIPTOR)
#define SE_OWNER_DEFAULTED 0x0001
#define SE_GROUP_DEFAULTED 0x0002
#define SE_DACL_PRESENT    0x0004
#define SE_DACL_DEFAULTED  0x0008
#define SE_SACL_PRESENT    0x0010
#define SE_SELF_RELATIVE   0x8000

typedef DWORD SECURITY_INFORMATION;
#define OWNER_SECURITY_INFORMATION 0x1
#define GROUP_SECURITY_INFORMATION 0x2
#define DACL_SECURITY_INFORMATION  0x4
#define SACL_SECURITY_INFORMATION  0x8
#define LABEL_SECURITY_INFORMATION 0x10

/* file access rights the DACLs speak of */
#define FILE_READ_DATA       0x0001
#define FILE_WRITE_DATA      0x0002
#define FILE_APPEND_DATA     0x0004
#define FILE_EXECUTE        0x0020
#define FILE_ALL_ACCESS      0x001f01ff
#define FILE_GENERIC_READ    0x00120089
#define FILE_GENERIC_WRITE   0x00120116
#define FILE_GENERIC_EXECUTE 0x001200a0
#define DELETE               0x00010000
#define GENERIC_ALL          0x10000000
#define MAXIMUM_ALLOWED      0x02000000
#define GENERIC_WRITE        0x40000000

/* ---- sid.c ---- */
/* Well-known and user SIDs, written into OUT. The user is
 * S-1-5-21-D1-D2-D3-(1000 + uid): D1..D3 come from /etc/machine-id, so a
 * uid has the same SID in every process on one machine. */
void sid_for_uid(struct sid_buffer *out, unsigned int uid);
void sid_current_user(struct sid_buffer *out);
void sid_domain_rid(struct sid_buffer *out, DWORD rid);      /* S-1-5-21-D1-D2-D3-RID */
void sid_make(struct sid_buffer *out, BYTE authority, int count, ...);
DWORD sid_length(const void *sid);                            /* 0 if not a valid SID */
BOOL sid_equal(const void *a, const void *b);
WINBASEAPI BOOL WINAPI IsValidSid(PSID);
WINBASEAPI DWORD WINAPI GetLengthSid(PSID);
#define DOMAIN_RID_NONE 513       /* the "None" group, local users' primary group */

/* ---- token.c ---- */
/* Whether the current user's token has SID as its user or as an enabled group. */
BOOL token_has_sid(const void *sid);

#endif
