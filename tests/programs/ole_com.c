/* ole_com: COM in one process. Apartment initialization rules
 * (CoInitializeEx/OleInitialize counting and RPC_E_CHANGED_MODE, the
 * implicit MTA), an in-process server (dll/comdll.dll) registered by this
 * test under HKCU\Software\Classes and reached through the merged
 * HKEY_CLASSES_ROOT, class objects registered with CoRegisterClassObject,
 * GUID strings, ProgIDs, CoGetMalloc and PROPVARIANTs. */
#include "test.h"
#include <objbase.h>
#include <propidl.h>

static const CLSID CLSID_Adder = { 0x6e1b2c3d, 0x4a5f, 0x4d7e, { 0x9a, 0x1b, 0x2c, 0x3d, 0x4e, 0x5f, 0x60, 0x71 } };
static const IID IID_IAdder = { 0x6e1b2c3e, 0x4a5f, 0x4d7e, { 0x9a, 0x1b, 0x2c, 0x3d, 0x4e, 0x5f, 0x60, 0x71 } };
static const CLSID CLSID_Local = { 0x6e1b2c3f, 0x4a5f, 0x4d7e, { 0x9a, 0x1b, 0x2c, 0x3d, 0x4e, 0x5f, 0x60, 0x71 } };
static const CLSID CLSID_Nowhere = { 0x6e1b2c40, 0x4a5f, 0x4d7e, { 0x9a, 0x1b, 0x2c, 0x3d, 0x4e, 0x5f, 0x60, 0x71 } };
static const WCHAR adder_str[] = L"{6E1B2C3D-4A5F-4D7E-9A1B-2C3D4E5F6071}";

typedef struct adder adder;
struct adder_vtbl {
    HRESULT (WINAPI *QueryInterface)(adder *, REFIID, void **);
    ULONG (WINAPI *AddRef)(adder *);
    ULONG (WINAPI *Release)(adder *);
    HRESULT (WINAPI *Add)(adder *, int, int, int *);
    int (WINAPI *Calls)(adder *);
};
struct adder { const struct adder_vtbl *vtbl; };

/* ---- a class factory living in the exe, for CoRegisterClassObject ---- */
static LONG local_factory_refs = 1, local_creates;
static HRESULT WINAPI lf_QueryInterface(IClassFactory *self, REFIID iid, void **obj)
{
    if (IsEqualGUID(iid, &IID_IUnknown) || IsEqualGUID(iid, &IID_IClassFactory)) {
        *obj = self;
        InterlockedIncrement(&local_factory_refs);
        return S_OK;
    }
    *obj = NULL;
    return E_NOINTERFACE;
}
static ULONG WINAPI lf_AddRef(IClassFactory *self) { return InterlockedIncrement(&local_factory_refs); }
static ULONG WINAPI lf_Release(IClassFactory *self) { return InterlockedDecrement(&local_factory_refs); }
static HRESULT WINAPI lf_CreateInstance(IClassFactory *self, IUnknown *outer, REFIID iid, void **obj)
{
    local_creates++;
    *obj = NULL;
    return E_NOINTERFACE;      /* enough to see that this factory was asked */
}
static HRESULT WINAPI lf_LockServer(IClassFactory *self, BOOL lock) { return S_OK; }
static IClassFactoryVtbl lf_vtbl = { lf_QueryInterface, lf_AddRef, lf_Release, lf_CreateInstance, lf_LockServer };
static IClassFactory local_factory = { &lf_vtbl };

static HANDLE mta_ready, mta_done;
static DWORD WINAPI mta_thread(void *arg)
{
    HRESULT hr = CoInitializeEx(NULL, COINIT_MULTITHREADED);
    ok(hr == S_OK, "thread CoInitializeEx(MTA): %x", (unsigned)hr);
    SetEvent(mta_ready);
    WaitForSingleObject(mta_done, INFINITE);
    CoUninitialize();
    return 0;
}

/* Windows' COM reads HKEY_CLASSES_ROOT, where the user's classes
 * (HKCU\Software\Classes) override the machine's, so a per-user
 * registration needs no administrator. Wine's COM reads only
 * HKLM\Software\Classes: under Wine the class goes there instead. */
static HKEY classes_owner(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") ? HKEY_LOCAL_MACHINE : HKEY_CURRENT_USER;
}

static BOOL register_adder(void)
{
    WCHAR path[MAX_PATH], *slash;
    HKEY key, owner = classes_owner();
    LONG err;

    GetModuleFileNameW(NULL, path, MAX_PATH);
    slash = wcsrchr(path, '\\');
    lstrcpyW(slash + 1, L"comdll.dll");
    err = RegCreateKeyExW(owner,
                          L"Software\\Classes\\CLSID\\{6E1B2C3D-4A5F-4D7E-9A1B-2C3D4E5F6071}\\InprocServer32",
                          0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL);
    if (err) return FALSE;
    RegSetValueExW(key, NULL, 0, REG_SZ, (BYTE *)path, (lstrlenW(path) + 1) * sizeof(WCHAR));
    RegSetValueExW(key, L"ThreadingModel", 0, REG_SZ, (BYTE *)L"Both", 10);
    RegCloseKey(key);
    RegSetValueW(owner, L"Software\\Classes\\CLSID\\{6E1B2C3D-4A5F-4D7E-9A1B-2C3D4E5F6071}\\ProgID",
                 REG_SZ, L"Winrun.Adder.1", 0);
    RegSetValueW(owner, L"Software\\Classes\\Winrun.Adder.1\\CLSID", REG_SZ, adder_str, 0);
    return TRUE;
}

static void unregister_adder(void)
{
    RegDeleteTreeW(classes_owner(), L"Software\\Classes\\CLSID\\{6E1B2C3D-4A5F-4D7E-9A1B-2C3D4E5F6071}");
    RegDeleteTreeW(classes_owner(), L"Software\\Classes\\Winrun.Adder.1");
    RegDeleteKeyW(classes_owner(), L"Software\\Classes\\CLSID\\{6E1B2C3D-4A5F-4D7E-9A1B-2C3D4E5F6071}");
    RegDeleteKeyW(classes_owner(), L"Software\\Classes\\Winrun.Adder.1");
}

static void test_apartments(void)
{
    HRESULT hr;
    void *obj = (void *)1;
    HANDLE thread;

    hr = CoCreateInstance(&CLSID_Adder, NULL, CLSCTX_INPROC_SERVER, &IID_IAdder, &obj);
    ok(hr == CO_E_NOTINITIALIZED && !obj, "CoCreateInstance before init: %x %p", (unsigned)hr, obj);

    hr = CoInitializeEx(NULL, COINIT_APARTMENTTHREADED);
    ok(hr == S_OK, "first CoInitializeEx: %x", (unsigned)hr);
    hr = CoInitialize(NULL);
    ok(hr == S_FALSE, "second CoInitialize: %x", (unsigned)hr);
    hr = CoInitializeEx(NULL, COINIT_MULTITHREADED);
    ok(hr == RPC_E_CHANGED_MODE, "CoInitializeEx(MTA) in an STA: %x", (unsigned)hr);
    CoUninitialize();
    CoUninitialize();
    /* the failed call did not count: the thread is uninitialized again */
    hr = CoCreateInstance(&CLSID_Adder, NULL, CLSCTX_INPROC_SERVER, &IID_IAdder, &obj);
    ok(hr == CO_E_NOTINITIALIZED, "after two CoUninitialize: %x", (unsigned)hr);

    hr = OleInitialize(NULL);
    ok(hr == S_OK, "OleInitialize: %x", (unsigned)hr);
    hr = OleInitialize(NULL);
    ok(hr == S_FALSE, "second OleInitialize: %x", (unsigned)hr);
    hr = CoInitializeEx(NULL, COINIT_MULTITHREADED);
    ok(hr == RPC_E_CHANGED_MODE, "CoInitializeEx(MTA) after OleInitialize: %x", (unsigned)hr);
    OleUninitialize();
    OleUninitialize();

    hr = CoInitializeEx(NULL, COINIT_MULTITHREADED);
    ok(hr == S_OK, "CoInitializeEx(MTA): %x", (unsigned)hr);
    hr = OleInitialize(NULL);
    ok(hr == RPC_E_CHANGED_MODE, "OleInitialize in the MTA: %x", (unsigned)hr);
    CoUninitialize();

    /* another thread holding the MTA lets this uninitialized one use COM */
    mta_ready = CreateEventW(NULL, TRUE, FALSE, NULL);
    mta_done = CreateEventW(NULL, TRUE, FALSE, NULL);
    thread = CreateThread(NULL, 0, mta_thread, NULL, 0, NULL);
    WaitForSingleObject(mta_ready, INFINITE);
    hr = CoCreateInstance(&CLSID_Nowhere, NULL, CLSCTX_INPROC_SERVER, &IID_IUnknown, &obj);
    ok(hr == REGDB_E_CLASSNOTREG, "implicit MTA: %x", (unsigned)hr);
    SetEvent(mta_done);
    WaitForSingleObject(thread, INFINITE);
    CloseHandle(thread);
    hr = CoCreateInstance(&CLSID_Nowhere, NULL, CLSCTX_INPROC_SERVER, &IID_IUnknown, &obj);
    ok(hr == CO_E_NOTINITIALIZED, "after the MTA ended: %x", (unsigned)hr);
}

static void test_inproc_server(void)
{
    adder *a = NULL, *b = NULL;
    IClassFactory *factory = NULL;
    IUnknown *unk = (IUnknown *)1;
    MULTI_QI qi[3];
    HRESULT hr;
    int sum = 0;

    hr = CoCreateInstance(&CLSID_Nowhere, NULL, CLSCTX_INPROC_SERVER, &IID_IUnknown, (void **)&unk);
    ok(hr == REGDB_E_CLASSNOTREG && !unk, "unregistered class: %x", (unsigned)hr);
    hr = CoCreateInstance(&CLSID_Adder, NULL, CLSCTX_INPROC_SERVER, &IID_IAdder, NULL);
    ok(hr == E_POINTER, "NULL out pointer: %x", (unsigned)hr);

    hr = CoCreateInstance(&CLSID_Adder, NULL, CLSCTX_INPROC_SERVER, &IID_IAdder, (void **)&a);
    ok(hr == S_OK && a, "CoCreateInstance(Adder): %x", (unsigned)hr);
    if (!a) return;
    ok(GetModuleHandleA("comdll.dll") != NULL, "comdll.dll is loaded");
    hr = a->vtbl->Add(a, 2, 40, &sum);
    ok(hr == S_OK && sum == 42, "Add: %x %d", (unsigned)hr, sum);
    ok(a->vtbl->Calls(a) == 1, "Calls: %d", a->vtbl->Calls(a));
    hr = a->vtbl->QueryInterface(a, &IID_IClassFactory, (void **)&unk);
    ok(hr == E_NOINTERFACE, "QueryInterface(IClassFactory): %x", (unsigned)hr);

    hr = CoCreateInstance(&CLSID_Adder, NULL, CLSCTX_INPROC_SERVER, &IID_IClassFactory, (void **)&unk);
    ok(hr == E_NOINTERFACE, "CoCreateInstance for an unsupported interface: %x", (unsigned)hr);
    hr = CoCreateInstance(&CLSID_Adder, (IUnknown *)a, CLSCTX_INPROC_SERVER, &IID_IUnknown, (void **)&unk);
    ok(hr == CLASS_E_NOAGGREGATION, "aggregation: %x", (unsigned)hr);
    hr = CoCreateInstance(&CLSID_Adder, NULL, CLSCTX_ALL, &IID_IAdder, (void **)&b);
    ok(hr == S_OK && b && b != a, "CLSCTX_ALL: %x", (unsigned)hr);
    if (b) b->vtbl->Release(b);

    hr = CoGetClassObject(&CLSID_Adder, CLSCTX_INPROC_SERVER, NULL, &IID_IClassFactory, (void **)&factory);
    ok(hr == S_OK && factory, "CoGetClassObject: %x", (unsigned)hr);
    if (factory) {
        hr = factory->lpVtbl->CreateInstance(factory, NULL, &IID_IAdder, (void **)&b);
        ok(hr == S_OK && b, "IClassFactory::CreateInstance: %x", (unsigned)hr);
        if (b) b->vtbl->Release(b);
        factory->lpVtbl->Release(factory);
    }

    memset(qi, 0, sizeof(qi));
    qi[0].pIID = &IID_IAdder;
    qi[1].pIID = &IID_IClassFactory;
    qi[2].pIID = &IID_IUnknown;
    hr = CoCreateInstanceEx(&CLSID_Adder, NULL, CLSCTX_INPROC_SERVER, NULL, 3, qi);
    ok(hr == CO_S_NOTALLINTERFACES, "CoCreateInstanceEx: %x", (unsigned)hr);
    ok(qi[0].hr == S_OK && qi[0].pItf, "MULTI_QI[0]: %x", (unsigned)qi[0].hr);
    ok(qi[1].hr == E_NOINTERFACE && !qi[1].pItf, "MULTI_QI[1]: %x", (unsigned)qi[1].hr);
    ok(qi[2].hr == S_OK && qi[2].pItf, "MULTI_QI[2]: %x", (unsigned)qi[2].hr);
    if (qi[0].pItf) qi[0].pItf->lpVtbl->Release(qi[0].pItf);
    if (qi[2].pItf) qi[2].pItf->lpVtbl->Release(qi[2].pItf);

    /* an object still lives: the server stays */
    CoFreeUnusedLibraries();
    ok(GetModuleHandleA("comdll.dll") != NULL, "comdll.dll kept while an object lives");
    ok(a->vtbl->Release(a) == 0, "last Release");
    /* a "Both" server is kept ten minutes by default even once unused;
     * a delay of 0 frees it at once */
    CoFreeUnusedLibraries();
    ok(GetModuleHandleA("comdll.dll") != NULL, "comdll.dll kept for the default delay");
    CoFreeUnusedLibrariesEx(0, 0);
    ok(GetModuleHandleA("comdll.dll") == NULL, "comdll.dll freed with no delay");
}

static void test_registered_class(void)
{
    DWORD cookie = 0;
    IUnknown *unk;
    HRESULT hr;

    hr = CoRegisterClassObject(&CLSID_Local, (IUnknown *)&local_factory, CLSCTX_INPROC_SERVER,
                               REGCLS_MULTIPLEUSE, &cookie);
    ok(hr == S_OK && cookie, "CoRegisterClassObject: %x", (unsigned)hr);
    ok(local_factory_refs > 1, "the registration holds a reference: %ld", local_factory_refs);
    hr = CoCreateInstance(&CLSID_Local, NULL, CLSCTX_INPROC_SERVER, &IID_IUnknown, (void **)&unk);
    ok(hr == E_NOINTERFACE && local_creates == 1, "CoCreateInstance(registered): %x %ld",
       (unsigned)hr, local_creates);
    hr = CoRevokeClassObject(cookie);
    ok(hr == S_OK, "CoRevokeClassObject: %x", (unsigned)hr);
    ok(local_factory_refs == 1, "revoking released it: %ld", local_factory_refs);
    hr = CoCreateInstance(&CLSID_Local, NULL, CLSCTX_INPROC_SERVER, &IID_IUnknown, (void **)&unk);
    ok(hr == REGDB_E_CLASSNOTREG, "after revoking: %x", (unsigned)hr);
    hr = CoRevokeClassObject(cookie);
    ok(hr == E_INVALIDARG, "second CoRevokeClassObject: %x", (unsigned)hr);

    /* the apartment's end revokes what it registered */
    hr = CoRegisterClassObject(&CLSID_Local, (IUnknown *)&local_factory, CLSCTX_INPROC_SERVER,
                               REGCLS_MULTIPLEUSE, &cookie);
    ok(hr == S_OK && local_factory_refs > 1, "CoRegisterClassObject again: %x", (unsigned)hr);
    CoUninitialize();
    ok(local_factory_refs == 1, "CoUninitialize released it: %ld", local_factory_refs);
    CoInitialize(NULL);
    hr = CoRevokeClassObject(cookie);
    ok(hr == E_INVALIDARG, "CoRevokeClassObject after CoUninitialize: %x", (unsigned)hr);
}

static void test_strings(void)
{
    WCHAR buf[50], *str = NULL;
    CLSID clsid;
    HRESULT hr;
    int n;

    n = StringFromGUID2(&CLSID_Adder, buf, 38);
    ok(n == 0, "StringFromGUID2 into 38 chars: %d", n);
    n = StringFromGUID2(&CLSID_Adder, buf, 50);
    ok(n == 39 && !lstrcmpW(buf, adder_str), "StringFromGUID2: %d", n);
    hr = StringFromCLSID(&CLSID_Adder, &str);
    ok(hr == S_OK && str && !lstrcmpW(str, adder_str), "StringFromCLSID: %x", (unsigned)hr);
    CoTaskMemFree(str);
    hr = StringFromIID(&IID_IUnknown, &str);
    ok(hr == S_OK && str && !lstrcmpW(str, L"{00000000-0000-0000-C000-000000000046}"), "StringFromIID: %x",
       (unsigned)hr);
    CoTaskMemFree(str);

    hr = CLSIDFromString(L"{6e1b2c3d-4a5f-4d7e-9a1b-2c3d4e5f6071}", &clsid);
    ok(hr == S_OK && IsEqualGUID(&clsid, &CLSID_Adder), "CLSIDFromString(lower case): %x", (unsigned)hr);
    hr = CLSIDFromString(L"{6E1B2C3D-4A5F-4D7E-9A1B-2C3D4E5F607}", &clsid);
    ok(hr == CO_E_CLASSSTRING, "CLSIDFromString(short): %x", (unsigned)hr);
    hr = CLSIDFromString(L"{6E1B2C3D-4A5F-4D7E-9A1B-2C3D4E5F607G}", &clsid);
    ok(hr == CO_E_CLASSSTRING, "CLSIDFromString(bad digit): %x", (unsigned)hr);
    hr = CLSIDFromString(L"No.Such.ProgID", &clsid);
    ok(hr == CO_E_CLASSSTRING, "CLSIDFromString(unknown ProgID): %x", (unsigned)hr);
    memset(&clsid, 0xcc, sizeof(clsid));
    hr = CLSIDFromString(NULL, &clsid);
    ok(hr == S_OK && IsEqualGUID(&clsid, &GUID_NULL), "CLSIDFromString(NULL): %x", (unsigned)hr);
    hr = IIDFromString(adder_str, &clsid);
    ok(hr == S_OK && IsEqualGUID(&clsid, &CLSID_Adder), "IIDFromString: %x", (unsigned)hr);
    hr = IIDFromString(L"Winrun.Adder.1", &clsid);
    ok(hr == E_INVALIDARG, "IIDFromString(ProgID): %x", (unsigned)hr);
    hr = IIDFromString(L"[6E1B2C3D-4A5F-4D7E-9A1B-2C3D4E5F6071]", &clsid);
    ok(hr == CO_E_IIDSTRING, "IIDFromString(brackets): %x", (unsigned)hr);

    /* ProgIDs through the registry */
    hr = CLSIDFromProgID(L"Winrun.Adder.1", &clsid);
    ok(hr == S_OK && IsEqualGUID(&clsid, &CLSID_Adder), "CLSIDFromProgID: %x", (unsigned)hr);
    hr = CLSIDFromString(L"Winrun.Adder.1", &clsid);
    ok(hr == S_OK && IsEqualGUID(&clsid, &CLSID_Adder), "CLSIDFromString(ProgID): %x", (unsigned)hr);
    hr = CLSIDFromProgID(L"No.Such.ProgID", &clsid);
    ok(hr == CO_E_CLASSSTRING, "CLSIDFromProgID(unknown): %x", (unsigned)hr);
    hr = ProgIDFromCLSID(&CLSID_Adder, &str);
    ok(hr == S_OK && str && !lstrcmpW(str, L"Winrun.Adder.1"), "ProgIDFromCLSID: %x", (unsigned)hr);
    CoTaskMemFree(str);
    hr = ProgIDFromCLSID(&CLSID_Nowhere, &str);
    ok(hr == REGDB_E_CLASSNOTREG, "ProgIDFromCLSID(unregistered): %x", (unsigned)hr);
}

static void test_guids_and_memory(void)
{
    GUID a, b;
    IMalloc *malloc = NULL;
    void *p;
    HRESULT hr;

    ok(CoCreateGuid(&a) == S_OK && CoCreateGuid(&b) == S_OK && !IsEqualGUID(&a, &b), "CoCreateGuid");
    ok((a.Data3 >> 12) == 4 && (a.Data4[0] & 0xc0) == 0x80, "version 4 GUID: %x %x", a.Data3, a.Data4[0]);

    hr = CoGetMalloc(MEMCTX_TASK, &malloc);
    ok(hr == S_OK && malloc, "CoGetMalloc: %x", (unsigned)hr);
    if (malloc) {
        p = malloc->lpVtbl->Alloc(malloc, 100);
        ok(p != NULL, "IMalloc::Alloc");
        ok(malloc->lpVtbl->GetSize(malloc, p) == 100, "IMalloc::GetSize");
        CoTaskMemFree(p);        /* the same allocator */
    }
    hr = CoGetMalloc(0, &malloc);
    ok(hr == E_INVALIDARG, "CoGetMalloc(0): %x", (unsigned)hr);
}

static void test_propvariant(void)
{
    PROPVARIANT pv, copy;
    HRESULT hr;

    memset(&pv, 0, sizeof(pv));
    pv.vt = VT_LPWSTR;
    pv.pwszVal = CoTaskMemAlloc(8);
    lstrcpyW(pv.pwszVal, L"abc");
    hr = PropVariantCopy(&copy, &pv);
    ok(hr == S_OK && copy.vt == VT_LPWSTR && copy.pwszVal != pv.pwszVal && !lstrcmpW(copy.pwszVal, L"abc"),
       "PropVariantCopy(LPWSTR): %x", (unsigned)hr);
    hr = PropVariantClear(&pv);
    ok(hr == S_OK && pv.vt == VT_EMPTY && !pv.pwszVal, "PropVariantClear(LPWSTR): %x", (unsigned)hr);
    ok(PropVariantClear(&copy) == S_OK, "PropVariantClear(copy)");

    pv.vt = VT_I4;
    pv.lVal = 12;
    hr = PropVariantClear(&pv);
    ok(hr == S_OK && pv.vt == VT_EMPTY && pv.lVal == 0, "PropVariantClear(I4): %x", (unsigned)hr);

    pv.vt = VT_UNKNOWN;
    pv.punkVal = (IUnknown *)&local_factory;
    local_factory.lpVtbl->AddRef(&local_factory);
    hr = PropVariantClear(&pv);
    ok(hr == S_OK && local_factory_refs == 1, "PropVariantClear(UNKNOWN) released: %ld", local_factory_refs);

    pv.vt = 0x7ff;
    pv.lVal = 5;
    hr = PropVariantClear(&pv);
    ok(hr == STG_E_INVALIDPARAMETER && pv.vt == VT_EMPTY, "PropVariantClear(bad type) empties it: %x %x", (unsigned)hr, pv.vt);
}

int main(void)
{
    test_apartments();
    if (!register_adder()) {
        ok(0, "could not register the test class");
        return test_done();
    }
    ok(CoInitialize(NULL) == S_OK, "CoInitialize");
    test_inproc_server();
    test_registered_class();
    test_strings();
    test_guids_and_memory();
    test_propvariant();
    CoUninitialize();
    unregister_adder();
    return test_done();
}
