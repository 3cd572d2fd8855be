/*
 * VARIANTs: init, clear and copy, with Windows' type validation. A
 * VARIANT owns its BSTR, its interface reference and its record; one that
 * is VT_BYREF owns nothing; a VT_ARRAY one owns its SAFEARRAY
 * (safearray.c), destroyed on clear and deep-copied on copy.
 */
#define DEBUG_CHANNEL CH_FIXME
#include "winrun/debug.h"
#include "oleaut32_private.h"

/* Which types a VARIANT may hold (PROPVARIANT-only ones such as
 * VT_FILETIME are refused, as Windows refuses them). */
static HRESULT validate_type(VARTYPE vt)
{
    VARTYPE extra = vt & ~VT_TYPEMASK, base = vt & VT_TYPEMASK;
    if (extra & (VT_VECTOR | VT_RESERVED)) return DISP_E_BADVARTYPE;
    if (base < VT_VOID || base == VT_RECORD || base == VT_CLSID) {
        if ((extra & (VT_BYREF | VT_ARRAY)) && base <= VT_NULL) return DISP_E_BADVARTYPE;
        if (base != 15) return S_OK;
    }
    return DISP_E_BADVARTYPE;
}

WINBASEAPI void WINAPI VariantInit(VARIANT *v)
{
    v->vt = VT_EMPTY;
}

WINBASEAPI HRESULT WINAPI VariantClear(VARIANT *v)
{
    HRESULT hr = validate_type(v->vt);
    if (hr) return hr;
    if (!(v->vt & VT_BYREF)) {
        if ((v->vt & VT_ARRAY) && (hr = SafeArrayDestroy(v->parray))) return hr;
        switch (v->vt) {
        case VT_BSTR:
            SysFreeString(v->bstrVal);
            break;
        case VT_DISPATCH:
        case VT_UNKNOWN:
            if (v->punkVal) v->punkVal->vtbl->Release(v->punkVal);
            break;
        case VT_RECORD:
            if (v->brecVal.pRecInfo) {
                v->brecVal.pRecInfo->vtbl->RecordClear(v->brecVal.pRecInfo, v->brecVal.pvRecord);
                v->brecVal.pRecInfo->vtbl->Release(v->brecVal.pRecInfo);
            }
            break;
        }
    }
    v->vt = VT_EMPTY;
    return S_OK;
}

WINBASEAPI HRESULT WINAPI VariantCopy(VARIANT *dst, const VARIANT *src)
{
    HRESULT hr;

    if ((src->vt & VT_TYPEMASK) == VT_CLSID || validate_type(src->vt)) return DISP_E_BADVARTYPE;
    if (dst == src) return S_OK;

    if (!(src->vt & VT_BYREF) && src->vt == VT_RECORD) {
        FIXME("VT_RECORD copies are not supported\n");
        return E_NOTIMPL;
    }
    if ((hr = VariantClear(dst))) return hr;
    *dst = *src;      /* the value itself, then deep copies of what it owns */
    if (src->vt & VT_BYREF) return S_OK;
    if (src->vt & VT_ARRAY) {
        if ((hr = SafeArrayCopy(src->parray, (SAFEARRAY **)&dst->parray))) dst->vt = VT_EMPTY;
        return hr;
    }
    switch (src->vt) {
    case VT_BSTR:
        if (src->bstrVal &&
            !(dst->bstrVal = SysAllocStringByteLen((const char *)src->bstrVal, SysStringByteLen(src->bstrVal)))) {
            dst->vt = VT_EMPTY;
            return E_OUTOFMEMORY;
        }
        break;
    case VT_DISPATCH:
    case VT_UNKNOWN:
        if (src->punkVal) src->punkVal->vtbl->AddRef(src->punkVal);
        break;
    }
    return S_OK;
}
