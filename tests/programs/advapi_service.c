/* advapi_service: the service control API where winrun has no service
 * control manager. Only answers that a machine with no such service gives
 * are checked (Wine has a service manager, so installing, starting and
 * listing real services are not compared): the manager handle itself,
 * unknown services, made-up service handles, and a service program run
 * directly instead of by the manager. */
#include "test.h"
#include <winsvc.h>

static VOID WINAPI service_main(DWORD argc, LPWSTR *argv)
{
}

static DWORD WINAPI handler_ex(DWORD control, DWORD type, void *data, void *context)
{
    return NO_ERROR;
}

int main(void)
{
    SERVICE_TABLE_ENTRYW table[] = { { (WCHAR *)L"winrun_test_service", service_main }, { NULL, NULL } };
    SERVICE_STATUS status;
    SERVICE_STATUS_HANDLE status_handle;
    SC_HANDLE scm, service;
    DWORD needed, returned, resume, size;
    WCHAR name[64];
    BOOL ret;

    SetLastError(0xdeadbeef);
    scm = OpenSCManagerW(NULL, L"no_such_database", SC_MANAGER_CONNECT);
    ok(!scm && GetLastError() == ERROR_INVALID_NAME, "OpenSCManager(bad database): %p %lu", scm, GetLastError());

    scm = OpenSCManagerW(NULL, NULL, SC_MANAGER_CONNECT | SC_MANAGER_ENUMERATE_SERVICE);
    ok(scm != NULL, "OpenSCManagerW: %lu", GetLastError());
    if (!scm) return test_done();
    service = OpenSCManagerA(NULL, "ServicesActive", SC_MANAGER_CONNECT);
    ok(service != NULL, "OpenSCManagerA(ServicesActive): %lu", GetLastError());
    ok(CloseServiceHandle(service), "CloseServiceHandle(second manager)");

    SetLastError(0xdeadbeef);
    service = OpenServiceW(scm, L"winrun_no_such_service", SERVICE_QUERY_STATUS);
    ok(!service && GetLastError() == ERROR_SERVICE_DOES_NOT_EXIST, "OpenServiceW(unknown): %p %lu", service,
       GetLastError());
    SetLastError(0xdeadbeef);
    service = OpenServiceA(scm, "winrun_no_such_service", SERVICE_QUERY_STATUS);
    ok(!service && GetLastError() == ERROR_SERVICE_DOES_NOT_EXIST, "OpenServiceA(unknown): %lu", GetLastError());
    SetLastError(0xdeadbeef);
    service = OpenServiceW(NULL, L"winrun_no_such_service", SERVICE_QUERY_STATUS);
    ok(!service && GetLastError() == ERROR_INVALID_HANDLE, "OpenServiceW(no manager): %lu", GetLastError());
    SetLastError(0xdeadbeef);
    service = OpenServiceW(scm, NULL, SERVICE_QUERY_STATUS);
    ok(!service && GetLastError() == ERROR_INVALID_ADDRESS, "OpenServiceW(NULL name): %lu", GetLastError());

    size = 64;
    SetLastError(0xdeadbeef);
    ret = GetServiceDisplayNameW(scm, L"winrun_no_such_service", name, &size);
    ok(!ret && GetLastError() == ERROR_SERVICE_DOES_NOT_EXIST, "GetServiceDisplayNameW(unknown): %lu",
       GetLastError());

    /* no service handle is valid */
    SetLastError(0xdeadbeef);
    ret = DeleteService(NULL);
    ok(!ret && GetLastError() == ERROR_INVALID_HANDLE, "DeleteService(NULL): %lu", GetLastError());
    SetLastError(0xdeadbeef);
    ret = StartServiceW(NULL, 0, NULL);
    ok(!ret && GetLastError() == ERROR_INVALID_HANDLE, "StartServiceW(NULL): %lu", GetLastError());
    SetLastError(0xdeadbeef);
    ret = ControlService(NULL, SERVICE_CONTROL_STOP, &status);
    ok(!ret && GetLastError() == ERROR_INVALID_HANDLE, "ControlService(NULL): %lu", GetLastError());
    SetLastError(0xdeadbeef);
    ret = QueryServiceStatus(NULL, &status);
    ok(!ret && GetLastError() == ERROR_INVALID_HANDLE, "QueryServiceStatus(NULL): %lu", GetLastError());

    /* a group nobody belongs to is an unknown name, with nothing listed */
    needed = returned = resume = 0xdeadbeef;
    SetLastError(0xdeadbeef);
    ret = EnumServicesStatusExW(scm, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL, NULL, 0,
                                &needed, &returned, &resume, L"winrun_no_such_group");
    ok(!ret && needed == 0 && returned == 0 && GetLastError() == ERROR_SERVICE_DOES_NOT_EXIST,
       "EnumServicesStatusExW(unknown group): %d %lu %lu err %lu", ret, needed, returned, GetLastError());
    SetLastError(0xdeadbeef);
    ret = EnumServicesStatusExW(NULL, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL, NULL, 0,
                                &needed, &returned, NULL, NULL);
    ok(!ret && GetLastError() == ERROR_INVALID_HANDLE, "EnumServicesStatusExW(no manager): %lu", GetLastError());
    SetLastError(0xdeadbeef);
    ret = EnumServicesStatusExW(scm, 1, SERVICE_WIN32, SERVICE_STATE_ALL, NULL, 0,
                                &needed, &returned, NULL, NULL);
    ok(!ret && GetLastError() == ERROR_INVALID_LEVEL, "EnumServicesStatusExW(level 1): %lu", GetLastError());

    ok(CloseServiceHandle(scm), "CloseServiceHandle");
    SetLastError(0xdeadbeef);
    ret = CloseServiceHandle(NULL);
    ok(!ret && GetLastError() == ERROR_INVALID_HANDLE, "CloseServiceHandle(NULL): %lu", GetLastError());

    /* a service program run from a console rather than by the manager */
    SetLastError(0xdeadbeef);
    ret = StartServiceCtrlDispatcherW(table);
    ok(!ret && GetLastError() == ERROR_FAILED_SERVICE_CONTROLLER_CONNECT, "StartServiceCtrlDispatcherW: %lu",
       GetLastError());
    SetLastError(0xdeadbeef);
    status_handle = RegisterServiceCtrlHandlerExW(L"winrun_test_service", handler_ex, NULL);
    ok(!status_handle && GetLastError() == ERROR_SERVICE_DOES_NOT_EXIST,
       "RegisterServiceCtrlHandlerExW outside a dispatcher: %p %lu", status_handle, GetLastError());
    return test_done();
}
