/* INI files: GetPrivateProfileString/Int/Section/SectionNames and the
 * writers, with Windows' trimming, quote stripping, case-insensitive
 * names, enumeration lists and truncation results; UTF-16 files; win.ini
 * through the Profile functions.  Expectations checked under Wine. */
#include "test.h"

static char ini[MAX_PATH];
static int wine;

static const char content[] =
    "; a comment\r\n"
    "[Section1]\r\n"
    " Key1 = Value1  \r\n"
    "key2=\"quoted\"\r\n"
    "key3='single'\r\n"
    "key4=\"unbalanced\r\n"
    "empty=\r\n"
    "bare\r\n"
    "num=  42abc\r\n"
    "neg=-7\r\n"
    "\r\n"
    "[ section2 ]\r\n"
    "a=1\n"
    "[Section1]\r\n"
    "dup=x\r\n";

static void write_file(const char *path, const void *data, DWORD size)
{
    HANDLE h = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    DWORD done;
    WriteFile(h, data, size, &done, NULL);
    CloseHandle(h);
}

static DWORD read_file(const char *path, char *buf, DWORD size)
{
    HANDLE h = CreateFileA(path, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
    DWORD done = 0;
    ReadFile(h, buf, size, &done, NULL);
    CloseHandle(h);
    return done;
}

/* a NUL-separated list for messages: NULs shown as '|' */
static const char *esc(const char *buf, DWORD n)
{
    static char out[600];
    DWORD i;
    for (i = 0; i < n && i < sizeof(out) - 1; i++) out[i] = buf[i] ? buf[i] : '|';
    out[i] = 0;
    return out;
}

#define GET(sec, key, def, buf, size) GetPrivateProfileStringA(sec, key, def, buf, size, ini)

static void test_read(void)
{
    char buf[256];
    DWORD r;

    r = GET("Section1", "Key1", "def", buf, sizeof(buf));
    ok(r == 6 && !strcmp(buf, "Value1"), "trimmed: %lu [%s]", r, buf);
    r = GET("  SECTION1 ", " KEY1 ", "def", buf, sizeof(buf));
    ok(r == 6 && !strcmp(buf, "Value1"), "case and spaces: %lu [%s]", r, buf);
    r = GET("Section1", "key2", "def", buf, sizeof(buf));
    ok(r == 6 && !strcmp(buf, "quoted"), "double quotes: %lu [%s]", r, buf);
    r = GET("Section1", "key3", "def", buf, sizeof(buf));
    ok(r == 6 && !strcmp(buf, "single"), "single quotes: %lu [%s]", r, buf);
    r = GET("Section1", "key4", "def", buf, sizeof(buf));
    ok(r == 11 && !strcmp(buf, "\"unbalanced"), "unbalanced: %lu [%s]", r, buf);
    r = GET("Section1", "empty", "def", buf, sizeof(buf));
    ok(r == 0 && !strcmp(buf, ""), "empty: %lu [%s]", r, buf);
    r = GET("Section1", "bare", "def", buf, sizeof(buf));
    ok(r == 3 && !strcmp(buf, "def"), "bare: %lu [%s]", r, buf);
    r = GET("Section1", "missing", "  def  ", buf, sizeof(buf));
    ok(r == 5 && !strcmp(buf, "  def"), "default trailing spaces: %lu [%s]", r, buf);
    r = GET("Section1", "missing", "\"qdef\"", buf, sizeof(buf));
    ok(r == 4 && !strcmp(buf, "qdef"), "quoted default: %lu [%s]", r, buf);
    r = GET("Section1", "missing", NULL, buf, sizeof(buf));
    ok(r == 0 && !strcmp(buf, ""), "NULL default: %lu [%s]", r, buf);
    r = GET("section2", "A", "def", buf, sizeof(buf));
    ok(r == 1 && !strcmp(buf, "1"), "section with spaces, LF line: %lu [%s]", r, buf);
    r = GET("Section1", "dup", "def", buf, sizeof(buf));
    ok(r == 3 && !strcmp(buf, "def"), "second section of the same name: %lu [%s]", r, buf);
    r = GET("nosuch", "Key1", "def", buf, sizeof(buf));
    ok(r == 3 && !strcmp(buf, "def"), "missing section: %lu [%s]", r, buf);

    /* a single string is cut to size - 1 */
    r = GET("Section1", "Key1", "def", buf, 4);
    ok(r == 3 && !strcmp(buf, "Val"), "cut: %lu [%s]", r, buf);
    r = GET("Section1", "Key1", "def", buf, 0);
    ok(r == 0, "size 0: %lu", r);

    /* enumerations */
    memset(buf, 'x', sizeof(buf));
    r = GET(NULL, NULL, "def", buf, sizeof(buf));
    ok(r == 27 && !memcmp(buf, "Section1\0section2\0Section1\0\0", 28), "section names: %lu", r);
    memset(buf, 'x', sizeof(buf));
    r = GetPrivateProfileSectionNamesA(buf, sizeof(buf), ini);
    ok(r == 27 && !memcmp(buf, "Section1\0section2\0Section1\0\0", 28), "SectionNames: %lu", r);
    memset(buf, 'x', sizeof(buf));
    r = GetPrivateProfileSectionNamesA(buf, 12, ini);
    /* the last name is cut to leave room for the NULs (Windows adds a second
       NUL after the cut name; Wine 8's A function stops after the first) */
    ok(r == 10 && !memcmp(buf, "Section1\0s\0", 11), "SectionNames cut: %lu [%s]", r, esc(buf, 12));
    memset(buf, 'x', sizeof(buf));
    r = GET("Section1", NULL, "def", buf, sizeof(buf));
    /* a key without '=' is not listed */
    ok(r == 34 && !memcmp(buf, "Key1\0key2\0key3\0key4\0empty\0num\0neg\0\0", 35), "keys: %lu [%s]", r, esc(buf, 50));
    memset(buf, 'x', sizeof(buf));
    r = GET("Section1", NULL, "def", buf, 12);
    /* keys stop at the last whole key that leaves room for the final NUL */
    ok(r == 10 && !memcmp(buf, "Key1\0key2\0\0", 11), "keys cut: %lu [%s]", r, esc(buf, 12));
    memset(buf, 'x', sizeof(buf));
    r = GET("nosuch", NULL, "def", buf, sizeof(buf));
    ok(r == 3 && !strcmp(buf, "def"), "keys of a missing section: %lu [%s]", r, buf);
    memset(buf, 'x', sizeof(buf));
    r = GetPrivateProfileSectionA("section1", buf, sizeof(buf), ini);
    ok(r == 86 && !memcmp(buf, "Key1=Value1\0key2=\"quoted\"\0key3='single'\0key4=\"unbalanced\0empty=\0bare\0"
                          "num=42abc\0neg=-7\0\0", 87), "section: %lu [%s]", r, esc(buf, 90));
    memset(buf, 'x', sizeof(buf));
    r = GetPrivateProfileSectionA("section1", buf, 16, ini);
    ok(r == 14 && !memcmp(buf, "Key1=Value1\0k", 13) && !buf[14], "section cut: %lu [%.16s]", r, buf);
    memset(buf, 'x', sizeof(buf));
    r = GetPrivateProfileSectionA("nosuch", buf, sizeof(buf), ini);
    ok(r == 0 && buf[0] == 0, "missing section: %lu", r);

    /* integers */
    ok(GetPrivateProfileIntA("Section1", "num", 5, ini) == 42, "int with junk");
    ok(GetPrivateProfileIntA("Section1", "neg", 5, ini) == (UINT)-7, "negative int");
    ok(GetPrivateProfileIntA("Section1", "Key1", 5, ini) == 0, "not a number");
    ok(GetPrivateProfileIntA("Section1", "empty", 5, ini) == 5, "empty int");
    ok(GetPrivateProfileIntA("Section1", "missing", 5, ini) == 5, "missing int");
}

static void test_write(void)
{
    char buf[512];
    DWORD r, n;
    BOOL b;

    DeleteFileA(ini);
    b = WritePrivateProfileStringA("New", "k", "v", ini);
    ok(b, "write new file: err %lu", GetLastError());
    n = read_file(ini, buf, sizeof(buf));
    ok(n == 12 && !memcmp(buf, "[New]\r\nk=v\r\n", 12), "new file: %lu [%.*s]", n, (int)n, buf);
    b = WritePrivateProfileStringA("new", "K2", "  v2  ", ini);
    r = GET("NEW", "k2", "def", buf, sizeof(buf));
    ok(b && r == 2 && !strcmp(buf, "v2"), "second key: %lu [%s]", r, buf);
    b = WritePrivateProfileStringA("new", "K", "changed", ini);
    r = GET("new", "k", "def", buf, sizeof(buf));
    ok(b && r == 7 && !strcmp(buf, "changed"), "replaced: %lu [%s]", r, buf);
    b = WritePrivateProfileStringA("Other", "x", "1", ini);
    r = GET(NULL, NULL, "", buf, sizeof(buf));
    ok(b && r == 10 && !memcmp(buf, "New\0Other\0\0", 11), "sections: %lu", r);
    b = WritePrivateProfileStringA("new", "k", NULL, ini);
    r = GET("new", NULL, "", buf, sizeof(buf));
    ok(b && r == 3 && !memcmp(buf, "K2\0\0", 4), "key deleted: %lu", r);
    b = WritePrivateProfileStringA("new", NULL, NULL, ini);
    r = GET(NULL, NULL, "", buf, sizeof(buf));
    ok(b && r == 6 && !memcmp(buf, "Other\0\0", 7), "section deleted: %lu", r);
    b = WritePrivateProfileStringA("gone", "k", NULL, ini);
    ok(b, "deleting a missing key: %d", b);

    b = WritePrivateProfileSectionA("Other", "a=1\0b = 2\0c\0", ini);   /* "c" has no '=': skipped */
    r = GetPrivateProfileSectionA("Other", buf, sizeof(buf), ini);
    ok(b && r == 8 && !memcmp(buf, "a=1\0b=2\0\0", 9), "WriteSection replaces: %lu [%s]", r, esc(buf, 12));
    b = WritePrivateProfileSectionA("Third", "z=9\0", ini);
    r = GET("third", "z", "", buf, sizeof(buf));
    ok(b && r == 1 && buf[0] == '9', "WriteSection new: %lu", r);

    /* the rest of a file survives a write */
    write_file(ini, content, sizeof(content) - 1);
    b = WritePrivateProfileStringA("section2", "a", "2", ini);
    n = read_file(ini, buf, sizeof(buf));
    buf[n] = 0;
    ok(b && strstr(buf, "a=2\r\n"), "written: [%s]", buf);
    /* Windows edits the file in place; Wine 8 writes every line again from
       its parsed form (trimmed, blank lines dropped) */
    ok(wine || (strstr(buf, "; a comment\r\n[Section1]\r\n Key1 = Value1  \r\n") &&
                strstr(buf, "neg=-7\r\n\r\n[ section2 ]\r\n")), "kept: [%s]", buf);
}

static void test_unicode(void)
{
    static const WCHAR text[] = L"\xfeff[Uni]\r\nname=\x00e9t\x00e9\r\n";
    WCHAR wbuf[64], wini[MAX_PATH];
    char buf[64];
    DWORD r, n;

    MultiByteToWideChar(CP_ACP, 0, ini, -1, wini, MAX_PATH);
    write_file(ini, text, sizeof(text) - 2);
    r = GetPrivateProfileStringW(L"uni", L"name", L"", wbuf, 64, wini);
    ok(r == 3 && wbuf[0] == 0xe9 && wbuf[1] == 't', "UTF-16 file: %lu", r);
    ok(WritePrivateProfileStringW(L"uni", L"other", L"\x4e00", wini), "write UTF-16");
    n = read_file(ini, buf, sizeof(buf));
    ok(n == sizeof(text) - 2 + 18 && !memcmp(buf, "\xff\xfe", 2) && !memcmp(buf + n - 6, "\x00\x4e\r\0\n\0", 6),
       "stays UTF-16: %lu [%s]", n, esc(buf, n));
    r = GetPrivateProfileStringW(L"uni", L"other", L"", wbuf, 64, wini);
    ok(r == 1 && wbuf[0] == 0x4e00, "read back: %lu", r);
}

static void test_win_ini(void)
{
    char buf[64];
    DWORD r;

    ok(WriteProfileStringA("winrun_k32_test", "key", "42"), "WriteProfileString");
    r = GetProfileStringA("winrun_k32_test", "key", "", buf, sizeof(buf));
    ok(r == 2 && !strcmp(buf, "42"), "GetProfileString: %lu [%s]", r, buf);
    ok(GetProfileIntA("winrun_k32_test", "key", 0) == 42, "GetProfileInt");
    GetWindowsDirectoryA(buf, sizeof(buf));
    lstrcatA(buf, "\\win.ini");
    r = GetPrivateProfileIntA("winrun_k32_test", "key", 0, buf);
    ok(r == 42, "win.ini is in the Windows directory: %lu", r);
    ok(WriteProfileStringA("winrun_k32_test", NULL, NULL), "delete from win.ini");
    ok(GetProfileIntA("winrun_k32_test", "key", 7) == 7, "deleted");
}

int main(void)
{
    char tmp[MAX_PATH];

    wine = GetProcAddress(GetModuleHandleA("ntdll.dll"), "wine_get_version") != NULL;
    GetTempPathA(MAX_PATH, tmp);
    _snprintf(ini, sizeof(ini), "%swinrun_profile_%lu.ini", tmp, GetCurrentProcessId());
    write_file(ini, content, sizeof(content) - 1);
    test_read();
    test_write();
    test_unicode();
    test_win_ini();
    DeleteFileA(ini);
    return test_done();
}
