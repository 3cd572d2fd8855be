/*
 * C:\windows\system32 as a view of the builtin DLLs (docs/prefix.md): a
 * new prefix holds no copies, yet programs look for "kernel32.dll" there
 * (by name, attributes, listing, or LoadLibrary with the full path). The
 * path mapper (path.c) asks here when a name in the prefix's system32 is
 * missing on disk: a builtin's name maps to its .so in the builtin
 * directory, so opening it for reading, its size and its times are the
 * .so's; FindFirstFile (kernel32/find.c) adds the names to a listing.
 * Real files in system32 win over the view. The view is read-only:
 * NtCreateFile and kernel32's name operations refuse to change its files
 * (path_in_view), with STATUS_ACCESS_DENIED as Windows gives a user.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "ntdll_private.h"

#define BUILTIN_SUFFIX ".dll.so"

/* Is the Unix directory DIR the prefix's drive_c/windows/system32? */
static int is_system32(const char *dir)
{
    char sys32[4200];
    struct stat a, b;

    if (!process.drive_c || !process.libdir) return 0;
    if (snprintf(sys32, sizeof(sys32), "%s/windows/system32", process.drive_c) >= (int)sizeof(sys32)) return 0;
    return !stat(dir, &a) && !stat(sys32, &b) && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* The .so behind the builtin NAME ("Kernel32.DLL"), malloc'ed; NULL if none. */
static char *builtin_file(const char *name)
{
    size_t n = strlen(name);
    char *path, *p;
    struct stat st;

    if (n < 5 || n > 255 || strchr(name, '/') || strcasecmp(name + n - 4, ".dll")) return NULL;
    if (asprintf(&path, "%s/%s.so", process.libdir, name) < 0) return NULL;
    for (p = path + strlen(process.libdir) + 1; *p; p++) if (*p >= 'A' && *p <= 'Z') *p += 'a' - 'A';
    if (stat(path, &st) || !S_ISREG(st.st_mode)) {
        free(path);
        return NULL;
    }
    return path;
}

char *path_view_file(const char *dir, const char *name)
{
    return is_system32(dir) ? builtin_file(name) : NULL;
}

int path_in_view(const char *unix_path)
{
    size_t n = process.libdir ? strlen(process.libdir) : 0;
    return n && unix_path && !strncmp(unix_path, process.libdir, n) && unix_path[n] == '/' &&
           !strchr(unix_path + n + 1, '/');
}

char **path_view_list(const char *dir)
{
    size_t count = 0, cap = 0, bytes = 0;
    char **names = NULL, **grown, *text;
    struct dirent *de;
    DIR *d;

    if (!is_system32(dir) || !(d = opendir(process.libdir))) return NULL;
    while ((de = readdir(d))) {
        size_t n = strlen(de->d_name);
        if (n <= strlen(BUILTIN_SUFFIX) || strcmp(de->d_name + n - strlen(BUILTIN_SUFFIX), BUILTIN_SUFFIX)) continue;
        if (count + 1 >= cap) {
            cap = cap ? cap * 2 : 32;
            if (!(grown = realloc(names, cap * sizeof(*names)))) break;
            names = grown;
        }
        if (!(names[count] = strndup(de->d_name, n - 3))) break;   /* without ".so" */
        bytes += n - 2;
        count++;
    }
    closedir(d);
    /* one block: the pointers, then the strings, so one free() releases it */
    grown = count ? malloc((count + 1) * sizeof(*names) + bytes) : NULL;
    if (grown) {
        text = (char *)(grown + count + 1);
        for (size_t i = 0; i < count; i++) {
            grown[i] = strcpy(text, names[i]);
            text += strlen(names[i]) + 1;
        }
        grown[count] = NULL;
    }
    for (size_t i = 0; i < count; i++) free(names[i]);
    free(names);
    return grown;
}
