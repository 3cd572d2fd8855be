/*
 * The service control API without a service control manager: winrun runs
 * one program at a time and installs no services, so the answers are
 * those of a Windows machine with none of the program's services, asked
 * by a user who may not install any:
 *  - OpenSCManager gives a real handle (any access is granted: nothing
 *    behind it can be changed), OpenService on it finds no service
 *    (ERROR_SERVICE_DOES_NOT_EXIST) and enumerations list nothing;
 *  - CreateService fails with ERROR_ACCESS_DENIED, what a non-elevated
 *    program gets on Windows, rather than pretending to install;
 *  - every call on a service handle fails with ERROR_INVALID_HANDLE, as
 *    no such handle can exist;
 *  - a service program started directly (not by the SCM) gets what it
 *    gets on Windows when run from a console: StartServiceCtrlDispatcher
 *    fails with ERROR_FAILED_SERVICE_CONTROLLER_CONNECT, and registering
 *    a control handler outside a dispatcher finds no service.
 */
#include <pthread.h>
#include <stdlib.h>
#include "advapi32_private.h"

#define ERROR_INVALID_LEVEL                      124
#define ERROR_SERVICE_DOES_NOT_EXIST             1060
#define ERROR_FAILED_SERVICE_CONTROLLER_CONNECT  1063
#define SC_ENUM_PROCESS_INFO                     0

typedef void *SC_HANDLE, *SERVICE_STATUS_HANDLE;

/* an OpenSCManager handle; the list lets a stale or made-up handle be
 * refused instead of dereferenced */
struct scm_handle {
    struct scm_handle *next;
    DWORD access;
};
static struct scm_handle *scm_handles;                /* under scm_lock */
static pthread_mutex_t scm_lock = PTHREAD_MUTEX_INITIALIZER;

static BOOL is_scm_handle(SC_HANDLE handle)
{
    BOOL found = FALSE;

    if (!handle) return FALSE;
    pthread_mutex_lock(&scm_lock);
    for (struct scm_handle *h = scm_handles; h; h = h->next) {
        if (h == handle) {
            found = TRUE;
            break;
        }
    }
    pthread_mutex_unlock(&scm_lock);
    return found;
}

/* the database must be the active one ("ServicesActive", any case) */
static BOOL is_active_database(const WCHAR *name)
{
    static const char active[] = "servicesactive";

    if (!name) return TRUE;
    for (int i = 0; ; i++) {
        WCHAR c = name[i];
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        if (c != (WCHAR)active[i]) return FALSE;
        if (!c) return TRUE;
    }
}

WINBASEAPI SC_HANDLE WINAPI OpenSCManagerW(LPCWSTR machine, LPCWSTR database, DWORD access)
{
    struct scm_handle *h;

    (void)machine;
    if (!is_active_database(database)) {
        SetLastError(ERROR_INVALID_NAME);
        return NULL;
    }
    if (!(h = calloc(1, sizeof(*h)))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    h->access = access;
    pthread_mutex_lock(&scm_lock);
    h->next = scm_handles;
    scm_handles = h;
    pthread_mutex_unlock(&scm_lock);
    return h;
}

WINBASEAPI SC_HANDLE WINAPI OpenSCManagerA(LPCSTR machine, LPCSTR database, DWORD access)
{
    WCHAR db[32];
    int i;

    (void)machine;
    if (!database) return OpenSCManagerW(NULL, NULL, access);
    for (i = 0; database[i] && i < 31; i++) db[i] = (BYTE)database[i];
    if (database[i]) {                      /* too long to be "ServicesActive" */
        SetLastError(ERROR_INVALID_NAME);
        return NULL;
    }
    db[i] = 0;
    return OpenSCManagerW(NULL, db, access);
}

WINBASEAPI BOOL WINAPI CloseServiceHandle(SC_HANDLE handle)
{
    struct scm_handle **p, *found = NULL;

    pthread_mutex_lock(&scm_lock);
    for (p = &scm_handles; *p; p = &(*p)->next) {
        if (*p == handle) {
            found = *p;
            *p = found->next;
            break;
        }
    }
    pthread_mutex_unlock(&scm_lock);
    if (!found) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    free(found);
    return TRUE;
}

/* the manager handle is checked first, then the name, as on Windows */
static SC_HANDLE no_service(SC_HANDLE scm, const void *name)
{
    if (!is_scm_handle(scm)) SetLastError(ERROR_INVALID_HANDLE);
    else if (!name) SetLastError(ERROR_INVALID_ADDRESS);
    else SetLastError(ERROR_SERVICE_DOES_NOT_EXIST);
    return NULL;
}

WINBASEAPI SC_HANDLE WINAPI OpenServiceW(SC_HANDLE scm, LPCWSTR name, DWORD access)
{
    (void)access;
    return no_service(scm, name);
}

WINBASEAPI SC_HANDLE WINAPI OpenServiceA(SC_HANDLE scm, LPCSTR name, DWORD access)
{
    (void)access;
    return no_service(scm, name);
}

static SC_HANDLE create_service(SC_HANDLE scm, const void *name)
{
    if (!is_scm_handle(scm)) SetLastError(ERROR_INVALID_HANDLE);
    else if (!name) SetLastError(ERROR_INVALID_ADDRESS);
    else SetLastError(ERROR_ACCESS_DENIED);
    return NULL;
}

WINBASEAPI SC_HANDLE WINAPI CreateServiceW(SC_HANDLE scm, LPCWSTR name, LPCWSTR display, DWORD access,
                                           DWORD type, DWORD start, DWORD error, LPCWSTR path,
                                           LPCWSTR group, LPDWORD tag, LPCWSTR deps, LPCWSTR user,
                                           LPCWSTR password)
{
    (void)display; (void)access; (void)type; (void)start; (void)error; (void)path;
    (void)group; (void)tag; (void)deps; (void)user; (void)password;
    return create_service(scm, name);
}

WINBASEAPI SC_HANDLE WINAPI CreateServiceA(SC_HANDLE scm, LPCSTR name, LPCSTR display, DWORD access,
                                           DWORD type, DWORD start, DWORD error, LPCSTR path,
                                           LPCSTR group, LPDWORD tag, LPCSTR deps, LPCSTR user,
                                           LPCSTR password)
{
    (void)display; (void)access; (void)type; (void)start; (void)error; (void)path;
    (void)group; (void)tag; (void)deps; (void)user; (void)password;
    return create_service(scm, name);
}

/* every operation on a service handle: none can exist */
static BOOL bad_service_handle(void)
{
    SetLastError(ERROR_INVALID_HANDLE);
    return FALSE;
}

WINBASEAPI BOOL WINAPI DeleteService(SC_HANDLE service)
{
    (void)service;
    return bad_service_handle();
}

WINBASEAPI BOOL WINAPI StartServiceW(SC_HANDLE service, DWORD argc, LPCWSTR *argv)
{
    (void)service; (void)argc; (void)argv;
    return bad_service_handle();
}

WINBASEAPI BOOL WINAPI StartServiceA(SC_HANDLE service, DWORD argc, LPCSTR *argv)
{
    (void)service; (void)argc; (void)argv;
    return bad_service_handle();
}

WINBASEAPI BOOL WINAPI ControlService(SC_HANDLE service, DWORD control, void *status)
{
    (void)service; (void)control; (void)status;
    return bad_service_handle();
}

WINBASEAPI BOOL WINAPI QueryServiceStatus(SC_HANDLE service, void *status)
{
    (void)service; (void)status;
    return bad_service_handle();
}

WINBASEAPI BOOL WINAPI QueryServiceStatusEx(SC_HANDLE service, DWORD level, BYTE *buffer, DWORD size,
                                            LPDWORD needed)
{
    (void)service; (void)level; (void)buffer; (void)size; (void)needed;
    return bad_service_handle();
}

WINBASEAPI BOOL WINAPI QueryServiceConfigW(SC_HANDLE service, void *config, DWORD size, LPDWORD needed)
{
    (void)service; (void)config; (void)size; (void)needed;
    return bad_service_handle();
}

WINBASEAPI BOOL WINAPI QueryServiceConfigA(SC_HANDLE service, void *config, DWORD size, LPDWORD needed)
{
    (void)service; (void)config; (void)size; (void)needed;
    return bad_service_handle();
}

WINBASEAPI BOOL WINAPI ChangeServiceConfig2W(SC_HANDLE service, DWORD level, void *info)
{
    (void)service; (void)level; (void)info;
    return bad_service_handle();
}

WINBASEAPI BOOL WINAPI ChangeServiceConfig2A(SC_HANDLE service, DWORD level, void *info)
{
    (void)service; (void)level; (void)info;
    return bad_service_handle();
}

WINBASEAPI BOOL WINAPI EnumDependentServicesW(SC_HANDLE service, DWORD state, void *buffer, DWORD size,
                                              LPDWORD needed, LPDWORD returned)
{
    (void)service; (void)state; (void)buffer; (void)size; (void)needed; (void)returned;
    return bad_service_handle();
}

WINBASEAPI BOOL WINAPI EnumDependentServicesA(SC_HANDLE service, DWORD state, void *buffer, DWORD size,
                                              LPDWORD needed, LPDWORD returned)
{
    return EnumDependentServicesW(service, state, buffer, size, needed, returned);
}

/* an empty list: success, nothing needed, nothing returned; but a named
 * group, which no service can be in, fails as an unknown name */
static BOOL enum_nothing(SC_HANDLE scm, LPDWORD needed, LPDWORD returned, LPDWORD resume, BOOL named_group)
{
    if (!is_scm_handle(scm)) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    if (!needed || !returned) {
        SetLastError(ERROR_INVALID_ADDRESS);
        return FALSE;
    }
    *needed = 0;
    *returned = 0;
    if (resume) *resume = 0;
    if (named_group) {
        SetLastError(ERROR_SERVICE_DOES_NOT_EXIST);
        return FALSE;
    }
    return TRUE;
}

WINBASEAPI BOOL WINAPI EnumServicesStatusW(SC_HANDLE scm, DWORD type, DWORD state, void *buffer, DWORD size,
                                           LPDWORD needed, LPDWORD returned, LPDWORD resume)
{
    (void)type; (void)state; (void)buffer; (void)size;
    return enum_nothing(scm, needed, returned, resume, FALSE);
}

WINBASEAPI BOOL WINAPI EnumServicesStatusA(SC_HANDLE scm, DWORD type, DWORD state, void *buffer, DWORD size,
                                           LPDWORD needed, LPDWORD returned, LPDWORD resume)
{
    (void)type; (void)state; (void)buffer; (void)size;
    return enum_nothing(scm, needed, returned, resume, FALSE);
}

WINBASEAPI BOOL WINAPI EnumServicesStatusExW(SC_HANDLE scm, DWORD level, DWORD type, DWORD state, BYTE *buffer,
                                             DWORD size, LPDWORD needed, LPDWORD returned, LPDWORD resume,
                                             LPCWSTR group)
{
    (void)type; (void)state; (void)buffer; (void)size;
    if (level != SC_ENUM_PROCESS_INFO) {
        SetLastError(ERROR_INVALID_LEVEL);
        return FALSE;
    }
    return enum_nothing(scm, needed, returned, resume, group && *group);
}

WINBASEAPI BOOL WINAPI EnumServicesStatusExA(SC_HANDLE scm, DWORD level, DWORD type, DWORD state, BYTE *buffer,
                                             DWORD size, LPDWORD needed, LPDWORD returned, LPDWORD resume,
                                             LPCSTR group)
{
    (void)type; (void)state; (void)buffer; (void)size;
    if (level != SC_ENUM_PROCESS_INFO) {
        SetLastError(ERROR_INVALID_LEVEL);
        return FALSE;
    }
    return enum_nothing(scm, needed, returned, resume, group && *group);
}

WINBASEAPI BOOL WINAPI GetServiceDisplayNameW(SC_HANDLE scm, LPCWSTR name, LPWSTR display, LPDWORD size)
{
    (void)display; (void)size;
    return no_service(scm, name) != NULL;
}

WINBASEAPI BOOL WINAPI GetServiceDisplayNameA(SC_HANDLE scm, LPCSTR name, LPSTR display, LPDWORD size)
{
    (void)display; (void)size;
    return no_service(scm, name) != NULL;
}

WINBASEAPI BOOL WINAPI GetServiceKeyNameW(SC_HANDLE scm, LPCWSTR display, LPWSTR name, LPDWORD size)
{
    (void)name; (void)size;
    return no_service(scm, display) != NULL;
}

WINBASEAPI BOOL WINAPI GetServiceKeyNameA(SC_HANDLE scm, LPCSTR display, LPSTR name, LPDWORD size)
{
    (void)name; (void)size;
    return no_service(scm, display) != NULL;
}

/* ---- the service side ---- */

WINBASEAPI BOOL WINAPI StartServiceCtrlDispatcherW(const void *table)
{
    (void)table;
    SetLastError(ERROR_FAILED_SERVICE_CONTROLLER_CONNECT);
    return FALSE;
}

WINBASEAPI BOOL WINAPI StartServiceCtrlDispatcherA(const void *table)
{
    (void)table;
    SetLastError(ERROR_FAILED_SERVICE_CONTROLLER_CONNECT);
    return FALSE;
}

/* only a dispatcher's services may register a handler, and none runs */
static SERVICE_STATUS_HANDLE no_dispatched_service(void)
{
    SetLastError(ERROR_SERVICE_DOES_NOT_EXIST);
    return NULL;
}

WINBASEAPI SERVICE_STATUS_HANDLE WINAPI RegisterServiceCtrlHandlerW(LPCWSTR name, void *handler)
{
    (void)name; (void)handler;
    return no_dispatched_service();
}

WINBASEAPI SERVICE_STATUS_HANDLE WINAPI RegisterServiceCtrlHandlerA(LPCSTR name, void *handler)
{
    (void)name; (void)handler;
    return no_dispatched_service();
}

WINBASEAPI SERVICE_STATUS_HANDLE WINAPI RegisterServiceCtrlHandlerExW(LPCWSTR name, void *handler, void *context)
{
    (void)name; (void)handler; (void)context;
    return no_dispatched_service();
}

WINBASEAPI SERVICE_STATUS_HANDLE WINAPI RegisterServiceCtrlHandlerExA(LPCSTR name, void *handler, void *context)
{
    (void)name; (void)handler; (void)context;
    return no_dispatched_service();
}

WINBASEAPI BOOL WINAPI SetServiceStatus(SERVICE_STATUS_HANDLE handle, void *status)
{
    (void)handle; (void)status;
    SetLastError(ERROR_INVALID_HANDLE);
    return FALSE;
}
