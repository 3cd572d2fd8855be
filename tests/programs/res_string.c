/* res_string.c - LoadStringA/LoadStringW from the exe's STRINGTABLE
 * (res.rc), including truncation and LoadStringW's buffer-size-0 form that
 * returns a pointer to the read-only, unterminated string in the image. */
#include "test.h"

int main(void)
{
    HINSTANCE self = GetModuleHandleA(NULL);
    char buf[64];
    WCHAR wbuf[64];
    const WCHAR *ro = NULL;
    int r;

    r = LoadStringA(self, 1, buf, sizeof(buf));
    ok(r == 14 && !strcmp(buf, "Hello resource"), "LoadStringA(1): %d [%s]", r, buf);
    r = LoadStringA(self, 2, buf, sizeof(buf));
    ok(r == 13 && !strcmp(buf, "Second string"), "LoadStringA(2): %d [%s]", r, buf);
    r = LoadStringA(self, 17, buf, sizeof(buf));
    ok(r == 11 && !strcmp(buf, "Other block"), "LoadStringA(17), another block: %d [%s]", r, buf);
    r = LoadStringA(self, 1, buf, 6);
    ok(r == 5 && !strcmp(buf, "Hello"), "truncated to the buffer: %d [%s]", r, buf);

    r = LoadStringW(self, 1, wbuf, 64);
    ok(r == 14 && !lstrcmpW(wbuf, L"Hello resource"), "LoadStringW(1): %d %s", r, dbgstr_w(wbuf));
    r = LoadStringW(self, 1, (WCHAR *)&ro, 0);
    ok(r == 14 && ro && !memcmp(ro, L"Hello resource", 14 * sizeof(WCHAR)),
       "LoadStringW with size 0 gives a pointer: %d", r);
    /* entries are counted, not terminated: next comes string 2's length */
    ok(ro && ro[14] == 13, "pointer into the table, followed by the next entry's length: %d", ro ? ro[14] : -1);

    buf[0] = 'x';
    r = LoadStringA(self, 5, buf, sizeof(buf));
    ok(r == 0, "missing id in an existing block: %d", r);
    r = LoadStringA(self, 1000, buf, sizeof(buf));
    ok(r == 0, "id in a missing block: %d", r);
    return test_done();
}
