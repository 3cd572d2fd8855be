/*
 * COM's runtime in one process: apartments as per-thread initialization
 * state, class objects registered with CoRegisterClassObject, and
 * in-process servers found under HKEY_CLASSES_ROOT\CLSID\{...}\
 * InprocServer32 and loaded with LoadLibrary.
 *
 * There is no marshaling: an object is always used on the thread that
 * created it, whatever its ThreadingModel, and no out-of-process server is
 * ever started (a class that only has a LocalServer32 fails with
 * CO_E_SERVER_EXEC_FAILURE, which Windows returns when a server cannot be
 * started). A thread that did not initialize COM may still use it when
 * some thread of the process holds the multithreaded apartment, as on
 * Windows (the implicit MTA).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#define DEBUG_CHANNEL CH_FIXME
#include "winrun/debug.h"
#include "ole32_private.h"
#include "winrun/unicode.h"

#define CO_E_SERVER_EXEC_FAILURE ((HRESULT)0x80080005)

WINBASEAPI BOOL WINAPI FreeLibrary(HMODULE);
WINBASEAPI DWORD WINAPI GetTickCount(void);

/* this thread's apartment: which kind, and how many CoInitializeEx calls
 * (and OleInitialize calls) its CoUninitialize calls have not undone */
struct apartment {
    BOOL multithreaded;
    LONG inits;
    LONG ole_inits;
};
static __thread struct apartment apartment;

static pthread_mutex_t com_lock = PTHREAD_MUTEX_INITIALIZER;
static LONG mta_threads;             /* threads in the MTA; under com_lock */

/* a class object registered with CoRegisterClassObject */
struct registered_class {
    struct registered_class *next;
    CLSID clsid;
    IUnknown *object;
    DWORD context, cookie;
    BOOL multithreaded;              /* the registering apartment: the MTA, */
    DWORD thread;                    /* or this thread's STA */
};
static struct registered_class *registered_classes;   /* under com_lock */
static DWORD next_cookie = 1;

/* an in-process server DLL, held until DllCanUnloadNow lets it go */
typedef HRESULT (WINAPI *can_unload_fn)(void);
struct server_dll {
    struct server_dll *next;
    HMODULE module;
    can_unload_fn can_unload;
    BOOL multithreaded;              /* ThreadingModel Both, Free or Neutral */
    DWORD unload_after;              /* tick count; 0 = not yet unloadable */
};
static struct server_dll *server_dlls;                /* under com_lock */

BOOL com_thread_ready(void)
{
    BOOL ready;
    if (apartment.inits) return TRUE;
    pthread_mutex_lock(&com_lock);
    ready = mta_threads > 0;
    pthread_mutex_unlock(&com_lock);
    return ready;
}

WINBASEAPI HRESULT WINAPI CoInitializeEx(LPVOID reserved, DWORD model)
{
    BOOL multithreaded = !(model & COINIT_APARTMENTTHREADED);

    (void)reserved;
    if (apartment.inits) {
        if (apartment.multithreaded != multithreaded) return RPC_E_CHANGED_MODE;
        apartment.inits++;
        return S_FALSE;
    }
    apartment.multithreaded = multithreaded;
    apartment.inits = 1;
    if (multithreaded) {
        pthread_mutex_lock(&com_lock);
        mta_threads++;
        pthread_mutex_unlock(&com_lock);
    }
    return S_OK;
}

WINBASEAPI HRESULT WINAPI CoInitialize(LPVOID reserved)
{
    return CoInitializeEx(reserved, COINIT_APARTMENTTHREADED);
}

/* an apartment that ends takes its registered class objects with it */
static void revoke_apartment_classes(BOOL multithreaded, DWORD thread)
{
    struct registered_class **p, *gone = NULL;

    pthread_mutex_lock(&com_lock);
    for (p = &registered_classes; *p;) {
        struct registered_class *reg = *p;
        if (reg->multithreaded == multithreaded && (multithreaded || reg->thread == thread)) {
            *p = reg->next;
            reg->next = gone;
            gone = reg;
            continue;
        }
        p = &reg->next;
    }
    pthread_mutex_unlock(&com_lock);
    while (gone) {               /* released outside the lock: Release may call back */
        struct registered_class *reg = gone;
        gone = reg->next;
        reg->object->vtbl->Release(reg->object);
        free(reg);
    }
}

WINBASEAPI void WINAPI CoUninitialize(void)
{
    BOOL mta_ended = FALSE;

    if (!apartment.inits || --apartment.inits) return;
    if (apartment.multithreaded) {
        pthread_mutex_lock(&com_lock);
        mta_ended = !--mta_threads;
        pthread_mutex_unlock(&com_lock);
        if (mta_ended) revoke_apartment_classes(TRUE, 0);
    } else {
        revoke_apartment_classes(FALSE, GetCurrentThreadId());
    }
}

/* OleInitialize is CoInitialize (single-threaded) plus OLE's own count */
WINBASEAPI HRESULT WINAPI OleInitialize(LPVOID reserved)
{
    HRESULT hr = CoInitializeEx(reserved, COINIT_APARTMENTTHREADED);
    if (FAILED(hr)) return hr;
    apartment.ole_inits++;
    return hr;
}

WINBASEAPI void WINAPI OleUninitialize(void)
{
    if (!apartment.ole_inits) return;
    apartment.ole_inits--;
    CoUninitialize();
}

WINBASEAPI HRESULT WINAPI CoGetCurrentProcess(void)
{
    return (HRESULT)GetCurrentThreadId();
}

WINBASEAPI HRESULT WINAPI CoRegisterClassObject(const CLSID *clsid, IUnknown *object, DWORD context,
                                                DWORD flags, LPDWORD cookie)
{
    struct registered_class *reg;

    (void)flags;
    if (!cookie || !object) return E_INVALIDARG;
    *cookie = 0;
    if (!com_thread_ready()) return CO_E_NOTINITIALIZED;
    if (!(reg = calloc(1, sizeof(*reg)))) return E_OUTOFMEMORY;
    reg->clsid = *clsid;
    reg->object = object;
    reg->context = context;
    reg->multithreaded = !apartment.inits || apartment.multithreaded;
    reg->thread = GetCurrentThreadId();
    object->vtbl->AddRef(object);
    pthread_mutex_lock(&com_lock);
    reg->cookie = next_cookie++;
    reg->next = registered_classes;
    registered_classes = reg;
    pthread_mutex_unlock(&com_lock);
    *cookie = reg->cookie;
    return S_OK;
}

WINBASEAPI HRESULT WINAPI CoRevokeClassObject(DWORD cookie)
{
    struct registered_class **p, *reg = NULL;

    pthread_mutex_lock(&com_lock);
    for (p = &registered_classes; *p; p = &(*p)->next) {
        if ((*p)->cookie == cookie) {
            reg = *p;
            *p = reg->next;
            break;
        }
    }
    pthread_mutex_unlock(&com_lock);
    if (!reg) return E_INVALIDARG;
    reg->object->vtbl->Release(reg->object);
    free(reg);
    return S_OK;
}

/* a registered class object for CLSID in CONTEXT, referenced; or NULL */
static IUnknown *find_registered(const CLSID *clsid, DWORD context)
{
    IUnknown *object = NULL;

    pthread_mutex_lock(&com_lock);
    for (struct registered_class *reg = registered_classes; reg; reg = reg->next) {
        if ((reg->context & context) && !memcmp(&reg->clsid, clsid, sizeof(*clsid))) {
            object = reg->object;
            object->vtbl->AddRef(object);
            break;
        }
    }
    pthread_mutex_unlock(&com_lock);
    return object;
}

/* remember MODULE as a loaded server (one reference per module) */
static void keep_server(HMODULE module, BOOL multithreaded)
{
    struct server_dll *dll;

    pthread_mutex_lock(&com_lock);
    for (dll = server_dlls; dll; dll = dll->next) if (dll->module == module) break;
    if (dll) {
        dll->unload_after = 0;
        pthread_mutex_unlock(&com_lock);
        FreeLibrary(module);          /* the list already holds it */
        return;
    }
    if ((dll = calloc(1, sizeof(*dll)))) {
        dll->module = module;
        dll->multithreaded = multithreaded;
        dll->can_unload = (can_unload_fn)(void (*)(void))GetProcAddress(module, "DllCanUnloadNow");
        dll->next = server_dlls;
        server_dlls = dll;
    }
    pthread_mutex_unlock(&com_lock);
}

/* HKCR\CLSID\{...}\SUBKEY's default value, environment expanded, and
 * whether its ThreadingModel lets other apartments' threads in */
static LSTATUS read_class_key(const CLSID *clsid, const char *subkey, WCHAR *out, DWORD out_len,
                              BOOL *multithreaded)
{
    WCHAR model[16];
    DWORD model_size = sizeof(model) - sizeof(WCHAR);
    WCHAR path[100], value[MAX_PATH];
    DWORD size = sizeof(value) - sizeof(WCHAR), type, n = 0;
    HKEY key;
    LSTATUS err;

    for (const char *s = "CLSID\\"; *s; s++) path[n++] = *s;
    StringFromGUID2(clsid, path + n, 39);
    n += 38;
    if (subkey) {
        path[n++] = '\\';
        while (*subkey) path[n++] = *subkey++;
    }
    path[n] = 0;
    if ((err = RegOpenKeyExW(HKEY_CLASSES_ROOT, path, 0, KEY_READ, &key))) return err;
    if (!out) {
        RegCloseKey(key);
        return 0;
    }
    err = RegQueryValueExW(key, NULL, NULL, &type, (BYTE *)value, &size);
    if (multithreaded) {
        static const WCHAR threading_model[] = { 'T','h','r','e','a','d','i','n','g','M','o','d','e','l',0 };
        static const WCHAR apartment_model[] = { 'A','p','a','r','t','m','e','n','t',0 };
        *multithreaded = FALSE;
        if (!RegQueryValueExW(key, threading_model, NULL, &type, (BYTE *)model, &model_size) && type == REG_SZ) {
            model[model_size / sizeof(WCHAR)] = 0;
            *multithreaded = model[0] && wcs_icmp(model, apartment_model);
        }
    }
    RegCloseKey(key);
    if (err) return err;
    if (type != REG_SZ && type != REG_EXPAND_SZ) return 2;
    value[size / sizeof(WCHAR)] = 0;
    if (!value[0]) return 2;
    if (type == REG_EXPAND_SZ) {
        if (!ExpandEnvironmentStringsW(value, out, out_len)) return 2;
    } else {
        DWORD i;
        for (i = 0; i + 1 < out_len && value[i]; i++) out[i] = value[i];
        out[i] = 0;
    }
    return 0;
}

typedef HRESULT (WINAPI *get_class_object_fn)(const CLSID *, const IID *, void **);

static HRESULT get_inproc_object(const CLSID *clsid, const char *subkey, const IID *iid, void **obj)
{
    WCHAR path[MAX_PATH];
    get_class_object_fn get_class_object;
    HMODULE module;
    BOOL multithreaded;
    HRESULT hr;

    if (read_class_key(clsid, subkey, path, MAX_PATH, &multithreaded)) return REGDB_E_CLASSNOTREG;
    if (!(module = LoadLibraryW(path))) return CO_E_DLLNOTFOUND;
    if (!(get_class_object = (get_class_object_fn)(void (*)(void))GetProcAddress(module, "DllGetClassObject"))) {
        FreeLibrary(module);
        return CO_E_ERRORINDLL;
    }
    hr = get_class_object(clsid, iid, obj);
    keep_server(module, multithreaded);
    return hr;
}

WINBASEAPI HRESULT WINAPI CoGetClassObject(const CLSID *clsid, DWORD context, void *server_info,
                                           const IID *iid, void **obj)
{
    IUnknown *registered;
    HRESULT hr = REGDB_E_CLASSNOTREG;

    (void)server_info;
    if (!obj || !clsid || !iid) return E_INVALIDARG;
    *obj = NULL;
    if (!com_thread_ready()) return CO_E_NOTINITIALIZED;
    if ((registered = find_registered(clsid, context))) {
        hr = registered->vtbl->QueryInterface(registered, iid, obj);
        registered->vtbl->Release(registered);
        return hr;
    }
    if (context & CLSCTX_INPROC_SERVER) {
        hr = get_inproc_object(clsid, "InprocServer32", iid, obj);
        if (hr != REGDB_E_CLASSNOTREG) return hr;
    }
    if (context & CLSCTX_INPROC_HANDLER) {
        hr = get_inproc_object(clsid, "InprocHandler32", iid, obj);
        if (hr != REGDB_E_CLASSNOTREG) return hr;
    }
    if ((context & CLSCTX_LOCAL_SERVER) && !read_class_key(clsid, "LocalServer32", NULL, 0, NULL)) {
        FIXME("out-of-process COM servers are not supported\n");
        return CO_E_SERVER_EXEC_FAILURE;
    }
    return hr;
}

WINBASEAPI HRESULT WINAPI CoCreateInstance(const CLSID *clsid, IUnknown *outer, DWORD context,
                                           const IID *iid, void **obj)
{
    IClassFactory *factory;
    HRESULT hr;

    if (!obj) return E_POINTER;
    *obj = NULL;
    if (!iid) return E_INVALIDARG;
    if ((hr = CoGetClassObject(clsid, context, NULL, &IID_IClassFactory, (void **)&factory))) return hr;
    hr = factory->vtbl->CreateInstance(factory, outer, iid, obj);
    factory->vtbl->Release(factory);
    return hr;
}

WINBASEAPI HRESULT WINAPI CoCreateInstanceEx(const CLSID *clsid, IUnknown *outer, DWORD context,
                                             void *server_info, ULONG count, MULTI_QI *results)
{
    IUnknown *unknown;
    ULONG got = 0;
    HRESULT hr;

    (void)server_info;
    if (!count || !results) return E_INVALIDARG;
    for (ULONG i = 0; i < count; i++) {
        results[i].pItf = NULL;
        results[i].hr = E_NOINTERFACE;
    }
    if ((hr = CoCreateInstance(clsid, outer, context, &IID_IUnknown, (void **)&unknown))) return hr;
    for (ULONG i = 0; i < count; i++) {
        results[i].hr = unknown->vtbl->QueryInterface(unknown, results[i].pIID, (void **)&results[i].pItf);
        if (!results[i].hr) got++;
    }
    unknown->vtbl->Release(unknown);
    return got == count ? S_OK : got ? CO_S_NOTALLINTERFACES : E_NOINTERFACE;
}

/* Servers whose DllCanUnloadNow says S_OK are freed: at once with
 * DELAY 0, otherwise after DELAY milliseconds of staying unused.
 * INFINITE is Windows' default: ten minutes for servers whose objects
 * other threads may use (their threads may still be finishing), none for
 * apartment-threaded ones. */
WINBASEAPI void WINAPI CoFreeUnusedLibrariesEx(DWORD requested, DWORD reserved)
{
    struct server_dll **p, *free_list = NULL;
    DWORD now = GetTickCount();

    (void)reserved;
    pthread_mutex_lock(&com_lock);
    for (p = &server_dlls; *p;) {
        struct server_dll *dll = *p;
        DWORD delay = requested == INFINITE ? (dll->multithreaded ? 10 * 60 * 1000 : 0) : requested;
        if (!dll->can_unload || dll->can_unload() != S_OK) {
            dll->unload_after = 0;
        } else if (delay && !dll->unload_after) {
            dll->unload_after = (now + delay) | 1;
        } else if (!delay || (LONG)(now - dll->unload_after) >= 0) {
            *p = dll->next;
            dll->next = free_list;
            free_list = dll;
            continue;
        }
        p = &dll->next;
    }
    pthread_mutex_unlock(&com_lock);
    while (free_list) {
        struct server_dll *dll = free_list;
        free_list = dll->next;
        FreeLibrary(dll->module);
        free(dll);
    }
}

WINBASEAPI void WINAPI CoFreeUnusedLibraries(void)
{
    CoFreeUnusedLibrariesEx(INFINITE, 0);
}

