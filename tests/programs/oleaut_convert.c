/* oleaut_convert: VariantChangeType between integers, reals, BOOL and
 * BSTR: rounding (ties to even), overflow, string parsing and writing,
 * in-place conversion, and the type errors. */
#include "test.h"
#include <oleauto.h>

static HRESULT change(VARIANT *dst, VARTYPE from_vt, LONGLONG i, double d, const WCHAR *s, USHORT flags,
                      VARTYPE vt)
{
    VARIANT src;
    HRESULT hr;

    VariantInit(&src);
    V_VT(&src) = from_vt;
    if (from_vt == VT_R8 || from_vt == VT_DATE) V_R8(&src) = d;
    else if (from_vt == VT_R4) V_R4(&src) = (float)d;
    else if (from_vt == VT_BSTR) V_BSTR(&src) = SysAllocString(s);
    else V_I8(&src) = i;
    VariantInit(dst);
    hr = VariantChangeType(dst, &src, flags, vt);
    VariantClear(&src);
    return hr;
}

int main(void)
{
    VARIANT v;
    HRESULT hr;

    hr = change(&v, VT_I4, 1234, 0, NULL, 0, VT_I2);
    ok(hr == S_OK && V_VT(&v) == VT_I2 && V_I2(&v) == 1234, "I4->I2: %x %d", (unsigned)hr, V_I2(&v));
    hr = change(&v, VT_I4, 40000, 0, NULL, 0, VT_I2);
    ok(hr == DISP_E_OVERFLOW, "I4 40000->I2: %x", (unsigned)hr);
    hr = change(&v, VT_I4, -1, 0, NULL, 0, VT_UI1);
    ok(hr == DISP_E_OVERFLOW, "I4 -1->UI1: %x", (unsigned)hr);
    hr = change(&v, VT_I4, 255, 0, NULL, 0, VT_UI1);
    ok(hr == S_OK && V_UI1(&v) == 255, "I4 255->UI1: %x", (unsigned)hr);

    /* reals round to the nearest, ties to even */
    hr = change(&v, VT_R8, 0, 2.5, NULL, 0, VT_I4);
    ok(hr == S_OK && V_I4(&v) == 2, "2.5->I4: %x %ld", (unsigned)hr, V_I4(&v));
    hr = change(&v, VT_R8, 0, 3.5, NULL, 0, VT_I4);
    ok(hr == S_OK && V_I4(&v) == 4, "3.5->I4: %x %ld", (unsigned)hr, V_I4(&v));
    hr = change(&v, VT_R8, 0, -2.6, NULL, 0, VT_I4);
    ok(hr == S_OK && V_I4(&v) == -3, "-2.6->I4: %x %ld", (unsigned)hr, V_I4(&v));
    hr = change(&v, VT_R8, 0, 3e9, NULL, 0, VT_I4);
    ok(hr == DISP_E_OVERFLOW, "3e9->I4: %x", (unsigned)hr);
    hr = change(&v, VT_R8, 0, 1e39, NULL, 0, VT_R4);
    ok(hr == DISP_E_OVERFLOW, "1e39->R4: %x", (unsigned)hr);
    hr = change(&v, VT_I4, 7, 0, NULL, 0, VT_R8);
    ok(hr == S_OK && V_R8(&v) == 7.0, "I4->R8: %x", (unsigned)hr);

    hr = change(&v, VT_I4, 5, 0, NULL, 0, VT_BOOL);
    ok(hr == S_OK && V_BOOL(&v) == VARIANT_TRUE, "5->BOOL: %x %d", (unsigned)hr, V_BOOL(&v));
    hr = change(&v, VT_R8, 0, 0.0, NULL, 0, VT_BOOL);
    ok(hr == S_OK && V_BOOL(&v) == VARIANT_FALSE, "0.0->BOOL: %x %d", (unsigned)hr, V_BOOL(&v));
    hr = change(&v, VT_BOOL, VARIANT_TRUE, 0, NULL, 0, VT_I4);
    ok(hr == S_OK && V_I4(&v) == -1, "TRUE->I4: %x %ld", (unsigned)hr, V_I4(&v));

    /* strings */
    hr = change(&v, VT_BSTR, 0, 0, L" 42 ", 0, VT_I4);
    ok(hr == S_OK && V_I4(&v) == 42, "\" 42 \"->I4: %x %ld", (unsigned)hr, V_I4(&v));
    hr = change(&v, VT_BSTR, 0, 0, L"-1.5", 0, VT_R8);
    ok(hr == S_OK && V_R8(&v) == -1.5, "\"-1.5\"->R8: %x", (unsigned)hr);
    hr = change(&v, VT_BSTR, 0, 0, L"2.5", 0, VT_I2);
    ok(hr == S_OK && V_I2(&v) == 2, "\"2.5\"->I2: %x %d", (unsigned)hr, V_I2(&v));
    hr = change(&v, VT_BSTR, 0, 0, L"1e3", 0, VT_I4);
    ok(hr == S_OK && V_I4(&v) == 1000, "\"1e3\"->I4: %x %ld", (unsigned)hr, V_I4(&v));
    hr = change(&v, VT_BSTR, 0, 0, L"abc", 0, VT_I4);
    ok(hr == DISP_E_TYPEMISMATCH, "\"abc\"->I4: %x", (unsigned)hr);
    hr = change(&v, VT_BSTR, 0, 0, L"", 0, VT_I4);
    ok(hr == DISP_E_TYPEMISMATCH, "\"\"->I4: %x", (unsigned)hr);
    hr = change(&v, VT_BSTR, 0, 0, L"70000", 0, VT_I2);
    ok(hr == DISP_E_OVERFLOW, "\"70000\"->I2: %x", (unsigned)hr);
    hr = change(&v, VT_BSTR, 0, 0, L"True", 0, VT_BOOL);
    ok(hr == S_OK && V_BOOL(&v) == VARIANT_TRUE, "\"True\"->BOOL: %x", (unsigned)hr);

    hr = change(&v, VT_I4, -123, 0, NULL, 0, VT_BSTR);
    ok(hr == S_OK && V_VT(&v) == VT_BSTR && !lstrcmpW(V_BSTR(&v), L"-123"), "I4->BSTR: %x", (unsigned)hr);
    VariantClear(&v);
    hr = change(&v, VT_R8, 0, 1.5, NULL, 0, VT_BSTR);
    ok(hr == S_OK && !lstrcmpW(V_BSTR(&v), L"1.5"), "1.5->BSTR: %x", (unsigned)hr);
    VariantClear(&v);
    hr = change(&v, VT_R8, 0, 0.1, NULL, 0, VT_BSTR);
    ok(hr == S_OK && !lstrcmpW(V_BSTR(&v), L"0.1"), "0.1->BSTR: %x", (unsigned)hr);
    VariantClear(&v);
    hr = change(&v, VT_R8, 0, 1.0 / 3.0, NULL, 0, VT_BSTR);
    ok(hr == S_OK && !lstrcmpW(V_BSTR(&v), L"0.333333333333333"), "1/3->BSTR: %x", (unsigned)hr);
    VariantClear(&v);
    hr = change(&v, VT_BOOL, VARIANT_TRUE, 0, NULL, 0, VT_BSTR);
    ok(hr == S_OK && !lstrcmpW(V_BSTR(&v), L"-1"), "TRUE->BSTR: %x", (unsigned)hr);
    VariantClear(&v);
    hr = change(&v, VT_BOOL, VARIANT_TRUE, 0, NULL, VARIANT_ALPHABOOL, VT_BSTR);
    ok(hr == S_OK && !lstrcmpW(V_BSTR(&v), L"True"), "TRUE->BSTR (ALPHABOOL): %x", (unsigned)hr);
    VariantClear(&v);
    hr = change(&v, VT_EMPTY, 0, 0, NULL, 0, VT_BSTR);
    ok(hr == S_OK && V_BSTR(&v) && !V_BSTR(&v)[0], "EMPTY->BSTR: %x", (unsigned)hr);
    VariantClear(&v);
    hr = change(&v, VT_EMPTY, 0, 0, NULL, 0, VT_I4);
    ok(hr == S_OK && V_I4(&v) == 0, "EMPTY->I4: %x", (unsigned)hr);
    hr = change(&v, VT_NULL, 0, 0, NULL, 0, VT_I4);
    ok(hr == DISP_E_TYPEMISMATCH, "NULL->I4: %x", (unsigned)hr);

    /* in place: the BSTR is freed and replaced */
    VariantInit(&v);
    V_VT(&v) = VT_BSTR;
    V_BSTR(&v) = SysAllocString(L"17");
    hr = VariantChangeType(&v, &v, 0, VT_UI4);
    ok(hr == S_OK && V_VT(&v) == VT_UI4 && V_UI4(&v) == 17, "in place: %x", (unsigned)hr);

    hr = change(&v, VT_I4, 1, 0, NULL, 0, VT_ARRAY | VT_I4);
    ok(hr == DISP_E_TYPEMISMATCH, "I4->ARRAY: %x", (unsigned)hr);
    hr = change(&v, VT_I4, 1, 0, NULL, 0, 15);
    ok(hr == DISP_E_BADVARTYPE, "I4->15: %x", (unsigned)hr);
    return test_done();
}
