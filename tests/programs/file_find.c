/* FindFirstFile/FindNextFile: wildcard rules with the DOS quirks, "." and
 * "..", sorting-independent counts, errors. */
#include "test.h"
#include "file_test_dir.h"

/* number of entries matching MASK in the test directory, or -(error) */
static int count(const char *mask)
{
    WIN32_FIND_DATAA fd;
    HANDLE h = FindFirstFileA(tpath(mask), &fd);
    int n = 0;
    if (h == INVALID_HANDLE_VALUE) return -(int)GetLastError();
    do n++; while (FindNextFileA(h, &fd));
    FindClose(h);
    return n;
}

static int has(const char *mask, const char *name)
{
    WIN32_FIND_DATAA fd;
    HANDLE h = FindFirstFileA(tpath(mask), &fd);
    int found = 0;
    if (h == INVALID_HANDLE_VALUE) return 0;
    do if (!strcmp(fd.cFileName, name)) found = 1; while (FindNextFileA(h, &fd));
    FindClose(h);
    return found;
}

int main(void)
{
    WIN32_FIND_DATAA fd;
    WIN32_FIND_DATAW fdw;
    WCHAR wmask[MAX_PATH];
    HANDLE h;
    DWORD err;
    BOOL r;
    int n;

    test_dir_create("find");
    make_file(tpath("a.txt"), "12345");
    make_file(tpath("b.TXT"), "");
    make_file(tpath("noext"), "");
    make_file(tpath("c.tx"), "");
    make_file(tpath("abc"), "");
    make_file(tpath("x.y.z"), "");
    CreateDirectoryA(tpath("sub"), NULL);

    n = count("*");
    ok(n == 9, "\"*\": %d (7 names, . and ..)", n);
    n = count("*.*");
    ok(n == 9, "\"*.*\" is everything: %d", n);
    n = count("*.txt");
    ok(n == 2, "\"*.txt\" ignores case: %d", n);
    ok(has("*.txt", "b.TXT"), "the name keeps its case");
    /* The DOS wildcards of FsRtlIsNameInExpression, which Windows'
     * FindFirstFile uses ("dir *." lists the names without an extension);
     * Wine matches these masks literally. */
    if (!is_wine()) {
        n = count("*.");
        ok(n == 5, "\"*.\" matches names without a dot (with . and ..): %d", n);
        ok(has("*.", "noext") && has("*.", "sub") && !has("*.", "a.txt"), "\"*.\" entries");
        n = count("*.tx?");
        ok(n == 3, "\"*.tx?\" (trailing ? may match nothing): %d", n);
        n = count("abc?");
        ok(n == 1, "\"abc?\" matches abc: %d", n);
    }
    n = count("ab?");
    ok(n == 1, "\"ab?\": %d", n);
    n = count("?.txt");
    ok(n == 2, "\"?.txt\": %d", n);
    n = count("*.z");
    ok(n == 1, "\"*.z\" matches x.y.z: %d", n);
    n = count("x.*");
    ok(n == 1, "\"x.*\": %d", n);
    n = count("ABC");
    ok(n == 1 && has("ABC", "abc"), "a plain name ignores case: %d", n);
    n = count("nomatch*");
    ok(n == -ERROR_FILE_NOT_FOUND, "no match: %d", n);
    n = count("nodir\\*");
    ok(n == -ERROR_PATH_NOT_FOUND, "missing directory: %d", n);
    n = count("sub\\*");
    ok(n == 2, "empty directory has . and ..: %d", n);

    h = FindFirstFileA(tpath("*"), &fd);
    ok(h != INVALID_HANDLE_VALUE && !strcmp(fd.cFileName, "."), "first entry %s", fd.cFileName);
    r = FindNextFileA(h, &fd);
    ok(r && !strcmp(fd.cFileName, ".."), "second entry %s", fd.cFileName);
    ok(fd.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY, "\"..\" is a directory: %#lx", fd.dwFileAttributes);
    while (FindNextFileA(h, &fd));
    err = GetLastError();
    ok(err == ERROR_NO_MORE_FILES, "end of the search: err %lu", err);
    ok(FindClose(h), "FindClose");

    h = FindFirstFileA(tpath("a.txt"), &fd);
    ok(h != INVALID_HANDLE_VALUE && fd.nFileSizeLow == 5 && !(fd.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY),
       "a.txt: size %lu attr %#lx", fd.nFileSizeLow, fd.dwFileAttributes);
    FindClose(h);
    h = FindFirstFileA(tpath("sub"), &fd);
    ok(h != INVALID_HANDLE_VALUE && (fd.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) && !strcmp(fd.cFileName, "sub"),
       "a directory by name: %s %#lx", fd.cFileName, fd.dwFileAttributes);
    FindClose(h);

    MultiByteToWideChar(CP_ACP, 0, tpath("*.TXT"), -1, wmask, MAX_PATH);
    h = FindFirstFileExW(wmask, FindExInfoBasic, &fdw, FindExSearchNameMatch, NULL, 0);
    ok(h != INVALID_HANDLE_VALUE && !fdw.cAlternateFileName[0], "FindExInfoBasic: %s", dbgstr_w(fdw.cFileName));
    FindClose(h);

    test_dir_remove();
    return test_done();
}
