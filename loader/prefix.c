/*
 * Prefixes: --prefix, else $WINRUN_PREFIX, else ~/.winrun. A new prefix is
 * a few directories and two symlinks, made in well under a millisecond:
 *
 *   drive_c/windows/system32/   (builtin DLLs are not copied here)
 *   drive_c/users/USER/Temp/
 *   dosdevices/c: -> ../drive_c
 *   dosdevices/z: -> /
 *
 * Creation goes through a temporary directory renamed into place, so two
 * processes starting at once never see half a prefix.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "prefix.h"

static int make_dirs(const char *root, const char *const *dirs)
{
    char path[PATH_MAX];
    for (; *dirs; dirs++) {
        if (snprintf(path, sizeof(path), "%s/%s", root, *dirs) >= (int)sizeof(path)) return -1;
        if (mkdir(path, 0755) && errno != EEXIST) return -1;
    }
    return 0;
}

static const char *user_name(void)
{
    const char *user = getenv("USER");
    struct passwd *pw;
    if (user && *user && !strchr(user, '/')) return user;
    if ((pw = getpwuid(getuid()))) return pw->pw_name;
    return "user";
}

static int create_prefix(const char *path)
{
    char tmp[PATH_MAX], users[PATH_MAX], temp[PATH_MAX], link[PATH_MAX + 32];
    int saved = 0;
    const char *user = user_name();
    const char *const dirs[] = { "drive_c", "drive_c/windows", "drive_c/windows/system32", "drive_c/users",
                                 "drive_c/ProgramData", "drive_c/Program Files", "dosdevices", NULL };

    if (snprintf(tmp, sizeof(tmp), "%s.new.%d", path, (int)getpid()) >= (int)sizeof(tmp)) return -1;
    if (mkdir(tmp, 0755)) return -1;
    snprintf(users, sizeof(users), "drive_c/users/%s", user);
    snprintf(temp, sizeof(temp), "drive_c/users/%s/Temp", user);
    const char *const user_dirs[] = { users, temp, NULL };
    if (make_dirs(tmp, dirs) || make_dirs(tmp, user_dirs)) goto fail;
    snprintf(link, sizeof(link), "%s/dosdevices/c:", tmp);
    if (symlink("../drive_c", link)) goto fail;
    snprintf(link, sizeof(link), "%s/dosdevices/z:", tmp);
    if (symlink("/", link)) goto fail;
    if (rename(tmp, path) == 0) return 0;
    if (errno == EEXIST || errno == ENOTEMPTY) {   /* another process won the race: use theirs */
        errno = 0;
        goto cleanup;
    }
fail:
    saved = errno;
cleanup:
    {
        char cmd[PATH_MAX + 32];
        /* best effort: remove our partial tree */
        snprintf(cmd, sizeof(cmd), "%s/dosdevices/c:", tmp); unlink(cmd);
        snprintf(cmd, sizeof(cmd), "%s/dosdevices/z:", tmp); unlink(cmd);
        const char *const rm[] = { temp, users, "drive_c/users", "drive_c/windows/system32", "drive_c/windows",
                                   "drive_c/ProgramData", "drive_c/Program Files", "drive_c", "dosdevices" };
        for (size_t i = 0; i < sizeof(rm) / sizeof(rm[0]); i++) {
            snprintf(cmd, sizeof(cmd), "%s/%s", tmp, rm[i]);
            rmdir(cmd);
        }
        rmdir(tmp);
    }
    if (errno == 0) return 0;
    errno = saved;
    return -1;
}

char *prefix_open(const char *explicit_path)
{
    const char *path = explicit_path ? explicit_path : getenv("WINRUN_PREFIX");
    char buf[PATH_MAX], *real;
    struct stat st;

    if (!path || !*path) {
        const char *home = getenv("HOME");
        if (!home || !*home) {
            fprintf(stderr, "winrun: cannot find the prefix: HOME is not set (use --prefix or WINRUN_PREFIX)\n");
            return NULL;
        }
        snprintf(buf, sizeof(buf), "%s/.winrun", home);
        path = buf;
    }
    if (stat(path, &st)) {
        if (errno != ENOENT || create_prefix(path)) {
            fprintf(stderr, "winrun: %s: cannot create the prefix: %s\n", path, strerror(errno));
            return NULL;
        }
    } else if (!S_ISDIR(st.st_mode)) {
        fprintf(stderr, "winrun: %s: the prefix is not a directory\n", path);
        return NULL;
    }
    if (!(real = realpath(path, NULL))) {
        fprintf(stderr, "winrun: %s: %s\n", path, strerror(errno));
        return NULL;
    }
    return real;
}
