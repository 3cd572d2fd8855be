/*
 * The folders a new prefix gives a program, as Windows 10 has them for a
 * user: the profile (%USERPROFILE%, AppData\Roaming and Local, Desktop,
 * Documents...), %TEMP%, ProgramData, Program Files and system32.
 *
 * With arguments it is tests/prefix/run.sh's probe instead:
 *   version            prints "version MAJOR.MINOR" (GetVersionEx)
 *   env NAME           prints "env NAME=VALUE" or "env NAME unset"
 *   load DLL           prints "load DLL ok" or "load DLL failed ERROR"
 *   exists PATH        prints "exists PATH yes|no"
 */
#include "test.h"

static void check_dir(const char *var, const char *sub)
{
    char path[MAX_PATH * 2], value[MAX_PATH];
    DWORD n = GetEnvironmentVariableA(var, value, sizeof(value)), attr;

    ok(n > 0 && n < sizeof(value), "%%%s%% is set", var);
    if (!n || n >= sizeof(value)) return;
    _snprintf(path, sizeof(path), "%s%s", value, sub);
    attr = GetFileAttributesA(path);
    ok(attr != INVALID_FILE_ATTRIBUTES && (attr & FILE_ATTRIBUTE_DIRECTORY), "%s is a directory (%lx)", path, attr);
}

static int probe(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "version")) {
            OSVERSIONINFOA v = { sizeof(v) };
            GetVersionExA(&v);
            printf("version %lu.%lu\n", v.dwMajorVersion, v.dwMinorVersion);
        } else if (!strcmp(argv[i], "env") && i + 1 < argc) {
            char value[1024];
            i++;
            if (GetEnvironmentVariableA(argv[i], value, sizeof(value))) printf("env %s=%s\n", argv[i], value);
            else printf("env %s unset\n", argv[i]);
        } else if (!strcmp(argv[i], "load") && i + 1 < argc) {
            HMODULE h = LoadLibraryA(argv[++i]);
            if (h) printf("load %s ok\n", argv[i]);
            else printf("load %s failed %lu\n", argv[i], GetLastError());
        } else if (!strcmp(argv[i], "exists") && i + 1 < argc) {
            i++;
            printf("exists %s %s\n", argv[i], GetFileAttributesA(argv[i]) != INVALID_FILE_ATTRIBUTES ? "yes" : "no");
        }
    }
    fflush(stdout);
    return 0;
}

int main(int argc, char **argv)
{
    char sysdir[MAX_PATH];

    if (argc > 1) return probe(argc, argv);
    check_dir("USERPROFILE", "");
    check_dir("USERPROFILE", "\\Desktop");
    check_dir("USERPROFILE", "\\Documents");
    check_dir("APPDATA", "");
    check_dir("LOCALAPPDATA", "");
    check_dir("TEMP", "");
    check_dir("ProgramData", "");
    check_dir("ProgramFiles", "");
    check_dir("PUBLIC", "");
    ok(GetSystemDirectoryA(sysdir, sizeof(sysdir)) > 0, "GetSystemDirectory");
    ok((GetFileAttributesA(sysdir) & FILE_ATTRIBUTE_DIRECTORY) && GetFileAttributesA(sysdir) != INVALID_FILE_ATTRIBUTES,
       "%s is a directory", sysdir);
    return test_done();
}
