/* comdll: an in-process COM server for ole_com.c. One class,
 * CLSID_Adder, whose object implements IAdder (IUnknown plus Add and
 * Calls); its class factory counts objects and locks so that
 * DllCanUnloadNow answers truthfully. Written with plain vtables (no
 * COM headers' macros) so the layout the caller relies on is visible. */
#include <windows.h>
#include <objbase.h>

static const CLSID CLSID_Adder = { 0x6e1b2c3d, 0x4a5f, 0x4d7e, { 0x9a, 0x1b, 0x2c, 0x3d, 0x4e, 0x5f, 0x60, 0x71 } };
static const IID IID_IAdder = { 0x6e1b2c3e, 0x4a5f, 0x4d7e, { 0x9a, 0x1b, 0x2c, 0x3d, 0x4e, 0x5f, 0x60, 0x71 } };

static LONG objects, locks;

typedef struct adder adder;
struct adder_vtbl {
    HRESULT (WINAPI *QueryInterface)(adder *, REFIID, void **);
    ULONG (WINAPI *AddRef)(adder *);
    ULONG (WINAPI *Release)(adder *);
    HRESULT (WINAPI *Add)(adder *, int, int, int *);
    int (WINAPI *Calls)(adder *);
};
struct adder { const struct adder_vtbl *vtbl; LONG ref; int calls; };

static HRESULT WINAPI adder_QueryInterface(adder *self, REFIID iid, void **obj)
{
    if (IsEqualGUID(iid, &IID_IUnknown) || IsEqualGUID(iid, &IID_IAdder)) {
        *obj = self;
        self->vtbl->AddRef(self);
        return S_OK;
    }
    *obj = NULL;
    return E_NOINTERFACE;
}
static ULONG WINAPI adder_AddRef(adder *self) { return InterlockedIncrement(&self->ref); }
static ULONG WINAPI adder_Release(adder *self)
{
    ULONG ref = InterlockedDecrement(&self->ref);
    if (!ref) {
        HeapFree(GetProcessHeap(), 0, self);
        InterlockedDecrement(&objects);
    }
    return ref;
}
static HRESULT WINAPI adder_Add(adder *self, int a, int b, int *sum)
{
    self->calls++;
    *sum = a + b;
    return S_OK;
}
static int WINAPI adder_Calls(adder *self) { return self->calls; }
static const struct adder_vtbl adder_vtbl = {
    adder_QueryInterface, adder_AddRef, adder_Release, adder_Add, adder_Calls,
};

static HRESULT WINAPI cf_QueryInterface(IClassFactory *self, REFIID iid, void **obj)
{
    if (IsEqualGUID(iid, &IID_IUnknown) || IsEqualGUID(iid, &IID_IClassFactory)) {
        *obj = self;
        return S_OK;
    }
    *obj = NULL;
    return E_NOINTERFACE;
}
static ULONG WINAPI cf_AddRef(IClassFactory *self) { (void)self; return 2; }
static ULONG WINAPI cf_Release(IClassFactory *self) { (void)self; return 1; }
static HRESULT WINAPI cf_CreateInstance(IClassFactory *self, IUnknown *outer, REFIID iid, void **obj)
{
    adder *a;
    HRESULT hr;

    (void)self;
    *obj = NULL;
    if (outer) return CLASS_E_NOAGGREGATION;
    if (!(a = HeapAlloc(GetProcessHeap(), 0, sizeof(*a)))) return E_OUTOFMEMORY;
    a->vtbl = &adder_vtbl;
    a->ref = 1;
    a->calls = 0;
    InterlockedIncrement(&objects);
    hr = adder_QueryInterface(a, iid, obj);
    adder_Release(a);
    return hr;
}
static HRESULT WINAPI cf_LockServer(IClassFactory *self, BOOL lock)
{
    (void)self;
    if (lock) InterlockedIncrement(&locks);
    else InterlockedDecrement(&locks);
    return S_OK;
}
static const IClassFactoryVtbl cf_vtbl = {
    cf_QueryInterface, cf_AddRef, cf_Release, cf_CreateInstance, cf_LockServer,
};
static IClassFactory factory = { (IClassFactoryVtbl *)&cf_vtbl };

__declspec(dllexport) HRESULT WINAPI DllGetClassObject(REFCLSID clsid, REFIID iid, void **obj)
{
    if (!IsEqualGUID(clsid, &CLSID_Adder)) {
        *obj = NULL;
        return CLASS_E_CLASSNOTAVAILABLE;
    }
    return cf_QueryInterface(&factory, iid, obj);
}

__declspec(dllexport) HRESULT WINAPI DllCanUnloadNow(void)
{
    return objects || locks ? S_FALSE : S_OK;
}
