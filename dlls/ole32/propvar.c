/*
 * PROPVARIANTs: VARIANT's wider sibling (24 bytes on x64), whose strings
 * and blobs are task memory rather than BSTRs. Clear and copy cover the
 * scalar types, strings, CLSIDs, blobs and interfaces; vectors of scalars
 * and strings are cleared but not copied (copying one fails honestly
 * with E_NOTIMPL).
 */
#include <string.h>
#define DEBUG_CHANNEL CH_FIXME
#include "winrun/debug.h"
#include "ole32_private.h"

#define STG_E_INVALIDPARAMETER ((HRESULT)0x80030057)

typedef WCHAR *BSTR;
WINBASEAPI void WINAPI SysFreeString(BSTR);
WINBASEAPI BSTR WINAPI SysAllocStringByteLen(const char *, UINT);
WINBASEAPI UINT WINAPI SysStringByteLen(BSTR);

enum {
    VT_EMPTY = 0, VT_NULL = 1, VT_I2 = 2, VT_I4 = 3, VT_R4 = 4, VT_R8 = 5, VT_CY = 6, VT_DATE = 7,
    VT_BSTR = 8, VT_DISPATCH = 9, VT_ERROR = 10, VT_BOOL = 11, VT_UNKNOWN = 13, VT_DECIMAL = 14,
    VT_I1 = 16, VT_UI1 = 17, VT_UI2 = 18, VT_UI4 = 19, VT_I8 = 20, VT_UI8 = 21, VT_INT = 22,
    VT_UINT = 23, VT_HRESULT = 25, VT_LPSTR = 30, VT_LPWSTR = 31, VT_FILETIME = 64, VT_BLOB = 65,
    VT_STREAM = 66, VT_STORAGE = 67, VT_STREAMED_OBJECT = 68, VT_STORED_OBJECT = 69,
    VT_BLOB_OBJECT = 70, VT_CLSID = 72, VT_VECTOR = 0x1000, VT_ARRAY = 0x2000, VT_BYREF = 0x4000,
};

typedef struct {
    WORD vt, reserved1, reserved2, reserved3;
    union {
        LONGLONG hVal;
        char *pszVal;
        WCHAR *pwszVal;
        BSTR bstrVal;
        CLSID *puuid;
        IUnknown *punkVal;
        struct { ULONG cbSize; BYTE *pBlobData; } blob;
        struct { ULONG cElems; void *pElems; } ca;
        BYTE pad[16];
    };
} PROPVARIANT;

/* the element size of a scalar type, 0 if it owns memory or is unknown */
static int scalar_size(WORD vt)
{
    switch (vt) {
    case VT_I1: case VT_UI1: return 1;
    case VT_I2: case VT_UI2: case VT_BOOL: return 2;
    case VT_I4: case VT_UI4: case VT_R4: case VT_ERROR: case VT_INT: case VT_UINT: case VT_HRESULT: return 4;
    case VT_I8: case VT_UI8: case VT_R8: case VT_CY: case VT_DATE: case VT_FILETIME: return 8;
    case VT_DECIMAL: return 16;
    }
    return 0;
}

static BOOL owns_interface(WORD vt)
{
    return vt == VT_UNKNOWN || vt == VT_DISPATCH || vt == VT_STREAM || vt == VT_STORAGE ||
           vt == VT_STREAMED_OBJECT || vt == VT_STORED_OBJECT;
}

static HRESULT check_type(WORD vt)
{
    if (vt & VT_BYREF) return S_OK;
    if (vt & VT_ARRAY) return STG_E_INVALIDPARAMETER;    /* SAFEARRAYs: not supported here */
    if (vt & VT_VECTOR) {
        vt &= ~VT_VECTOR;
        return scalar_size(vt) || vt == VT_LPSTR || vt == VT_LPWSTR || vt == VT_BSTR || vt == VT_CLSID
            ? S_OK : STG_E_INVALIDPARAMETER;
    }
    if (vt <= VT_NULL || scalar_size(vt) || owns_interface(vt) || vt == VT_BSTR || vt == VT_LPSTR ||
        vt == VT_LPWSTR || vt == VT_BLOB || vt == VT_BLOB_OBJECT || vt == VT_CLSID)
        return S_OK;
    return STG_E_INVALIDPARAMETER;
}

WINBASEAPI HRESULT WINAPI PropVariantClear(PROPVARIANT *pv)
{
    HRESULT hr;

    if (!pv) return S_OK;
    if ((hr = check_type(pv->vt))) {
        memset(pv, 0, sizeof(*pv));   /* an unknown type is dropped, owning nothing */
        return hr;
    }
    if (!(pv->vt & VT_BYREF)) {
        if (pv->vt & VT_VECTOR) {
            WORD base = pv->vt & ~VT_VECTOR;
            for (ULONG i = 0; i < pv->ca.cElems && !scalar_size(base) && base != VT_CLSID; i++) {
                void *item = ((void **)pv->ca.pElems)[i];
                if (base == VT_BSTR) SysFreeString(item);
                else CoTaskMemFree(item);
            }
            CoTaskMemFree(pv->ca.pElems);
        } else if (owns_interface(pv->vt)) {
            if (pv->punkVal) pv->punkVal->vtbl->Release(pv->punkVal);
        } else if (pv->vt == VT_BSTR) {
            SysFreeString(pv->bstrVal);
        } else if (pv->vt == VT_LPSTR || pv->vt == VT_LPWSTR || pv->vt == VT_CLSID) {
            CoTaskMemFree(pv->pwszVal);
        } else if (pv->vt == VT_BLOB || pv->vt == VT_BLOB_OBJECT) {
            CoTaskMemFree(pv->blob.pBlobData);
        }
    }
    memset(pv, 0, sizeof(*pv));
    return S_OK;
}

static void *dup_memory(const void *src, SIZE_T size)
{
    void *copy = CoTaskMemAlloc(size ? size : 1);
    if (copy) memcpy(copy, src, size);
    return copy;
}

WINBASEAPI HRESULT WINAPI PropVariantCopy(PROPVARIANT *dst, const PROPVARIANT *src)
{
    HRESULT hr;

    if ((hr = check_type(src->vt))) return hr;
    if ((src->vt & VT_VECTOR) && !(src->vt & VT_BYREF)) {
        FIXME("copying vector PROPVARIANTs is not supported\n");
        return E_NOTIMPL;
    }
    *dst = *src;
    if (src->vt & VT_BYREF) return S_OK;
    if (owns_interface(src->vt)) {
        if (src->punkVal) src->punkVal->vtbl->AddRef(src->punkVal);
    } else if (src->vt == VT_BSTR && src->bstrVal) {
        dst->bstrVal = SysAllocStringByteLen((const char *)src->bstrVal, SysStringByteLen(src->bstrVal));
        if (!dst->bstrVal) goto nomem;
    } else if (src->vt == VT_LPSTR && src->pszVal) {
        if (!(dst->pszVal = dup_memory(src->pszVal, strlen(src->pszVal) + 1))) goto nomem;
    } else if (src->vt == VT_LPWSTR && src->pwszVal) {
        SIZE_T len = 0;
        while (src->pwszVal[len]) len++;
        if (!(dst->pwszVal = dup_memory(src->pwszVal, (len + 1) * sizeof(WCHAR)))) goto nomem;
    } else if (src->vt == VT_CLSID && src->puuid) {
        if (!(dst->puuid = dup_memory(src->puuid, sizeof(CLSID)))) goto nomem;
    } else if ((src->vt == VT_BLOB || src->vt == VT_BLOB_OBJECT) && src->blob.pBlobData) {
        if (!(dst->blob.pBlobData = dup_memory(src->blob.pBlobData, src->blob.cbSize))) goto nomem;
    }
    return S_OK;
nomem:
    memset(dst, 0, sizeof(*dst));
    return E_OUTOFMEMORY;
}

WINBASEAPI HRESULT WINAPI FreePropVariantArray(ULONG count, PROPVARIANT *array)
{
    if (!array) return E_INVALIDARG;
    for (ULONG i = 0; i < count; i++) PropVariantClear(&array[i]);
    return S_OK;
}
