/* The sample from README: prints its arguments and exits with 3, the same
 * way under Windows, Wine and winrun. */
#include <stdio.h>
#include <windows.h>

int main(int argc, char **argv)
{
    char path[MAX_PATH];

    printf("hello from a Windows program\n");
    for (int i = 1; i < argc; i++) printf("argument %d: %s\n", i, argv[i]);
    GetModuleFileNameA(NULL, path, sizeof(path));
    printf("running as %s on Windows %lu.%lu\n", path, GetVersion() & 0xff, (GetVersion() >> 8) & 0xff);
    return 3;
}
