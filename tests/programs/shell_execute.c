/* shell_execute: ShellExecuteEx and ShellExecute running this program as
 * a child: parameters, lpDirectory as its current directory, a relative
 * name found in lpDirectory, SEE_MASK_NOCLOSEPROCESS's process handle and
 * exit code, and a missing program (SE_ERR_FNF, ERROR_FILE_NOT_FOUND). */
#include "test.h"
#include <shellapi.h>

static char self[MAX_PATH];

/* "child N": N, plus 100 when the current directory is the Windows one */
static int child(const char *arg)
{
    char cwd[MAX_PATH], windir[MAX_PATH];
    int code = atoi(arg);
    GetCurrentDirectoryA(MAX_PATH, cwd);
    GetWindowsDirectoryA(windir, MAX_PATH);
    return code + (!lstrcmpiA(cwd, windir) ? 100 : 0);
}

static DWORD run(const char *file, const char *params, const char *dir, BOOL *r, HINSTANCE *inst)
{
    SHELLEXECUTEINFOA info;
    DWORD code = 0xdead;

    memset(&info, 0, sizeof(info));
    info.cbSize = sizeof(info);
    info.fMask = SEE_MASK_NOCLOSEPROCESS | SEE_MASK_FLAG_NO_UI;
    info.lpVerb = "open";
    info.lpFile = file;
    info.lpParameters = params;
    info.lpDirectory = dir;
    info.nShow = SW_HIDE;
    *r = ShellExecuteExA(&info);
    *inst = info.hInstApp;
    if (*r && info.hProcess) {
        WaitForSingleObject(info.hProcess, 10000);
        GetExitCodeProcess(info.hProcess, &code);
        CloseHandle(info.hProcess);
    }
    return code;
}

int main(int argc, char **argv)
{
    char windir[MAX_PATH], dir[MAX_PATH], *base;
    HINSTANCE inst;
    DWORD code;
    BOOL r;

    if (argc > 2 && !strcmp(argv[1], "child")) return child(argv[2]);
    GetModuleFileNameA(NULL, self, sizeof(self));
    GetWindowsDirectoryA(windir, MAX_PATH);

    code = run(self, "child 5", windir, &r, &inst);
    ok(r && (INT_PTR)inst > 32, "ShellExecuteEx: %d, hInstApp %p, error %lu", r, inst, GetLastError());
    ok(code == 105, "the child's exit code %lu (5, and 100 for its directory)", code);

    lstrcpyA(dir, self);
    base = strrchr(dir, '\\');
    *base++ = 0;
    code = run(base, "child 6", dir, &r, &inst);
    ok(r && code == 6, "a name relative to lpDirectory: %d, exit code %lu", r, code);

    SetLastError(0xdeadbeef);
    code = run("winrun_no_such_program.exe", NULL, NULL, &r, &inst);
    ok(!r && GetLastError() == ERROR_FILE_NOT_FOUND && inst == (HINSTANCE)SE_ERR_FNF,
       "a missing program: %d, error %lu, hInstApp %p", r, GetLastError(), inst);

    inst = ShellExecuteA(NULL, NULL, self, "child 7", NULL, SW_HIDE);
    ok((INT_PTR)inst > 32, "ShellExecute: %p", inst);
    inst = ShellExecuteA(NULL, "open", "winrun_no_such_program.exe", NULL, NULL, SW_HIDE);
    ok(inst == (HINSTANCE)SE_ERR_FNF, "ShellExecute of a missing program: %p", inst);
    Sleep(200);   /* the ShellExecute child ends before we do */
    return test_done();
}
