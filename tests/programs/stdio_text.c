/* stdio_text.c - what the CRT writes to stdout/stderr, byte for byte.
 * run.sh captures stdout and stderr once into files and once through pipes
 * and compares them with the bytes expected on Windows: text mode turns
 * "\n" into "\r\n" (also a "\n" after an explicit "\r"), binary mode and
 * WriteFile do not translate, low-level _write translates too, and exit()
 * flushes what is still buffered after running the atexit handlers.
 * No ok() here: the checks are the runner's comparisons. */
#include "test.h"
#include <fcntl.h>
#include <io.h>
#include <stdlib.h>

static void at_exit(void)
{
    printf("atexit\n");     /* still buffered; exit() must flush it */
}

int main(void)
{
    static char longline[5001];
    DWORD written;

    printf("printf %d\n", 42);
    puts("puts line");
    fputs("fputs line\n", stdout);
    fwrite("fwrite line\n", 1, 12, stdout);
    putchar('a'); putchar('\n'); fputc('b', stdout); fputc('\n', stdout);
    printf("crlf\r\n");                 /* becomes \r\r\n in text mode */
    fflush(stdout);

    WriteFile(GetStdHandle(STD_OUTPUT_HANDLE), "raw\n", 4, &written, NULL);
    _setmode(_fileno(stdout), _O_BINARY);
    printf("binary\n");
    fflush(stdout);
    _setmode(_fileno(stdout), _O_TEXT);
    _write(1, "lowio\n", 6);

    memset(longline, 'x', 5000);        /* longer than the stdio buffer */
    puts(longline);

    fprintf(stderr, "stderr line\n");
    fputs("err2\n", stderr);

    atexit(at_exit);
    test_done();
    printf("after done\n");
    exit(0);
}
