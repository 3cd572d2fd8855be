/* file_test_dir.h - a fresh temporary directory for the file_* programs:
 * GetTempPath + a unique name, created at start and removed (with what the
 * program left in it) at the end, so a failed run leaves nothing behind. */
#ifndef FILE_TEST_DIR_H
#define FILE_TEST_DIR_H

static char test_dir[MAX_PATH];

/* Where Wine departs from Windows, the check states Windows' behaviour
 * and is skipped under Wine (each place says why). */
static __attribute__((unused)) int is_wine(void)
{
    HMODULE ntdll = GetModuleHandleA("ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
}

/* Wine run as root lets Unix permissions decide, so read-only files are
 * writable there; Windows (and winrun) refuse. */
static __attribute__((unused)) int wine_as_root(void)
{
    char tmp[MAX_PATH];
    return is_wine() && GetEnvironmentVariableA("WINEUSERNAME", tmp, sizeof(tmp)) && !strcmp(tmp, "root");
}

static void test_dir_create(const char *name)
{
    char tmp[MAX_PATH];
    GetTempPathA(sizeof(tmp), tmp);
    _snprintf(test_dir, sizeof(test_dir) - 1, "%swrt_%s_%lu_%lu", tmp, name, GetCurrentProcessId(),
              GetTickCount());
    if (!CreateDirectoryA(test_dir, NULL))
        trace("cannot create %s: %lu", test_dir, GetLastError());
}

/* PATH of NAME inside the test directory, in a small ring of buffers */
static const char *tpath(const char *name)
{
    static char ring[8][MAX_PATH];
    static int next;
    char *buf = ring[next++ & 7];
    _snprintf(buf, MAX_PATH - 1, "%s\\%s", test_dir, name);
    return buf;
}

static void remove_tree(const char *dir)
{
    WIN32_FIND_DATAA fd;
    char mask[MAX_PATH], path[MAX_PATH];
    HANDLE h;
    _snprintf(mask, sizeof(mask) - 1, "%s\\*", dir);
    h = FindFirstFileA(mask, &fd);
    if (h != INVALID_HANDLE_VALUE) {
        do {
            if (!strcmp(fd.cFileName, ".") || !strcmp(fd.cFileName, "..")) continue;
            _snprintf(path, sizeof(path) - 1, "%s\\%s", dir, fd.cFileName);
            SetFileAttributesA(path, FILE_ATTRIBUTE_NORMAL);
            if (fd.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) remove_tree(path);
            else DeleteFileA(path);
        } while (FindNextFileA(h, &fd));
        FindClose(h);
    }
    RemoveDirectoryA(dir);
}

static void test_dir_remove(void)
{
    remove_tree(test_dir);
}

static __attribute__((unused)) void make_file(const char *path, const char *content)
{
    DWORD n;
    HANDLE h = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    if (h == INVALID_HANDLE_VALUE) { trace("cannot create %s: %lu", path, GetLastError()); return; }
    WriteFile(h, content, (DWORD)strlen(content), &n, NULL);
    CloseHandle(h);
}

#endif
