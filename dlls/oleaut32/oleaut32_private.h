/*
 * oleaut32 internals: BSTR and VARIANT with their exact x64 layouts
 * (VARIANT is 24 bytes: the type and three reserved words, then a 16-byte
 * union whose largest members are BRECORD and DECIMAL).
 */
#ifndef WINRUN_OLEAUT32_PRIVATE_H
#define WINRUN_OLEAUT32_PRIVATE_H

#include "winbase.h"

typedef WCHAR OLECHAR, *BSTR;
typedef WORD VARTYPE;
typedef short VARIANT_BOOL;

#define S_OK               ((HRESULT)0)
#define E_NOTIMPL          ((HRESULT)0x80004001)
#define E_INVALIDARG       ((HRESULT)0x80070057)
#define E_OUTOFMEMORY      ((HRESULT)0x8007000e)
#define E_POINTER          ((HRESULT)0x80004003)
#define DISP_E_BADVARTYPE  ((HRESULT)0x80020008)
#define DISP_E_TYPEMISMATCH ((HRESULT)0x80020005)
#define DISP_E_OVERFLOW    ((HRESULT)0x8002000a)

enum var_enum {
    VT_EMPTY = 0, VT_NULL = 1, VT_I2 = 2, VT_I4 = 3, VT_R4 = 4, VT_R8 = 5, VT_CY = 6, VT_DATE = 7,
    VT_BSTR = 8, VT_DISPATCH = 9, VT_ERROR = 10, VT_BOOL = 11, VT_VARIANT = 12, VT_UNKNOWN = 13,
    VT_DECIMAL = 14, VT_I1 = 16, VT_UI1 = 17, VT_UI2 = 18, VT_UI4 = 19, VT_I8 = 20, VT_UI8 = 21,
    VT_INT = 22, VT_UINT = 23, VT_VOID = 24, VT_RECORD = 36, VT_CLSID = 72,
    VT_VECTOR = 0x1000, VT_ARRAY = 0x2000, VT_BYREF = 0x4000, VT_RESERVED = 0x8000,
    VT_TYPEMASK = 0x0fff,
};

/* COM objects as far as VARIANTs need them: the vtable's first slots */
struct com_object { const struct com_vtable *vtbl; };
struct com_vtable {
    HRESULT (WINAPI *QueryInterface)(struct com_object *, const void *, void **);
    ULONG (WINAPI *AddRef)(struct com_object *);
    ULONG (WINAPI *Release)(struct com_object *);
    HRESULT (WINAPI *RecordInit)(struct com_object *, void *);    /* IRecordInfo only */
    HRESULT (WINAPI *RecordClear)(struct com_object *, void *);   /* IRecordInfo only */
};

typedef struct {
    VARTYPE vt;
    WORD wReserved1, wReserved2, wReserved3;
    union {
        LONGLONG llVal;
        LONG lVal;
        BYTE bVal;
        SHORT iVal;
        FLOAT fltVal;
        DOUBLE dblVal;
        VARIANT_BOOL boolVal;
        HRESULT scode;
        BSTR bstrVal;
        struct com_object *punkVal;
        void *byref;
        char cVal;
        USHORT uiVal;
        ULONG ulVal;
        ULONGLONG ullVal;
        INT intVal;
        UINT uintVal;
        struct { void *pvRecord; struct com_object *pRecInfo; } brecVal;
        void *parray;      /* SAFEARRAY *, declared below */
    };
} VARIANT, VARIANTARG;

typedef struct {
    ULONG cElements;
    LONG lLbound;
} SAFEARRAYBOUND;

typedef struct {
    USHORT cDims;
    USHORT fFeatures;
    ULONG cbElements;
    ULONG cLocks;
    void *pvData;
    SAFEARRAYBOUND rgsabound[1];
} SAFEARRAY;

WINBASEAPI HRESULT WINAPI VariantClear(VARIANT *);
WINBASEAPI HRESULT WINAPI VariantCopy(VARIANT *, const VARIANT *);
WINBASEAPI HRESULT WINAPI SafeArrayDestroy(SAFEARRAY *);
WINBASEAPI HRESULT WINAPI SafeArrayCopy(SAFEARRAY *, SAFEARRAY **);
WINBASEAPI BSTR WINAPI SysAllocStringLen(const OLECHAR *, UINT);
WINBASEAPI BSTR WINAPI SysAllocStringByteLen(const char *, UINT);
WINBASEAPI UINT WINAPI SysStringByteLen(BSTR);
WINBASEAPI UINT WINAPI SysStringLen(BSTR);
WINBASEAPI void WINAPI SysFreeString(BSTR);

#endif
