/*
 * ole32 internals: the COM interfaces ole32 itself calls (IUnknown and
 * IClassFactory, with their x64 ms_abi vtable layouts), the HRESULTs it
 * returns, and what its files share.
 */
#ifndef WINRUN_OLE32_PRIVATE_H
#define WINRUN_OLE32_PRIVATE_H

#include "winbase.h"
#include "winerror.h"
#include "winreg.h"
#include "objbase.h"

typedef WCHAR *LPOLESTR;

#define E_NOINTERFACE          ((HRESULT)0x80004002)
#define E_POINTER              ((HRESULT)0x80004003)
#define E_UNEXPECTED           ((HRESULT)0x8000ffff)
#define CLASS_E_NOAGGREGATION  ((HRESULT)0x80040110)
#define CLASS_E_CLASSNOTAVAILABLE ((HRESULT)0x80040111)
#define REGDB_E_CLASSNOTREG    ((HRESULT)0x80040154)
#define REGDB_E_READREGDB      ((HRESULT)0x80040150)
#define REGDB_E_IIDNOTREG      ((HRESULT)0x80040155)
#define CO_E_NOTINITIALIZED    ((HRESULT)0x800401f0)
#define CO_E_CLASSSTRING       ((HRESULT)0x800401f3)
#define CO_E_IIDSTRING         ((HRESULT)0x800401f4)
#define CO_E_DLLNOTFOUND       ((HRESULT)0x800401f8)
#define CO_E_ERRORINDLL        ((HRESULT)0x800401f9)
#define CO_E_OBJNOTREG         ((HRESULT)0x800401fb)
#define CO_S_NOTALLINTERFACES  ((HRESULT)0x00080012)
#define RPC_E_CHANGED_MODE     ((HRESULT)0x80010106)

#define CLSCTX_INPROC_SERVER   0x1
#define CLSCTX_INPROC_HANDLER  0x2
#define CLSCTX_LOCAL_SERVER    0x4
#define CLSCTX_REMOTE_SERVER   0x10

#define COINIT_MULTITHREADED      0x0
#define COINIT_APARTMENTTHREADED  0x2

typedef struct com_unknown IUnknown;
struct com_unknown { const struct com_unknown_vtbl *vtbl; };
struct com_unknown_vtbl {
    HRESULT (WINAPI *QueryInterface)(IUnknown *, const IID *, void **);
    ULONG (WINAPI *AddRef)(IUnknown *);
    ULONG (WINAPI *Release)(IUnknown *);
};

typedef struct com_class_factory IClassFactory;
struct com_class_factory { const struct com_class_factory_vtbl *vtbl; };
struct com_class_factory_vtbl {
    HRESULT (WINAPI *QueryInterface)(IClassFactory *, const IID *, void **);
    ULONG (WINAPI *AddRef)(IClassFactory *);
    ULONG (WINAPI *Release)(IClassFactory *);
    HRESULT (WINAPI *CreateInstance)(IClassFactory *, IUnknown *, const IID *, void **);
    HRESULT (WINAPI *LockServer)(IClassFactory *, BOOL);
};

typedef struct {
    const IID *pIID;
    IUnknown *pItf;
    HRESULT hr;
} MULTI_QI;

extern const IID IID_IUnknown, IID_IClassFactory, IID_IMalloc;

WINBASEAPI HRESULT WINAPI CLSIDFromString(LPCWSTR, CLSID *);
WINBASEAPI INT WINAPI StringFromGUID2(const GUID *, LPWSTR, INT);

/* compobj.c: is COM usable on this thread (initialized, or the process
 * has a multithreaded apartment it joins implicitly)? */
BOOL com_thread_ready(void);

#endif
