/* user32: registered clipboard formats and a program's own format on the
 * clipboard: RegisterClipboardFormat shares RegisterWindowMessage's
 * numbers (case-insensitive names, 0xC000 and up), GetClipboardFormatName
 * gives the name back (cut to the buffer) and nothing for predefined
 * formats, and data in a registered format goes round the clipboard.
 * Expectations from Wine. */
#include "test.h"

int main(void)
{
    UINT fmt, fmt2, msg, f;
    char name[64];
    WCHAR wname[64];
    HGLOBAL h;
    char *p;
    int n, seen = 0;

    fmt = RegisterClipboardFormatA("winrun test format");
    ok(fmt >= 0xC000 && fmt <= 0xFFFF, "a registered format: %x", fmt);
    fmt2 = RegisterClipboardFormatA("WINRUN Test Format");
    ok(fmt2 == fmt, "names are case-insensitive: %x %x", fmt2, fmt);
    msg = RegisterWindowMessageA("winrun test format");
    ok(msg == fmt, "RegisterWindowMessage gives the same number: %x", msg);
    ok(RegisterClipboardFormatW(L"winrun test format") == fmt, "and the W call");

    n = GetClipboardFormatNameA(fmt, name, sizeof(name));
    ok(n == 18 && !strcmp(name, "winrun test format"), "GetClipboardFormatName: %d '%s'", n, name);
    n = GetClipboardFormatNameW(fmt, wname, 64);
    ok(n == 18 && !lstrcmpW(wname, L"winrun test format"), "GetClipboardFormatNameW: %d", n);
    n = GetClipboardFormatNameW(fmt, wname, 7);
    ok(n == 6 && !lstrcmpW(wname, L"winrun"), "cut to the buffer: %d", n);
    /* Wine 8's A call cuts the name but answers 0 */
    if (!GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version")) {
        memset(name, 'x', sizeof(name));
        n = GetClipboardFormatNameA(fmt, name, 7);
        ok(n == 6 && !strcmp(name, "winrun"), "the A call cut to the buffer: %d '%s'", n, name);
    }
    n = GetClipboardFormatNameA(CF_TEXT, name, sizeof(name));
    ok(n == 0, "CF_TEXT has no name: %d", n);

    ok(OpenClipboard(NULL), "OpenClipboard");
    ok(EmptyClipboard(), "EmptyClipboard");
    h = GlobalAlloc(GMEM_MOVEABLE, 16);
    p = GlobalLock(h);
    strcpy(p, "private data");
    GlobalUnlock(h);
    ok(SetClipboardData(fmt, h) == h, "SetClipboardData in the registered format");
    ok(IsClipboardFormatAvailable(fmt), "the format is there");
    for (f = EnumClipboardFormats(0); f; f = EnumClipboardFormats(f))
        if (f == fmt) seen++;
    ok(seen == 1, "EnumClipboardFormats lists it once");
    h = GetClipboardData(fmt);
    p = h ? GlobalLock(h) : NULL;
    ok(p && !strcmp(p, "private data"), "GetClipboardData gives it back");
    if (p) GlobalUnlock(h);
    ok(!IsClipboardFormatAvailable(CF_TEXT), "no text was put");
    EmptyClipboard();
    CloseClipboard();
    return test_done();
}
