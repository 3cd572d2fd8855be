/*
 * winrun.conf, the prefix's configuration (docs/prefix.md): INI text read
 * once at start-up, before anything else looks at it.
 *
 *   [winrun]        version = win10 | win81 | win8 | win7 | MAJOR.MINOR.BUILD
 *   [dlls]          NAME = builtin | native | builtin,native | native,builtin | disabled
 *   [drives]        d: = /unix/path
 *   [env]           NAME = value
 *   [app:NAME.exe]  any of the above as section.key = value, for that program
 *
 * A line that is not a section, a `key = value` or a comment (`;` or `#`)
 * stops the program with one `winrun:` line naming the file and line: a
 * prefix set up wrong should not run programs in a way the user did not
 * ask for.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "ntdll_private.h"

struct config_entry {
    char *section, *key, *value;
    int line;
};

/* read-only once config_load has returned */
static struct config_entry *entries;
static size_t entry_count;
static char *config_path;

static char *trim(char *s)
{
    char *end;
    while (isspace((unsigned char)*s)) s++;
    end = s + strlen(s);
    while (end > s && isspace((unsigned char)end[-1])) *--end = 0;
    return s;
}

static int add_entry(const char *section, const char *key, const char *value, int line)
{
    struct config_entry *grown = realloc(entries, (entry_count + 1) * sizeof(*entries));
    if (!grown) return -1;
    entries = grown;
    entries[entry_count].section = strdup(section);
    entries[entry_count].key = strdup(key);
    entries[entry_count].value = strdup(value);
    entries[entry_count].line = line;
    if (!entries[entry_count].section || !entries[entry_count].key || !entries[entry_count].value) return -1;
    entry_count++;
    return 0;
}

/* Keeps the entries that apply to EXE_NAME: the plain sections, and the
 * app section's "section.key" entries after them (so they win). */
int config_load(const char *prefix, const char *exe_name)
{
    char line[4096], section[256] = "", app[300];
    int number = 0, ret = 0;
    FILE *f;

    if (asprintf(&config_path, "%s/winrun.conf", prefix) < 0) return -1;
    if (!(f = fopen(config_path, "r"))) {
        if (errno == ENOENT) return 0;
        winrun_error("%s: %s", config_path, strerror(errno));
        return -1;
    }
    snprintf(app, sizeof(app), "app:%s", exe_name);
    while (fgets(line, sizeof(line), f)) {
        char *s = trim(line), *eq, *key, *value, *dot;
        number++;
        if (!*s || *s == ';' || *s == '#') continue;
        if (*s == '[') {
            char *end = strchr(s, ']');
            if (!end || end[1] || end - s - 1 >= (long)sizeof(section)) {
                winrun_error("%s:%d: a section header is [NAME]", config_path, number);
                ret = -1;
                break;
            }
            *end = 0;
            snprintf(section, sizeof(section), "%s", trim(s + 1));
            continue;
        }
        if (!(eq = strchr(s, '=')) || !*section) {
            winrun_error("%s:%d: expected \"key = value\" inside a [section]", config_path, number);
            ret = -1;
            break;
        }
        *eq = 0;
        key = trim(s);
        value = trim(eq + 1);
        if (!strncasecmp(section, "app:", 4)) {
            if (strcasecmp(section, app)) continue;          /* another program's */
            if (!(dot = strchr(key, '.'))) {
                winrun_error("%s:%d: in an [app:...] section keys are section.key", config_path, number);
                ret = -1;
                break;
            }
            *dot = 0;
            if (add_entry(key, dot + 1, value, -number)) { ret = -1; break; }
        } else if (add_entry(section, key, value, number)) {
            ret = -1;
            break;
        }
    }
    fclose(f);
    return ret;
}

/* The value of KEY in SECTION (case-insensitive), the program's own first. */
const char *config_get(const char *section, const char *key)
{
    const char *found = NULL;
    for (size_t i = 0; i < entry_count; i++)
        if (!strcasecmp(entries[i].section, section) && !strcasecmp(entries[i].key, key)) found = entries[i].value;
    return found;
}

/* Calls FUNC for each key of SECTION, later (app) entries after earlier ones. */
void config_for_each(const char *section, void (*func)(const char *key, const char *value, void *ctx), void *ctx)
{
    for (size_t i = 0; i < entry_count; i++)
        if (!strcasecmp(entries[i].section, section)) func(entries[i].key, entries[i].value, ctx);
}

/* [winrun] version: fills the PEB's version; -1 (after a winrun: line) if unknown. */
int config_apply_version(PEB *peb)
{
    static const struct { const char *name; ULONG major, minor, build; } names[] = {
        { "win11", 10, 0, 22631 }, { "win10", 10, 0, 19045 }, { "win81", 6, 3, 9600 },
        { "win8", 6, 2, 9200 }, { "win7", 6, 1, 7601 },
    };
    const char *v = config_get("winrun", "version");
    unsigned int major, minor, build;

    if (!v) return 0;
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        if (strcasecmp(v, names[i].name)) continue;
        peb->OSMajorVersion = names[i].major;
        peb->OSMinorVersion = names[i].minor;
        peb->OSBuildNumber = (USHORT)names[i].build;
        return 0;
    }
    if (sscanf(v, "%u.%u.%u", &major, &minor, &build) == 3 && major >= 5 && major <= 10 && build < 65536) {
        peb->OSMajorVersion = major;
        peb->OSMinorVersion = minor;
        peb->OSBuildNumber = (USHORT)build;
        return 0;
    }
    winrun_error("%s: version \"%s\" is not win7, win8, win81, win10, win11 or MAJOR.MINOR.BUILD", config_path, v);
    return -1;
}

/* [dlls] NAME (without or with ".dll", case-insensitive): the search order. */
enum dll_order config_dll_order(const char *name)
{
    char base[256];
    const char *v;
    size_t n = strlen(name);

    if (n >= sizeof(base)) return DLL_BUILTIN_NATIVE;
    memcpy(base, name, n + 1);
    if (n > 4 && !strcasecmp(base + n - 4, ".dll")) base[n - 4] = 0;
    if (!(v = config_get("dlls", base)) && !(v = config_get("dlls", name))) return DLL_BUILTIN_NATIVE;
    if (!strcasecmp(v, "builtin")) return DLL_BUILTIN;
    if (!strcasecmp(v, "native")) return DLL_NATIVE;
    if (!strcasecmp(v, "native,builtin") || !strcasecmp(v, "n,b")) return DLL_NATIVE_BUILTIN;
    if (!strcasecmp(v, "disabled") || !*v) return DLL_DISABLED;
    return DLL_BUILTIN_NATIVE;
}

/* [drives] x: = /path: the drive's link in dosdevices points there. */
static void apply_drive(const char *key, const char *value, void *ctx)
{
    const char *prefix = ctx;
    char link[4096], current[4096];
    ssize_t n;

    if (strlen(key) != 2 || key[1] != ':' || !isalpha((unsigned char)key[0]) || *value != '/') {
        winrun_error("%s: [drives] takes \"x: = /unix/path\", not \"%s = %s\"", config_path, key, value);
        return;
    }
    snprintf(link, sizeof(link), "%s/dosdevices/%c:", prefix, tolower((unsigned char)key[0]));
    n = readlink(link, current, sizeof(current) - 1);
    if (n >= 0) {
        current[n] = 0;
        if (!strcmp(current, value)) return;
        unlink(link);
    }
    if (symlink(value, link)) winrun_error("%s: cannot map %s to %s: %s", config_path, key, value, strerror(errno));
}

void config_apply_drives(const char *prefix)
{
    config_for_each("drives", apply_drive, (void *)prefix);
}
