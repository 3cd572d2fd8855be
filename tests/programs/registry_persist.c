/* The registry between processes: values of every type written by this
 * process are read back by a child (a fresh process, so nothing comes from
 * a cache), in the order they were made; a child's change wakes a
 * notification registered here; a key the child creates shows up here; a
 * 1 MiB value (far more than one message to winrun-server) goes each way.
 *
 *   registry_persist.exe              the parent (the checks)
 *   registry_persist.exe child read PID   exits with the number of mismatches
 *   registry_persist.exe child write PID  sets a value, creates a subkey
 * (in the key of parent PID: two runs on one prefix keep apart)
 *   registry_persist.exe set NAME DATA   for tests/registry/run.sh: a REG_SZ
 *   registry_persist.exe get NAME        prints NAME=DATA (exit 1: none)
 *   registry_persist.exe setdef|getdef ...  the same in HKEY_USERS\.DEFAULT
 *   registry_persist.exe stream COUNT TAG  sets S0..S<COUNT-1> to "TAG N",
 *                                        printing N once its write returned
 */
#include "test.h"

static WCHAR KEY[64];

static const BYTE bin[] = { 0, 1, 2, 254, 255 };
static const WCHAR multi[] = L"first\0second\0";
static const DWORD dw = 0xdeadbeef;
static const ULONGLONG qw = 0x0102030405060708ull;

static const struct { const WCHAR *name; DWORD type; const void *data; DWORD size; } values[] = {
    { L"Sz", REG_SZ, L"text \x00e9\x20ac", 16 },
    { L"Expand", REG_EXPAND_SZ, L"%TEMP%\\x", 18 },
    { L"Binary", REG_BINARY, bin, sizeof(bin) },
    { L"Dword", REG_DWORD, &dw, 4 },
    { L"Qword", REG_QWORD, &qw, 8 },
    { L"Multi", REG_MULTI_SZ, multi, sizeof(multi) },
    { L"None", REG_NONE, NULL, 0 },
    { L"", REG_SZ, L"default", 16 },
};
#define NVALUES (sizeof(values) / sizeof(values[0]))

/* 1 MiB values, far beyond one message to winrun-server */
#define BIG_SIZE (1024 * 1024)

static BYTE *big_pattern(DWORD seed)
{
    BYTE *p = malloc(BIG_SIZE);
    for (DWORD i = 0; i < BIG_SIZE; i++) p[i] = (BYTE)((i * 2654435761u + seed) >> 13);
    return p;
}

/* Whether KEY's value NAME is the BIG_SIZE pattern of SEED, read by query
 * and by enumeration. */
static int big_matches(HKEY key, const WCHAR *name, DWORD seed)
{
    BYTE *want = big_pattern(seed), *got = malloc(BIG_SIZE + 16);
    WCHAR ename[64];
    DWORD type = 0, size = BIG_SIZE + 16, len, i, found = 0;
    int good = 1;

    if (RegQueryValueExW(key, name, NULL, &type, got, &size) || type != REG_BINARY || size != BIG_SIZE ||
        memcmp(got, want, BIG_SIZE))
        good = 0;
    size = 10;
    if (RegQueryValueExW(key, name, NULL, &type, got, &size) != ERROR_MORE_DATA || size != BIG_SIZE) good = 0;
    for (i = 0; good && !found; i++) {
        len = 64;
        size = BIG_SIZE + 16;
        memset(got, 0, BIG_SIZE);
        if (RegEnumValueW(key, i, ename, &len, NULL, &type, got, &size)) break;
        if (lstrcmpW(ename, name)) continue;
        found = 1;
        if (type != REG_BINARY || size != BIG_SIZE || memcmp(got, want, BIG_SIZE)) good = 0;
    }
    free(want);
    free(got);
    return good && found;
}

static int child_read(void)
{
    int bad = 0, is_wine = GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
    BYTE data[64];
    WCHAR name[64];
    DWORD type, size, len, i;
    HKEY key;

    if (RegOpenKeyExW(HKEY_CURRENT_USER, KEY, 0, KEY_READ, &key)) return 100;
    for (i = 0; i < NVALUES; i++) {
        size = sizeof(data);
        if (RegQueryValueExW(key, values[i].name, NULL, &type, data, &size) || type != values[i].type ||
            size != values[i].size || memcmp(data, values[i].data, size)) {
            printf("child: value %s differs\n", dbgstr_w(values[i].name));
            bad++;
        }
    }
    /* Windows enumerates values in the order they were made; Wine sorts them */
    for (i = 0; !is_wine && i < NVALUES; i++) {
        len = 64;
        if (RegEnumValueW(key, i, name, &len, NULL, NULL, NULL, NULL) || lstrcmpW(name, values[i].name)) {
            printf("child: value %lu is %s\n", i, dbgstr_w(name));
            bad++;
        }
    }
    if (!big_matches(key, L"Big", 1)) {
        printf("child: the 1 MiB value differs\n");
        bad++;
    }
    RegCloseKey(key);
    return bad;
}

static int child_write(void)
{
    DWORD v = 7;
    HKEY key, sub;
    BYTE *big;

    if (RegOpenKeyExW(HKEY_CURRENT_USER, KEY, 0, KEY_ALL_ACCESS, &key)) return 100;
    Sleep(200);   /* the parent is waiting by now */
    if (RegSetValueExW(key, L"FromChild", 0, REG_DWORD, (const BYTE *)&v, 4)) return 101;
    if (RegCreateKeyExW(key, L"ChildKey", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &sub, NULL)) return 102;
    big = big_pattern(2);
    if (RegSetValueExW(sub, L"BigFromChild", 0, REG_BINARY, big, BIG_SIZE)) return 103;
    free(big);
    RegCloseKey(sub);
    RegCloseKey(key);
    return 0;
}

static DWORD run_child(const char *mode)
{
    char path[MAX_PATH], cmdline[MAX_PATH + 64];
    STARTUPINFOA si = { sizeof(si) };
    PROCESS_INFORMATION pi;
    DWORD code = 999;

    GetModuleFileNameA(NULL, path, sizeof(path));
    sprintf(cmdline, "\"%s\" child %s %lu", path, mode, GetCurrentProcessId());
    if (!CreateProcessA(NULL, cmdline, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi)) return 998;
    if (WaitForSingleObject(pi.hProcess, 20000) == WAIT_OBJECT_0) GetExitCodeProcess(pi.hProcess, &code);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    return code;
}

int main(int argc, char **argv)
{
    HANDLE event;
    HKEY key, sub;
    DWORD i, v, size, code;
    BYTE *big;
    LONG r;

    if (argc == 4 && !strcmp(argv[1], "set"))
        return RegSetKeyValueA(HKEY_CURRENT_USER, "Software\\winrun-test-persist", argv[2], REG_SZ, argv[3],
                               strlen(argv[3]) + 1) != ERROR_SUCCESS;
    if (argc == 3 && !strcmp(argv[1], "get")) {
        char data[256];
        size = sizeof(data);
        if (RegGetValueA(HKEY_CURRENT_USER, "Software\\winrun-test-persist", argv[2], RRF_RT_REG_SZ, NULL, data,
                         &size))
            return 1;
        printf("%s=%s\n", argv[2], data);
        return 0;
    }
    if (argc == 4 && !strcmp(argv[1], "setdef"))
        return RegSetKeyValueA(HKEY_USERS, ".DEFAULT\\Software\\winrun-test-persist", argv[2], REG_SZ, argv[3],
                               strlen(argv[3]) + 1) != ERROR_SUCCESS;
    if (argc == 3 && !strcmp(argv[1], "getdef")) {
        char data[256];
        size = sizeof(data);
        if (RegGetValueA(HKEY_USERS, ".DEFAULT\\Software\\winrun-test-persist", argv[2], RRF_RT_REG_SZ, NULL, data,
                         &size))
            return 1;
        printf("%s=%s\n", argv[2], data);
        return 0;
    }
    if (argc == 4 && !strcmp(argv[1], "stream")) {
        int count = atoi(argv[2]);
        for (int n = 0; n < count; n++) {
            char name[16], data[64];
            sprintf(name, "S%d", n);
            snprintf(data, sizeof(data), "%s %d", argv[3], n);
            if (RegSetKeyValueA(HKEY_CURRENT_USER, "Software\\winrun-test-stream", name, REG_SZ, data,
                                strlen(data) + 1))
                return 1;
            printf("%d\n", n);
            fflush(stdout);
            Sleep(5);
        }
        return 0;
    }
    if (argc == 4 && !strcmp(argv[1], "child")) {
        swprintf(KEY, 64, L"Software\\winrun-test-persist-%S", argv[3]);
        if (!strcmp(argv[2], "read")) return child_read();
        if (!strcmp(argv[2], "write")) return child_write();
        return 99;
    }
    swprintf(KEY, 64, L"Software\\winrun-test-persist-%lu", GetCurrentProcessId());
    r = RegCreateKeyExW(HKEY_CURRENT_USER, KEY, 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL);
    ok(r == ERROR_SUCCESS, "create the key: %ld", r);
    if (r) return test_done();
    for (i = 0; i < NVALUES; i++) {
        r = RegSetValueExW(key, values[i].name, 0, values[i].type, values[i].data, values[i].size);
        ok(r == ERROR_SUCCESS, "set %s: %ld", dbgstr_w(values[i].name), r);
    }
    big = big_pattern(1);
    r = RegSetValueExW(key, L"Big", 0, REG_BINARY, big, BIG_SIZE);
    ok(r == ERROR_SUCCESS, "set a 1 MiB REG_BINARY: %ld", r);
    free(big);
    ok(big_matches(key, L"Big", 1), "the 1 MiB value reads back here");
    code = run_child("read");
    ok(code == 0, "a child reads every value back, in order: exit %lu", code);

    event = CreateEventW(NULL, FALSE, FALSE, NULL);
    r = RegNotifyChangeKeyValue(key, TRUE, REG_NOTIFY_CHANGE_LAST_SET | REG_NOTIFY_CHANGE_NAME, event, TRUE);
    ok(r == ERROR_SUCCESS, "watch the key: %ld", r);
    code = run_child("write");
    ok(code == 0, "a child writes: exit %lu", code);
    ok(WaitForSingleObject(event, 5000) == WAIT_OBJECT_0, "the child's change signals our event");
    size = sizeof(v);
    r = RegGetValueW(key, NULL, L"FromChild", RRF_RT_REG_DWORD, NULL, &v, &size);
    ok(r == ERROR_SUCCESS && v == 7, "the child's value: %ld %lu", r, v);
    r = RegOpenKeyExW(key, L"ChildKey", 0, KEY_READ, &sub);
    ok(r == ERROR_SUCCESS, "the child's key: %ld", r);
    if (!r) {
        ok(big_matches(sub, L"BigFromChild", 2), "the child's 1 MiB value reads back here");
        RegCloseKey(sub);
    }
    CloseHandle(event);
    RegCloseKey(key);
    r = RegDeleteTreeW(HKEY_CURRENT_USER, KEY);
    ok(r == ERROR_SUCCESS, "cleanup: %ld", r);
    return test_done();
}
