/* ucrt_basic.c - a program linked against the UCRT (ucrtbase.dll through
 * the api-ms-win-crt-* API sets) instead of msvcrt.dll: printf, malloc,
 * argv, environment, and the exit code (run.sh passes "alpha" "beta gamma"
 * and expects 7, set by exit()). */
#include "test.h"
#include <stdlib.h>

/* Walk our own import directory: does it name msvcrt.dll, and does it
 * name ucrtbase.dll or an api-ms-win-crt-* set? */
static void crt_imports(int *msvcrt, int *ucrt)
{
    char *base = (char *)GetModuleHandleA(NULL);
    IMAGE_NT_HEADERS64 *nt = (IMAGE_NT_HEADERS64 *)(base + ((IMAGE_DOS_HEADER *)base)->e_lfanew);
    IMAGE_DATA_DIRECTORY *dir = &nt->OptionalHeader.DataDirectory[IMAGE_DIRECTORY_ENTRY_IMPORT];
    IMAGE_IMPORT_DESCRIPTOR *d = (IMAGE_IMPORT_DESCRIPTOR *)(base + dir->VirtualAddress);

    *msvcrt = *ucrt = 0;
    for (; d->Name; d++) {
        const char *name = base + d->Name;
        if (!lstrcmpiA(name, "msvcrt.dll"))
            (*msvcrt)++;
        if (!lstrcmpiA(name, "ucrtbase.dll") || !_strnicmp(name, "api-ms-win-crt-", 15))
            (*ucrt)++;
    }
}

int main(int argc, char **argv)
{
    const char *volatile six = "abcdef";   /* volatile: no truncation warning */
    char buf[64];
    int msvcrt, ucrt, r;
    char *p;

    crt_imports(&msvcrt, &ucrt);
    ok(msvcrt == 0 && ucrt > 0, "imports: msvcrt %d, ucrt %d", msvcrt, ucrt);
    ok(GetModuleHandleA("ucrtbase.dll") != NULL, "ucrtbase.dll is loaded");

    ok(argc == 3, "argc %d", argc);
    ok(argc == 3 && !strcmp(argv[1], "alpha") && !strcmp(argv[2], "beta gamma"), "argv");
    ok(__argc == argc && __argv[2] && !strcmp(__argv[2], "beta gamma"), "__argc/__argv");

    r = printf("# printf from the UCRT %d\n", 7);
    ok(r == 25, "printf returns %d", r);
    r = snprintf(buf, 4, "%s", six);
    ok(r == 6 && !strcmp(buf, "abc"), "C99 snprintf: %d [%s]", r, buf);
    sprintf(buf, "%e", 12345.678);
    ok(!strcmp(buf, "1.234568e+04"), "UCRT prints two exponent digits: %s", buf);

    p = malloc(1000);
    ok(p != NULL && ((ULONG_PTR)p & 15) == 0, "malloc %p", p);
    p = realloc(p, 100000);
    ok(p != NULL && _msize(p) == 100000, "realloc/_msize");
    free(p);
    ok(getenv("WINRUN_TEST_VAR") && !strcmp(getenv("WINRUN_TEST_VAR"), "hello world"), "getenv");

    test_done();
    exit(7);
}
