/*
 * winrun: runs a Windows x86-64 program as a Linux process.
 *
 *   winrun [--prefix DIR] PROGRAM.exe [ARGS...]
 *
 * This executable only parses its options, finds the prefix and the exe,
 * and hands over to ntdll.dll.so (linked, found relative to this file
 * through its rpath), which maps the program and never returns on success.
 * The exit code is the program's.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "winrun/ntdll.h"
#include "prefix.h"

#define EXIT_NOT_FOUND 127
#define EXIT_USAGE 2

static void usage(FILE *out)
{
    fprintf(out,
        "usage: winrun [OPTIONS] PROGRAM[.exe] [ARGUMENTS...]\n"
        "Runs a Windows x86-64 program as a Linux process.\n"
        "\n"
        "  --prefix DIR   use the prefix DIR (default: $WINRUN_PREFIX, else ~/.winrun);\n"
        "                 it is created if missing\n"
        "  --help         show this help and exit\n"
        "  --version      show the version and exit\n"
        "\n"
        "Environment:\n"
        "  WINRUN_PREFIX  the prefix to use\n"
        "  WINRUN_DEBUG   trace channels to stderr, e.g. +relay,+loader (or +all)\n"
        "\n"
        "The exit code is the program's; winrun's own errors print one line\n"
        "starting with \"winrun: \" and exit with 126 (cannot run) or 127 (not found).\n");
}

/* The directory of builtin DLLs: ../lib/winrun next to this executable. */
static char *find_libdir(void)
{
    char self[PATH_MAX], *dir, *libdir;
    ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);

    if (n <= 0) return NULL;
    self[n] = 0;
    dir = dirname(self);
    if (asprintf(&libdir, "%s/../lib/winrun", dir) < 0) return NULL;
    return libdir;
}

/* PROGRAM as given, else with ".exe" added, as Windows' command lookup does. */
static char *find_program(const char *name)
{
    struct stat st;
    char *with_ext;

    if (!stat(name, &st)) {
        if (S_ISDIR(st.st_mode)) {
            fprintf(stderr, "winrun: %s: is a directory\n", name);
            exit(126);
        }
        return realpath(name, NULL);
    }
    if (errno == ENOENT && !strchr(basename((char *)name), '.') && asprintf(&with_ext, "%s.exe", name) >= 0) {
        if (!stat(with_ext, &st) && S_ISREG(st.st_mode)) {
            char *real = realpath(with_ext, NULL);
            free(with_ext);
            return real;
        }
        free(with_ext);
    }
    fprintf(stderr, "winrun: %s: %s\n", name, strerror(errno ? errno : ENOENT));
    exit(EXIT_NOT_FOUND);
}

#ifdef __SANITIZE_ADDRESS__
/* make SANITIZE=address: no leak check at exit.  A Windows process keeps
 * what it allocates for its lifetime, and the pointers to it live in the
 * PEB, TEBs and mapped images, memory LeakSanitizer does not scan, so
 * every exit would report the process parameters and TLS blocks. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "detect_leaks=0";
}
#endif

int main(int argc, char **argv)
{
    struct winrun_start_info info;
    const char *prefix_arg = NULL;
    int i, startup_fd = -1;

    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage(stdout);
            return 0;
        }
        if (!strcmp(argv[i], "--version")) {
            printf("winrun %s\n", WINRUN_VERSION);
            return 0;
        }
        if (!strcmp(argv[i], "--prefix")) {
            if (++i == argc) {
                fprintf(stderr, "winrun: --prefix needs a directory\n");
                return EXIT_USAGE;
            }
            prefix_arg = argv[i];
            continue;
        }
        if (!strcmp(argv[i], "--breakaway")) continue;   /* internal: a job mark (dlls/ntdll/job.c) */
        if (!strcmp(argv[i], "--startup-fd") && i + 1 < argc) {
            /* internal: a winrun parent's CreateProcess (dlls/ntdll/process.c) */
            startup_fd = atoi(argv[++i]);
            continue;
        }
        if (!strncmp(argv[i], "--prefix=", 9)) {
            prefix_arg = argv[i] + 9;
            continue;
        }
        if (!strcmp(argv[i], "--")) {
            i++;
            break;
        }
        if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "winrun: unknown option %s (see winrun --help)\n", argv[i]);
            return EXIT_USAGE;
        }
        break;
    }
    if (i == argc) {
        usage(stderr);
        return EXIT_USAGE;
    }

    memset(&info, 0, sizeof(info));
    info.startup_fd = startup_fd;
    info.argc = argc - i;
    info.argv = argv + i;
    if (!(info.exe_path = find_program(argv[i]))) {
        fprintf(stderr, "winrun: %s: %s\n", argv[i], strerror(errno));
        return EXIT_NOT_FOUND;
    }
    if (!(info.prefix = prefix_open(prefix_arg))) return 126;
    if (!(info.libdir = find_libdir())) {
        fprintf(stderr, "winrun: cannot find the builtin DLL directory\n");
        return 126;
    }
    return __winrun_start(&info);
}
