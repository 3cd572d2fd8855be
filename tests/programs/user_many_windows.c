/* Resource exhaustion with windows (issue 8): ten thousand windows, then
 * more until CreateWindowEx refuses. Windows stops a process at its USER
 * handle quota (10,000 by default, counting every USER object), winrun and
 * Wine at their handle tables (about 32,000); either way the refusal is a
 * NULL with an error, and the process goes on working: the windows answer
 * messages, enumerate, and once destroyed make room for new ones. */
#include "test.h"

#define MANY 9900
#define LOTS 40000

static LONG created_msgs;

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_CREATE) created_msgs++;
    if (msg == WM_USER + 1) return lp + 1;
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static int enum_count;
static BOOL CALLBACK count_proc(HWND hwnd, LPARAM lp)
{
    (void)hwnd; (void)lp;
    enum_count++;
    return TRUE;
}

static HWND make(int i)
{
    return CreateWindowExA(0, "many_windows", NULL, WS_POPUP, i % 100, i / 100, 10, 10, NULL, NULL, NULL, NULL);
}

int main(void)
{
    static HWND windows[LOTS];
    WNDCLASSA wc = { 0 };
    int count = 0, more = 0, destroyed = 0;
    DWORD error = 0;
    HWND again;

    wc.lpfnWndProc = proc;
    wc.lpszClassName = "many_windows";
    ok(RegisterClassA(&wc) != 0, "RegisterClass: error %lu", GetLastError());

    while (count < MANY && (windows[count] = make(count))) count++;
    ok(count == MANY, "%d windows made (error %lu)", count, GetLastError());
    ok(created_msgs == count, "WM_CREATE for each: %ld", created_msgs);
    enum_count = 0;
    EnumThreadWindows(GetCurrentThreadId(), count_proc, 0);
    ok(enum_count >= count, "EnumThreadWindows sees them: %d", enum_count);
    ok(count && SendMessageA(windows[count - 1], WM_USER + 1, 0, 41) == 42, "the last one answers");
    ok(count && SendMessageA(windows[0], WM_USER + 1, 0, 1) == 2, "the first one answers");

    /* past any limit: a refusal, not a crash. (Wine 8's wineserver
     * crashes on the way, so Wine stops at the ten thousand.) */
    if (GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version")) {
        for (int i = 0; i < count; i++) DestroyWindow(windows[i]);
        return test_done();
    }
    SetLastError(0xdeadbeef);
    while (count < LOTS && (windows[count] = make(count))) count++, more++;
    if (count < LOTS) error = GetLastError();
    trace("CreateWindowEx refused window %d with error %lu", count + 1, error);
    ok(count < LOTS && error != 0 && error != 0xdeadbeef, "a limit, refused with an error: %d windows, error %lu",
       count, error);
    ok(IsWindow(windows[count - 1]) && SendMessageA(windows[count - 1], WM_USER + 1, 0, 6) == 7,
       "the process still works at its limit");

    for (int i = 0; i < count; i++) destroyed += DestroyWindow(windows[i]) != 0;
    ok(destroyed == count, "all %d destroyed: %d", count, destroyed);
    ok(!IsWindow(windows[0]) && !IsWindow(windows[count - 1]), "their handles are gone");
    again = make(0);
    ok(again != NULL, "a window can be made again: error %lu", GetLastError());
    ok(again && SendMessageA(again, WM_USER + 1, 0, 9) == 10, "and it answers");
    DestroyWindow(again);
    return test_done();
}
