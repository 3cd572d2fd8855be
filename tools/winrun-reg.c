/*
 * winrun-reg: query, export, import and change a prefix's registry without
 * running a Windows program.
 *
 *   winrun-reg [--prefix DIR] query KEY [VALUE]
 *   winrun-reg [--prefix DIR] export KEY FILE|-
 *   winrun-reg [--prefix DIR] import FILE|-
 *   winrun-reg [--prefix DIR] add KEY [/v NAME | /ve] [/t TYPE] [/d DATA] [/s SEP] [/f]
 *   winrun-reg [--prefix DIR] delete KEY [/v NAME | /ve] [/f]
 *
 * KEY starts with HKEY_LOCAL_MACHINE (HKLM), HKEY_CURRENT_USER (HKCU) or
 * HKEY_USERS\.DEFAULT, kept in PREFIX/system.reg, PREFIX/user.reg and
 * PREFIX/userdef.reg (docs/registry.md). A
 * prefix whose files do not exist yet has the default content, and the
 * file appears at its first change.
 *
 * It reads and writes the files with the registry store the server uses
 * (server/registry*.c), holding PREFIX/registry.lock (flock) from reading
 * the files to renaming the new ones into place, so two writers never
 * interleave. A winrun-server that serves the registry holds that lock
 * from its first registry request until it exits: the tool then talks to
 * it instead (protocol.h): it reads through REQ_REG_EXPORT and changes
 * through REQ_REG_IMPORT (a .reg text for add and delete too), which the
 * server applies at once and saves within a second, so nothing a running
 * program or the tool writes is lost.
 *
 * Exit status: 0 done, 1 failed (a "winrun-reg: ..." line says why), 2 bad
 * usage.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>
#include "../server/registry.h"
#include "winrun/protocol.h"
#include "winrun/unicode.h"
#include "winrun/user.h"


struct registry {
    char *prefix;
    struct reg_key *roots[NHIVES];
    unsigned long long loaded_changes[NHIVES];
    int lock_fd;
    int server_fd;      /* >= 0: a winrun-server owns the hives */
};

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...)
{
    va_list ap;
    fputs("winrun-reg: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

static void usage(void)
{
    fputs("usage: winrun-reg [--prefix DIR] query KEY [VALUE]\n"
          "       winrun-reg [--prefix DIR] export KEY FILE|-\n"
          "       winrun-reg [--prefix DIR] import FILE|-\n"
          "       winrun-reg [--prefix DIR] add KEY [/v NAME | /ve] [/t TYPE] [/d DATA] [/s SEP] [/f]\n"
          "       winrun-reg [--prefix DIR] delete KEY [/v NAME | /ve] [/f]\n"
          "KEY: HKEY_LOCAL_MACHINE\\... (HKLM), HKEY_CURRENT_USER\\... (HKCU) or HKEY_USERS\\.DEFAULT\\...\n"
          "TYPE: REG_SZ (default), REG_EXPAND_SZ, REG_MULTI_SZ, REG_DWORD, REG_QWORD,\n"
          "      REG_BINARY, REG_NONE, REG_DWORD_BIG_ENDIAN\n", stderr);
    exit(2);
}

static char *find_prefix(const char *explicit_path)
{
    char buf[PATH_MAX], *real;
    const char *path = winrun_prefix_location(explicit_path, buf, sizeof(buf));
    struct stat st;
    if (!path) die("cannot find the prefix: HOME is not set (use --prefix or WINRUN_PREFIX)");
    if (stat(path, &st)) die("%s: no prefix there (%s); winrun creates one when it first runs", path, strerror(errno));
    if (!S_ISDIR(st.st_mode)) die("%s: the prefix is not a directory", path);
    if (!(real = realpath(path, NULL))) die("%s: %s", path, strerror(errno));
    return real;
}

static char *hive_path(const struct registry *reg, int hive)
{
    char *p;
    if (asprintf(&p, "%s/%s", reg->prefix, hive_names[hive].file) < 0) die("out of memory");
    return p;
}

/* ---- talking to the prefix's winrun-server ---- */

/* Sends REQUEST with FD (-1: none), reads the reply into REPLY (at most
 * MAX bytes); the reply's status. Dies if the server goes away. */
static NTSTATUS server_request(struct registry *reg, void *request, int fd, void *reply, size_t max)
{
    struct request_header *header = request;
    struct reply_header *rh = reply;
    char control[CMSG_SPACE(sizeof(int))] = { 0 };
    struct iovec iov = { request, header->size };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
    static uint32_t next_id = 1;
    size_t got = 0;

    header->id = next_id++;
    header->fd_count = fd >= 0;
    header->reserved = 0;
    if (fd >= 0) {
        struct cmsghdr *cmsg;
        msg.msg_control = control;
        msg.msg_controllen = sizeof(control);
        cmsg = CMSG_FIRSTHDR(&msg);
        cmsg->cmsg_level = SOL_SOCKET;
        cmsg->cmsg_type = SCM_RIGHTS;
        cmsg->cmsg_len = CMSG_LEN(sizeof(int));
        memcpy(CMSG_DATA(cmsg), &fd, sizeof(int));
    }
    if (sendmsg(reg->server_fd, &msg, MSG_NOSIGNAL) != (ssize_t)header->size)
        die("lost the connection to winrun-server (%s)", strerror(errno));
    while (got < sizeof(*rh) || got < rh->size) {
        ssize_t n = recv(reg->server_fd, (char *)reply + got, (got < sizeof(*rh) ? sizeof(*rh) : rh->size) - got, 0);
        if (n <= 0) die("lost the connection to winrun-server (%s)", n ? strerror(errno) : "closed");
        got += n;
        if (got >= sizeof(*rh) && (rh->size < sizeof(*rh) || rh->size > max || rh->fd_count))
            die("lost the connection to winrun-server (bad reply)");
    }
    return rh->status;
}

/* A connection to the server serving the prefix, said hello to; -1 when
 * none listens. The tool never starts a server. */
static int server_connect(struct registry *reg)
{
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    char dir[256];
    struct stat st;
    struct hello_request *hello;
    struct hello_reply reply;
    size_t len = strlen(reg->prefix);
    int fd;

    if (stat(reg->prefix, &st) || (unsigned int)server_dir_path(dir, sizeof(dir), getuid()) >= sizeof(dir) ||
        (unsigned int)snprintf(addr.sun_path, sizeof(addr.sun_path), "%s/" SERVER_SOCKET_NAME, dir,
                               (unsigned long long)st.st_dev, (unsigned long long)st.st_ino) >= sizeof(addr.sun_path))
        return -1;
    if (lstat(addr.sun_path, &st) || !S_ISSOCK(st.st_mode) || st.st_uid != getuid()) return -1;
    if ((fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0) return -1;
    if (connect(fd, (struct sockaddr *)&addr, sizeof(addr))) {
        close(fd);
        return -1;
    }
    if (!(hello = calloc(1, sizeof(*hello) + len))) die("out of memory");
    hello->header.size = sizeof(*hello) + len;
    hello->header.type = REQ_HELLO;
    hello->version = SERVER_PROTOCOL_VERSION;
    hello->checksum = SERVER_PROTOCOL_CHECKSUM;
    hello->pid = getpid();
    memcpy(hello + 1, reg->prefix, len);
    reg->server_fd = fd;
    if (server_request(reg, hello, -1, &reply, sizeof(reply)) == (int)STATUS_UNKNOWN_REVISION)
        die("winrun-server (pid %d) serving %s is from another winrun build; retry when it has exited",
            (int)reply.server_pid, reg->prefix);
    if (reply.header.status) {
        close(fd);
        fd = reg->server_fd = -1;
    }
    free(hello);
    return fd;
}

/* Takes the registry: PREFIX/registry.lock when no server owns it (the
 * tool then works on the files), else a connection to the server. */
static void lock_registry(struct registry *reg)
{
    char *path;
    if (asprintf(&path, "%s/registry.lock", reg->prefix) < 0) die("out of memory");
    if ((reg->lock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644)) < 0) die("%s: %s", path, strerror(errno));
    for (int tries = 0; flock(reg->lock_fd, LOCK_EX | LOCK_NB); tries++) {
        struct timespec ts = { 0, 50 * 1000000 };
        if (errno != EWOULDBLOCK) die("%s: cannot lock: %s", path, strerror(errno));
        if (server_connect(reg) >= 0) {
            close(reg->lock_fd);
            reg->lock_fd = -1;
            break;
        }
        if (tries == 100) die("%s: the registry stays locked by another process", path);
        nanosleep(&ts, NULL);
    }
    free(path);
}

/* An anonymous file for texts going to or coming from the server. */
static int temp_fd(void)
{
    int fd = memfd_create("winrun-reg", MFD_CLOEXEC);
    if (fd < 0) die("cannot make a temporary file: %s", strerror(errno));
    return fd;
}

/* The server's copy of hive H, into a new tree. */
static struct reg_key *server_hive(struct registry *reg, int h)
{
    struct reg_text_request request = { .header = { .size = sizeof(request), .type = REQ_REG_EXPORT } };
    struct reg_root_name root = { hive_names[h].name, hive_names[h].short_name, reg_root_new() };
    char reply[sizeof(struct reg_text_reply) + 512];
    struct reg_error err;
    struct stat st;
    char *text;
    NTSTATUS status;
    int fd = temp_fd();

    if (!root.key) die("out of memory");
    request.root = REG_ROOT_MACHINE + h;   /* the same order */
    if ((status = server_request(reg, &request, fd, reply, sizeof(reply))))
        die("winrun-server cannot export %s (status %08x)", hive_names[h].name, (unsigned int)status);
    if (fstat(fd, &st)) die("temporary file: %s", strerror(errno));
    if (st.st_size) {
        if ((text = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0)) == MAP_FAILED) die("out of memory");
        if (reg_import_text(text, st.st_size, &root, 1, &err))
            die("winrun-server's export of %s: line %u: %s", hive_names[h].name, err.line, err.reason);
        munmap(text, st.st_size);
    }
    close(fd);
    return root.key;
}

/* Has the server apply TEXT (a .reg text, all or nothing). */
static void server_import(struct registry *reg, const char *what, const char *text, size_t len)
{
    struct reg_text_request request = { .header = { .size = sizeof(request), .type = REQ_REG_IMPORT } };
    char reply[sizeof(struct reg_text_reply) + 512];
    const struct reg_text_reply *r = (const void *)reply;
    NTSTATUS status;
    int fd = temp_fd();

    if (write(fd, text, len) != (ssize_t)len) die("temporary file: %s", strerror(errno));
    if ((status = server_request(reg, &request, fd, reply, sizeof(reply) - 1))) {
        reply[sizeof(*r) + (r->reason_length < 511 ? r->reason_length : 511)] = 0;
        if (r->line) die("%s:%u: %s (nothing imported)", what, r->line, reply + sizeof(*r));
        die("%s: %s", what, r->reason_length ? reply + sizeof(*r) : "winrun-server refused the change");
    }
    close(fd);
}

static void load_registry(struct registry *reg)
{
    struct reg_key *defaults[NHIVES];
    char name_buf[256];
    if (reg->server_fd >= 0) {
        for (int h = 0; h < NHIVES; h++) {
            reg->roots[h] = server_hive(reg, h);
            reg->loaded_changes[h] = reg_root_changes(reg->roots[h]);
        }
        return;
    }
    for (int h = 0; h < NHIVES; h++)
        if (!(defaults[h] = reg_root_new())) die("out of memory");
    if (reg_add_defaults(defaults[HIVE_MACHINE], defaults[HIVE_USER], winrun_user_name(name_buf, sizeof(name_buf))))
        die("out of memory");
    for (int h = 0; h < NHIVES; h++) {
        char *path = hive_path(reg, h);
        struct reg_root_name root = { hive_names[h].name, hive_names[h].short_name, NULL };
        struct reg_error err;
        NTSTATUS status;
        if (access(path, F_OK) && errno == ENOENT) {
            reg->roots[h] = defaults[h];
        } else {
            reg_key_release(defaults[h]);
            if (!(root.key = reg->roots[h] = reg_root_new())) die("out of memory");
            if ((status = reg_import_file(path, &root, 1, &err))) {
                if (err.line) die("%s:%u: %s (the file is left as it is)", path, err.line, err.reason);
                die("%s", err.reason[0] ? err.reason : "out of memory");
            }
        }
        reg->loaded_changes[h] = reg_root_changes(reg->roots[h]);
        free(path);
    }
}

static void save_registry(struct registry *reg)
{
    if (reg->server_fd >= 0) return;   /* the commands sent their changes */
    for (int h = 0; h < NHIVES; h++) {
        char *path;
        struct reg_error err;
        if (reg_root_changes(reg->roots[h]) == reg->loaded_changes[h]) continue;
        path = hive_path(reg, h);
        if (reg_save_file(reg->roots[h], hive_names[h].name, path, &err)) die("%s", err.reason);
        free(path);
    }
}

/* KEY -> hive and the path below its root (UTF-16, malloc'ed) */
static int parse_key(const char *key, WCHAR **subpath)
{
    for (int h = 0; h < NHIVES; h++) {
        const char *names[2] = { hive_names[h].name, hive_names[h].short_name };
        for (int i = 0; i < 2; i++) {
            size_t n = strlen(names[i]);
            if (!strncasecmp(key, names[i], n) && (!key[n] || key[n] == '\\')) {
                if (!(*subpath = utf8_to_utf16_dup(key[n] ? key + n + 1 : ""))) die("out of memory");
                return h;
            }
        }
    }
    die("%s: unknown root key (use HKEY_LOCAL_MACHINE/HKLM, HKEY_CURRENT_USER/HKCU or HKEY_USERS\\.DEFAULT)", key);
}

static struct reg_key *open_key(struct registry *reg, const char *key, int *hive)
{
    WCHAR *sub;
    struct reg_key *k;
    int h = parse_key(key, &sub);
    NTSTATUS status = reg_key_open(reg->roots[h], sub, -1, &k);
    free(sub);
    if (status == STATUS_OBJECT_NAME_NOT_FOUND) die("%s: key not found", key);
    if (status) die("%s: bad key name", key);
    if (hive) *hive = h;
    return k;
}

/* the key's full name with the case it was created with */
static char *key_full_name(const struct reg_key *key, int hive)
{
    char *path = strdup(hive_names[hive].name), *rest = strdup(""), *n;
    const struct reg_key *k;
    if (!path || !rest) die("out of memory");
    for (k = key; reg_key_parent(k); k = reg_key_parent(k)) {
        char *name = utf16_to_utf8_dup(reg_key_name(k));
        if (!name || asprintf(&n, "\\%s%s", name, rest) < 0) die("out of memory");
        free(name);
        free(rest);
        rest = n;
    }
    if (asprintf(&n, "%s%s", path, rest) < 0) die("out of memory");
    free(path);
    free(rest);
    return n;
}

static const char *const type_names[] = {
    "REG_NONE", "REG_SZ", "REG_EXPAND_SZ", "REG_BINARY", "REG_DWORD", "REG_DWORD_BIG_ENDIAN", "REG_LINK",
    "REG_MULTI_SZ", "REG_RESOURCE_LIST", "REG_FULL_RESOURCE_DESCRIPTOR", "REG_RESOURCE_REQUIREMENTS_LIST",
    "REG_QWORD",
};

static void print_string_units(const WCHAR *s, size_t units)
{
    int n = units ? utf16_to_utf8(s, units, NULL, 0) : 0;
    char *buf = n > 0 ? malloc(n) : NULL;
    if (n > 0 && !buf) die("out of memory");
    if (n > 0) {
        utf16_to_utf8(s, units, buf, n);
        fwrite(buf, 1, n, stdout);
    }
    free(buf);
}

/* One line as reg.exe prints it: "    NAME    TYPE    DATA". */
static void print_value(const struct reg_value *v)
{
    const WCHAR *w = (const WCHAR *)v->data;
    size_t units = v->size / 2;
    fputs("    ", stdout);
    if (v->name[0]) print_string_units(v->name, wcs_len(v->name));
    else fputs("(Default)", stdout);
    if (v->type < sizeof(type_names) / sizeof(type_names[0])) printf("    %s    ", type_names[v->type]);
    else printf("    0x%x    ", v->type);
    switch (v->type) {
    case REG_SZ:
    case REG_EXPAND_SZ:
        while (units && !w[units - 1]) units--;
        print_string_units(w, units);
        break;
    case REG_MULTI_SZ:
        while (units && !w[units - 1]) units--;
        for (size_t i = 0; i < units; ) {
            size_t j = i;
            while (j < units && w[j]) j++;
            print_string_units(w + i, j - i);
            if (j < units) fputs("\\0", stdout);
            i = j + 1;
        }
        break;
    case REG_DWORD:
        if (v->size == 4) {
            DWORD d;
            memcpy(&d, v->data, 4);
            printf("0x%x", d);
            break;
        }
        goto hex;
    case REG_QWORD:
        if (v->size == 8) {
            unsigned long long q;
            memcpy(&q, v->data, 8);
            printf("0x%llx", q);
            break;
        }
        goto hex;
    default:
    hex:
        for (DWORD i = 0; i < v->size; i++) printf("%02X", v->data[i]);
    }
    putchar('\n');
}

static int cmd_query(struct registry *reg, int argc, char **argv)
{
    int hive;
    struct reg_key *key, *sub;
    const struct reg_value *v;
    char *name;

    if (argc < 1 || argc > 2) usage();
    lock_registry(reg);
    load_registry(reg);
    key = open_key(reg, argv[0], &hive);
    name = key_full_name(key, hive);
    if (argc == 2) {
        WCHAR *vname = utf8_to_utf16_dup(argv[1]);
        if (!vname) die("out of memory");
        if (reg_value_get(key, vname, &v)) {
            free(vname);
            free(name);
            die("%s: value \"%s\" not found", argv[0], argv[1]);
        }
        printf("\n%s\n", name);
        print_value(v);
        putchar('\n');
        free(vname);
    } else {
        printf("\n%s\n", name);
        for (DWORD i = 0; !reg_key_enum_value(key, i, &v); i++) print_value(v);
        putchar('\n');
        for (DWORD i = 0; !reg_key_enum_subkey(key, i, &sub); i++) {
            char *s = utf16_to_utf8_dup(reg_key_name(sub));
            if (!s) die("out of memory");
            printf("%s\\%s\n", name, s);
            free(s);
        }
    }
    free(name);
    reg_key_release(key);
    return 0;
}

static int cmd_export(struct registry *reg, int argc, char **argv)
{
    int hive;
    struct reg_key *key;
    char *name, *text;
    size_t len;
    FILE *f;

    if (argc != 2) usage();
    lock_registry(reg);
    load_registry(reg);
    key = open_key(reg, argv[0], &hive);
    name = key_full_name(key, hive);
    if (!(text = reg_export_text(key, name, 1, &len))) die("out of memory");
    f = strcmp(argv[1], "-") ? fopen(argv[1], "w") : stdout;
    if (!f) die("%s: %s", argv[1], strerror(errno));
    if (fwrite(text, 1, len, f) != len || (f != stdout ? fclose(f) : fflush(f)))
        die("%s: cannot write: %s", argv[1], strerror(errno));
    free(text);
    free(name);
    reg_key_release(key);
    return 0;
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    size_t cap = 65536, n = 0, r;
    char *buf = malloc(cap);
    if (!f) die("%s: %s", path, strerror(errno));
    if (!buf) die("out of memory");
    while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap && !(buf = realloc(buf, cap *= 2))) die("out of memory");
    }
    if (ferror(f)) die("%s: cannot read: %s", path, strerror(errno));
    if (f != stdin) fclose(f);
    *len = n;
    return buf;
}

static int cmd_import(struct registry *reg, int argc, char **argv)
{
    struct reg_root_name roots[NHIVES];
    struct reg_error err;
    size_t len;
    char *text;

    if (argc != 1) usage();
    text = read_all(argv[0], &len);
    lock_registry(reg);
    if (reg->server_fd >= 0) {
        server_import(reg, argv[0], text, len);
        free(text);
        return 0;
    }
    load_registry(reg);
    for (int h = 0; h < NHIVES; h++)
        roots[h] = (struct reg_root_name){ hive_names[h].name, hive_names[h].short_name, reg->roots[h] };
    if (reg_import_text(text, len, roots, NHIVES, &err)) {
        free(text);
        if (err.line) die("%s:%u: %s (nothing imported)", argv[0], err.line, err.reason);
        die("%s: %s", argv[0], err.reason[0] ? err.reason : "out of memory");
    }
    save_registry(reg);
    free(text);
    return 0;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static unsigned long long parse_number(const char *s, unsigned long long max)
{
    char *end;
    unsigned long long v;
    errno = 0;
    v = strtoull(s, &end, 0);
    if (!*s || *end || errno || v > max || *s == '-') die("%s: not a number for this type", s);
    return v;
}

/* /d DATA as TYPE, as reg.exe reads it */
static void *make_data(DWORD type, const char *text, const char *sep, DWORD *size)
{
    void *data = NULL;
    *size = 0;
    switch (type) {
    case REG_SZ:
    case REG_EXPAND_SZ: {
        WCHAR *w = utf8_to_utf16_dup(text);
        if (!w) die("out of memory");
        *size = (wcs_len(w) + 1) * sizeof(WCHAR);
        return w;
    }
    case REG_MULTI_SZ: {
        /* items separated by SEP (default the two characters \0), then an empty string */
        size_t seplen = strlen(sep), n = 0;
        char *buf = malloc(strlen(text) + 2);
        WCHAR *w;
        int units;
        if (!buf) die("out of memory");
        for (const char *c = text; *c; ) {
            if (seplen && !strncmp(c, sep, seplen)) buf[n++] = 0, c += seplen;
            else buf[n++] = *c++;
        }
        if (n) buf[n++] = 0;
        buf[n++] = 0;
        units = utf8_to_utf16(buf, n, NULL, 0);
        if (!(w = malloc(units * sizeof(WCHAR)))) die("out of memory");
        utf8_to_utf16(buf, n, w, units);
        free(buf);
        *size = units * sizeof(WCHAR);
        return w;
    }
    case REG_DWORD:
    case REG_DWORD_BIG_ENDIAN: {
        DWORD d = parse_number(text, 0xffffffffULL);
        if (type == REG_DWORD_BIG_ENDIAN) d = __builtin_bswap32(d);
        if (!(data = malloc(4))) die("out of memory");
        memcpy(data, &d, 4);
        *size = 4;
        return data;
    }
    case REG_QWORD: {
        unsigned long long q = parse_number(text, ~0ULL);
        if (!(data = malloc(8))) die("out of memory");
        memcpy(data, &q, 8);
        *size = 8;
        return data;
    }
    default: {   /* REG_BINARY, REG_NONE: hex digits, two per byte */
        size_t n = strlen(text);
        BYTE *b;
        if (n % 2) die("%s: binary data needs two hex digits per byte", text);
        if (!(b = malloc(n / 2 + 1))) die("out of memory");
        for (size_t i = 0; i < n; i += 2) {
            int hi = hex_digit(text[i]), lo = hex_digit(text[i + 1]);
            if (hi < 0 || lo < 0) die("%s: binary data must be hex digits", text);
            b[i / 2] = hi << 4 | lo;
        }
        *size = n / 2;
        return b;
    }
    }
}

static DWORD parse_type(const char *s)
{
    static const DWORD allowed[] = { REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ, REG_DWORD, REG_QWORD, REG_BINARY,
                                     REG_NONE, REG_DWORD_BIG_ENDIAN };
    for (size_t i = 0; i < sizeof(allowed) / sizeof(allowed[0]); i++)
        if (!strcasecmp(s, type_names[allowed[i]])) return allowed[i];
    die("%s: unknown type (REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ, REG_DWORD, REG_QWORD, REG_BINARY, REG_NONE, "
        "REG_DWORD_BIG_ENDIAN)", s);
}

struct change_args {
    const char *value;   /* NULL: none given; "" with /ve */
    const char *type, *data, *sep;
};

static void parse_change_args(int argc, char **argv, struct change_args *a, int allow_data)
{
    memset(a, 0, sizeof(*a));
    a->sep = "\\0";
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        int more = i + 1 < argc;
        if (!strcasecmp(o, "/v") && more) a->value = argv[++i];
        else if (!strcasecmp(o, "/ve")) a->value = "";
        else if (!strcasecmp(o, "/f")) continue;   /* no prompts here */
        else if (allow_data && !strcasecmp(o, "/t") && more) a->type = argv[++i];
        else if (allow_data && !strcasecmp(o, "/d") && more) a->data = argv[++i];
        else if (allow_data && !strcasecmp(o, "/s") && more) a->sep = argv[++i];
        else usage();
    }
}

static struct reg_key *create_key(struct registry *reg, const char *key, int *hive)
{
    WCHAR *sub;
    struct reg_key *k;
    int h = parse_key(key, &sub);
    *hive = h;
    NTSTATUS status = reg_key_create(reg->roots[h], sub, -1, 0, &k, NULL);
    free(sub);
    if (status == STATUS_NO_MEMORY) die("out of memory");
    if (status) die("%s: bad key name", key);
    return k;
}

/* The server gets KEY (named as in HIVE) and, with NAME, one value, as a
 * .reg text made by the store's own writer. */
static void send_value(struct registry *reg, const struct reg_key *key, int hive, const WCHAR *name, DWORD type,
                       const void *data, DWORD size)
{
    struct reg_key *scratch = reg_root_new();
    char *full = key_full_name(key, hive), *text;
    size_t len;

    if (!scratch) die("out of memory");
    if (name && reg_value_set(scratch, name, type, data, size)) die("out of memory");
    if (!(text = reg_export_text(scratch, full, 1, &len))) die("out of memory");
    server_import(reg, full, text, len);
    free(text);
    free(full);
    reg_key_release(scratch);
}

static int cmd_add(struct registry *reg, int argc, char **argv)
{
    struct change_args a;
    struct reg_key *key;
    int hive;
    if (argc < 1) usage();
    parse_change_args(argc, argv, &a, 1);
    if ((a.type || a.data) && !a.value) a.value = "";   /* reg.exe: data without /v sets the default value */
    lock_registry(reg);
    load_registry(reg);
    key = create_key(reg, argv[0], &hive);
    if (a.value) {
        DWORD type = a.type ? parse_type(a.type) : REG_SZ, size;
        void *data = make_data(type, a.data ? a.data : "", a.sep, &size);
        WCHAR *name = utf8_to_utf16_dup(a.value);
        NTSTATUS status;
        if (!name) die("out of memory");
        if ((type == REG_DWORD || type == REG_QWORD || type == REG_DWORD_BIG_ENDIAN) && !a.data)
            die("%s needs /d DATA", a.type);
        if ((status = reg_value_set(key, name, type, data, size)))
            die("%s: cannot set the value (status %08x)", argv[0], (unsigned)status);
        if (reg->server_fd >= 0) send_value(reg, key, hive, name, type, data, size);
        free(name);
        free(data);
    } else if (reg->server_fd >= 0) {
        send_value(reg, key, hive, NULL, 0, NULL, 0);
    }
    reg_key_release(key);
    save_registry(reg);
    return 0;
}

/* "[-KEY]", or "[KEY]" and "NAME"=- (@=- for the default value) */
static void send_delete(struct registry *reg, const struct reg_key *key, int hive, const char *value)
{
    char *full = key_full_name(key, hive), *text = NULL, *quoted;
    size_t n = 0;

    if (value) {
        if (!(quoted = malloc(strlen(value) * 2 + 1))) die("out of memory");
        for (const char *c = value; *c; c++) {
            if (*c == '\\' || *c == '"') quoted[n++] = '\\';
            quoted[n++] = *c;
        }
        quoted[n] = 0;
        if ((*value ? asprintf(&text, "REGEDIT4\n\n[%s]\n\"%s\"=-\n", full, quoted)
                    : asprintf(&text, "REGEDIT4\n\n[%s]\n@=-\n", full)) < 0) die("out of memory");
        free(quoted);
    } else if (asprintf(&text, "REGEDIT4\n\n[-%s]\n", full) < 0) {
        die("out of memory");
    }
    server_import(reg, full, text, strlen(text));
    free(text);
    free(full);
}

static int cmd_delete(struct registry *reg, int argc, char **argv)
{
    struct change_args a;
    struct reg_key *key;
    int hive;
    if (argc < 1) usage();
    parse_change_args(argc, argv, &a, 0);
    lock_registry(reg);
    load_registry(reg);
    key = open_key(reg, argv[0], &hive);
    if (a.value) {
        WCHAR *name = utf8_to_utf16_dup(a.value);
        if (!name) die("out of memory");
        if (reg_value_delete(key, name)) die("%s: value \"%s\" not found", argv[0], a.value);
        if (reg->server_fd >= 0) send_delete(reg, key, hive, a.value);
        free(name);
    } else {
        if (!reg_key_parent(key)) die("%s: a root key cannot be deleted", argv[0]);
        if (reg->server_fd >= 0) send_delete(reg, key, hive, NULL);
        reg_key_delete_tree(key);
        reg_key_delete(key);
    }
    reg_key_release(key);
    save_registry(reg);
    return 0;
}

int main(int argc, char **argv)
{
    struct registry reg = { .lock_fd = -1, .server_fd = -1 };
    const char *prefix = NULL;
    int i = 1;

    if (i + 1 < argc && !strcmp(argv[i], "--prefix")) prefix = argv[i + 1], i += 2;
    else if (i < argc && !strncmp(argv[i], "--prefix=", 9)) prefix = argv[i] + 9, i++;
    if (i < argc && (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))) usage();
    if (i >= argc) usage();
    reg.prefix = find_prefix(prefix);
    const char *cmd = argv[i++];
    int ret;
    if (!strcmp(cmd, "query")) ret = cmd_query(&reg, argc - i, argv + i);
    else if (!strcmp(cmd, "export")) ret = cmd_export(&reg, argc - i, argv + i);
    else if (!strcmp(cmd, "import")) ret = cmd_import(&reg, argc - i, argv + i);
    else if (!strcmp(cmd, "add")) ret = cmd_add(&reg, argc - i, argv + i);
    else if (!strcmp(cmd, "delete")) ret = cmd_delete(&reg, argc - i, argv + i);
    else {
        fprintf(stderr, "winrun-reg: unknown command '%s'\n", cmd);
        usage();
    }
    /* the trees are freed so that a leak checker (make SANITIZE=address)
     * sees only real leaks */
    for (int h = 0; h < NHIVES; h++)
        if (reg.roots[h]) reg_key_release(reg.roots[h]);
    free(reg.prefix);
    return ret;
}
