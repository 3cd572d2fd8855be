/* tests/gui: GetOpenFileName on the display. A timer reports the dialog
 * ("shown COUNT FIRST LAST X Y": the list's entry count, its first and
 * last entries, the screen point of the file name edit); the runner
 * clicks into the edit, types "bc" and Return; the program prints
 * "result NAME" (the chosen path's last part) or "cancelled ERROR". */
#include <windows.h>
#include <commdlg.h>
#include <dlgs.h>
#include <stdio.h>
#include <string.h>

static void CALLBACK report(HWND hwnd, UINT msg, UINT_PTR id, DWORD time)
{
    HWND dlg = GetActiveWindow(), list, edit;
    char first[MAX_PATH] = "", last[MAX_PATH] = "";
    RECT rc;
    int count;
    (void)hwnd; (void)msg; (void)time;

    if (!dlg || !(list = GetDlgItem(dlg, lst1)) || !(edit = GetDlgItem(dlg, edt1))) return;
    KillTimer(NULL, id);
    count = (int)SendMessageA(list, LB_GETCOUNT, 0, 0);
    if (count > 0) {
        SendMessageA(list, LB_GETTEXT, 0, (LPARAM)first);
        SendMessageA(list, LB_GETTEXT, count - 1, (LPARAM)last);
    }
    GetWindowRect(edit, &rc);
    printf("shown %d %s %s %ld %ld\n", count, first, last, (rc.left + rc.right) / 2, (rc.top + rc.bottom) / 2);
    fflush(stdout);
}

int main(void)
{
    char dir[MAX_PATH], path[MAX_PATH + 16], file[MAX_PATH] = "";
    OPENFILENAMEA ofn;
    HANDLE h;
    BOOL r;

    GetTempPathA(sizeof(dir), dir);
    strcat(dir, "file_dialog_gui");
    CreateDirectoryA(dir, NULL);
    sprintf(path, "%s\\sub", dir);
    CreateDirectoryA(path, NULL);
    sprintf(path, "%s\\alpha.txt", dir);
    h = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CloseHandle(h);

    memset(&ofn, 0, sizeof(ofn));
    ofn.lStructSize = sizeof(ofn);
    ofn.lpstrFilter = "Text files\0*.txt\0";
    ofn.lpstrFile = file;
    ofn.nMaxFile = sizeof(file);
    ofn.lpstrInitialDir = dir;
    ofn.Flags = OFN_NOCHANGEDIR;
    SetTimer(NULL, 0, 100, report);
    r = GetOpenFileNameA(&ofn);
    if (r) printf("result %s\n", file + ofn.nFileOffset);
    else printf("cancelled %lx\n", CommDlgExtendedError());
    DeleteFileA(path);
    sprintf(path, "%s\\sub", dir);
    RemoveDirectoryA(path);
    RemoveDirectoryA(dir);
    return r ? 0 : 1;
}
