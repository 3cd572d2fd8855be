/* comdlg32: GetFileTitle; GetOpenFileName/GetSaveFileName driven by a
 * timer that types a name into the dialog's name field and presses OK.
 * Expectations from Wine (run with a display: xvfb-run). winrun without a
 * display shows no dialog: the calls return FALSE with error 0, as if
 * cancelled, after one stderr line (run.sh checks it). */
#include "test.h"
#include <commdlg.h>
#include <dlgs.h>

static const char *to_type;
static int timer_fired;

/* the open dialog is the thread's active window while it runs */
static void CALLBACK type_name(HWND hwnd, UINT msg, UINT_PTR id, DWORD time)
{
    HWND dlg = GetActiveWindow();
    int edit;
    (void)hwnd; (void)msg; (void)time;
    if (!dlg) return;
    /* Explorer-style dialogs (Windows, Wine) have a combo box, cmb13, for
     * the name; winrun's dialog has the classic edit, edt1 */
    edit = GetDlgItem(dlg, cmb13) ? cmb13 : edt1;
    if (!GetDlgItem(dlg, edit)) return;
    KillTimer(NULL, id);
    timer_fired++;
    SetDlgItemTextA(dlg, edit, to_type);
    PostMessageA(dlg, WM_COMMAND, IDOK, 0);
}

static void test_file_title(void)
{
    char buf[64];
    short r;

    r = GetFileTitleA("c:\\dir\\file.txt", buf, sizeof(buf));
    ok(r == 0 && !strcmp(buf, "file.txt"), "GetFileTitle: %d '%s'", r, buf);
    r = GetFileTitleA("name.doc", buf, sizeof(buf));
    ok(r == 0 && !strcmp(buf, "name.doc"), "GetFileTitle of a bare name: %d '%s'", r, buf);
    r = GetFileTitleA("c:/a/b.txt", buf, sizeof(buf));
    ok(r == 0 && !strcmp(buf, "b.txt"), "GetFileTitle with '/': %d '%s'", r, buf);
    r = GetFileTitleA("c:\\dir\\file.txt", buf, 4);
    ok(r == 9, "GetFileTitle with a small buffer returns the size needed: %d", r);
    r = GetFileTitleA("c:\\dir\\file.txt", NULL, 0);
    ok(r == 9, "GetFileTitle without a buffer returns the size needed: %d", r);
    r = GetFileTitleA("c:\\dir\\", buf, sizeof(buf));
    ok(r == -1, "GetFileTitle of a directory: %d", r);
    r = GetFileTitleA("c:\\dir\\*.txt", buf, sizeof(buf));
    ok(r == -1, "GetFileTitle of a pattern: %d", r);
    r = GetFileTitleA("", buf, sizeof(buf));
    ok(r == -1, "GetFileTitle of an empty name: %d", r);
}

static BOOL run_dialog(OPENFILENAMEA *ofn, BOOL save, const char *name)
{
    UINT_PTR timer;
    BOOL r;
    to_type = name;
    timer_fired = 0;
    timer = SetTimer(NULL, 0, 100, type_name);
    r = save ? GetSaveFileNameA(ofn) : GetOpenFileNameA(ofn);
    KillTimer(NULL, timer);
    return r;
}

static void test_dialogs(const char *dir)
{
    OPENFILENAMEA ofn;
    char file[MAX_PATH], title[MAX_PATH], want[MAX_PATH + 16], small[8];
    BOOL r;

    memset(&ofn, 0, sizeof(ofn));
    ofn.lStructSize = sizeof(ofn);
    ofn.lpstrFilter = "Text files\0*.txt\0All files\0*.*\0";
    ofn.nFilterIndex = 1;
    ofn.lpstrFile = file;
    ofn.nMaxFile = sizeof(file);
    ofn.lpstrFileTitle = title;
    ofn.nMaxFileTitle = sizeof(title);
    ofn.lpstrInitialDir = dir;
    ofn.Flags = OFN_FILEMUSTEXIST | OFN_PATHMUSTEXIST | OFN_HIDEREADONLY | OFN_NOCHANGEDIR | OFN_EXPLORER;
    file[0] = 0;
    title[0] = 0;
    r = run_dialog(&ofn, FALSE, "exists.txt");
    sprintf(want, "%s\\exists.txt", dir);
    ok(r && timer_fired == 1, "GetOpenFileName: %d, error %lx, timer %d", r, CommDlgExtendedError(), timer_fired);
    ok(!lstrcmpiA(file, want), "chose '%s', want '%s'", file, want);
    ok(!strcmp(title, "exists.txt"), "file title '%s'", title);
    ok(ofn.nFileOffset == strlen(dir) + 1, "nFileOffset %d", ofn.nFileOffset);
    ok(ofn.nFileExtension == strlen(dir) + 8, "nFileExtension %d", ofn.nFileExtension);
    ok(ofn.nFilterIndex == 1, "nFilterIndex %lu", ofn.nFilterIndex);

    /* too small a buffer: the size needed in the first WORD */
    ofn.lpstrFile = small;
    ofn.nMaxFile = sizeof(small);
    small[0] = 0;
    r = run_dialog(&ofn, FALSE, "exists.txt");
    ok(!r && CommDlgExtendedError() == FNERR_BUFFERTOOSMALL, "small buffer: %d, error %lx", r,
       CommDlgExtendedError());
    ok(*(WORD *)small == strlen(want) + 1, "size needed %d, want %d", *(WORD *)small, (int)strlen(want) + 1);

    /* save with a default extension: a new name gets it */
    ofn.lpstrFile = file;
    ofn.nMaxFile = sizeof(file);
    file[0] = 0;
    ofn.lpstrDefExt = "txt";
    ofn.Flags = OFN_PATHMUSTEXIST | OFN_OVERWRITEPROMPT | OFN_HIDEREADONLY | OFN_NOCHANGEDIR | OFN_EXPLORER;
    r = run_dialog(&ofn, TRUE, "newfile");
    sprintf(want, "%s\\newfile.txt", dir);
    ok(r && timer_fired == 1, "GetSaveFileName: %d, error %lx", r, CommDlgExtendedError());
    ok(!lstrcmpiA(file, want), "saved as '%s', want '%s'", file, want);
}

int main(void)
{
    BOOL wine = GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
    char dir[MAX_PATH], path[MAX_PATH + 16];
    OPENFILENAMEA ofn;
    HANDLE h;
    BOOL r;

    test_file_title();

    GetTempPathA(sizeof(dir), dir);
    strcat(dir, "comdlg_test");
    CreateDirectoryA(dir, NULL);
    GetFullPathNameA(dir, sizeof(path), path, NULL);
    strcpy(dir, path);
    sprintf(path, "%s\\exists.txt", dir);
    h = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CloseHandle(h);

    if (!wine && !GetEnvironmentVariableA("DISPLAY", NULL, 0)) {
        char file[MAX_PATH] = "";
        memset(&ofn, 0, sizeof(ofn));
        ofn.lStructSize = sizeof(ofn);
        ofn.lpstrFile = file;
        ofn.nMaxFile = sizeof(file);
        r = GetOpenFileNameA(&ofn);
        ok(!r && CommDlgExtendedError() == 0, "headless GetOpenFileName: %d, error %lx", r, CommDlgExtendedError());
    } else
        test_dialogs(dir);

    memset(&ofn, 0, sizeof(ofn));
    ofn.lStructSize = 12;
    r = GetOpenFileNameA(&ofn);
    ok(!r && CommDlgExtendedError() == CDERR_STRUCTSIZE, "bad size: %d, error %lx", r, CommDlgExtendedError());

    DeleteFileA(path);
    RemoveDirectoryA(dir);
    return test_done();
}
