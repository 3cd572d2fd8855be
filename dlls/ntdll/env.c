/*
 * Process parameters: the Windows command line built from the Unix argv,
 * the environment block, the current directory; and the Rtl environment
 * functions. The block is guarded by the PEB lock, as on Windows.
 */
#define _GNU_SOURCE
#include "winrun/user.h"
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ntdll_private.h"
#include "winerror.h"

extern char **environ;

static pthread_mutex_t peb_lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;

NTSYSAPI void WINAPI RtlAcquirePebLock(void) { pthread_mutex_lock(&peb_lock); }
NTSYSAPI void WINAPI RtlReleasePebLock(void) { pthread_mutex_unlock(&peb_lock); }

/* A growable UTF-16 buffer for building strings. */
struct wbuf { WCHAR *data; size_t len, cap; int failed; };

static void wbuf_add(struct wbuf *b, const WCHAR *s, size_t n)
{
    if (b->failed) return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        WCHAR *d = realloc(b->data, cap * sizeof(WCHAR));
        if (!d) { b->failed = 1; return; }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n * sizeof(WCHAR));
    b->len += n;
    b->data[b->len] = 0;
}

static void wbuf_add_char(struct wbuf *b, WCHAR c) { wbuf_add(b, &c, 1); }

static void wbuf_add_utf8(struct wbuf *b, const char *s)
{
    WCHAR *w = utf8_to_utf16_dup(s);
    if (!w) { b->failed = 1; return; }
    wbuf_add(b, w, wcs_len(w));
    free(w);
}

/* Quotes one argument so that CommandLineToArgvW and the CRTs' argv parser
 * give it back unchanged: backslashes are literal unless they precede a
 * quote, in which case they are doubled and the quote escaped. */
static void append_quoted(struct wbuf *b, const WCHAR *arg, int force)
{
    size_t backslashes = 0;

    if (!force && *arg && !wcs_chr(arg, ' ') && !wcs_chr(arg, '\t') && !wcs_chr(arg, '"')) {
        wbuf_add(b, arg, wcs_len(arg));
        return;
    }
    wbuf_add_char(b, '"');
    for (const WCHAR *p = arg; *p; p++) {
        if (*p == '\\') { backslashes++; continue; }
        if (*p == '"') backslashes = backslashes * 2 + 1;
        while (backslashes) { wbuf_add_char(b, '\\'); backslashes--; }
        wbuf_add_char(b, *p);
    }
    for (backslashes *= 2; backslashes; backslashes--) wbuf_add_char(b, '\\');
    wbuf_add_char(b, '"');
}

static void set_string(UNICODE_STRING *str, WCHAR *buffer)
{
    size_t len = buffer ? wcs_len(buffer) : 0;
    str->Buffer = buffer;
    str->Length = (USHORT)(len * sizeof(WCHAR));
    str->MaximumLength = (USHORT)((len + 1) * sizeof(WCHAR));
}

/* Names that are Unix-specific or that Windows programs must see in Windows
 * form; the latter are supplied below. */
static int skip_unix_variable(const char *entry)
{
    static const char *const skipped[] = { "PATH=", "TEMP=", "TMP=", "PWD=", "OLDPWD=", "SHLVL=", "_=" };
    for (size_t i = 0; i < sizeof(skipped) / sizeof(skipped[0]); i++)
        if (!strncmp(entry, skipped[i], strlen(skipped[i]))) return 1;
    return entry[0] == '=' || !strchr(entry, '=');
}

/* [env] in winrun.conf sets NAME: the Unix value and the default give way */
static int configured(const char *entry)
{
    const char *eq = strchr(entry, '=');
    char name[256];
    if (!eq || eq - entry >= (long)sizeof(name)) return 0;
    memcpy(name, entry, eq - entry);
    name[eq - entry] = 0;
    return config_get("env", name) != NULL;
}

static void add_configured(const char *key, const char *value, void *ctx)
{
    struct wbuf *b = ctx;
    static const WCHAR terminator = 0;
    char line[4096];
    snprintf(line, sizeof(line), "%s=%s", key, value);
    wbuf_add_utf8(b, line);
    wbuf_add(b, &terminator, 1);
}

static int has_unix_variable(const char *name)
{
    size_t n = strlen(name);
    for (char **e = environ; *e; e++)
        if (!strncasecmp(*e, name, n) && (*e)[n] == '=') return 1;
    return 0;
}

static WCHAR *build_environment(SIZE_T *size)
{
    struct wbuf b = { 0 };
    char line[512], cpus[16], name_buf[256];
    const char *user = winrun_user_name(name_buf, sizeof(name_buf));
    static const WCHAR terminator = 0;

    snprintf(cpus, sizeof(cpus), "%ld", sysconf(_SC_NPROCESSORS_ONLN));

    for (char **e = environ; *e; e++) {
        if (skip_unix_variable(*e) || configured(*e)) continue;
        wbuf_add_utf8(&b, *e);
        wbuf_add(&b, &terminator, 1);
    }
    const struct { const char *name, *format; const char *arg; } defaults[] = {
        { "PATH", "C:\\windows\\system32;C:\\windows;C:\\windows\\system32\\wbem", NULL },
        { "TEMP", "C:\\users\\%s\\Temp", user },
        { "TMP", "C:\\users\\%s\\Temp", user },
        { "SystemRoot", "C:\\windows", NULL },
        { "windir", "C:\\windows", NULL },
        { "SystemDrive", "C:", NULL },
        { "ComSpec", "C:\\windows\\system32\\cmd.exe", NULL },
        { "PATHEXT", ".COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC", NULL },
        { "OS", "Windows_NT", NULL },
        { "PROCESSOR_ARCHITECTURE", "AMD64", NULL },
        { "NUMBER_OF_PROCESSORS", "%s", cpus },
        { "COMPUTERNAME", "WINRUN", NULL },
        { "USERNAME", "%s", user },
        { "USERPROFILE", "C:\\users\\%s", user },
        { "APPDATA", "C:\\users\\%s\\AppData\\Roaming", user },
        { "LOCALAPPDATA", "C:\\users\\%s\\AppData\\Local", user },
        { "ProgramFiles", "C:\\Program Files", NULL },
        { "ProgramFiles(x86)", "C:\\Program Files (x86)", NULL },
        { "ProgramData", "C:\\ProgramData", NULL },
        { "ALLUSERSPROFILE", "C:\\ProgramData", NULL },
        { "PUBLIC", "C:\\users\\Public", NULL },
    };
    for (size_t i = 0; i < sizeof(defaults) / sizeof(defaults[0]); i++) {
        int always = i < 3;   /* PATH, TEMP, TMP are always the Windows ones */
        if ((!always && has_unix_variable(defaults[i].name)) || config_get("env", defaults[i].name)) continue;
        int n = snprintf(line, sizeof(line), "%s=", defaults[i].name);
        snprintf(line + n, sizeof(line) - n, defaults[i].format, defaults[i].arg);
        wbuf_add_utf8(&b, line);
        wbuf_add(&b, &terminator, 1);
    }
    config_for_each("env", add_configured, &b);
    wbuf_add(&b, &terminator, 1);
    if (b.failed) { free(b.data); return NULL; }
    *size = b.len * sizeof(WCHAR);
    return b.data;
}

NTSTATUS env_create_process_parameters(int argc, char **argv, const WCHAR *image_path,
                                       const struct process_startup *startup, RTL_USER_PROCESS_PARAMETERS **out)
{
    RTL_USER_PROCESS_PARAMETERS *params = calloc(1, sizeof(*params));
    struct wbuf cmdline = { 0 };
    /* a Windows parent names the directory; else it is the shell's, which
     * may have been removed under us (ENOENT): no directory to start in */
    char *cwd = startup && startup->cwd ? NULL : getcwd(NULL, 0);
    WCHAR *dos_cwd, *dir;

    if (!params || (!cwd && !(startup && startup->cwd))) {
        NTSTATUS status = !params || errno == ENOMEM ? STATUS_NO_MEMORY : STATUS_OBJECT_PATH_NOT_FOUND;
        free(params);
        free(cwd);
        return status;
    }
    params->MaximumLength = params->Length = sizeof(*params);
    params->Flags = 1;   /* PROCESS_PARAMS_FLAG_NORMALIZED */

    if (startup) {
        /* a Windows parent's command line, exactly as it gave it */
        wbuf_add(&cmdline, startup->cmdline, wcs_len(startup->cmdline));
        if (!cmdline.data) wbuf_add(&cmdline, u"", 0);
        argc = 0;
    }
    /* Windows shows the program as a quoted full path, like Wine does */
    else append_quoted(&cmdline, image_path, 1);
    for (int i = 1; i < argc; i++) {
        WCHAR *arg = utf8_to_utf16_dup(argv[i]);
        if (!arg) { cmdline.failed = 1; break; }
        wbuf_add_char(&cmdline, ' ');
        append_quoted(&cmdline, arg, 0);
        free(arg);
    }
    if (cmdline.failed || cmdline.len >= 32767) {
        free(cmdline.data);
        free(params);
        free(cwd);
        return cmdline.failed ? STATUS_NO_MEMORY : STATUS_NAME_TOO_LONG;
    }
    set_string(&params->CommandLine, cmdline.data);
    set_string(&params->ImagePathName, wcs_dup(image_path));
    set_string(&params->WindowTitle, wcs_dup(image_path));
    set_string(&params->Desktop, wcs_dup(u"WinSta0\\Default"));
    set_string(&params->ShellInfo, wcs_dup(u""));
    set_string(&params->DllPath, wcs_dup(u""));

    /* CurrentDirectory keeps its trailing backslash and room for MAX_PATH */
    dos_cwd = startup && startup->cwd ? wcs_dup(startup->cwd) : unix_to_dos_path(cwd);
    free(cwd);
    if (!dos_cwd || !(dir = calloc(MAX_PATH + 1, sizeof(WCHAR)))) { free(dos_cwd); return STATUS_NO_MEMORY; }
    if (wcs_len(dos_cwd) < MAX_PATH - 1) wcs_cpy(dir, dos_cwd);
    else wcs_cpy(dir, u"C:\\");          /* too deep for a Windows current directory */
    free(dos_cwd);
    if (dir[wcs_len(dir) - 1] != '\\') dir[wcs_len(dir)] = '\\';
    params->CurrentDirectory.DosPath.Buffer = dir;
    params->CurrentDirectory.DosPath.Length = (USHORT)(wcs_len(dir) * sizeof(WCHAR));
    params->CurrentDirectory.DosPath.MaximumLength = (MAX_PATH + 1) * sizeof(WCHAR);

    if (startup && startup->env) {
        params->Environment = startup->env;
        params->EnvironmentSize = startup->env_size;
    } else if (!(params->Environment = build_environment(&params->EnvironmentSize))) return STATUS_NO_MEMORY;
    *out = params;
    return STATUS_SUCCESS;
}

/* Finds NAME (case-insensitively) in the block; returns the start of the
 * "NAME=value" entry or NULL. Entries starting with '=' (per-drive current
 * directories) are matched only by names that start with '='. */
static WCHAR *find_variable(WCHAR *env, const WCHAR *name, size_t len)
{
    for (WCHAR *p = env; *p; p += wcs_len(p) + 1) {
        if (wcs_nicmp(p, name, len) == 0 && p[len] == '=' && (len || p[0] != '=')) return p;
        /* "=C:=C:\dir": the name contains '=' after the first char */
        if (len && name[0] == '=' && !wcs_nicmp(p, name, len) && p[len] == '=') return p;
    }
    return NULL;
}

NTSYSAPI NTSTATUS WINAPI RtlQueryEnvironmentVariable_U(PWSTR env, PUNICODE_STRING name, PUNICODE_STRING value)
{
    NTSTATUS status = STATUS_VARIABLE_NOT_FOUND;
    WCHAR *entry;
    size_t len;

    if (!env) RtlAcquirePebLock();
    entry = find_variable(env ? env : process.peb->ProcessParameters->Environment, name->Buffer,
                          name->Length / sizeof(WCHAR));
    if (entry) {
        const WCHAR *v = entry + name->Length / sizeof(WCHAR) + 1;
        len = wcs_len(v);
        value->Length = (USHORT)(len * sizeof(WCHAR));
        if ((len + 1) * sizeof(WCHAR) <= value->MaximumLength) {
            memcpy(value->Buffer, v, (len + 1) * sizeof(WCHAR));
            status = STATUS_SUCCESS;
        } else status = STATUS_BUFFER_TOO_SMALL;
    }
    if (!env) RtlReleasePebLock();
    return status;
}

static SIZE_T block_size(const WCHAR *env)
{
    const WCHAR *p = env;
    while (*p) p += wcs_len(p) + 1;
    return (p - env + 1) * sizeof(WCHAR);
}

/* *ENV NULL = the process block. VALUE NULL deletes. The block is replaced
 * by a fresh allocation; the old one stays valid for readers that copied
 * the pointer without the lock (kept, as Windows' heap blocks would be). */
NTSYSAPI NTSTATUS WINAPI RtlSetEnvironmentVariable(PWSTR *env, PUNICODE_STRING name, PUNICODE_STRING value)
{
    WCHAR **target, *old, *entry, *fresh, *q;
    size_t nlen = name->Length / sizeof(WCHAR), old_size, remove = 0, add = 0;

    if (!nlen) return STATUS_INVALID_PARAMETER;
    for (size_t i = 1; i < nlen; i++)
        if (name->Buffer[i] == '=') return STATUS_INVALID_PARAMETER;
    if (!env) RtlAcquirePebLock();
    target = env ? env : &process.peb->ProcessParameters->Environment;
    old = *target;
    old_size = block_size(old);
    entry = find_variable(old, name->Buffer, nlen);
    if (entry) remove = (wcs_len(entry) + 1) * sizeof(WCHAR);
    if (value) add = (nlen + 1 + value->Length / sizeof(WCHAR) + 1) * sizeof(WCHAR);
    if (!(fresh = malloc(old_size - remove + add))) {
        if (!env) RtlReleasePebLock();
        return STATUS_NO_MEMORY;
    }
    q = fresh;
    for (WCHAR *p = old; *p; p += wcs_len(p) + 1) {
        if (p == entry) continue;
        q = wcs_cpy(q, p) + wcs_len(p) + 1;
    }
    if (value) {
        memcpy(q, name->Buffer, nlen * sizeof(WCHAR));
        q += nlen;
        *q++ = '=';
        memcpy(q, value->Buffer, value->Length);
        q += value->Length / sizeof(WCHAR);
        *q++ = 0;
    }
    *q = 0;
    *target = fresh;
    if (!env) {
        process.peb->ProcessParameters->EnvironmentSize = (q - fresh + 1) * sizeof(WCHAR);
        RtlReleasePebLock();
    }
    return STATUS_SUCCESS;
}
