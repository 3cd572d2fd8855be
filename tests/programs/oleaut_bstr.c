/* oleaut32: BSTR allocation and lengths, VARIANT init/clear/copy, and
 * the ordinals programs import them by (7-Zip: 2, 4, 6, 7, 9, 10). */
#include "test.h"
#include <oleauto.h>

int main(void)
{
    static const struct { int ordinal; const char *name; } ordinals[] = {
        { 2, "SysAllocString" }, { 3, "SysReAllocString" }, { 4, "SysAllocStringLen" },
        { 5, "SysReAllocStringLen" }, { 6, "SysFreeString" }, { 7, "SysStringLen" }, { 8, "VariantInit" },
        { 9, "VariantClear" }, { 10, "VariantCopy" }, { 149, "SysStringByteLen" },
        { 150, "SysAllocStringByteLen" },
    };
    HMODULE oleaut = LoadLibraryA("oleaut32.dll");
    BSTR s, t;
    VARIANT a, b;
    HRESULT hr;

    for (int i = 0; i < (int)(sizeof(ordinals) / sizeof(ordinals[0])); i++) {
        FARPROC by_ord = GetProcAddress(oleaut, (LPCSTR)(ULONG_PTR)ordinals[i].ordinal);
        ok(by_ord && by_ord == GetProcAddress(oleaut, ordinals[i].name), "ordinal %d is %s",
           ordinals[i].ordinal, ordinals[i].name);
    }

    s = SysAllocString(L"hello");
    ok(s && SysStringLen(s) == 5 && SysStringByteLen(s) == 10 && !lstrcmpW(s, L"hello") &&
       ((DWORD *)s)[-1] == 10, "SysAllocString: len %u", SysStringLen(s));
    ok(SysAllocString(NULL) == NULL && SysStringLen(NULL) == 0 && SysStringByteLen(NULL) == 0, "NULL BSTRs");
    t = SysAllocStringLen(L"abcdef", 3);
    ok(t && SysStringLen(t) == 3 && t[3] == 0 && !memcmp(t, L"abc", 6), "SysAllocStringLen");
    SysFreeString(t);
    t = SysAllocStringLen(NULL, 4);
    ok(t && SysStringLen(t) == 4 && t[4] == 0, "SysAllocStringLen(NULL, 4)");
    SysFreeString(t);
    t = SysAllocStringByteLen("abc", 3);
    ok(t && SysStringByteLen(t) == 3 && SysStringLen(t) == 1 && !memcmp(t, "abc\0\0", 5),
       "SysAllocStringByteLen(odd): bytes %u", SysStringByteLen(t));
    SysFreeString(t);
    ok(SysAllocStringLen(NULL, 0x80000000u) == NULL, "huge SysAllocStringLen fails");

    ok(SysReAllocString(&s, L"longer string") && SysStringLen(s) == 13 && !lstrcmpW(s, L"longer string"),
       "SysReAllocString");
    ok(SysReAllocStringLen(&s, s + 7, 6) && SysStringLen(s) == 6 && !lstrcmpW(s, L"string"),
       "SysReAllocStringLen from inside itself: %s", dbgstr_w(s));

    a.vt = 0x1234;
    VariantInit(&a);
    ok(a.vt == VT_EMPTY, "VariantInit");
    V_VT(&a) = VT_BSTR;
    V_BSTR(&a) = s;
    V_VT(&b) = VT_I4;
    V_I4(&b) = 7;
    hr = VariantCopy(&b, &a);
    ok(hr == S_OK && V_VT(&b) == VT_BSTR && V_BSTR(&b) != s && !lstrcmpW(V_BSTR(&b), L"string") &&
       SysStringLen(V_BSTR(&b)) == 6, "VariantCopy(VT_BSTR) deep-copies: %#lx", hr);
    hr = VariantClear(&b);
    ok(hr == S_OK && V_VT(&b) == VT_EMPTY, "VariantClear(VT_BSTR): %#lx", hr);
    V_VT(&b) = VT_BSTR | VT_BYREF;
    V_BSTRREF(&b) = &s;
    hr = VariantCopy(&a, &b);   /* clearing a first frees s, which a held */
    ok(hr == S_OK && V_VT(&a) == (VT_BSTR | VT_BYREF) && V_BSTRREF(&a) == &s, "VariantCopy(VT_BYREF) copies the pointer");
    s = NULL;
    hr = VariantClear(&a);
    ok(hr == S_OK && V_VT(&a) == VT_EMPTY, "VariantClear(VT_BYREF) frees nothing: %#lx", hr);

    V_VT(&a) = VT_FILETIME;
    hr = VariantClear(&a);
    ok(hr == DISP_E_BADVARTYPE && V_VT(&a) == VT_FILETIME, "VariantClear(VT_FILETIME): %#lx", hr);
    V_VT(&a) = VT_EMPTY | VT_BYREF;
    hr = VariantCopy(&b, &a);
    ok(hr == DISP_E_BADVARTYPE, "VariantCopy(VT_EMPTY|VT_BYREF): %#lx", hr);
    V_VT(&a) = VT_NULL;
    V_VT(&b) = VT_EMPTY;
    hr = VariantCopy(&b, &a);
    ok(hr == S_OK && V_VT(&b) == VT_NULL, "VariantCopy(VT_NULL): %#lx", hr);
    V_VT(&a) = VT_UI8;
    V_UI8(&a) = 0x123456789ull;
    hr = VariantCopy(&b, &a);
    ok(hr == S_OK && V_VT(&b) == VT_UI8 && V_UI8(&b) == 0x123456789ull, "VariantCopy(VT_UI8): %#lx", hr);
    return test_done();
}
