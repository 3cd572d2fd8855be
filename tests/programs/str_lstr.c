/* str_lstr.c - the kernel32 lstr* family and user32 character helpers. */
#include "test.h"

int main(void)
{
    char buf[32];
    WCHAR wbuf[16];
    char *r;

    ok(lstrlenA("hello") == 5 && lstrlenA("") == 0, "lstrlenA");
    ok(lstrlenA(NULL) == 0, "lstrlenA(NULL) is 0");
    ok(lstrlenW(L"wide\x00e9") == 5 && lstrlenW(NULL) == 0, "lstrlenW");
    ok(lstrcmpA("abc", "abc") == 0 && lstrcmpA("abc", "abd") < 0 && lstrcmpA("b", "a") > 0, "lstrcmpA");
    ok(lstrcmpiA("HeLLo", "hello") == 0, "lstrcmpiA ignores case");
    ok(lstrcmpiA("apple", "BANANA") < 0 && lstrcmpiA("Zebra", "apple") > 0, "lstrcmpiA orders case-blind");
    ok(lstrcmpiW(L"\x00c9t\x00e9", L"\x00e9T\x00c9") == 0, "lstrcmpiW folds non-ASCII");
    /* linguistic order, unlike strcmp where "B" < "a" */
    ok(lstrcmpA("a", "B") < 0 && lstrcmpA("B", "c") < 0, "lstrcmpA sorts alphabetically, not by code");

    r = lstrcpyA(buf, "copy");
    ok(r == buf && !strcmp(buf, "copy"), "lstrcpyA");
    r = lstrcatA(buf, "+cat");
    ok(r == buf && !strcmp(buf, "copy+cat"), "lstrcatA: %s", buf);
    memset(buf, 'x', sizeof(buf));
    r = lstrcpynA(buf, "truncate me", 5);
    ok(r == buf && !strcmp(buf, "trun"), "lstrcpynA keeps n-1 chars and terminates: %s", buf);
    lstrcpyW(wbuf, L"w");
    lstrcatW(wbuf, L"ide");
    ok(!lstrcmpW(wbuf, L"wide"), "lstrcpyW/lstrcatW: %s", dbgstr_w(wbuf));

    strcpy(buf, "MiXeD 123 abc");
    ok(CharUpperA(buf) == buf && !strcmp(buf, "MIXED 123 ABC"), "CharUpperA on a string: %s", buf);
    ok(CharLowerA(buf) == buf && !strcmp(buf, "mixed 123 abc"), "CharLowerA: %s", buf);
    /* a single character passed in the low word of the pointer */
    ok(CharUpperA((char *)(ULONG_PTR)'q') == (char *)(ULONG_PTR)'Q', "CharUpperA on a character");
    ok(CharUpperBuffA(buf, 3) == 3 && !strncmp(buf, "MIXed", 5), "CharUpperBuffA: %s", buf);
    lstrcpyW(wbuf, L"\x00e9t\x00e9");
    CharUpperW(wbuf);
    ok(!lstrcmpW(wbuf, L"\x00c9T\x00c9"), "CharUpperW non-ASCII: %s", dbgstr_w(wbuf));
    ok(IsCharAlphaA('x') && !IsCharAlphaA('1') && IsCharAlphaNumericA('1'), "IsCharAlpha/AlphaNumeric");
    ok(IsCharUpperA('Q') && IsCharLowerA('q'), "IsCharUpper/Lower");
    return test_done();
}
