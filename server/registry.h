/*
 * The registry store: an in-memory tree of keys and values, its text file
 * format (REGEDIT4 style) and the content of a new prefix's registry.
 *
 * It has no process state of its own: winrun-server, tools/winrun-reg and
 * the unit tests link the same code and own the trees they make. Nothing
 * here is thread-safe; the server is single-threaded and the tool is one
 * short process.
 *
 * Names are UTF-16, compared the way Windows compares registry names:
 * code unit by code unit after Windows' simple upper-case mapping
 * (wch_upper, the one table in dlls/ntdll/unicode.c). Results are NTSTATUS,
 * as NtCreateKey and friends return them; advapi32 converts at its edge.
 */
#ifndef WINRUN_SERVER_REGISTRY_H
#define WINRUN_SERVER_REGISTRY_H

#include <stdio.h>
#include "windef.h"
#include "ntstatus.h"

/* value types (winnt.h's REG_*; our include/ has no winreg.h yet) */
#ifndef REG_NONE
#define REG_NONE                       0
#define REG_SZ                         1
#define REG_EXPAND_SZ                  2
#define REG_BINARY                     3
#define REG_DWORD                      4
#define REG_DWORD_BIG_ENDIAN           5
#define REG_LINK                       6
#define REG_MULTI_SZ                   7
#define REG_RESOURCE_LIST              8
#define REG_FULL_RESOURCE_DESCRIPTOR   9
#define REG_RESOURCE_REQUIREMENTS_LIST 10
#define REG_QWORD                      11
#endif

/* Windows' limits: a key name component is at most 255 units, a value
 * name at most 16383, a tree 512 levels deep. */
#define REG_MAX_KEY_NAME   255
#define REG_MAX_VALUE_NAME 16383
#define REG_MAX_DEPTH      512   /* levels of keys below a root */

struct reg_key;

struct reg_value {
    WCHAR *name;      /* "" is the default value ("@" in files) */
    DWORD type;       /* any number, not only the REG_* above */
    DWORD size;       /* bytes */
    BYTE *data;       /* malloc'ed, NULL when size is 0 */
};

/* What NtQueryKey(KeyFullInformation) reports; lengths in bytes as there. */
struct reg_key_info {
    DWORD subkeys, max_subkey_name;   /* max_subkey_name: bytes of the longest name */
    DWORD values, max_value_name;     /* bytes */
    DWORD max_value_data;             /* bytes */
    ULONGLONG last_write;             /* FILETIME: 100 ns units since 1601 */
};

/* ---- tree (registry.c) ---- */

/* A new root key with no name (a hive's top: HKLM, HKCU...). NULL when out
 * of memory. */
struct reg_key *reg_root_new(void);
/* Drops the caller's reference; the tree below a root goes with it. */
void reg_key_release(struct reg_key *key);
struct reg_key *reg_key_addref(struct reg_key *key);

/* PATH is relative to BASE, components separated by '\'; an empty path
 * is BASE itself, one trailing '\' is tolerated, any other empty component
 * (a leading '\', "a\\b") is STATUS_OBJECT_NAME_INVALID, a component over
 * 255 units STATUS_INVALID_PARAMETER. LEN is in units, or -1 for
 * NUL-terminated. On success *RESULT holds a new reference. */
NTSTATUS reg_key_open(struct reg_key *base, const WCHAR *path, int len, struct reg_key **result);
/* Opens or creates every missing component. *CREATED (may be NULL) tells
 * whether the last component was new. VOLATILE keys are never saved, and a
 * non-volatile key cannot be created below a volatile one
 * (STATUS_CHILD_MUST_BE_VOLATILE), as on Windows. */
NTSTATUS reg_key_create(struct reg_key *base, const WCHAR *path, int len, int is_volatile,
                        struct reg_key **result, int *created);
/* Deletes KEY itself (not a root): STATUS_CANNOT_DELETE while it has
 * subkeys, as NtDeleteKey (RegDeleteKey reports ERROR_ACCESS_DENIED). The
 * caller's reference stays valid; further use gives STATUS_KEY_DELETED. */
NTSTATUS reg_key_delete(struct reg_key *key);
/* Deletes every subkey and every value of KEY, the key itself staying
 * (RegDeleteTree's meaning); then the caller may reg_key_delete it. */
NTSTATUS reg_key_delete_tree(struct reg_key *key);

int reg_key_is_deleted(const struct reg_key *key);
int reg_key_is_volatile(const struct reg_key *key);
const WCHAR *reg_key_name(const struct reg_key *key);   /* as created; "" for a root */
struct reg_key *reg_key_parent(const struct reg_key *key);   /* no reference; NULL for a root */

/* Subkeys in Windows' order (sorted case-insensitively); INDEX past the
 * end is STATUS_NO_MORE_ENTRIES. The pointer is valid until the next
 * change to KEY. */
NTSTATUS reg_key_enum_subkey(const struct reg_key *key, DWORD index, struct reg_key **subkey);
/* Values in the order they were first set, as Windows enumerates them. */
NTSTATUS reg_key_enum_value(const struct reg_key *key, DWORD index, const struct reg_value **value);
NTSTATUS reg_key_query_info(const struct reg_key *key, struct reg_key_info *info);

/* The merged view HKEY_CLASSES_ROOT gives: TOP (the user's classes) over
 * BASE (the machine's). Subkeys of both in order, a name in both once (as
 * TOP's); TOP's values, then BASE's that TOP has not; a deleted TOP is
 * empty. Counts agree with the enumerations. */
NTSTATUS reg_merged_enum_subkey(const struct reg_key *top, const struct reg_key *base, DWORD index,
                                struct reg_key **subkey);
NTSTATUS reg_merged_enum_value(const struct reg_key *top, const struct reg_key *base, DWORD index,
                               const struct reg_value **value);
NTSTATUS reg_merged_value_get(const struct reg_key *top, const struct reg_key *base, const WCHAR *name,
                              const struct reg_value **value);
NTSTATUS reg_merged_query_info(const struct reg_key *top, const struct reg_key *base, struct reg_key_info *info);

/* NAME NULL or "" is the default value. Get: STATUS_OBJECT_NAME_NOT_FOUND
 * when unset; the pointer is valid until the next change to KEY. */
NTSTATUS reg_value_get(const struct reg_key *key, const WCHAR *name, const struct reg_value **value);
NTSTATUS reg_value_set(struct reg_key *key, const WCHAR *name, DWORD type, const void *data, DWORD size);
NTSTATUS reg_value_delete(struct reg_key *key, const WCHAR *name);

/* Last write time: set by every change to the key's values or its list of
 * subkeys. reg_key_set_time overrides it (loading, tests). */
ULONGLONG reg_key_last_write(const struct reg_key *key);
void reg_key_set_time(struct reg_key *key, ULONGLONG filetime);
ULONGLONG reg_now(void);   /* the current time as a FILETIME */

/* Counts changes below a root: the server saves a hive when this moves. */
unsigned long long reg_root_changes(const struct reg_key *root);

/* ---- text format (registry_text.c) ---- */

/* The roots a .reg file may name. NAME is the full name
 * ("HKEY_LOCAL_MACHINE"), SHORT_NAME its abbreviation ("HKLM"); both are
 * accepted in files and key paths, NAME is written. */
struct reg_root_name {
    const char *name;
    const char *short_name;
    struct reg_key *key;
};

struct reg_error {
    unsigned line;          /* 1-based; 0 when not about a line */
    char reason[200];
};

/* Applies a .reg text (REGEDIT4 or "Windows Registry Editor Version
 * 5.00"; UTF-8, or UTF-16LE with its BOM) to the roots named. The whole
 * text is checked before anything changes: a corrupt file changes
 * nothing and gives the line and reason. */
NTSTATUS reg_import_text(const char *text, size_t len, const struct reg_root_name *roots, int nroots,
                         struct reg_error *err);
/* Reads FILE and imports it; a missing file is STATUS_OBJECT_NAME_NOT_FOUND
 * (reason says so). */
NTSTATUS reg_import_file(const char *path, const struct reg_root_name *roots, int nroots, struct reg_error *err);

/* Writes KEY and everything below it (volatile keys left out) as
 * REGEDIT4 text, each section named PATH\subkey...; HEADER adds the
 * "REGEDIT4" line. Returns a malloc'ed NUL-terminated text (NULL when
 * out of memory), *LEN its length. */
char *reg_export_text(const struct reg_key *key, const char *path, int header, size_t *len);

/* Saves a root atomically: the text goes to a temporary file in the same
 * directory, is fsync'ed and renamed over PATH, and the directory is
 * fsync'ed. On failure PATH is untouched, the temporary file removed and
 * ERR says why. */
NTSTATUS reg_save_file(const struct reg_key *root, const char *root_name, const char *path, struct reg_error *err);

/* The hives a prefix keeps, each in its own file there: their root names
 * in .reg files and their file names (registry_text.c). */
enum { HIVE_MACHINE, HIVE_USER, HIVE_DEFAULT_USER, NHIVES };
struct reg_hive_name {
    const char *name, *short_name, *file;
};
extern const struct reg_hive_name hive_names[NHIVES];

/* ---- defaults (registry_defaults.c) ---- */

/* Fills a new prefix's HKLM and HKCU with what Windows 10 holds and
 * programs read. USER is the Windows user name (profile C:\users\USER). */
NTSTATUS reg_add_defaults(struct reg_key *hklm, struct reg_key *hkcu, const char *user);

#endif
