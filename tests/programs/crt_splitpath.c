/* _splitpath, _wsplitpath and their _s forms (msvcrt). */
#include "test.h"
#include <stdlib.h>
#include <errno.h>

typedef int (__cdecl *splitpath_s_fn)(const char *, char *, size_t, char *, size_t, char *, size_t, char *, size_t);
typedef int (__cdecl *wsplitpath_s_fn)(const WCHAR *, WCHAR *, size_t, WCHAR *, size_t, WCHAR *, size_t, WCHAR *, size_t);

static void quiet_handler(const wchar_t *expr, const wchar_t *func, const wchar_t *file, unsigned line, uintptr_t res)
{
    (void)expr; (void)func; (void)file; (void)line; (void)res;
}

static void check(const char *path, const char *drive, const char *dir, const char *fname, const char *ext, int line)
{
    char d[_MAX_DRIVE], p[_MAX_DIR], f[_MAX_FNAME], e[_MAX_EXT];
    _splitpath(path, d, p, f, e);
    ok(!strcmp(d, drive) && !strcmp(p, dir) && !strcmp(f, fname) && !strcmp(e, ext),
       "line %d: \"%s\" -> \"%s\" \"%s\" \"%s\" \"%s\"", line, path, d, p, f, e);
}

int main(void)
{
    HMODULE crt = GetModuleHandleA("msvcrt.dll");
    splitpath_s_fn split_s = (splitpath_s_fn)GetProcAddress(crt, "_splitpath_s");
    wsplitpath_s_fn wsplit_s = (wsplitpath_s_fn)GetProcAddress(crt, "_wsplitpath_s");
    WCHAR wd[_MAX_DRIVE], wp[_MAX_DIR], wf[_MAX_FNAME], we[_MAX_EXT];
    char d[8], p[8], f[8], e[8];
    int r;

    check("C:\\dir\\sub\\file.txt", "C:", "\\dir\\sub\\", "file", ".txt", __LINE__);
    check("c:file", "c:", "", "file", "", __LINE__);
    check("/unix/style/name.tar.gz", "", "/unix/style/", "name.tar", ".gz", __LINE__);
    check("dir.d\\noext", "", "dir.d\\", "noext", "", __LINE__);
    check("\\\\server\\share\\x.y", "", "\\\\server\\share\\", "x", ".y", __LINE__);
    check(".hidden", "", "", "", ".hidden", __LINE__);
    check("", "", "", "", "", __LINE__);
    check("trailing\\", "", "trailing\\", "", "", __LINE__);

    _splitpath("D:\\only\\dir.ext", NULL, p, NULL, NULL);
    ok(!strcmp(p, "\\only\\"), "NULL outputs skipped: %s", p);

    _wsplitpath(L"E:\\w\\name.ext", wd, wp, wf, we);
    ok(!lstrcmpW(wd, L"E:") && !lstrcmpW(wp, L"\\w\\") && !lstrcmpW(wf, L"name") && !lstrcmpW(we, L".ext"),
       "_wsplitpath: %ls %ls %ls %ls", wd, wp, wf, we);

    _set_invalid_parameter_handler(quiet_handler);
    ok(split_s && wsplit_s, "_splitpath_s exported");
    if (split_s) {
        r = split_s("C:\\a\\b.c", d, sizeof(d), p, sizeof(p), f, sizeof(f), e, sizeof(e));
        ok(!r && !strcmp(d, "C:") && !strcmp(p, "\\a\\") && !strcmp(f, "b") && !strcmp(e, ".c"), "_splitpath_s: %d", r);
        strcpy(d, "x");
        errno = 0;
        r = split_s("C:\\a\\longfilename.c", d, sizeof(d), p, sizeof(p), f, sizeof(f), e, sizeof(e));
        ok(r == ERANGE && errno == ERANGE && !d[0] && !p[0] && !f[0] && !e[0], "too long: %d errno %d", r, errno);
        errno = 0;
        r = split_s("C:\\a\\b.c", NULL, 3, p, sizeof(p), f, sizeof(f), e, sizeof(e));
        ok(r == EINVAL && errno == EINVAL, "NULL buffer with a size: %d errno %d", r, errno);
        r = split_s("C:\\a\\b.c", NULL, 0, NULL, 0, f, sizeof(f), NULL, 0);
        ok(!r && !strcmp(f, "b"), "only the name: %d %s", r, f);
        errno = 0;
        r = split_s(NULL, d, sizeof(d), p, sizeof(p), f, sizeof(f), e, sizeof(e));
        ok(r == EINVAL && errno == EINVAL, "NULL path: %d errno %d", r, errno);
    }
    if (wsplit_s) {
        r = wsplit_s(L"x:\\y\\z.w", wd, _MAX_DRIVE, wp, _MAX_DIR, wf, _MAX_FNAME, we, _MAX_EXT);
        ok(!r && !lstrcmpW(wd, L"x:") && !lstrcmpW(wp, L"\\y\\") && !lstrcmpW(wf, L"z") && !lstrcmpW(we, L".w"),
           "_wsplitpath_s: %d", r);
    }
    return test_done();
}
