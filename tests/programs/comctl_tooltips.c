/* comctl32's tooltips without a display: adding, reading, changing,
 * enumerating and deleting tools (TOOLINFO sizes V1..V3), their texts
 * (TTM_GETTEXT, TTM_UPDATETIPTEXT, LPSTR_TEXTCALLBACK answered through
 * TTN_GETDISPINFO), the delay times and maximum width, and the tip
 * shown after the initial delay when the mouse rests over a tool
 * (TTN_SHOW, then TTN_POP); a TBSTYLE_TOOLTIPS toolbar's own tooltip.
 * Expectations checked under Wine (comctl32 5.82, no manifest). */
#include "test.h"
#include <commctrl.h>

static HWND parent;
static int dispinfo_calls, shows, pops;
static UINT_PTR dispinfo_id;
static HWND dispinfo_from;

static LRESULT CALLBACK parent_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_NOTIFY) {
        NMHDR *hdr = (NMHDR *)lp;
        if (hdr->code == TTN_GETDISPINFOA) {
            NMTTDISPINFOA *di = (NMTTDISPINFOA *)lp;
            dispinfo_calls++;
            dispinfo_id = hdr->idFrom;
            dispinfo_from = hdr->hwndFrom;
            strcpy(di->szText, "from callback");
            di->lpszText = di->szText;
        }
        if (hdr->code == TTN_SHOW) shows++;
        if (hdr->code == TTN_POP) pops++;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static void fill(TTTOOLINFOA *ti, UINT size, UINT_PTR id, char *text)
{
    memset(ti, 0, sizeof(*ti));
    ti->cbSize = size;
    ti->hwnd = parent;
    ti->uId = id;
    ti->lpszText = text;
    SetRect(&ti->rect, 10, 10, 60, 40);
}

static void test_tools(HWND tt)
{
    TTTOOLINFOA ti;
    char buf[128];

    ok(SendMessageA(tt, TTM_GETTOOLCOUNT, 0, 0) == 0, "no tools");
    fill(&ti, TTTOOLINFOA_V1_SIZE, 1, (char *)"hello");
    ok(SendMessageA(tt, TTM_ADDTOOLA, 0, (LPARAM)&ti), "ADDTOOL V1");
    fill(&ti, sizeof(ti), 2, LPSTR_TEXTCALLBACKA);
    ti.lParam = 0x55;
    SetRect(&ti.rect, 100, 10, 150, 40);
    ok(SendMessageA(tt, TTM_ADDTOOLA, 0, (LPARAM)&ti), "ADDTOOL V3 with a callback");
    ok(SendMessageA(tt, TTM_GETTOOLCOUNT, 0, 0) == 2, "two tools");

    /* GETTOOLINFO copies the text into the caller's buffer */
    fill(&ti, sizeof(ti), 1, buf);
    buf[0] = 0;
    SetRect(&ti.rect, 0, 0, 0, 0);
    ti.lParam = 0xdead;
    ok(SendMessageA(tt, TTM_GETTOOLINFOA, 0, (LPARAM)&ti), "GETTOOLINFO 1");
    ok(!strcmp(buf, "hello"), "text %s", buf);
    ok(ti.rect.left == 10 && ti.rect.bottom == 40, "rect %d %d", (int)ti.rect.left, (int)ti.rect.bottom);
    ok(ti.lParam == 0, "a V1 tool's lParam is 0: %x", (unsigned)ti.lParam);
    fill(&ti, sizeof(ti), 9, buf);
    ok(!SendMessageA(tt, TTM_GETTOOLINFOA, 0, (LPARAM)&ti), "GETTOOLINFO of an unknown tool");
    fill(&ti, sizeof(ti), 2, buf);
    SendMessageA(tt, TTM_GETTOOLINFOA, 0, (LPARAM)&ti);
    ok(ti.lpszText == LPSTR_TEXTCALLBACKA, "a callback tool's text stays the callback marker");
    ok(ti.lParam == 0x55, "V3 lParam %x", (unsigned)ti.lParam);

    /* GETTEXT, UPDATETIPTEXT */
    fill(&ti, sizeof(ti), 1, buf);
    buf[0] = 0;
    SendMessageA(tt, TTM_GETTEXTA, 0, (LPARAM)&ti);
    ok(!strcmp(buf, "hello"), "GETTEXT %s", buf);
    fill(&ti, sizeof(ti), 1, (char *)"bye");
    SendMessageA(tt, TTM_UPDATETIPTEXTA, 0, (LPARAM)&ti);
    fill(&ti, sizeof(ti), 1, buf);
    SendMessageA(tt, TTM_GETTEXTA, 0, (LPARAM)&ti);
    ok(!strcmp(buf, "bye"), "updated %s", buf);
    /* the callback is asked with the tool's id, from the tooltip */
    fill(&ti, sizeof(ti), 2, buf);
    buf[0] = 0;
    dispinfo_calls = 0;
    SendMessageA(tt, TTM_GETTEXTA, 0, (LPARAM)&ti);
    ok(dispinfo_calls == 1 && dispinfo_id == 2 && dispinfo_from == tt, "TTN_GETDISPINFOA %d %d",
       dispinfo_calls, (int)dispinfo_id);
    ok(!strcmp(buf, "from callback"), "callback text %s", buf);

    /* SETTOOLINFO */
    fill(&ti, sizeof(ti), 1, (char *)"set");
    SetRect(&ti.rect, 5, 6, 60, 40);
    SendMessageA(tt, TTM_SETTOOLINFOA, 0, (LPARAM)&ti);
    fill(&ti, sizeof(ti), 1, buf);
    SendMessageA(tt, TTM_GETTOOLINFOA, 0, (LPARAM)&ti);
    ok(!strcmp(buf, "set") && ti.rect.left == 5 && ti.rect.top == 6, "SETTOOLINFO: %s %d",
       buf, (int)ti.rect.left);

    /* ENUMTOOLS */
    memset(&ti, 0, sizeof(ti));
    ti.cbSize = sizeof(ti);
    ti.lpszText = buf;
    ok(SendMessageA(tt, TTM_ENUMTOOLSA, 1, (LPARAM)&ti) && ti.uId == 2 && ti.hwnd == parent, "ENUMTOOLS 1: %d",
       (int)ti.uId);
    ok(!SendMessageA(tt, TTM_ENUMTOOLSA, 2, (LPARAM)&ti), "ENUMTOOLS 2 fails");

    /* DELTOOL */
    fill(&ti, sizeof(ti), 2, NULL);
    SendMessageA(tt, TTM_DELTOOLA, 0, (LPARAM)&ti);
    ok(SendMessageA(tt, TTM_GETTOOLCOUNT, 0, 0) == 1, "one tool left");
    memset(&ti, 0, sizeof(ti));
    ti.cbSize = sizeof(ti);
    ok(SendMessageA(tt, TTM_ENUMTOOLSA, 0, (LPARAM)&ti) && ti.uId == 1, "tool 1 left");
}

static void test_settings(HWND tt)
{
    int initial = (int)SendMessageA(tt, TTM_GETDELAYTIME, TTDT_INITIAL, 0);
    int autopop = (int)SendMessageA(tt, TTM_GETDELAYTIME, TTDT_AUTOPOP, 0);
    int reshow = (int)SendMessageA(tt, TTM_GETDELAYTIME, TTDT_RESHOW, 0);

    /* from the double-click time, 500 ms by default */
    ok(initial == 500 && autopop == 5000 && reshow == 100, "default delays: %d %d %d", initial, autopop, reshow);
    SendMessageA(tt, TTM_SETDELAYTIME, TTDT_AUTOMATIC, 1000);
    ok(SendMessageA(tt, TTM_GETDELAYTIME, TTDT_INITIAL, 0) == 1000, "automatic: initial");
    ok(SendMessageA(tt, TTM_GETDELAYTIME, TTDT_AUTOPOP, 0) == 10000, "automatic: autopop ten times");
    ok(SendMessageA(tt, TTM_GETDELAYTIME, TTDT_RESHOW, 0) == 200, "automatic: reshow a fifth");
    SendMessageA(tt, TTM_SETDELAYTIME, TTDT_INITIAL, 300);
    ok(SendMessageA(tt, TTM_GETDELAYTIME, TTDT_INITIAL, 0) == 300, "initial 300");
    SendMessageA(tt, TTM_SETDELAYTIME, TTDT_AUTOMATIC, initial);

    ok(SendMessageA(tt, TTM_GETMAXTIPWIDTH, 0, 0) == -1, "no maximum width");
    ok(SendMessageA(tt, TTM_SETMAXTIPWIDTH, 0, 200) == -1, "SETMAXTIPWIDTH returns the old one");
    ok(SendMessageA(tt, TTM_GETMAXTIPWIDTH, 0, 0) == 200, "200");
    ok(SendMessageA(tt, TTM_GETTIPBKCOLOR, 0, 0) == (LRESULT)GetSysColor(COLOR_INFOBK), "background colour");
    ok(SendMessageA(tt, TTM_GETTIPTEXTCOLOR, 0, 0) == (LRESULT)GetSysColor(COLOR_INFOTEXT), "text colour");
}

static void pump(DWORD ms)
{
    DWORD end = GetTickCount() + ms;
    MSG msg;
    while ((LONG)(end - GetTickCount()) > 0) {
        while (PeekMessageA(&msg, NULL, 0, 0, PM_REMOVE)) {
            TranslateMessage(&msg);
            DispatchMessageA(&msg);
        }
        Sleep(10);
    }
}

static void test_show(HWND tt)
{
    TTTOOLINFOA ti;
    MSG relay;
    POINT pt = { 20, 20 };

    SendMessageA(tt, TTM_SETDELAYTIME, TTDT_INITIAL, 100);
    ClientToScreen(parent, &pt);
    SetCursorPos(pt.x, pt.y);
    memset(&relay, 0, sizeof(relay));
    relay.hwnd = parent;
    relay.message = WM_MOUSEMOVE;
    relay.lParam = MAKELPARAM(20, 20);
    relay.pt = pt;
    shows = pops = 0;
    SendMessageA(tt, TTM_RELAYEVENT, 0, (LPARAM)&relay);
    pump(600);
    ok(shows == 1, "TTN_SHOW after the initial delay: %d", shows);
    ok(IsWindowVisible(tt), "the tip is shown");
    SendMessageA(tt, TTM_POP, 0, 0);
    ok(!IsWindowVisible(tt), "TTM_POP hides it");
    ok(pops == 1, "TTN_POP: %d", pops);

    /* an inactive tooltip shows nothing */
    SendMessageA(tt, TTM_ACTIVATE, FALSE, 0);
    shows = 0;
    SendMessageA(tt, TTM_RELAYEVENT, 0, (LPARAM)&relay);
    pump(400);
    ok(shows == 0 && !IsWindowVisible(tt), "inactive: %d", shows);
    SendMessageA(tt, TTM_ACTIVATE, TRUE, 0);
    fill(&ti, sizeof(ti), 1, NULL);
    SendMessageA(tt, TTM_DELTOOLA, 0, (LPARAM)&ti);
}

/* TBSTYLE_TOOLTIPS: the toolbar's own tooltip has a tool per button,
 * named by the command id, whose text the toolbar's parent gives */
static void test_toolbar(void)
{
    TBBUTTON buttons[3];
    TTTOOLINFOA ti;
    HWND tb, tt;
    char buf[128];
    int i;

    tb = CreateWindowExA(0, TOOLBARCLASSNAMEA, NULL, WS_CHILD | WS_VISIBLE | TBSTYLE_TOOLTIPS, 0, 0, 200, 30,
                         parent, (HMENU)9, NULL, NULL);
    SendMessageA(tb, TB_BUTTONSTRUCTSIZE, sizeof(TBBUTTON), 0);
    tt = (HWND)SendMessageA(tb, TB_GETTOOLTIPS, 0, 0);
    ok(tt != NULL, "TB_GETTOOLTIPS");
    memset(buttons, 0, sizeof(buttons));
    for (i = 0; i < 3; i++) {
        buttons[i].iBitmap = I_IMAGENONE;
        buttons[i].idCommand = 100 + i;
        buttons[i].fsState = TBSTATE_ENABLED;
        buttons[i].fsStyle = i == 1 ? TBSTYLE_SEP : TBSTYLE_BUTTON;
    }
    SendMessageA(tb, TB_ADDBUTTONSA, 3, (LPARAM)buttons);
    ok(SendMessageA(tt, TTM_GETTOOLCOUNT, 0, 0) == 2, "a tool per button, none for separators: %d",
       (int)SendMessageA(tt, TTM_GETTOOLCOUNT, 0, 0));
    memset(&ti, 0, sizeof(ti));
    ti.cbSize = sizeof(ti);
    ti.hwnd = tb;
    ti.uId = 102;
    ti.lpszText = buf;
    buf[0] = 0;
    dispinfo_calls = 0;
    SendMessageA(tt, TTM_GETTEXTA, 0, (LPARAM)&ti);
    ok(dispinfo_calls == 1 && dispinfo_id == 102, "the parent is asked: %d %d", dispinfo_calls, (int)dispinfo_id);
    ok(!strcmp(buf, "from callback"), "button text %s", buf);
    DestroyWindow(tb);
    ok(!IsWindow(tt), "the tooltip goes with the toolbar");
}

int main(void)
{
    WNDCLASSA wc;
    HWND tt;

    InitCommonControls();
    memset(&wc, 0, sizeof(wc));
    wc.lpfnWndProc = parent_proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "tooltip_parent";
    RegisterClassA(&wc);
    parent = CreateWindowExA(0, "tooltip_parent", "p", WS_OVERLAPPEDWINDOW | WS_VISIBLE, 100, 100, 300, 200,
                             NULL, NULL, NULL, NULL);
    tt = CreateWindowExA(WS_EX_TOPMOST, TOOLTIPS_CLASSA, NULL, WS_POPUP | TTS_ALWAYSTIP, 0, 0, 0, 0, parent,
                         NULL, NULL, NULL);
    ok(tt != NULL, "created");
    ok(!IsWindowVisible(tt), "hidden at first");
    test_tools(tt);
    test_settings(tt);
    test_show(tt);
    test_toolbar();
    DestroyWindow(tt);
    DestroyWindow(parent);
    return test_done();
}
