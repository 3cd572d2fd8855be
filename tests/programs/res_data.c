/* res_data.c - FindResource/SizeofResource/LoadResource/LockResource on
 * the exe's own resources (res.rc): numeric and named ids, standard,
 * named and numeric custom types, languages, enumeration, and the two
 * different errors for a missing name and a missing type. */
#include "test.h"

static int names_seen;

static BOOL CALLBACK count_names(HMODULE m, LPCSTR type, LPSTR name, LONG_PTR param)
{
    (void)m; (void)type; (void)param;
    if (IS_INTRESOURCE(name) && (name == MAKEINTRESOURCEA(100) || name == MAKEINTRESOURCEA(200)))
        names_seen++;
    return TRUE;
}

/* The bytes of a resource, or NULL; *size receives its size. */
static const char *resource(HRSRC r, DWORD *size)
{
    HGLOBAL g;
    *size = r ? SizeofResource(NULL, r) : 0;
    g = r ? LoadResource(NULL, r) : NULL;
    return g ? LockResource(g) : NULL;
}

int main(void)
{
    HMODULE self = GetModuleHandleA(NULL);
    IMAGE_NT_HEADERS64 *nt = (IMAGE_NT_HEADERS64 *)((char *)self + ((IMAGE_DOS_HEADER *)self)->e_lfanew);
    const char *p;
    HRSRC r;
    DWORD size;

    r = FindResourceA(NULL, MAKEINTRESOURCEA(100), (LPCSTR)RT_RCDATA);
    ok(r != NULL, "FindResourceA(100, RT_RCDATA)");
    p = resource(r, &size);
    ok(size == 6 && p && !memcmp(p, "ABCDEF", 6), "RCDATA 100: %lu bytes", size);
    ok((char *)p > (char *)self && (char *)p < (char *)self + nt->OptionalHeader.SizeOfImage,
       "LockResource points into the mapped image");

    r = FindResourceA(self, "NAMEDRES", "MYTYPE");
    p = resource(r, &size);
    ok(r && size == 11 && p && !memcmp(p, "custom data", 11), "named type and name: %lu bytes", size);
    ok(FindResourceA(NULL, "namedres", "mytype") == r, "names are case-insensitive");
    r = FindResourceA(NULL, MAKEINTRESOURCEA(7), MAKEINTRESOURCEA(300));
    p = resource(r, &size);
    ok(r && size == 4 && p && p[0] == 1 && p[3] == 4, "numeric custom type: %lu bytes", size);
    r = FindResourceA(NULL, "#7", "#300");
    ok(r != NULL, "\"#7\" / \"#300\" strings mean numeric ids");

    r = FindResourceExA(NULL, (LPCSTR)RT_RCDATA, MAKEINTRESOURCEA(200), MAKELANGID(LANG_GERMAN, SUBLANG_GERMAN));
    p = resource(r, &size);
    ok(r && size == 2 && p && !memcmp(p, "de", 2), "FindResourceEx German");
    r = FindResourceExA(NULL, (LPCSTR)RT_RCDATA, MAKEINTRESOURCEA(200), MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US));
    p = resource(r, &size);
    ok(r && size == 2 && p && !memcmp(p, "en", 2), "FindResourceEx English");

    ok(EnumResourceNamesA(NULL, (LPCSTR)RT_RCDATA, count_names, 0) && names_seen == 2,
       "EnumResourceNamesA(RT_RCDATA) sees ids 100 and 200: %d", names_seen);

    SetLastError(0xdeadbeef);
    r = FindResourceA(NULL, MAKEINTRESOURCEA(101), (LPCSTR)RT_RCDATA);
    ok(r == NULL && GetLastError() == ERROR_RESOURCE_NAME_NOT_FOUND, "missing name: err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    r = FindResourceA(NULL, "NAMEDRES", "NOTYPE");
    ok(r == NULL && GetLastError() == ERROR_RESOURCE_TYPE_NOT_FOUND, "missing type: err %lu", GetLastError());
    return test_done();
}
