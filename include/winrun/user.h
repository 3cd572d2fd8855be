/*
 * Who the user is and where their prefix is, for every program of winrun
 * (the loader, winrun-server, winrun-reg, the DLLs).
 *
 * The Windows user name of this Unix user: $USER when it can name a
 * folder (not empty, no '/' or '\'), else the real uid's passwd entry,
 * else "user". One rule for the profile folder (loader/prefix.c), the
 * environment (ntdll/env.c), the registry's defaults (server/) and
 * GetUserName, which must all agree.
 */
#ifndef WINRUN_USER_H
#define WINRUN_USER_H

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static inline int winrun_user_name_usable(const char *name)
{
    return name && *name && !strchr(name, '/') && !strchr(name, '\\');
}

/* BUF (SIZE bytes) holds the name when it comes from the passwd entry. */
static inline const char *winrun_user_name(char *buf, size_t size)
{
    const char *user = getenv("USER");
    struct passwd pw, *found = NULL;
    char pwbuf[1024];

    if (winrun_user_name_usable(user)) return user;
    if (!getpwuid_r(getuid(), &pw, pwbuf, sizeof(pwbuf), &found) && found &&
        winrun_user_name_usable(found->pw_name) && strlen(found->pw_name) < size) {
        strcpy(buf, found->pw_name);
        return buf;
    }
    return "user";
}

/* The prefix's path as given: EXPLICIT (--prefix), else $WINRUN_PREFIX,
 * else ~/.winrun (written into BUF); NULL when HOME is needed and unset. */
static inline const char *winrun_prefix_location(const char *explicit_path, char *buf, size_t size)
{
    const char *path = explicit_path ? explicit_path : getenv("WINRUN_PREFIX");
    const char *home;

    if (path && *path) return path;
    if (!(home = getenv("HOME")) || !*home) return NULL;
    if ((size_t)snprintf(buf, size, "%s/.winrun", home) >= size) return NULL;
    return buf;
}

#endif
