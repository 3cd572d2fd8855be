/*
 * Prefixes: --prefix, else $WINRUN_PREFIX, else ~/.winrun. A new prefix is
 * a few directories, two symlinks and a commented winrun.conf, made in well
 * under a millisecond (docs/prefix.md):
 *
 *   drive_c/windows/system32/   (builtin DLLs are not copied here)
 *   drive_c/users/USER/{AppData/{Roaming,Local,LocalLow},Desktop,Documents,...,Temp}
 *   drive_c/users/Public, ProgramData, Program Files, Program Files (x86)
 *   dosdevices/c: -> ../drive_c
 *   dosdevices/z: -> /
 *   winrun.conf
 *
 * Creation goes through a temporary directory renamed into place, so two
 * processes starting at once never see half a prefix.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include "winrun/user.h"
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


/* What a new winrun.conf says: every setting, commented out (docs/prefix.md). */
static const char default_config[] =
    "; winrun.conf: settings of this prefix (see docs/prefix.md in winrun's sources).\n"
    "; Lines are \"key = value\" inside [sections]; ';' or '#' starts a comment.\n"
    "\n"
    "[winrun]\n"
    "; the Windows version programs see: win7, win8, win81, win10 (default), win11 or 10.0.19045\n"
    ";version = win10\n"
    "\n"
    "[dlls]\n"
    "; per DLL: builtin, native, builtin,native (default), native,builtin or disabled\n"
    ";d3dcompiler_47 = native,builtin\n"
    "\n"
    "[drives]\n"
    "; more drive letters: x: = /unix/path (c: is drive_c, z: is /)\n"
    ";d: = /mnt/data\n"
    "\n"
    "[env]\n"
    "; environment variables added for Windows programs\n"
    ";MYAPP_HOME = C:\\myapp\n"
    "\n"
    "; [app:NAME.exe] sections apply to one program: section.key = value\n"
    ";[app:setup.exe]\n"
    ";winrun.version = win7\n";

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st; (void)type; (void)ftw;
    remove(path);
    return 0;
}

/* the profile folders Windows makes for a user (under users/NAME) */
static const char *const profile[] = {
    "", "/AppData", "/AppData/Roaming", "/AppData/Local", "/AppData/LocalLow", "/Desktop", "/Documents",
    "/Downloads", "/Music", "/Pictures", "/Videos", "/Favorites", "/Temp", NULL
};

static int make_profile(const char *root, const char *user)
{
    char dir[PATH_MAX];
    for (const char *const *p = profile; *p; p++) {
        snprintf(dir, sizeof(dir), "drive_c/users/%s%s", user, *p);
        const char *const one[] = { dir, NULL };
        if (make_dirs(root, one)) return -1;
    }
    return 0;
}

/* A prefix made by an older winrun, or used by another user, gets the
 * profile folders it lacks: one stat when they are there. */
static void ensure_profile(const char *path)
{
    char dir[PATH_MAX];
    struct stat st;
    char name_buf[256];
    const char *user = winrun_user_name(name_buf, sizeof(name_buf));

    if (snprintf(dir, sizeof(dir), "%s/drive_c/users/%s/AppData/Roaming", path, user) >= (int)sizeof(dir) ||
        !stat(dir, &st))
        return;
    if (snprintf(dir, sizeof(dir), "%s/drive_c/users", path) < (int)sizeof(dir) && !stat(dir, &st)) {
        static const char *const shared[] = { "drive_c/users/Public", "drive_c/users/Public/Desktop",
                                              "drive_c/users/Public/Documents", "drive_c/Program Files (x86)", NULL };
        make_dirs(path, shared);
        make_profile(path, user);
    }
}

static int create_prefix(const char *path)
{
    static const char *const dirs[] = {
        "drive_c", "drive_c/windows", "drive_c/windows/system32", "drive_c/windows/Fonts", "drive_c/windows/temp",
        "drive_c/ProgramData", "drive_c/Program Files", "drive_c/Program Files (x86)", "drive_c/users",
        "drive_c/users/Public", "drive_c/users/Public/Desktop", "drive_c/users/Public/Documents", "dosdevices",
        NULL
    };
    char tmp[PATH_MAX], link[PATH_MAX + 32];
    char name_buf[256];
    const char *user = winrun_user_name(name_buf, sizeof(name_buf));
    int saved;
    FILE *f;

    if (snprintf(tmp, sizeof(tmp), "%s.new.%d", path, (int)getpid()) >= (int)sizeof(tmp)) return -1;
    if (mkdir(tmp, 0755)) return -1;
    if (make_dirs(tmp, dirs) || make_profile(tmp, user)) goto fail;
    snprintf(link, sizeof(link), "%s/dosdevices/c:", tmp);
    if (symlink("../drive_c", link)) goto fail;
    snprintf(link, sizeof(link), "%s/dosdevices/z:", tmp);
    if (symlink("/", link)) goto fail;
    snprintf(link, sizeof(link), "%s/winrun.conf", tmp);
    if (!(f = fopen(link, "w"))) goto fail;
    if (fputs(default_config, f) == EOF) { fclose(f); goto fail; }
    if (fclose(f)) goto fail;
    if (rename(tmp, path) == 0) return 0;
    if (errno == EEXIST || errno == ENOTEMPTY) {   /* another process won the race: use theirs */
        nftw(tmp, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
        return 0;
    }
fail:
    saved = errno;
    nftw(tmp, remove_entry, 16, FTW_DEPTH | FTW_PHYS);   /* best effort: remove our partial tree */
    errno = saved;
    return -1;
}

char *prefix_open(const char *explicit_path)
{
    char buf[PATH_MAX], *real;
    const char *path = winrun_prefix_location(explicit_path, buf, sizeof(buf));
    struct stat st;

    if (!path) {
        fprintf(stderr, "winrun: cannot find the prefix: HOME is not set (use --prefix or WINRUN_PREFIX)\n");
        return NULL;
    }
    /* an empty directory (made with mkdir for --prefix) becomes a new prefix */
    if (!stat(path, &st) && S_ISDIR(st.st_mode) && !rmdir(path)) errno = ENOENT;
    else errno = 0;
    if (errno == ENOENT || stat(path, &st)) {
        if (errno != ENOENT || create_prefix(path)) {
            fprintf(stderr, "winrun: %s: cannot create the prefix: %s\n", path, strerror(errno));
            return NULL;
        }
    } else if (!S_ISDIR(st.st_mode)) {
        fprintf(stderr, "winrun: %s: the prefix is not a directory\n", path);
        return NULL;
    }
    ensure_profile(path);
    if (!(real = realpath(path, NULL))) {
        fprintf(stderr, "winrun: %s: %s\n", path, strerror(errno));
        return NULL;
    }
    return real;
}
