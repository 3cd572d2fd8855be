/* oleaut_safearray: SAFEARRAYs of scalars, BSTRs and VARIANTs: creation,
 * bounds (first index varies fastest; rgsabound stored reversed), element
 * access, locking, copying, redimensioning, VT_ARRAY VARIANTs, and
 * LoadTypeLib's failure for a missing file. */
#include "test.h"
#include <oleauto.h>

static void test_vector(void)
{
    SAFEARRAY *sa = SafeArrayCreateVector(VT_I4, 5, 10), *copy = NULL;
    LONG idx, value, lb = 0, ub = 0, *data;
    VARTYPE vt = 0;
    HRESULT hr;

    ok(sa != NULL, "SafeArrayCreateVector");
    if (!sa) return;
    ok(SafeArrayGetDim(sa) == 1 && SafeArrayGetElemsize(sa) == 4, "dim %u elemsize %u", SafeArrayGetDim(sa),
       SafeArrayGetElemsize(sa));
    ok(SafeArrayGetVartype(sa, &vt) == S_OK && vt == VT_I4, "vartype %u", vt);
    ok(sa->fFeatures & FADF_HAVEVARTYPE, "features %x", sa->fFeatures);
    SafeArrayGetLBound(sa, 1, &lb);
    SafeArrayGetUBound(sa, 1, &ub);
    ok(lb == 5 && ub == 14, "bounds %ld..%ld", lb, ub);
    hr = SafeArrayGetLBound(sa, 2, &lb);
    ok(hr == DISP_E_BADINDEX, "GetLBound(dim 2): %x", (unsigned)hr);

    for (idx = 5; idx < 15; idx++) {
        value = idx * 10;
        SafeArrayPutElement(sa, &idx, &value);
    }
    idx = 7;
    value = 0;
    hr = SafeArrayGetElement(sa, &idx, &value);
    ok(hr == S_OK && value == 70, "GetElement(7): %x %ld", (unsigned)hr, value);
    idx = 4;
    hr = SafeArrayGetElement(sa, &idx, &value);
    ok(hr == DISP_E_BADINDEX, "GetElement(4): %x", (unsigned)hr);
    idx = 15;
    hr = SafeArrayPutElement(sa, &idx, &value);
    ok(hr == DISP_E_BADINDEX, "PutElement(15): %x", (unsigned)hr);

    hr = SafeArrayAccessData(sa, (void **)&data);
    ok(hr == S_OK && data[0] == 50 && data[9] == 140, "AccessData: %x", (unsigned)hr);
    ok(sa->cLocks == 1, "locked once: %lu", sa->cLocks);
    hr = SafeArrayDestroy(sa);
    ok(hr == DISP_E_ARRAYISLOCKED, "Destroy while locked: %x", (unsigned)hr);
    ok(SafeArrayUnaccessData(sa) == S_OK, "UnaccessData");
    hr = SafeArrayUnlock(sa);
    ok(hr == E_UNEXPECTED, "Unlock when not locked: %x", (unsigned)hr);

    hr = SafeArrayCopy(sa, &copy);
    ok(hr == S_OK && copy && copy != sa && copy->pvData != sa->pvData, "Copy: %x", (unsigned)hr);
    if (copy) {
        idx = 14;
        SafeArrayGetElement(copy, &idx, &value);
        ok(value == 140, "copied element: %ld", value);
        SafeArrayDestroy(copy);
    }

    /* growing keeps the data and zeroes the rest */
    {
        SAFEARRAYBOUND bound = { 12, 5 };
        hr = SafeArrayRedim(sa, &bound);
        ok(hr == S_OK, "Redim: %x", (unsigned)hr);
        idx = 16;
        value = -1;
        SafeArrayGetElement(sa, &idx, &value);
        ok(value == 0, "new element: %ld", value);
        idx = 14;
        SafeArrayGetElement(sa, &idx, &value);
        ok(value == 140, "kept element: %ld", value);
        SafeArrayGetUBound(sa, 1, &ub);
        ok(ub == 16, "new upper bound: %ld", ub);
    }
    ok(SafeArrayDestroy(sa) == S_OK, "Destroy");
    ok(SafeArrayDestroy(NULL) == S_OK, "Destroy(NULL)");
}

static void test_two_dims(void)
{
    SAFEARRAYBOUND bounds[2] = { { 3, 1 }, { 4, 0 } };    /* [1..3][0..3] */
    SAFEARRAY *sa = SafeArrayCreate(VT_UI1, 2, bounds);
    LONG idx[2], lb, ub;
    BYTE b = 0, *p;
    HRESULT hr;

    ok(sa != NULL, "SafeArrayCreate(2 dims)");
    if (!sa) return;
    ok(sa->rgsabound[0].cElements == 4 && sa->rgsabound[1].cElements == 3, "bounds stored reversed: %lu %lu",
       sa->rgsabound[0].cElements, sa->rgsabound[1].cElements);
    SafeArrayGetLBound(sa, 1, &lb);
    SafeArrayGetUBound(sa, 2, &ub);
    ok(lb == 1 && ub == 3, "dim 1 lower %ld, dim 2 upper %ld", lb, ub);
    for (idx[1] = 0; idx[1] < 4; idx[1]++)
        for (idx[0] = 1; idx[0] <= 3; idx[0]++) {
            b = (BYTE)(idx[0] * 16 + idx[1]);
            SafeArrayPutElement(sa, idx, &b);
        }
    /* the first index varies fastest */
    idx[0] = 2; idx[1] = 1;
    hr = SafeArrayPtrOfIndex(sa, idx, (void **)&p);
    ok(hr == S_OK && p == (BYTE *)sa->pvData + 1 * 3 + 1 && *p == 0x21, "PtrOfIndex: %x %d", (unsigned)hr,
       (int)(p - (BYTE *)sa->pvData));
    ok(SafeArrayDestroy(sa) == S_OK, "Destroy(2 dims)");

    ok(SafeArrayCreate(VT_I4, 0, bounds) == NULL, "no dimensions");
    ok(SafeArrayCreate(VT_EMPTY, 1, bounds) == NULL, "VT_EMPTY elements");
}

static void test_bstr_variant(void)
{
    SAFEARRAY *sa = SafeArrayCreateVector(VT_BSTR, 0, 2), *vs, *copy;
    BSTR s = SysAllocString(L"hello"), got = NULL;
    VARIANT v, w;
    LONG idx = 1;
    HRESULT hr;

    ok(sa && (sa->fFeatures & FADF_BSTR), "BSTR vector");
    if (!sa) return;
    hr = SafeArrayPutElement(sa, &idx, s);
    ok(hr == S_OK && ((BSTR *)sa->pvData)[1] != s, "PutElement(BSTR) stores a copy: %x", (unsigned)hr);
    SysFreeString(s);
    hr = SafeArrayGetElement(sa, &idx, &got);
    ok(hr == S_OK && got && !lstrcmpW(got, L"hello"), "GetElement(BSTR): %x", (unsigned)hr);
    SysFreeString(got);

    /* a VT_ARRAY variant owns its array: VariantCopy deep-copies it */
    VariantInit(&v);
    V_VT(&v) = VT_ARRAY | VT_BSTR;
    V_ARRAY(&v) = sa;
    VariantInit(&w);
    hr = VariantCopy(&w, &v);
    ok(hr == S_OK && V_VT(&w) == (VT_ARRAY | VT_BSTR) && V_ARRAY(&w) != sa, "VariantCopy(array): %x", (unsigned)hr);
    if (hr == S_OK) {
        copy = V_ARRAY(&w);
        ok(((BSTR *)copy->pvData)[1] != ((BSTR *)sa->pvData)[1] && !lstrcmpW(((BSTR *)copy->pvData)[1], L"hello"),
           "the copy has its own strings");
    }
    ok(VariantClear(&w) == S_OK && V_VT(&w) == VT_EMPTY, "VariantClear(array copy)");
    ok(VariantClear(&v) == S_OK, "VariantClear(array)");

    vs = SafeArrayCreateVector(VT_VARIANT, 0, 2);
    ok(vs && (vs->fFeatures & FADF_VARIANT) && SafeArrayGetElemsize(vs) == sizeof(VARIANT), "VARIANT vector");
    if (!vs) return;
    V_VT(&v) = VT_BSTR;
    V_BSTR(&v) = SysAllocString(L"inside");
    idx = 0;
    hr = SafeArrayPutElement(vs, &idx, &v);
    ok(hr == S_OK, "PutElement(VARIANT): %x", (unsigned)hr);
    VariantClear(&v);
    VariantInit(&w);
    hr = SafeArrayGetElement(vs, &idx, &w);
    ok(hr == S_OK && V_VT(&w) == VT_BSTR && !lstrcmpW(V_BSTR(&w), L"inside"), "GetElement(VARIANT): %x", (unsigned)hr);
    VariantClear(&w);
    ok(SafeArrayDestroy(vs) == S_OK, "Destroy(VARIANT vector)");
}

static void test_typelib(void)
{
    ITypeLib *lib = (ITypeLib *)1;
    HRESULT hr = LoadTypeLib(L"C:\\winrun_no_such_file.tlb", &lib);
    ok(hr == TYPE_E_CANTLOADLIBRARY && !lib, "LoadTypeLib(missing): %x", (unsigned)hr);
}

int main(void)
{
    test_vector();
    test_two_dims();
    test_bstr_variant();
    test_typelib();
    return test_done();
}
