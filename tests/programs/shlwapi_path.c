/* shlwapi's Path* functions, A and W faces. Expectations checked under Wine. */
#include <shlwapi.h>
#include "test.h"

#define CANON(src, expect) do { \
    char d_[MAX_PATH]; BOOL r_; \
    strcpy(d_, "junk"); \
    r_ = PathCanonicalizeA(d_, src); \
    ok(r_ && !strcmp(d_, expect), "PathCanonicalizeA(\"%s\"): %d \"%s\"", src, r_, d_); \
} while (0)

#define COMBINE(dir, file, expect) do { \
    char d_[MAX_PATH]; char *r_; \
    r_ = PathCombineA(d_, dir, file); \
    ok(r_ == d_ && !strcmp(d_, expect), "PathCombineA(\"%s\", \"%s\"): \"%s\"", dir, file, r_ ? d_ : "(NULL)"); \
} while (0)

#define REMOVESPEC(src, eret, expect) do { \
    char d_[MAX_PATH]; BOOL r_; \
    strcpy(d_, src); \
    r_ = PathRemoveFileSpecA(d_); \
    ok(r_ == (eret) && !strcmp(d_, expect), "PathRemoveFileSpecA(\"%s\"): %d \"%s\"", src, r_, d_); \
} while (0)

int main(void)
{
    char buf[MAX_PATH], dir[MAX_PATH], file[MAX_PATH];
    WCHAR wbuf[MAX_PATH];
    const char *p;
    const WCHAR *wp;
    HANDLE h;

    p = "c:\\dir\\file.txt";
    ok(!strcmp(PathFindFileNameA(p), "file.txt"), "PathFindFileNameA: %s", PathFindFileNameA(p));
    ok(!strcmp(PathFindFileNameA("c:\\dir\\"), "dir\\"), "PathFindFileNameA trailing: %s", PathFindFileNameA("c:\\dir\\"));
    ok(!strcmp(PathFindFileNameA("a/b"), "b"), "PathFindFileNameA slash: %s", PathFindFileNameA("a/b"));
    ok(!strcmp(PathFindFileNameA("c:x"), "x"), "PathFindFileNameA drive: %s", PathFindFileNameA("c:x"));
    wp = L"c:\\dir\\file.txt";
    ok(PathFindFileNameW(wp) == wp + 7, "PathFindFileNameW");
    ok(PathFindExtensionA(p) == p + 11, "PathFindExtensionA");
    p = "c:\\d.ir\\file";
    ok(PathFindExtensionA(p) == p + strlen(p), "PathFindExtensionA none");
    p = "a.b c";
    ok(PathFindExtensionA(p) == p + 5, "PathFindExtensionA space");
    ok(PathFindExtensionW(L"x.tar.gz")[1] == 'g', "PathFindExtensionW");

    strcpy(buf, "c:\\dir");
    ok(PathAddBackslashA(buf) == buf + 7 && !strcmp(buf, "c:\\dir\\"), "PathAddBackslashA: %s", buf);
    ok(PathAddBackslashA(buf) == buf + 7 && !strcmp(buf, "c:\\dir\\"), "PathAddBackslashA again: %s", buf);
    buf[0] = 0;
    ok(PathAddBackslashA(buf) == buf && !buf[0], "PathAddBackslashA empty");
    strcpy(buf, "c:\\dir\\");
    ok(PathRemoveBackslashA(buf) == buf + 6 && !strcmp(buf, "c:\\dir"), "PathRemoveBackslashA: %s", buf);
    strcpy(buf, "c:\\");
    ok(PathRemoveBackslashA(buf) == buf + 2 && !strcmp(buf, "c:\\"), "PathRemoveBackslashA root: %s", buf);

    ok(PathIsRootA("c:\\") && PathIsRootA("\\") && PathIsRootA("\\\\server\\share") && PathIsRootA("\\\\server"),
       "PathIsRootA roots");
    ok(!PathIsRootA("c:") && !PathIsRootA("c:\\a") && !PathIsRootA("\\\\server\\share\\x") && !PathIsRootA("")
       && !PathIsRootA("\\a"), "PathIsRootA non-roots");
    ok(PathIsRootW(L"d:\\"), "PathIsRootW");
    ok(PathIsRelativeA("a\\b") && PathIsRelativeA("") && !PathIsRelativeA("\\a") && !PathIsRelativeA("c:a")
       && !PathIsRelativeA("c:\\a"), "PathIsRelativeA");
    ok(PathIsUNCA("\\\\server\\share") && !PathIsUNCA("\\server") && !PathIsUNCA("c:\\"), "PathIsUNCA");
    ok(PathIsUNCW(L"\\\\s"), "PathIsUNCW");

    REMOVESPEC("c:\\dir\\file", TRUE, "c:\\dir");
    REMOVESPEC("c:\\file", TRUE, "c:\\");
    REMOVESPEC("c:\\", FALSE, "c:\\");
    REMOVESPEC("\\foo", TRUE, "\\");
    REMOVESPEC("foo", TRUE, "");
    REMOVESPEC("\\\\server\\share", TRUE, "\\\\server");
    REMOVESPEC("c:\\dir\\", TRUE, "c:\\dir");

    strcpy(buf, "c:\\dir\\file.txt");
    PathRemoveExtensionA(buf);
    ok(!strcmp(buf, "c:\\dir\\file"), "PathRemoveExtensionA: %s", buf);
    ok(PathRenameExtensionA(buf, ".doc") && !strcmp(buf, "c:\\dir\\file.doc"), "PathRenameExtensionA: %s", buf);
    ok(PathRenameExtensionA(buf, ".x") && !strcmp(buf, "c:\\dir\\file.x"), "PathRenameExtensionA again: %s", buf);
    lstrcpyW(wbuf, L"a.b");
    ok(PathRenameExtensionW(wbuf, L".cc") && !lstrcmpW(wbuf, L"a.cc"), "PathRenameExtensionW");

    strcpy(buf, "c:\\dir\\file.txt");
    PathStripPathA(buf);
    ok(!strcmp(buf, "file.txt"), "PathStripPathA: %s", buf);
    strcpy(buf, "c:\\dir\\file.txt");
    ok(PathStripToRootA(buf) && !strcmp(buf, "c:\\"), "PathStripToRootA: %s", buf);
    strcpy(buf, "\\\\srv\\share\\dir");
    ok(PathStripToRootA(buf) && !strcmp(buf, "\\\\srv\\share"), "PathStripToRootA UNC: %s", buf);
    strcpy(buf, "rel\\dir");
    ok(!PathStripToRootA(buf), "PathStripToRootA relative: %s", buf);

    p = "c:\\dir\\x";
    ok(PathSkipRootA(p) == p + 3, "PathSkipRootA drive");
    p = "\\\\srv\\share\\dir";
    ok(PathSkipRootA(p) == p + 12, "PathSkipRootA UNC");
    ok(PathSkipRootA("dir") == NULL && PathSkipRootA("c:") == NULL, "PathSkipRootA none");

    strcpy(buf, "c:\\program files\\x.exe");
    PathQuoteSpacesA(buf);   /* mingw's header says void; Windows 10 answers BOOL */
    ok(!strcmp(buf, "\"c:\\program files\\x.exe\""), "PathQuoteSpacesA: %s", buf);
    PathUnquoteSpacesA(buf);
    ok(!strcmp(buf, "c:\\program files\\x.exe"), "PathUnquoteSpacesA: %s", buf);
    strcpy(buf, "c:\\none");
    PathQuoteSpacesA(buf);
    ok(!strcmp(buf, "c:\\none"), "PathQuoteSpacesA no space: %s", buf);

    p = "\"c:\\a b\\x.exe\" -v  file";
    ok(!strcmp(PathGetArgsA(p), "-v  file"), "PathGetArgsA: %s", PathGetArgsA(p));
    ok(!*PathGetArgsA("noargs"), "PathGetArgsA none");
    strcpy(buf, "prog.exe -a -b");
    PathRemoveArgsA(buf);
    ok(!strcmp(buf, "prog.exe"), "PathRemoveArgsA: %s", buf);
    lstrcpyW(wbuf, L"\"a b\" c");
    PathRemoveArgsW(wbuf);
    ok(!lstrcmpW(wbuf, L"\"a b\""), "PathRemoveArgsW");

    CANON("c:\\a\\.\\b\\..\\c", "c:\\a\\c");
    CANON("c:\\a\\b\\..\\..\\..", "c:\\");
    CANON("c:\\a\\", "c:\\a\\");
    CANON("c:", "c:\\");
    CANON("", "\\");
    /* ".." back to the start of a relative path leaves a '\' */
    CANON("a\\..\\b", "\\b");
    /* nor does ".." take a UNC server name */
    CANON("\\\\srv\\..\\x", "\\\\srv\\x");

    COMBINE("c:\\dir", "file.txt", "c:\\dir\\file.txt");
    COMBINE("c:\\dir\\", "sub\\..\\f", "c:\\dir\\f");
    COMBINE("c:\\dir", "d:\\other", "d:\\other");
    COMBINE("c:\\dir\\sub", "\\top", "c:\\top");
    COMBINE("c:\\dir", "", "c:\\dir");
    COMBINE("", "file", "file");
    ok(PathCombineA(buf, NULL, NULL) == NULL, "PathCombineA NULLs");
    ok(PathCombineW(wbuf, L"x", L"y") == wbuf && !lstrcmpW(wbuf, L"x\\y"), "PathCombineW");

    strcpy(buf, "c:\\dir");
    ok(PathAppendA(buf, "\\more") && !strcmp(buf, "c:\\dir\\more"), "PathAppendA: %s", buf);
    ok(PathAppendA(buf, "..\\x") && !strcmp(buf, "c:\\dir\\x"), "PathAppendA dots: %s", buf);
    /* a UNC name is no relative part: it replaces the path */
    ok(PathAppendA(buf, "\\\\srv") && !strcmp(buf, "\\\\srv"), "PathAppendA UNC: %s", buf);

    ok(PathMatchSpecA("file.txt", "*.txt") && PathMatchSpecA("FILE.TXT", "*.txt"), "PathMatchSpecA ext");
    ok(PathMatchSpecA("a.c", "*.h;*.c") && PathMatchSpecA("a.c", "*.h; *.c"), "PathMatchSpecA list");
    ok(!PathMatchSpecA("a.cpp", "*.c") && PathMatchSpecA("abc", "a?c") && !PathMatchSpecA("abc", "a?"), "PathMatchSpecA ?");
    ok(PathMatchSpecA("anything", "*.*") && PathMatchSpecA("x", "*"), "PathMatchSpecA stars");
    ok(PathMatchSpecW(L"c:\\dir\\a.txt", L"*.TXT"), "PathMatchSpecW");

    /* the file system */
    GetTempPathA(sizeof(dir), dir);
    strcat(dir, "shlwapi_path_dir");
    CreateDirectoryA(dir, NULL);
    PathCombineA(file, dir, "f.txt");
    h = CreateFileA(file, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CloseHandle(h);
    ok(PathFileExistsA(file) && PathFileExistsA(dir), "PathFileExistsA");
    ok(PathIsDirectoryA(dir) == FILE_ATTRIBUTE_DIRECTORY, "PathIsDirectoryA: %d", PathIsDirectoryA(dir));
    ok(!PathIsDirectoryA(file), "PathIsDirectoryA file");
    MultiByteToWideChar(CP_ACP, 0, file, -1, wbuf, MAX_PATH);
    ok(PathFileExistsW(wbuf) && !PathIsDirectoryW(wbuf), "PathFileExistsW");
    DeleteFileA(file);
    ok(!PathFileExistsA(file), "PathFileExistsA deleted");
    RemoveDirectoryA(dir);
    ok(!PathIsDirectoryA(dir) && !PathFileExistsA(NULL), "PathIsDirectoryA gone");
    return test_done();
}
