/* str_utf8.c - MultiByteToWideChar/WideCharToMultiByte with CP_UTF8:
 * size queries, non-ASCII, surrogate pairs, invalid input, small buffers. */
#include "test.h"

int main(void)
{
    static const char utf8[] = "h\xc3\xa9llo \xe2\x82\xac";     /* héllo € */
    static const WCHAR wide[] = L"h\x00e9llo \x20ac";
    static const char emoji8[] = "\xf0\x9f\x98\x80";               /* U+1F600 */
    WCHAR wbuf[32];
    char buf[32];
    int r;

    r = MultiByteToWideChar(CP_UTF8, 0, utf8, -1, NULL, 0);
    ok(r == 8, "size query with -1 counts the terminator: %d", r);
    r = MultiByteToWideChar(CP_UTF8, 0, utf8, -1, wbuf, 32);
    ok(r == 8 && !lstrcmpW(wbuf, wide), "UTF-8 to UTF-16: %d %s", r, dbgstr_w(wbuf));
    r = MultiByteToWideChar(CP_UTF8, 0, utf8, 3, wbuf, 32);
    ok(r == 2 && wbuf[1] == 0x00e9, "explicit length, no terminator: %d", r);

    r = WideCharToMultiByte(CP_UTF8, 0, wide, -1, NULL, 0, NULL, NULL);
    ok(r == 11, "size query back: %d", r);
    r = WideCharToMultiByte(CP_UTF8, 0, wide, -1, buf, sizeof(buf), NULL, NULL);
    ok(r == 11 && !strcmp(buf, utf8), "UTF-16 to UTF-8: %d", r);

    r = MultiByteToWideChar(CP_UTF8, 0, emoji8, -1, wbuf, 32);
    ok(r == 3 && wbuf[0] == 0xd83d && wbuf[1] == 0xde00, "4-byte UTF-8 becomes a surrogate pair: %d %s", r,
       dbgstr_w(wbuf));
    r = WideCharToMultiByte(CP_UTF8, 0, wbuf, -1, buf, sizeof(buf), NULL, NULL);
    ok(r == 5 && !strcmp(buf, emoji8), "surrogate pair back to 4 bytes: %d", r);

    SetLastError(0xdeadbeef);
    r = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, "a\xff" "b", -1, wbuf, 32);
    ok(r == 0 && GetLastError() == ERROR_NO_UNICODE_TRANSLATION, "invalid UTF-8 refused: %d err %lu", r,
       GetLastError());
    r = MultiByteToWideChar(CP_UTF8, 0, "a\xff" "b", -1, wbuf, 32);
    ok(r == 4 && wbuf[1] == 0xfffd && wbuf[2] == 'b', "without the flag: U+FFFD: %d %s", r, dbgstr_w(wbuf));

    SetLastError(0xdeadbeef);
    r = MultiByteToWideChar(CP_UTF8, 0, utf8, -1, wbuf, 3);
    ok(r == 0 && GetLastError() == ERROR_INSUFFICIENT_BUFFER, "small buffer: %d err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = WideCharToMultiByte(CP_UTF8, 0, wide, -1, buf, 2, NULL, NULL);
    ok(r == 0 && GetLastError() == ERROR_INSUFFICIENT_BUFFER, "small buffer back: %d err %lu", r, GetLastError());

    r = MultiByteToWideChar(CP_ACP, 0, "plain", -1, wbuf, 32);
    ok(r == 6 && !lstrcmpW(wbuf, L"plain"), "CP_ACP ASCII: %d", r);
    ok(GetACP() != 0 && IsValidCodePage(CP_UTF8) && IsValidCodePage(GetACP()), "GetACP %u is valid", GetACP());
    ok(GetOEMCP() != 0, "GetOEMCP %u", GetOEMCP());
    return test_done();
}
