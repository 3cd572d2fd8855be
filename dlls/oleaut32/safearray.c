/*
 * SAFEARRAYs: self-describing arrays of automation types. The x64
 * descriptor is Windows': dimensions, features, element size, lock count,
 * data pointer, then the bounds, stored last dimension first (so
 * rgsabound[0] is the rightmost, the one SafeArrayRedim may change). The
 * element type lives in the 16 bytes allocated before the descriptor, as
 * on Windows (FADF_HAVEVARTYPE: the DWORD just before it). Elements are
 * laid out with the first index varying fastest. An array owns its
 * BSTRs, VARIANTs and interface references; SafeArrayCreateEx's records
 * and IIDs are not supported.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "oleaut32_private.h"

#define FADF_HAVEVARTYPE 0x0080
#define FADF_BSTR        0x0100
#define FADF_UNKNOWN     0x0200
#define FADF_DISPATCH    0x0400
#define FADF_VARIANT     0x0800
#define FADF_FIXEDSIZE   0x0010
#define FADF_STATIC      0x0002
#define FADF_EMBEDDED    0x0004
#define DISP_E_BADINDEX       ((HRESULT)0x8002000b)
#define DISP_E_ARRAYISLOCKED  ((HRESULT)0x8002000d)
#define E_UNEXPECTED          ((HRESULT)0x8000ffff)

#define PREFIX 16           /* room for an IID before the descriptor */

static ULONG element_size(VARTYPE vt)
{
    switch (vt) {
    case VT_I1: case VT_UI1: return 1;
    case VT_I2: case VT_UI2: case VT_BOOL: return 2;
    case VT_I4: case VT_UI4: case VT_R4: case VT_ERROR: case VT_INT: case VT_UINT: return 4;
    case VT_I8: case VT_UI8: case VT_R8: case VT_CY: case VT_DATE: return 8;
    case VT_BSTR: case VT_DISPATCH: case VT_UNKNOWN: return sizeof(void *);
    case VT_DECIMAL: return 16;
    case VT_VARIANT: return sizeof(VARIANT);
    }
    return 0;
}

static USHORT type_features(VARTYPE vt)
{
    switch (vt) {
    case VT_BSTR: return FADF_BSTR;
    case VT_UNKNOWN: return FADF_UNKNOWN;
    case VT_DISPATCH: return FADF_DISPATCH;
    case VT_VARIANT: return FADF_VARIANT;
    }
    return 0;
}

static ULONG cell_count(const SAFEARRAY *psa)
{
    ULONG count = 1;
    for (USHORT i = 0; i < psa->cDims; i++) count *= psa->rgsabound[i].cElements;
    return count;
}

static SIZE_T descriptor_size(UINT dims)
{
    return PREFIX + offsetof(SAFEARRAY, rgsabound) + dims * sizeof(SAFEARRAYBOUND);
}

WINBASEAPI HRESULT WINAPI SafeArrayAllocDescriptor(UINT dims, SAFEARRAY **out)
{
    BYTE *block;

    if (!out) return E_POINTER;
    *out = NULL;
    if (!dims || dims > 0xffff) return E_INVALIDARG;
    if (!(block = calloc(1, descriptor_size(dims)))) return E_OUTOFMEMORY;
    *out = (SAFEARRAY *)(block + PREFIX);
    (*out)->cDims = dims;
    return S_OK;
}

WINBASEAPI HRESULT WINAPI SafeArrayAllocData(SAFEARRAY *psa)
{
    if (!psa) return E_INVALIDARG;
    if (!(psa->pvData = calloc(cell_count(psa) ? cell_count(psa) : 1, psa->cbElements ? psa->cbElements : 1)))
        return E_OUTOFMEMORY;
    return S_OK;
}

static SAFEARRAY *create(VARTYPE vt, UINT dims, const SAFEARRAYBOUND *bounds)
{
    SAFEARRAY *psa;
    ULONG size = element_size(vt);

    if (!size || !bounds || SafeArrayAllocDescriptor(dims, &psa)) return NULL;
    ((DWORD *)psa)[-1] = vt;
    psa->fFeatures = FADF_HAVEVARTYPE | type_features(vt);
    psa->cbElements = size;
    for (UINT i = 0; i < dims; i++) psa->rgsabound[i] = bounds[dims - 1 - i];
    if (SafeArrayAllocData(psa)) {
        free((BYTE *)psa - PREFIX);
        return NULL;
    }
    return psa;
}

WINBASEAPI SAFEARRAY *WINAPI SafeArrayCreate(VARTYPE vt, UINT dims, SAFEARRAYBOUND *bounds)
{
    return create(vt, dims, bounds);
}

WINBASEAPI SAFEARRAY *WINAPI SafeArrayCreateVector(VARTYPE vt, LONG lbound, ULONG count)
{
    SAFEARRAYBOUND bound = { count, lbound };
    return create(vt, 1, &bound);
}

WINBASEAPI HRESULT WINAPI SafeArrayGetVartype(SAFEARRAY *psa, VARTYPE *vt)
{
    if (!psa || !vt) return E_INVALIDARG;
    if (psa->fFeatures & FADF_HAVEVARTYPE) *vt = (VARTYPE)((DWORD *)psa)[-1];
    else if (psa->fFeatures & FADF_BSTR) *vt = VT_BSTR;
    else if (psa->fFeatures & FADF_UNKNOWN) *vt = VT_UNKNOWN;
    else if (psa->fFeatures & FADF_DISPATCH) *vt = VT_DISPATCH;
    else if (psa->fFeatures & FADF_VARIANT) *vt = VT_VARIANT;
    else return E_INVALIDARG;
    return S_OK;
}

WINBASEAPI UINT WINAPI SafeArrayGetDim(SAFEARRAY *psa)
{
    return psa ? psa->cDims : 0;
}

WINBASEAPI UINT WINAPI SafeArrayGetElemsize(SAFEARRAY *psa)
{
    return psa ? psa->cbElements : 0;
}

/* DIM counts from 1, from the left, i.e. from the end of rgsabound */
WINBASEAPI HRESULT WINAPI SafeArrayGetLBound(SAFEARRAY *psa, UINT dim, LONG *bound)
{
    if (!psa || !bound) return E_INVALIDARG;
    if (!dim || dim > psa->cDims) return DISP_E_BADINDEX;
    *bound = psa->rgsabound[psa->cDims - dim].lLbound;
    return S_OK;
}

WINBASEAPI HRESULT WINAPI SafeArrayGetUBound(SAFEARRAY *psa, UINT dim, LONG *bound)
{
    if (!psa || !bound) return E_INVALIDARG;
    if (!dim || dim > psa->cDims) return DISP_E_BADINDEX;
    *bound = psa->rgsabound[psa->cDims - dim].lLbound + (LONG)psa->rgsabound[psa->cDims - dim].cElements - 1;
    return S_OK;
}

WINBASEAPI HRESULT WINAPI SafeArrayLock(SAFEARRAY *psa)
{
    if (!psa) return E_INVALIDARG;
    if (__atomic_add_fetch(&psa->cLocks, 1, __ATOMIC_SEQ_CST) > 0xffff) {
        __atomic_sub_fetch(&psa->cLocks, 1, __ATOMIC_SEQ_CST);
        return E_UNEXPECTED;
    }
    return S_OK;
}

WINBASEAPI HRESULT WINAPI SafeArrayUnlock(SAFEARRAY *psa)
{
    if (!psa) return E_INVALIDARG;
    if ((LONG)__atomic_sub_fetch(&psa->cLocks, 1, __ATOMIC_SEQ_CST) < 0) {
        __atomic_add_fetch(&psa->cLocks, 1, __ATOMIC_SEQ_CST);
        return E_UNEXPECTED;
    }
    return S_OK;
}

WINBASEAPI HRESULT WINAPI SafeArrayAccessData(SAFEARRAY *psa, void **data)
{
    HRESULT hr;

    if (!psa || !data) return E_INVALIDARG;
    if ((hr = SafeArrayLock(psa))) {
        *data = NULL;
        return hr;
    }
    *data = psa->pvData;
    return S_OK;
}

WINBASEAPI HRESULT WINAPI SafeArrayUnaccessData(SAFEARRAY *psa)
{
    return SafeArrayUnlock(psa);
}

WINBASEAPI HRESULT WINAPI SafeArrayPtrOfIndex(SAFEARRAY *psa, LONG *indices, void **cell)
{
    const SAFEARRAYBOUND *bound;
    ULONG offset = 0, stride = 1;

    if (!psa || !indices || !cell) return E_INVALIDARG;
    bound = &psa->rgsabound[psa->cDims - 1];
    for (USHORT d = 0; d < psa->cDims; d++, bound--) {
        LONG i = indices[d] - bound->lLbound;
        if (i < 0 || (ULONG)i >= bound->cElements) return DISP_E_BADINDEX;
        offset += (ULONG)i * stride;
        stride *= bound->cElements;
    }
    *cell = (BYTE *)psa->pvData + (SIZE_T)offset * psa->cbElements;
    return S_OK;
}

/* release what COUNT cells from CELL own */
static void clear_cells(SAFEARRAY *psa, BYTE *cell, ULONG count)
{
    for (ULONG i = 0; i < count; i++, cell += psa->cbElements) {
        if (psa->fFeatures & FADF_BSTR) {
            SysFreeString(*(BSTR *)cell);
            *(BSTR *)cell = NULL;
        } else if (psa->fFeatures & (FADF_UNKNOWN | FADF_DISPATCH)) {
            struct com_object *obj = *(struct com_object **)cell;
            if (obj) obj->vtbl->Release(obj);
            *(void **)cell = NULL;
        } else if (psa->fFeatures & FADF_VARIANT) {
            VariantClear((VARIANT *)cell);
        }
    }
}

/* copy one element from SRC to the empty cell DST */
static HRESULT copy_cell(SAFEARRAY *psa, BYTE *dst, const BYTE *src)
{
    if (psa->fFeatures & FADF_BSTR) {
        BSTR s = *(BSTR *)src;
        if (s && !(*(BSTR *)dst = SysAllocStringByteLen((const char *)s, SysStringByteLen(s)))) return E_OUTOFMEMORY;
        if (!s) *(BSTR *)dst = NULL;
    } else if (psa->fFeatures & (FADF_UNKNOWN | FADF_DISPATCH)) {
        struct com_object *obj = *(struct com_object **)src;
        if (obj) obj->vtbl->AddRef(obj);
        *(struct com_object **)dst = obj;
    } else if (psa->fFeatures & FADF_VARIANT) {
        ((VARIANT *)dst)->vt = VT_EMPTY;
        return VariantCopy((VARIANT *)dst, (const VARIANT *)src);
    } else {
        memcpy(dst, src, psa->cbElements);
    }
    return S_OK;
}

WINBASEAPI HRESULT WINAPI SafeArrayGetElement(SAFEARRAY *psa, LONG *indices, void *value)
{
    void *cell;
    HRESULT hr;

    if (!psa || !indices || !value) return E_INVALIDARG;
    if ((hr = SafeArrayLock(psa))) return hr;
    if (!(hr = SafeArrayPtrOfIndex(psa, indices, &cell))) hr = copy_cell(psa, value, cell);
    SafeArrayUnlock(psa);
    return hr;
}

/* VALUE is the BSTR or interface itself for those types, else a pointer
 * to the value (VARIANT * for VT_VARIANT) */
WINBASEAPI HRESULT WINAPI SafeArrayPutElement(SAFEARRAY *psa, LONG *indices, void *value)
{
    void *cell;
    HRESULT hr;

    if (!psa || !indices) return E_INVALIDARG;
    if (!value && !(psa->fFeatures & (FADF_BSTR | FADF_UNKNOWN | FADF_DISPATCH))) return E_INVALIDARG;
    if ((hr = SafeArrayLock(psa))) return hr;
    if (!(hr = SafeArrayPtrOfIndex(psa, indices, &cell))) {
        if (psa->fFeatures & FADF_VARIANT) {
            hr = VariantCopy(cell, value);
        } else if (psa->fFeatures & (FADF_BSTR | FADF_UNKNOWN | FADF_DISPATCH)) {
            void *old = *(void **)cell;
            if (!(hr = copy_cell(psa, cell, (const BYTE *)&value))) {
                void *fresh = *(void **)cell;
                *(void **)cell = old;
                clear_cells(psa, cell, 1);
                *(void **)cell = fresh;
            } else {
                *(void **)cell = old;
            }
        } else {
            memcpy(cell, value, psa->cbElements);
        }
    }
    SafeArrayUnlock(psa);
    return hr;
}

WINBASEAPI HRESULT WINAPI SafeArrayDestroyData(SAFEARRAY *psa)
{
    if (!psa) return E_INVALIDARG;
    if (psa->cLocks) return DISP_E_ARRAYISLOCKED;
    if (psa->pvData) clear_cells(psa, psa->pvData, cell_count(psa));
    if (!(psa->fFeatures & (FADF_STATIC | FADF_EMBEDDED))) {
        free(psa->pvData);
        psa->pvData = NULL;
    }
    return S_OK;
}

WINBASEAPI HRESULT WINAPI SafeArrayDestroyDescriptor(SAFEARRAY *psa)
{
    if (!psa) return S_OK;
    if (psa->cLocks) return DISP_E_ARRAYISLOCKED;
    free((BYTE *)psa - PREFIX);
    return S_OK;
}

WINBASEAPI HRESULT WINAPI SafeArrayDestroy(SAFEARRAY *psa)
{
    HRESULT hr;

    if (!psa) return S_OK;
    if (psa->cLocks) return DISP_E_ARRAYISLOCKED;
    if ((hr = SafeArrayDestroyData(psa))) return hr;
    return SafeArrayDestroyDescriptor(psa);
}

/* deep-copy the cells of SRC into DST's data, which has room for them */
static HRESULT copy_data(SAFEARRAY *src, SAFEARRAY *dst)
{
    ULONG count = cell_count(src);
    HRESULT hr;

    for (ULONG i = 0; i < count; i++) {
        if ((hr = copy_cell(src, (BYTE *)dst->pvData + (SIZE_T)i * src->cbElements,
                            (const BYTE *)src->pvData + (SIZE_T)i * src->cbElements))) {
            clear_cells(dst, dst->pvData, i);
            return hr;
        }
    }
    return S_OK;
}

WINBASEAPI HRESULT WINAPI SafeArrayCopyData(SAFEARRAY *src, SAFEARRAY *dst)
{
    if (!src || !dst || src->cDims != dst->cDims || src->cbElements != dst->cbElements ||
        cell_count(src) != cell_count(dst))
        return E_INVALIDARG;
    clear_cells(dst, dst->pvData, cell_count(dst));
    return copy_data(src, dst);
}

WINBASEAPI HRESULT WINAPI SafeArrayCopy(SAFEARRAY *src, SAFEARRAY **out)
{
    SAFEARRAY *copy;
    HRESULT hr;

    if (!out) return E_INVALIDARG;
    *out = NULL;
    if (!src) return S_OK;
    if ((hr = SafeArrayAllocDescriptor(src->cDims, &copy))) return hr;
    memcpy((BYTE *)copy - PREFIX, (BYTE *)src - PREFIX, descriptor_size(src->cDims));
    copy->fFeatures &= ~(FADF_STATIC | FADF_EMBEDDED | FADF_FIXEDSIZE);
    copy->cLocks = 0;
    copy->pvData = NULL;
    if ((hr = SafeArrayAllocData(copy)) || (hr = copy_data(src, copy))) {
        free(copy->pvData);
        free((BYTE *)copy - PREFIX);
        return hr;
    }
    *out = copy;
    return S_OK;
}

/* only the last (rightmost) dimension may change: the slowest-varying,
 * so the data keeps its place and grows or shrinks at the end */
WINBASEAPI HRESULT WINAPI SafeArrayRedim(SAFEARRAY *psa, SAFEARRAYBOUND *bound)
{
    ULONG old_count, new_count;
    BYTE *data;

    if (!psa || !bound) return E_INVALIDARG;
    if (psa->cLocks || (psa->fFeatures & FADF_FIXEDSIZE)) return DISP_E_ARRAYISLOCKED;
    old_count = cell_count(psa);
    new_count = bound->cElements;
    for (USHORT i = 1; i < psa->cDims; i++) new_count *= psa->rgsabound[i].cElements;
    if (new_count < old_count) clear_cells(psa, (BYTE *)psa->pvData + (SIZE_T)new_count * psa->cbElements,
                                           old_count - new_count);
    if (!(data = realloc(psa->pvData, (SIZE_T)(new_count ? new_count : 1) * psa->cbElements)))
        return E_OUTOFMEMORY;
    if (new_count > old_count)
        memset(data + (SIZE_T)old_count * psa->cbElements, 0, (SIZE_T)(new_count - old_count) * psa->cbElements);
    psa->pvData = data;
    psa->rgsabound[0] = *bound;
    return S_OK;
}
