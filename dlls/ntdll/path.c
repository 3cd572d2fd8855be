/*
 * The one path mapper between DOS and Unix names.
 *
 *   C:\a\b  -> PREFIX/dosdevices/c:/a/b   (the kernel follows the drive link)
 *   \\?\C:\a -> the same; forward slashes are accepted as separators
 *   /x/y    -> C:\... when inside PREFIX/drive_c, else Z:\x\y
 *
 * Case-insensitive lookup of each component is not done here yet; UNC and
 * device paths are refused (NULL) so callers fail with a clear error.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ntdll_private.h"

static int is_sep(WCHAR c) { return c == '\\' || c == '/'; }

static int is_drive(const WCHAR *p)
{
    return ((p[0] | 0x20) >= 'a' && (p[0] | 0x20) <= 'z') && p[1] == ':';
}

/* the current directory's drive letter, for "\foo" paths */
static WCHAR current_drive(void)
{
    const UNICODE_STRING *cwd = &process.peb->ProcessParameters->CurrentDirectory.DosPath;
    return cwd->Length >= 2 * sizeof(WCHAR) && is_drive(cwd->Buffer) ? cwd->Buffer[0] : 'C';
}

char *dos_to_unix_path(const WCHAR *dos)
{
    const WCHAR *rest;
    const UNICODE_STRING *cwd = NULL;
    WCHAR drive;
    char *tail, *result;
    size_t plen, clen = 0;

    if (!dos || !*dos) return NULL;
    if (is_sep(dos[0]) && is_sep(dos[1]) && (dos[2] == '?' || dos[2] == '.') && is_sep(dos[3])) dos += 4;
    if (is_drive(dos)) {
        drive = dos[0] | 0x20;
        rest = dos + 2;
        if (!is_sep(*rest)) return NULL;     /* drive-relative "C:foo": not supported yet */
    } else if (is_sep(dos[0])) {
        if (is_sep(dos[1])) return NULL;     /* UNC: not supported yet */
        drive = current_drive() | 0x20;
        rest = dos;
    } else {
        cwd = &process.peb->ProcessParameters->CurrentDirectory.DosPath;
        if (cwd->Length < 3 * sizeof(WCHAR) || !is_drive(cwd->Buffer)) return NULL;
        drive = cwd->Buffer[0] | 0x20;
        rest = dos;
    }

    if (!(tail = utf16_to_utf8_dup(rest))) return NULL;
    for (char *p = tail; *p; p++) if (*p == '\\') *p = '/';
    if (cwd) {
        /* cwd is "X:\dir\" (with the trailing separator); take "\dir\" */
        WCHAR *dir = malloc(cwd->Length);
        char *udir;
        size_t n = cwd->Length / sizeof(WCHAR) - 2;
        if (!dir) { free(tail); return NULL; }
        memcpy(dir, cwd->Buffer + 2, n * sizeof(WCHAR));
        dir[n] = 0;
        udir = utf16_to_utf8_dup(dir);
        free(dir);
        if (!udir) { free(tail); return NULL; }
        for (char *p = udir; *p; p++) if (*p == '\\') *p = '/';
        clen = strlen(udir);
        plen = strlen(process.prefix);
        result = malloc(plen + 16 + clen + strlen(tail) + 2);
        if (result) sprintf(result, "%s/dosdevices/%c:%s%s%s", process.prefix, (char)drive, udir,
                            clen && udir[clen - 1] == '/' ? "" : "/", tail);
        free(udir);
    } else {
        plen = strlen(process.prefix);
        result = malloc(plen + 16 + strlen(tail) + 1);
        if (result) sprintf(result, "%s/dosdevices/%c:%s", process.prefix, (char)drive, tail);
    }
    free(tail);
    return result;
}

WCHAR *unix_to_dos_path(const char *unix_path)
{
    size_t clen = process.drive_c ? strlen(process.drive_c) : 0;
    const char *rest;
    char *dos;
    WCHAR *result;

    if (clen && !strncmp(unix_path, process.drive_c, clen) && (unix_path[clen] == '/' || !unix_path[clen])) {
        rest = unix_path + clen;
        if (!(dos = malloc(strlen(rest) + 4))) return NULL;
        sprintf(dos, "C:%s", *rest ? rest : "/");
    } else {
        if (!(dos = malloc(strlen(unix_path) + 3))) return NULL;
        sprintf(dos, "Z:%s", unix_path);
    }
    for (char *p = dos; *p; p++) if (*p == '/') *p = '\\';
    result = utf8_to_utf16_dup(dos);
    free(dos);
    return result;
}
