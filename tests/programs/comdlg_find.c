/* comdlg32: FindText and ReplaceText, the modeless find/replace dialogs:
 * the argument checks and their CommDlgExtendedError codes, the controls
 * set from the structure, and the "commdlg_FindReplace" message each
 * button sends to the owner (the program's own pointer, the text copied
 * into its buffers, the flags). Expectations from Wine (xvfb-run); the
 * dialogs need no display under winrun: nothing waits on them. */
#include "test.h"
#include <commdlg.h>
#include <dlgs.h>

static UINT find_msg;
static int notes;
static LPARAM last_lparam;
static DWORD last_flags;
static char last_find[64], last_replace[64];

static LRESULT CALLBACK owner_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == find_msg) {
        FINDREPLACEA *fr = (FINDREPLACEA *)lp;
        notes++;
        last_lparam = lp;
        last_flags = fr->Flags;
        lstrcpynA(last_find, fr->lpstrFindWhat, sizeof(last_find));
        lstrcpynA(last_replace, fr->lpstrReplaceWith ? fr->lpstrReplaceWith : "", sizeof(last_replace));
        return 0;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static HWND make_owner(void)
{
    WNDCLASSA wc = { 0 };
    wc.lpfnWndProc = owner_proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "comdlg_find_owner";
    RegisterClassA(&wc);
    return CreateWindowA(wc.lpszClassName, "owner", WS_OVERLAPPEDWINDOW, 0, 0, 300, 200, NULL, NULL,
                         wc.hInstance, NULL);
}

#define EXPECT_FAIL(call, err, what) do { \
    HWND h_ = call; \
    DWORD e_ = CommDlgExtendedError(); \
    ok(!h_ && e_ == (err), "%s: %p, error %lx, want %x", what, h_, e_, (err)); \
    if (h_) DestroyWindow(h_); \
} while (0)

#define EXPECT_OK(call, what) do { \
    HWND h_ = call; \
    ok(h_ != NULL, "%s: failed with %lx", what, CommDlgExtendedError()); \
    if (h_) DestroyWindow(h_); \
} while (0)

static void test_arguments(HWND owner)
{
    char find[64] = "", repl[64] = "";
    FINDREPLACEA fr;

    EXPECT_FAIL(FindTextA(NULL), CDERR_INITIALIZATION, "FindText(NULL)");
    EXPECT_FAIL(ReplaceTextA(NULL), CDERR_INITIALIZATION, "ReplaceText(NULL)");
    memset(&fr, 0, sizeof(fr));
    EXPECT_FAIL(FindTextA(&fr), CDERR_STRUCTSIZE, "lStructSize 0");
    fr.lStructSize = sizeof(fr);
    EXPECT_FAIL(FindTextA(&fr), CDERR_DIALOGFAILURE, "no owner");
    EXPECT_FAIL(ReplaceTextA(&fr), CDERR_DIALOGFAILURE, "replace, no owner");
    fr.hwndOwner = owner;
    EXPECT_FAIL(FindTextA(&fr), FRERR_BUFFERLENGTHZERO, "wFindWhatLen 0");
    fr.wFindWhatLen = sizeof(find);
    EXPECT_FAIL(FindTextA(&fr), FRERR_BUFFERLENGTHZERO, "lpstrFindWhat NULL");
    fr.lpstrFindWhat = find;
    EXPECT_OK(FindTextA(&fr), "FindText, all given");
    EXPECT_FAIL(ReplaceTextA(&fr), FRERR_BUFFERLENGTHZERO, "lpstrReplaceWith NULL");
    fr.lpstrReplaceWith = repl;
    EXPECT_OK(ReplaceTextA(&fr), "ReplaceText with wReplaceWithLen 0");
    fr.wReplaceWithLen = sizeof(repl);
    fr.Flags = FR_ENABLEHOOK;
    EXPECT_FAIL(FindTextA(&fr), CDERR_NOHOOK, "FR_ENABLEHOOK without a hook");
    fr.Flags = FR_ENABLETEMPLATE;
    EXPECT_FAIL(FindTextA(&fr), CDERR_FINDRESFAILURE, "FR_ENABLETEMPLATE without an instance");
    fr.Flags = FR_ENABLETEMPLATEHANDLE;
    EXPECT_FAIL(FindTextA(&fr), CDERR_NOHINSTANCE, "FR_ENABLETEMPLATEHANDLE without a handle");
    fr.hInstance = GetModuleHandleA(NULL);
    fr.Flags = FR_ENABLETEMPLATE;
    EXPECT_FAIL(FindTextA(&fr), CDERR_FINDRESFAILURE, "FR_ENABLETEMPLATE without a name");
}

static void click(HWND dlg, int id)
{
    SendMessageA(GetDlgItem(dlg, id), BM_CLICK, 0, 0);
}

static void test_find(HWND owner)
{
    char find[8] = "abc", text[64];
    FINDREPLACEA fr;
    HWND dlg;

    memset(&fr, 0, sizeof(fr));
    fr.lStructSize = sizeof(fr);
    fr.hwndOwner = owner;
    fr.lpstrFindWhat = find;
    fr.wFindWhatLen = sizeof(find);
    fr.Flags = FR_DOWN | FR_MATCHCASE;
    dlg = FindTextA(&fr);
    ok(dlg != NULL, "FindText: %lx", CommDlgExtendedError());
    if (!dlg) return;
    ok(IsWindowVisible(dlg), "the dialog is shown");
    ok(GetParent(dlg) == owner || GetWindow(dlg, GW_OWNER) == owner, "owned by the owner");
    GetDlgItemTextA(dlg, edt1, text, sizeof(text));
    ok(!strcmp(text, "abc"), "edt1 has the text to find: '%s'", text);
    ok(IsDlgButtonChecked(dlg, rad2) == BST_CHECKED && IsDlgButtonChecked(dlg, rad1) == BST_UNCHECKED,
       "FR_DOWN: Down checked, Up not");
    ok(IsDlgButtonChecked(dlg, chx2) == BST_CHECKED, "FR_MATCHCASE: Match case checked");
    ok(IsDlgButtonChecked(dlg, chx1) == BST_UNCHECKED, "Whole word unchecked");
    ok(!IsWindowVisible(GetDlgItem(dlg, pshHelp)), "no FR_SHOWHELP: Help hidden");
    ok(IsWindowEnabled(GetDlgItem(dlg, IDOK)), "Find Next enabled with text");
    ok(SendDlgItemMessageA(dlg, edt1, EM_GETLIMITTEXT, 0, 0) == sizeof(find), "edt1 limited to wFindWhatLen: %d",
       (int)SendDlgItemMessageA(dlg, edt1, EM_GETLIMITTEXT, 0, 0));

    notes = 0;
    click(dlg, IDOK);
    ok(notes == 1 && last_lparam == (LPARAM)&fr, "Find Next sent the program's pointer (%d, %p)", notes,
       (void *)last_lparam);
    ok(last_flags == (FR_FINDNEXT | FR_DOWN | FR_MATCHCASE), "Find Next flags %lx", last_flags);

    SetDlgItemTextA(dlg, edt1, "xyz");
    CheckDlgButton(dlg, chx1, BST_CHECKED);
    CheckDlgButton(dlg, chx2, BST_UNCHECKED);
    click(dlg, rad1);
    click(dlg, IDOK);
    ok(notes == 2 && !strcmp(find, "xyz") && !strcmp(last_find, "xyz"), "the new text in the buffer: '%s'", find);
    ok(fr.Flags == (FR_FINDNEXT | FR_WHOLEWORD), "Up, whole word: flags %lx", fr.Flags);

    SetDlgItemTextA(dlg, edt1, "");
    ok(!IsWindowEnabled(GetDlgItem(dlg, IDOK)), "Find Next disabled without text");
    SetDlgItemTextA(dlg, edt1, "q");
    ok(IsWindowEnabled(GetDlgItem(dlg, IDOK)), "and enabled again");

    click(dlg, IDCANCEL);
    ok(notes == 3 && (last_flags & FR_DIALOGTERM) && !(last_flags & FR_FINDNEXT), "Cancel: FR_DIALOGTERM, flags %lx",
       last_flags);
    ok(!IsWindow(dlg), "Cancel destroyed the dialog");
}

static void test_find_options(HWND owner)
{
    char find[8] = "a";
    FINDREPLACEA fr;
    HWND dlg;

    memset(&fr, 0, sizeof(fr));
    fr.lStructSize = sizeof(fr);
    fr.hwndOwner = owner;
    fr.lpstrFindWhat = find;
    fr.wFindWhatLen = sizeof(find);
    fr.Flags = FR_HIDEUPDOWN | FR_NOMATCHCASE | FR_HIDEWHOLEWORD | FR_SHOWHELP;
    dlg = FindTextA(&fr);
    ok(dlg != NULL, "FindText with options: %lx", CommDlgExtendedError());
    if (!dlg) return;
    ok(!IsWindowVisible(GetDlgItem(dlg, rad1)) && !IsWindowVisible(GetDlgItem(dlg, rad2)) &&
       !IsWindowVisible(GetDlgItem(dlg, grp1)), "FR_HIDEUPDOWN hides the direction");
    ok(IsWindowVisible(GetDlgItem(dlg, chx2)) && !IsWindowEnabled(GetDlgItem(dlg, chx2)),
       "FR_NOMATCHCASE greys Match case");
    ok(!IsWindowVisible(GetDlgItem(dlg, chx1)), "FR_HIDEWHOLEWORD hides Whole word");
    ok(IsWindowVisible(GetDlgItem(dlg, pshHelp)), "FR_SHOWHELP shows Help");
    notes = 0;
    SendMessageA(dlg, WM_CLOSE, 0, 0);
    ok(notes == 1 && (last_flags & FR_DIALOGTERM), "WM_CLOSE ends it with FR_DIALOGTERM (%d, %lx)", notes,
       last_flags);
    ok(!IsWindow(dlg), "WM_CLOSE destroyed the dialog");
}

static void test_replace(HWND owner)
{
    WCHAR find[16] = L"old", repl[16] = L"new", text[64];
    FINDREPLACEW fr;
    HWND dlg;

    memset(&fr, 0, sizeof(fr));
    fr.lStructSize = sizeof(fr);
    fr.hwndOwner = owner;
    fr.lpstrFindWhat = find;
    fr.wFindWhatLen = 16;
    fr.lpstrReplaceWith = repl;
    fr.wReplaceWithLen = 16;
    fr.Flags = FR_MATCHCASE;
    dlg = ReplaceTextW(&fr);
    ok(dlg != NULL, "ReplaceText: %lx", CommDlgExtendedError());
    if (!dlg) return;
    GetDlgItemTextW(dlg, edt2, text, 64);
    ok(!lstrcmpW(text, L"new"), "edt2 has the replacement");
    ok(GetDlgItem(dlg, psh1) && GetDlgItem(dlg, psh2), "Replace and Replace All buttons");
    SetDlgItemTextW(dlg, edt1, L"alpha");
    SetDlgItemTextW(dlg, edt2, L"beta");
    notes = 0;
    click(dlg, psh1);
    ok(notes == 1 && (fr.Flags & (FR_REPLACE | FR_MATCHCASE)) == (FR_REPLACE | FR_MATCHCASE) &&
       !(fr.Flags & (FR_FINDNEXT | FR_REPLACEALL)), "Replace: flags %lx", fr.Flags);
    ok(!lstrcmpW(find, L"alpha") && !lstrcmpW(repl, L"beta"), "Replace copied both texts");
    click(dlg, psh2);
    ok(notes == 2 && (fr.Flags & FR_REPLACEALL) && !(fr.Flags & FR_REPLACE), "Replace All: flags %lx", fr.Flags);
    click(dlg, IDOK);
    ok(notes == 3 && (fr.Flags & FR_FINDNEXT), "Find Next in Replace: flags %lx", fr.Flags);
    click(dlg, IDCANCEL);
    ok(notes == 4 && (last_flags & FR_DIALOGTERM) && !IsWindow(dlg), "Cancel ends Replace");
}

static int hook_inits;
static LPARAM hook_data;

static UINT_PTR CALLBACK hook(HWND dlg, UINT msg, WPARAM wp, LPARAM lp)
{
    (void)dlg; (void)wp;
    if (msg == WM_INITDIALOG) {
        hook_inits++;
        hook_data = ((FINDREPLACEA *)lp)->lCustData;
        return FALSE;   /* stay hidden */
    }
    return 0;
}

static void test_hook(HWND owner)
{
    char find[8] = "h";
    FINDREPLACEA fr;
    HWND dlg;

    memset(&fr, 0, sizeof(fr));
    fr.lStructSize = sizeof(fr);
    fr.hwndOwner = owner;
    fr.lpstrFindWhat = find;
    fr.wFindWhatLen = sizeof(find);
    fr.Flags = FR_ENABLEHOOK;
    fr.lpfnHook = hook;
    fr.lCustData = 0x1234;
    dlg = FindTextA(&fr);
    ok(dlg != NULL, "FindText with a hook: %lx", CommDlgExtendedError());
    ok(hook_inits == 1 && hook_data == 0x1234, "the hook saw WM_INITDIALOG with the structure (%d, %lx)",
       hook_inits, (long)hook_data);
    ok(dlg && !IsWindowVisible(dlg), "a hook answering FALSE keeps the dialog hidden");
    if (dlg) DestroyWindow(dlg);
}

int main(void)
{
    HWND owner;

    find_msg = RegisterWindowMessageA(FINDMSGSTRINGA);
    ok(find_msg >= 0xc000, "FINDMSGSTRING registered: %x", find_msg);
    owner = make_owner();
    ok(owner != NULL, "owner window");
    test_arguments(owner);
    test_find(owner);
    test_find_options(owner);
    test_replace(owner);
    test_hook(owner);
    DestroyWindow(owner);
    return test_done();
}
