/* Sketchpad, the sample GUI program (README, docs/gui.md): a window with
 * a menu bar and accelerators from resources, a client area painted with
 * GDI (a TrueType title, shapes, a bitmap resource drawn 1:1 and
 * stretched, a seconds counter driven by a timer), dots drawn where the
 * left button is clicked, an About dialog from a DIALOGEX resource and a
 * MessageBox before exiting with unsaved dots. It behaves the same under
 * Windows, Wine and winrun.
 *
 * It logs what happens on standard output, one line each, so a script can
 * drive it (tests/gui/sample.sh): "ready CX CY HX HY" (the client origin and
 * the centre of the Help menu item, screen coordinates), "menu X Y" (the
 * centre of the open popup's first item), "about shown X Y" (a point of the
 * dialog's face), "about closed RESULT", "closing modified"
 * (before asking), "command new|undo|grid|open FLAG"
 * (FLAG 1 when it came from an accelerator), "dot X Y" (client
 * coordinates), "exit asked ANSWER" and "bye". */
#include <windows.h>
#include <stdio.h>
#include "sketchpad.h"

#define MAX_DOTS 256
#define DOT_COLOR RGB(128, 0, 128)
#define TIMER_SECONDS 1
#define TIMER_MENU 2

/* the drawing: the document of this program */
struct sketch {
    POINT dots[MAX_DOTS];
    int count;
    BOOL modified, grid;
    int seconds;
    BOOL reported;       /* "ready" logged */
    HMENU open_popup;    /* the last popup opened: the one the menu timer reports */
    HBITMAP tile;
    HFONT title_font;
};

static void log_line(const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    vprintf(fmt, args);
    va_end(args);
    putchar('\n');
    fflush(stdout);   /* a pipe is block-buffered: the reader waits for each line */
}

static void status_rect(HWND hwnd, RECT *r)
{
    GetClientRect(hwnd, r);
    r->left = 16; r->top = 212; r->right -= 16; r->bottom = 232;
}

static void paint_shapes(HDC dc)
{
    static const POINT triangle[3] = { { 208, 116 }, { 248, 56 }, { 288, 116 } };
    static const struct { COLORREF color; int kind; RECT box; } shapes[] = {
        { RGB(220, 0, 0), 0, { 16, 56, 96, 116 } },
        { RGB(0, 160, 0), 1, { 112, 56, 192, 116 } },
    };
    HPEN line = CreatePen(PS_SOLID, 2, RGB(0, 0, 0)), old_pen;
    HBRUSH brush, old_brush;

    for (size_t i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++) {
        const RECT *b = &shapes[i].box;
        brush = CreateSolidBrush(shapes[i].color);
        old_brush = SelectObject(dc, brush);
        old_pen = SelectObject(dc, GetStockObject(NULL_PEN));
        if (shapes[i].kind) Ellipse(dc, b->left, b->top, b->right, b->bottom);
        else Rectangle(dc, b->left, b->top, b->right, b->bottom);
        SelectObject(dc, old_pen);
        SelectObject(dc, old_brush);
        DeleteObject(brush);
    }
    brush = CreateSolidBrush(RGB(0, 0, 255));
    old_brush = SelectObject(dc, brush);
    old_pen = SelectObject(dc, GetStockObject(NULL_PEN));
    Polygon(dc, triangle, 3);
    SelectObject(dc, line);
    MoveToEx(dc, 16, 126, NULL);
    LineTo(dc, 288, 126);
    SelectObject(dc, old_pen);
    SelectObject(dc, old_brush);
    DeleteObject(brush);
    DeleteObject(line);
}

static void paint(HWND hwnd, struct sketch *s)
{
    PAINTSTRUCT ps;
    HDC dc = BeginPaint(hwnd, &ps), mem;
    HBRUSH dot = CreateSolidBrush(DOT_COLOR), old_brush;
    HGDIOBJ old;
    RECT client, status;
    char text[64];

    GetClientRect(hwnd, &client);
    if (s->grid) {
        HPEN pen = CreatePen(PS_SOLID, 1, RGB(208, 208, 224));
        old = SelectObject(dc, pen);
        for (int x = 0; x < client.right; x += 20) { MoveToEx(dc, x, 0, NULL); LineTo(dc, x, client.bottom); }
        for (int y = 0; y < client.bottom; y += 20) { MoveToEx(dc, 0, y, NULL); LineTo(dc, client.right, y); }
        SelectObject(dc, old);
        DeleteObject(pen);
    }

    SetBkMode(dc, TRANSPARENT);
    old = SelectObject(dc, s->title_font);
    SetTextColor(dc, RGB(0, 32, 96));
    TextOutA(dc, 16, 10, "winrun Sketchpad", 16);
    SelectObject(dc, old);

    paint_shapes(dc);

    mem = CreateCompatibleDC(dc);
    old = SelectObject(mem, s->tile);
    BitBlt(dc, 16, 136, TILE_SIZE, TILE_SIZE, mem, 0, 0, SRCCOPY);
    StretchBlt(dc, 48, 136, TILE_SIZE * 4, TILE_SIZE * 4, mem, 0, 0, TILE_SIZE, TILE_SIZE, SRCCOPY);
    SelectObject(mem, old);
    DeleteDC(mem);

    SetTextColor(dc, GetSysColor(COLOR_WINDOWTEXT));
    old = SelectObject(dc, GetStockObject(DEFAULT_GUI_FONT));
    status_rect(hwnd, &status);
    snprintf(text, sizeof(text), "Seconds: %d    Dots: %d%s", s->seconds, s->count, s->modified ? " (modified)" : "");
    DrawTextA(dc, text, -1, &status, DT_LEFT | DT_VCENTER | DT_SINGLELINE);
    SelectObject(dc, old);

    old_brush = SelectObject(dc, dot);
    old = SelectObject(dc, GetStockObject(NULL_PEN));
    for (int i = 0; i < s->count; i++)
        Ellipse(dc, s->dots[i].x - 5, s->dots[i].y - 5, s->dots[i].x + 6, s->dots[i].y + 6);
    SelectObject(dc, old);
    SelectObject(dc, old_brush);
    DeleteObject(dot);
    EndPaint(hwnd, &ps);
}

static INT_PTR CALLBACK about_proc(HWND dlg, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_INITDIALOG: {
        struct sketch *s = (struct sketch *)lp;
        RECT r;
        POINT face;
        SetWindowLongPtrA(dlg, DWLP_USER, lp);
        CheckDlgButton(dlg, IDC_GRID, s->grid ? BST_CHECKED : BST_UNCHECKED);
        /* left of the buttons, under the check box: bare dialog face */
        GetClientRect(dlg, &r);
        face.x = r.left + 8;
        face.y = r.bottom - 8;
        ClientToScreen(dlg, &face);
        log_line("about shown %d %d", (int)face.x, (int)face.y);
        return TRUE;
    }
    case WM_COMMAND:
        if (LOWORD(wp) == IDOK || LOWORD(wp) == IDCANCEL) {
            struct sketch *s = (struct sketch *)GetWindowLongPtrA(dlg, DWLP_USER);
            if (LOWORD(wp) == IDOK) s->grid = IsDlgButtonChecked(dlg, IDC_GRID) == BST_CHECKED;
            EndDialog(dlg, LOWORD(wp));
            return TRUE;
        }
        break;
    }
    return FALSE;
}

/* File > Open...: comdlg32 when the system has it; otherwise say so */
static void open_file(HWND hwnd)
{
    typedef BOOL (WINAPI *open_fn)(void *);
    HMODULE comdlg = LoadLibraryA("comdlg32.dll");
    open_fn open = comdlg ? (open_fn)(void *)GetProcAddress(comdlg, "GetOpenFileNameA") : NULL;
    char name[MAX_PATH] = "";

    if (open) {
        OPENFILENAMEA ofn = { 0 };
        ofn.lStructSize = sizeof(ofn);
        ofn.hwndOwner = hwnd;
        ofn.lpstrFilter = "All files\0*.*\0";
        ofn.lpstrFile = name;
        ofn.nMaxFile = sizeof(name);
        ofn.Flags = OFN_FILEMUSTEXIST;
        if (open(&ofn))
            MessageBoxA(hwnd, name, "Sketchpad cannot read files yet", MB_OK | MB_ICONINFORMATION);
    } else
        MessageBoxA(hwnd, "There is no file dialog (comdlg32) here.", "Sketchpad", MB_OK | MB_ICONINFORMATION);
    if (comdlg) FreeLibrary(comdlg);
}

static void command(HWND hwnd, struct sketch *s, int id, int from_accel)
{
    RECT status;

    switch (id) {
    case ID_NEW:
        log_line("command new %d", from_accel);
        s->count = 0;
        s->modified = FALSE;
        InvalidateRect(hwnd, NULL, TRUE);
        break;
    case ID_OPEN:
        log_line("command open %d", from_accel);
        open_file(hwnd);
        break;
    case ID_EXIT:
        SendMessageA(hwnd, WM_CLOSE, 0, 0);
        break;
    case ID_UNDO:
        log_line("command undo %d", from_accel);
        if (s->count) {
            s->count--;
            s->modified = s->count > 0;
            InvalidateRect(hwnd, NULL, TRUE);
        }
        break;
    case ID_GRID:
        log_line("command grid %d", from_accel);
        s->grid = !s->grid;
        InvalidateRect(hwnd, NULL, TRUE);
        break;
    case ID_ABOUT: {
        BOOL grid = s->grid;
        INT_PTR ret = DialogBoxParamA(GetModuleHandleA(NULL), MAKEINTRESOURCEA(IDD_ABOUT), hwnd, about_proc, (LPARAM)s);
        log_line("about closed %d", (int)ret);
        if (grid != s->grid) InvalidateRect(hwnd, NULL, TRUE);
        break;
    }
    }
    status_rect(hwnd, &status);
    InvalidateRect(hwnd, &status, TRUE);
}

static LRESULT CALLBACK main_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    struct sketch *s = (struct sketch *)GetWindowLongPtrA(hwnd, GWLP_USERDATA);

    switch (msg) {
    case WM_CREATE:
        s = ((CREATESTRUCTA *)lp)->lpCreateParams;
        SetWindowLongPtrA(hwnd, GWLP_USERDATA, (LONG_PTR)s);
        SetTimer(hwnd, TIMER_SECONDS, 1000, NULL);
        return 0;
    case WM_PAINT:
        paint(hwnd, s);
        if (!s->reported) {
            POINT origin = { 0, 0 };
            RECT help;
            s->reported = TRUE;
            ClientToScreen(hwnd, &origin);
            GetMenuItemRect(hwnd, GetMenu(hwnd), 2, &help);
            log_line("ready %d %d %d %d", (int)origin.x, (int)origin.y, (int)(help.left + help.right) / 2,
                     (int)(help.top + help.bottom) / 2);
        }
        return 0;
    case WM_TIMER:
        if (wp == TIMER_SECONDS) {
            RECT status;
            s->seconds++;
            status_rect(hwnd, &status);
            InvalidateRect(hwnd, &status, TRUE);
        } else if (wp == TIMER_MENU) {
            /* timers run inside the menu's own loop: report where the open
             * popup's first item is, once it is on the screen */
            HWND popup = FindWindowA("#32768", NULL);
            RECT item;
            if (popup && IsWindowVisible(popup) && GetMenuItemRect(hwnd, s->open_popup, 0, &item)) {
                KillTimer(hwnd, TIMER_MENU);
                log_line("menu %d %d", (int)(item.left + item.right) / 2, (int)(item.top + item.bottom) / 2);
            }
        }
        return 0;
    case WM_ENTERMENULOOP:
        SetTimer(hwnd, TIMER_MENU, 100, NULL);
        return 0;
    case WM_EXITMENULOOP:
        KillTimer(hwnd, TIMER_MENU);
        return 0;
    case WM_INITMENUPOPUP:
        if (!HIWORD(lp)) {
            s->open_popup = (HMENU)wp;
            EnableMenuItem((HMENU)wp, ID_UNDO, s->count ? MF_ENABLED : MF_GRAYED);
            CheckMenuItem((HMENU)wp, ID_GRID, s->grid ? MF_CHECKED : MF_UNCHECKED);
        }
        return 0;
    case WM_LBUTTONDOWN:
        if (s->count < MAX_DOTS) {
            POINT p = { (short)LOWORD(lp), (short)HIWORD(lp) };
            RECT r = { p.x - 5, p.y - 5, p.x + 6, p.y + 6 }, status;
            s->dots[s->count++] = p;
            s->modified = TRUE;
            log_line("dot %d %d", (int)p.x, (int)p.y);
            InvalidateRect(hwnd, &r, FALSE);
            status_rect(hwnd, &status);
            InvalidateRect(hwnd, &status, TRUE);
        }
        return 0;
    case WM_COMMAND:
        command(hwnd, s, LOWORD(wp), HIWORD(wp) == 1);
        return 0;
    case WM_CLOSE:
        if (s->modified) {
            int answer;
            log_line("closing modified");
            answer = MessageBoxA(hwnd, "Discard the dots you drew?", "Sketchpad", MB_OKCANCEL | MB_ICONQUESTION);
            log_line("exit asked %d", answer);
            if (answer != IDOK) return 0;
        }
        DestroyWindow(hwnd);
        return 0;
    case WM_DESTROY:
        KillTimer(hwnd, TIMER_SECONDS);
        PostQuitMessage(0);
        return 0;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

int main(void)
{
    static struct sketch sketch;
    HINSTANCE inst = GetModuleHandleA(NULL);
    WNDCLASSA wc = { 0 };
    HACCEL accel = LoadAcceleratorsA(inst, MAKEINTRESOURCEA(IDR_ACCEL));
    HWND hwnd;
    MSG msg;

    sketch.tile = LoadBitmapA(inst, MAKEINTRESOURCEA(IDB_TILE));
    sketch.title_font = CreateFontA(-26, 0, 0, 0, FW_BOLD, FALSE, FALSE, FALSE, DEFAULT_CHARSET, OUT_TT_PRECIS,
                                    CLIP_DEFAULT_PRECIS, ANTIALIASED_QUALITY, VARIABLE_PITCH | FF_SWISS, "Arial");
    wc.style = CS_HREDRAW | CS_VREDRAW;
    wc.lpfnWndProc = main_proc;
    wc.hInstance = inst;
    wc.hIcon = LoadIconA(inst, MAKEINTRESOURCEA(IDI_APP));
    wc.hCursor = LoadCursorA(NULL, (LPCSTR)IDC_CROSS);
    wc.hbrBackground = (HBRUSH)(COLOR_WINDOW + 1);
    wc.lpszMenuName = MAKEINTRESOURCEA(IDR_MENU);
    wc.lpszClassName = "Sketchpad";
    if (!sketch.tile || !sketch.title_font || !accel || !RegisterClassA(&wc)) {
        fprintf(stderr, "sketchpad: cannot set up (error %lu)\n", GetLastError());
        return 1;
    }
    hwnd = CreateWindowExA(0, "Sketchpad", "Sketchpad", WS_OVERLAPPEDWINDOW, 0, 0, 480, 360, NULL, NULL, inst, &sketch);
    if (!hwnd) {
        fprintf(stderr, "sketchpad: cannot create the window (error %lu)\n", GetLastError());
        return 1;
    }
    ShowWindow(hwnd, SW_SHOW);
    UpdateWindow(hwnd);
    while (GetMessageA(&msg, NULL, 0, 0) > 0) {
        if (TranslateAcceleratorA(hwnd, accel, &msg)) continue;
        TranslateMessage(&msg);
        DispatchMessageA(&msg);
    }
    DeleteObject(sketch.title_font);
    DeleteObject(sketch.tile);
    log_line("bye");
    return (int)msg.wParam;
}
