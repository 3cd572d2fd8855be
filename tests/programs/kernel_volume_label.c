/* SetVolumeLabel: labels cannot be changed by an ordinary program. */
#include "test.h"

static BOOL is_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
}

int main(void)
{
    BOOL r;

    SetLastError(0xdeadbeef);
    r = SetVolumeLabelW(NULL, L"label");
    ok(!r && GetLastError() == ERROR_ACCESS_DENIED, "current drive: r %d err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = SetVolumeLabelA(NULL, "label");
    ok(!r && GetLastError() == ERROR_ACCESS_DENIED, "current drive (A): r %d err %lu", r, GetLastError());
    /* Wine keeps labels of its drives in files and lets any program set
     * them; Windows refuses a program without administrator rights */
    if (!is_wine()) {
        SetLastError(0xdeadbeef);
        r = SetVolumeLabelW(L"C:\\", L"label");
        ok(!r && GetLastError() == ERROR_ACCESS_DENIED, "C:\\: r %d err %lu", r, GetLastError());
        SetLastError(0xdeadbeef);
        r = SetVolumeLabelW(L"C:", L"label");
        ok(!r && GetLastError() == ERROR_INVALID_NAME, "no backslash: r %d err %lu", r, GetLastError());
    }
    return test_done();
}
