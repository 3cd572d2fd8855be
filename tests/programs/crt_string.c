/* crt_string.c - msvcrt string functions with hidden state: strtok keeps
 * its position per thread. */
#include "test.h"

static char thread_result[32];

static DWORD WINAPI other_thread(void *arg)
{
    char s[] = "x y z";
    char *t;
    (void)arg;
    for (t = strtok(s, " "); t; t = strtok(NULL, " ")) strcat(thread_result, t);
    return 0;
}

int main(void)
{
    char s[] = "a,b,,c", out[16] = "";
    char *t;
    HANDLE h;

    t = strtok(s, ",");
    ok(t && !strcmp(t, "a"), "first token %s", t ? t : "(null)");
    /* a second thread's strtok must not disturb this thread's position */
    h = CreateThread(NULL, 0, other_thread, NULL, 0, NULL);
    ok(h != NULL, "CreateThread");
    WaitForSingleObject(h, INFINITE);
    CloseHandle(h);
    ok(!strcmp(thread_result, "xyz"), "the other thread's tokens: %s", thread_result);
    for (t = strtok(NULL, ","); t; t = strtok(NULL, ",")) strcat(out, t);
    ok(!strcmp(out, "bc"), "empty fields are skipped: %s", out);
    ok(strtok(NULL, ",") == NULL, "stays at the end");
    return test_done();
}
