/* shell_extracticon.c - ExtractIcon and ExtractIconEx: counts, the n-th
 * group icon, icons by resource id (negative index), the large and small
 * sizes, .ico files, files without icons and missing files. The icons come
 * from datadll.dll (groups 5 and 7, loaded as data: its DllMain would exit
 * with 99) and from an .ico file written with user_icon_gen.h. */
#include "test.h"
#include <shellapi.h>
#include "user_icon_gen.h"

/* the colour bitmap's width of ICON, 0 when it is not an icon */
static int icon_width(HICON icon)
{
    ICONINFO info;
    BITMAP bm;
    int width = 0;
    if (!icon || !GetIconInfo(icon, &info)) return 0;
    if (info.hbmColor && GetObjectA(info.hbmColor, sizeof(bm), &bm)) width = bm.bmWidth;
    if (info.hbmColor) DeleteObject(info.hbmColor);
    if (info.hbmMask) DeleteObject(info.hbmMask);
    return info.fIcon ? width : 0;
}

static int is_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
}

static BOOL write_file(const char *path, const void *data, DWORD size)
{
    HANDLE f = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    DWORD done = 0;
    BOOL ret;
    if (f == INVALID_HANDLE_VALUE) return FALSE;
    ret = WriteFile(f, data, size, &done, NULL) && done == size;
    CloseHandle(f);
    return ret;
}

int main(void)
{
    static unsigned char buf[65536];
    char dll[MAX_PATH + 16], self[MAX_PATH], ico[MAX_PATH + 40], tmp[MAX_PATH], *slash;
    HICON icon, large[4], small[4];
    UINT n;

    (void)gen_bmp;   /* the header's .bmp maker is not needed here */
    GetModuleFileNameA(NULL, self, sizeof(self));
    strcpy(dll, self);
    if ((slash = strrchr(dll, '\\'))) strcpy(slash + 1, "datadll.dll");

    icon = ExtractIconA(NULL, dll, (UINT)-1);
    ok(icon == (HICON)2, "datadll.dll holds 2 icons: %p", icon);
    icon = ExtractIconA(NULL, dll, 0);
    ok(icon_width(icon) == 32, "the first icon is 32 wide: %d", icon_width(icon));
    DestroyIcon(icon);
    icon = ExtractIconA(NULL, dll, 1);
    ok(icon_width(icon) == 32, "the second icon: %p", icon);
    DestroyIcon(icon);
    icon = ExtractIconA(NULL, dll, 2);
    ok(icon == NULL, "no third icon: %p", icon);
    icon = ExtractIconA(NULL, dll, (UINT)-7);
    ok(icon_width(icon) == 32, "icon id 7: %p", icon);
    DestroyIcon(icon);
    icon = ExtractIconA(NULL, dll, (UINT)-6);
    ok(icon == NULL, "no icon id 6: %p", icon);
    ok(GetModuleHandleA("datadll.dll") == NULL, "datadll.dll was not loaded as code");

    n = ExtractIconExA(dll, -1, NULL, NULL, 0);
    ok(n == 2, "ExtractIconEx count: %u", n);
    memset(large, 0, sizeof(large));
    memset(small, 0, sizeof(small));
    n = ExtractIconExA(dll, 0, large, small, 4);
    ok(n >= 2, "ExtractIconEx(0, large, small, 4) = %u", n);
    ok(icon_width(large[0]) == 32 && icon_width(small[0]) == 16, "first large and small icons: %d %d",
       icon_width(large[0]), icon_width(small[0]));
    /* Wine fills only the first pair when both arrays are given */
    if (!is_wine())
        ok(icon_width(large[1]) == 32 && icon_width(small[1]) == 16, "second large and small icons: %d %d",
           icon_width(large[1]), icon_width(small[1]));
    ok(!large[2] && !small[2], "nothing past the last icon: %p %p", large[2], small[2]);
    for (n = 0; n < 4; n++) {
        if (large[n]) DestroyIcon(large[n]);
        if (small[n]) DestroyIcon(small[n]);
    }
    memset(small, 0, sizeof(small));
    n = ExtractIconExA(dll, 1, NULL, small, 1);
    ok(n == 1, "ExtractIconEx(1, NULL, small, 1) = %u", n);
    ok(icon_width(small[0]) == 16, "small second icon: %d", icon_width(small[0]));
    if (small[0]) DestroyIcon(small[0]);

    /* an .ico file holds one icon */
    GetTempPathA(sizeof(tmp), tmp);
    sprintf(ico, "%swinrun_extract_%lu.ico", tmp, GetCurrentProcessId());
    ok(write_file(ico, buf, gen_ico(buf, 0)), "writing %s", ico);
    icon = ExtractIconA(NULL, ico, (UINT)-1);
    ok(icon == (HICON)1, "an .ico file counts 1: %p", icon);
    icon = ExtractIconA(NULL, ico, 0);
    ok(icon_width(icon) == 32, "the .ico file's icon: %d", icon_width(icon));
    DestroyIcon(icon);
    icon = ExtractIconA(NULL, ico, 1);
    ok(icon == NULL, "no second icon in an .ico file: %p", icon);
    memset(large, 0, sizeof(large));
    memset(small, 0, sizeof(small));
    n = ExtractIconExA(ico, 0, large, small, 1);
    ok(n == 2, "ExtractIconEx of an .ico file, large and small: %u", n);
    ok(icon_width(large[0]) == 32 && icon_width(small[0]) == 16, ".ico large and small: %d %d",
       icon_width(large[0]), icon_width(small[0]));
    DestroyIcon(large[0]);
    DestroyIcon(small[0]);

    /* no icons; not an image; missing */
    ok(ExtractIconA(NULL, self, (UINT)-1) == NULL, "an exe without icons counts 0");
    ok(ExtractIconA(NULL, self, 0) == NULL, "an exe without icons gives no icon");
    ok(ExtractIconExA(self, -1, NULL, NULL, 0) == 0, "ExtractIconEx: an exe without icons counts 0");
    ok(write_file(ico, "plain text, no icons", 20), "writing %s", ico);
    ok(ExtractIconA(NULL, ico, (UINT)-1) == NULL, "a text file counts 0");
    ok(ExtractIconA(NULL, ico, 0) == NULL, "a text file gives no icon");
    DeleteFileA(ico);
    ok(ExtractIconA(NULL, ico, (UINT)-1) == NULL, "a missing file counts 0");
    ok(ExtractIconA(NULL, ico, 0) == NULL, "a missing file gives no icon");
    n = ExtractIconExA(ico, -1, NULL, NULL, 0);
    ok(n == (UINT)-1, "ExtractIconEx count of a missing file: %u", n);
    n = ExtractIconExA(ico, 0, large, NULL, 1);
    ok(n == (UINT)-1, "ExtractIconEx of a missing file: %u", n);
    return test_done();
}
