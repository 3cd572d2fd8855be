/*
 * The content of a new prefix's registry: what Windows 10 Pro 22H2
 * (build 19045) holds in the keys programs commonly read. Values were
 * checked against Wine's prefix (`wine reg query`), which mostly matches
 * Windows, and corrected where Wine differs (Wine reports CurrentVersion
 * "10.0" and build 18362; Windows 10 keeps "6.3" there for old programs
 * and reports 19045).
 *
 * Time zones: the common ones of Windows' list, with their display names
 * and TZI rules (kernel32/timezone.c describes the host's own zone to
 * programs directly). FontSubstitutes has Windows' aliases; Fonts lists
 * the TrueType faces gdi32 offers (include/winrun/fonts.h, the table
 * gdi32 matches with) by Windows' file names, a fixed list so that no
 * font scan slows prefix creation. Not here yet: the hardware description
 * under HARDWARE (volatile on Windows, built at boot).
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "registry.h"
#include "winrun/unicode.h"
#include "winrun/fonts.h"

enum root { M, U };   /* HKLM, HKCU */

struct default_value {
    enum root root;
    const char *key;
    const char *name;     /* NULL: only create the key */
    DWORD type;
    const char *text;     /* strings: '~' stands for the profile, C:\users\USER */
    DWORD number;         /* REG_DWORD */
};

#define CV  "Software\\Microsoft\\Windows NT\\CurrentVersion"
#define ENV "System\\CurrentControlSet\\Control\\Session Manager\\Environment"
#define SF  "Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\Shell Folders"
#define USF "Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\User Shell Folders"
#define WCV "Software\\Microsoft\\Windows\\CurrentVersion"

/* The profile folders, as Shell Folders (expanded, REG_SZ) and User Shell
 * Folders (%USERPROFILE%, REG_EXPAND_SZ) list them. */
#define FOLDER(name, sub) \
    { U, SF, name, REG_SZ, "~\\" sub, 0 }, { U, USF, name, REG_EXPAND_SZ, "%USERPROFILE%\\" sub, 0 }

static const struct default_value defaults[] = {
    { M, CV, "ProductName", REG_SZ, "Windows 10 Pro", 0 },
    { M, CV, "EditionID", REG_SZ, "Professional", 0 },
    { M, CV, "CompositionEditionID", REG_SZ, "Enterprise", 0 },
    { M, CV, "InstallationType", REG_SZ, "Client", 0 },
    { M, CV, "CurrentVersion", REG_SZ, "6.3", 0 },
    { M, CV, "CurrentBuild", REG_SZ, "19045", 0 },
    { M, CV, "CurrentBuildNumber", REG_SZ, "19045", 0 },
    { M, CV, "CurrentMajorVersionNumber", REG_DWORD, NULL, 10 },
    { M, CV, "CurrentMinorVersionNumber", REG_DWORD, NULL, 0 },
    { M, CV, "CurrentType", REG_SZ, "Multiprocessor Free", 0 },
    { M, CV, "DisplayVersion", REG_SZ, "22H2", 0 },
    { M, CV, "ReleaseId", REG_SZ, "2009", 0 },
    { M, CV, "BuildLab", REG_SZ, "19041.vb_release.191206-1406", 0 },
    { M, CV, "BuildLabEx", REG_SZ, "19041.1.amd64fre.vb_release.191206-1406", 0 },
    { M, CV, "BuildBranch", REG_SZ, "vb_release", 0 },
    { M, CV, "ProductId", REG_SZ, "00330-80000-00000-AA000", 0 },
    { M, CV, "RegisteredOrganization", REG_SZ, "", 0 },
    { M, CV, "SoftwareType", REG_SZ, "System", 0 },
    { M, CV, "SystemRoot", REG_SZ, "C:\\windows", 0 },
    { M, CV, "PathName", REG_SZ, "C:\\windows", 0 },
    { M, CV "\\Fonts", NULL, 0, NULL, 0 },
    /* the aliases of Windows 10's FontSubstitutes that programs and dialog
     * templates name ("MS Shell Dlg" in every DS_SETFONT dialog) */
    { M, CV "\\FontSubstitutes", "MS Shell Dlg", REG_SZ, "Microsoft Sans Serif", 0 },
    { M, CV "\\FontSubstitutes", "MS Shell Dlg 2", REG_SZ, "Tahoma", 0 },
    { M, CV "\\FontSubstitutes", "Helv", REG_SZ, "MS Sans Serif", 0 },
    { M, CV "\\FontSubstitutes", "Helvetica", REG_SZ, "Arial", 0 },
    { M, CV "\\FontSubstitutes", "Times", REG_SZ, "Times New Roman", 0 },
    { M, CV "\\FontSubstitutes", "Tms Rmn", REG_SZ, "MS Serif", 0 },
    { M, CV "\\FontSubstitutes", "Courier", REG_SZ, "Courier New", 0 },

    { M, WCV, "ProgramFilesDir", REG_SZ, "C:\\Program Files", 0 },
    { M, WCV, "ProgramFilesDir (x86)", REG_SZ, "C:\\Program Files (x86)", 0 },
    { M, WCV, "ProgramW6432Dir", REG_SZ, "C:\\Program Files", 0 },
    { M, WCV, "CommonFilesDir", REG_SZ, "C:\\Program Files\\Common Files", 0 },
    { M, WCV, "CommonFilesDir (x86)", REG_SZ, "C:\\Program Files (x86)\\Common Files", 0 },
    { M, WCV, "CommonW6432Dir", REG_SZ, "C:\\Program Files\\Common Files", 0 },
    { M, WCV, "ProgramFilesPath", REG_EXPAND_SZ, "%ProgramFiles%", 0 },
    { M, WCV, "ProductId", REG_SZ, "00330-80000-00000-AA000", 0 },

    { M, ENV, "ComSpec", REG_EXPAND_SZ, "%SystemRoot%\\system32\\cmd.exe", 0 },
    { M, ENV, "OS", REG_SZ, "Windows_NT", 0 },
    { M, ENV, "Path", REG_EXPAND_SZ,
      "%SystemRoot%\\system32;%SystemRoot%;%SystemRoot%\\System32\\Wbem;"
      "%SYSTEMROOT%\\System32\\WindowsPowerShell\\v1.0\\", 0 },
    { M, ENV, "PATHEXT", REG_SZ, ".COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC", 0 },
    { M, ENV, "PROCESSOR_ARCHITECTURE", REG_SZ, "AMD64", 0 },
    { M, ENV, "TEMP", REG_EXPAND_SZ, "%SystemRoot%\\TEMP", 0 },
    { M, ENV, "TMP", REG_EXPAND_SZ, "%SystemRoot%\\TEMP", 0 },
    { M, ENV, "USERNAME", REG_SZ, "SYSTEM", 0 },
    { M, ENV, "windir", REG_EXPAND_SZ, "%SystemRoot%", 0 },

    { M, "System\\CurrentControlSet\\Control\\Nls\\CodePage", "ACP", REG_SZ, "1252", 0 },
    { M, "System\\CurrentControlSet\\Control\\Nls\\CodePage", "OEMCP", REG_SZ, "437", 0 },
    { M, "System\\CurrentControlSet\\Control\\Nls\\CodePage", "MACCP", REG_SZ, "10000", 0 },
    /* HKEY_CURRENT_CONFIG is this key; HKEY_CLASSES_ROOT merges the two
     * Software\Classes keys */
    { M, "System\\CurrentControlSet\\Hardware Profiles\\Current", NULL, 0, NULL, 0 },
    { M, "Software\\Classes", NULL, 0, NULL, 0 },
    { U, "Software\\Classes", NULL, 0, NULL, 0 },

    { U, "Environment", "TEMP", REG_EXPAND_SZ, "%USERPROFILE%\\Temp", 0 },
    { U, "Environment", "TMP", REG_EXPAND_SZ, "%USERPROFILE%\\Temp", 0 },

    FOLDER("AppData", "AppData\\Roaming"),
    FOLDER("Local AppData", "AppData\\Local"),
    FOLDER("Desktop", "Desktop"),
    FOLDER("Personal", "Documents"),
    FOLDER("My Music", "Music"),
    FOLDER("My Pictures", "Pictures"),
    FOLDER("My Videos", "Videos"),
    FOLDER("Favorites", "Favorites"),
    FOLDER("Cache", "AppData\\Local\\Microsoft\\Windows\\INetCache"),
    FOLDER("Cookies", "AppData\\Local\\Microsoft\\Windows\\INetCookies"),
    FOLDER("History", "AppData\\Local\\Microsoft\\Windows\\History"),
    FOLDER("NetHood", "AppData\\Roaming\\Microsoft\\Windows\\Network Shortcuts"),
    FOLDER("PrintHood", "AppData\\Roaming\\Microsoft\\Windows\\Printer Shortcuts"),
    FOLDER("Recent", "AppData\\Roaming\\Microsoft\\Windows\\Recent"),
    FOLDER("SendTo", "AppData\\Roaming\\Microsoft\\Windows\\SendTo"),
    FOLDER("Start Menu", "AppData\\Roaming\\Microsoft\\Windows\\Start Menu"),
    FOLDER("Programs", "AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs"),
    FOLDER("StartUp", "AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp"),
    FOLDER("Administrative Tools",
           "AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Administrative Tools"),
    FOLDER("Templates", "AppData\\Roaming\\Microsoft\\Windows\\Templates"),
    FOLDER("{374DE290-123F-4565-9164-39C4925E467B}", "Downloads"),
    FOLDER("{4C5C32FF-BB9D-43B0-B5B4-2D72E54EAAA4}", "Saved Games"),
    FOLDER("{56784854-C6CB-462B-8169-88E350ACB882}", "Contacts"),
    FOLDER("{7D1D3A04-DEBB-4115-95CF-2F29DA2920DA}", "Searches"),
    FOLDER("{A520A1A4-1780-4FF6-BD18-167343C5AF16}", "AppData\\LocalLow"),
    FOLDER("{BFB9D5E0-C6A9-404C-B2B2-AE6DB6AF4968}", "Links"),
    { U, SF, "Fonts", REG_SZ, "C:\\windows\\Fonts", 0 },
};

/* A Windows time zone: its TZI (REG_TZI_FORMAT: biases in minutes, then
 * the standard and daylight change dates as SYSTEMTIMEs: month, day of
 * week, week of the month (5: the last), hour). */
struct time_zone {
    const char *name, *display, *dlt;
    int bias, dlt_bias;
    unsigned short std_date[4], dlt_date[4];   /* month, weekday, week, hour */
};

static const struct time_zone time_zones[] = {
    { "UTC", "(UTC) Coordinated Universal Time", "Coordinated Universal Time", 0, 0, { 0 }, { 0 } },
    { "GMT Standard Time", "(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "GMT Daylight Time", 0, -60,
      { 10, 0, 5, 2 }, { 3, 0, 5, 1 } },
    { "W. Europe Standard Time", "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
      "W. Europe Daylight Time", -60, -60, { 10, 0, 5, 3 }, { 3, 0, 5, 2 } },
    { "Romance Standard Time", "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", "Romance Daylight Time", -60,
      -60, { 10, 0, 5, 3 }, { 3, 0, 5, 2 } },
    { "Russian Standard Time", "(UTC+03:00) Moscow, St. Petersburg", "Russia TZ 2 Daylight Time", -180, -60,
      { 0 }, { 0 } },
    { "India Standard Time", "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", "India Daylight Time", -330, -60,
      { 0 }, { 0 } },
    { "China Standard Time", "(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi", "China Daylight Time", -480,
      -60, { 0 }, { 0 } },
    { "Tokyo Standard Time", "(UTC+09:00) Osaka, Sapporo, Tokyo", "Tokyo Daylight Time", -540, -60, { 0 },
      { 0 } },
    { "AUS Eastern Standard Time", "(UTC+10:00) Canberra, Melbourne, Sydney", "AUS Eastern Daylight Time", -600,
      -60, { 4, 0, 1, 3 }, { 10, 0, 1, 2 } },
    { "Eastern Standard Time", "(UTC-05:00) Eastern Time (US & Canada)", "Eastern Daylight Time", 300, -60,
      { 11, 0, 1, 2 }, { 3, 0, 2, 2 } },
    { "Central Standard Time", "(UTC-06:00) Central Time (US & Canada)", "Central Daylight Time", 360, -60,
      { 11, 0, 1, 2 }, { 3, 0, 2, 2 } },
    { "Mountain Standard Time", "(UTC-07:00) Mountain Time (US & Canada)", "Mountain Daylight Time", 420, -60,
      { 11, 0, 1, 2 }, { 3, 0, 2, 2 } },
    { "Pacific Standard Time", "(UTC-08:00) Pacific Time (US & Canada)", "Pacific Daylight Time", 480, -60,
      { 11, 0, 1, 2 }, { 3, 0, 2, 2 } },
};

static void put_systemtime(BYTE *out, const unsigned short date[4])
{
    /* wYear, wMonth, wDayOfWeek, wDay (the week), wHour, then minutes... 0 */
    unsigned short st[8] = { 0, date[0], date[1], date[2], date[3], 0, 0, 0 };
    memcpy(out, st, sizeof(st));
}

static NTSTATUS set_string(struct reg_key *key, const char *name, DWORD type, const char *text)
{
    WCHAR *wname = utf8_to_utf16_dup(name), *w = utf8_to_utf16_dup(text);
    NTSTATUS status = STATUS_NO_MEMORY;
    if (wname && w) status = reg_value_set(key, wname, type, w, (wcs_len(w) + 1) * sizeof(WCHAR));
    free(wname);
    free(w);
    return status;
}

static NTSTATUS set_dword(struct reg_key *key, const char *name, DWORD value)
{
    WCHAR *wname = utf8_to_utf16_dup(name);
    NTSTATUS status = STATUS_NO_MEMORY;
    if (wname) status = reg_value_set(key, wname, REG_DWORD, &value, sizeof(value));
    free(wname);
    return status;
}

/* TEXT with each '~' replaced by the profile directory; malloc'ed */
static char *expand_profile(const char *text, const char *profile)
{
    size_t n = strlen(text) + 1;
    for (const char *c = text; *c; c++) if (*c == '~') n += strlen(profile);
    char *out = malloc(n), *o = out;
    if (!out) return NULL;
    for (const char *c = text; *c; c++) {
        if (*c == '~') o = stpcpy(o, profile);
        else *o++ = *c;
    }
    *o = 0;
    return out;
}

NTSTATUS reg_add_defaults(struct reg_key *hklm, struct reg_key *hkcu, const char *user)
{
    char profile[300], cpus[24];
    NTSTATUS status = STATUS_SUCCESS;
    struct reg_key *key;
    long n = sysconf(_SC_NPROCESSORS_ONLN);

    snprintf(profile, sizeof(profile), "C:\\users\\%s", user);
    for (size_t i = 0; i < sizeof(defaults) / sizeof(defaults[0]) && !status; i++) {
        const struct default_value *d = &defaults[i];
        WCHAR *path = utf8_to_utf16_dup(d->key);
        if (!path) return STATUS_NO_MEMORY;
        status = reg_key_create(d->root == M ? hklm : hkcu, path, -1, 0, &key, NULL);
        free(path);
        if (status) break;
        if (d->name && d->type == REG_DWORD) {
            status = set_dword(key, d->name, d->number);
        } else if (d->name) {
            char *text = expand_profile(d->text, profile);
            status = text ? set_string(key, d->name, d->type, text) : STATUS_NO_MEMORY;
            free(text);
        }
        reg_key_release(key);
    }
    if (status) return status;

    for (size_t i = 0; i < sizeof(time_zones) / sizeof(time_zones[0]) && !status; i++) {
        const struct time_zone *tz = &time_zones[i];
        char path[128];
        WCHAR *wpath;
        BYTE tzi[44];
        int biases[3] = { tz->bias, 0, tz->dlt_bias };

        snprintf(path, sizeof(path), CV "\\Time Zones\\%s", tz->name);
        if (!(wpath = utf8_to_utf16_dup(path))) return STATUS_NO_MEMORY;
        status = reg_key_create(hklm, wpath, -1, 0, &key, NULL);
        free(wpath);
        if (status) break;
        memcpy(tzi, biases, sizeof(biases));
        put_systemtime(tzi + 12, tz->std_date);
        put_systemtime(tzi + 28, tz->dlt_date);
        status = set_string(key, "Display", REG_SZ, tz->display);
        if (!status) status = set_string(key, "Std", REG_SZ, tz->name);
        if (!status) status = set_string(key, "Dlt", REG_SZ, tz->dlt);
        if (!status) status = reg_value_set(key, u"TZI", REG_BINARY, tzi, sizeof(tzi));
        reg_key_release(key);
    }
    if (status) return status;

    /* "Arial Bold (TrueType)" = "arialbd.ttf", as Windows lists its fonts */
    if (!(status = reg_key_create(hklm, u"" CV "\\Fonts", -1, 0, &key, NULL))) {
        for (size_t i = 0; i < sizeof(winrun_fonts) / sizeof(winrun_fonts[0]) && !status; i++) {
            for (int style = 0; style < 4 && !status; style++) {
                char name[80];
                if (!winrun_fonts[i].files[style]) continue;
                snprintf(name, sizeof(name), "%s%s (TrueType)", winrun_fonts[i].face, winrun_font_styles[style]);
                status = set_string(key, name, REG_SZ, winrun_fonts[i].files[style]);
            }
        }
        reg_key_release(key);
    }
    if (status) return status;

    /* what Windows writes at install and boot; the host's values */
    if (!(status = reg_key_create(hklm, u"" CV, -1, 0, &key, NULL))) {
        status = set_dword(key, "InstallDate", (DWORD)time(NULL));
        if (!status) status = set_string(key, "RegisteredOwner", REG_SZ, user);
        reg_key_release(key);
    }
    if (!status && !(status = reg_key_create(hklm, u"" ENV, -1, 0, &key, NULL))) {
        snprintf(cpus, sizeof(cpus), "%ld", n > 0 ? n : 1);
        status = set_string(key, "NUMBER_OF_PROCESSORS", REG_SZ, cpus);
        reg_key_release(key);
    }
    return status;
}
