/*
 * Replays a fuzz corpus without libFuzzer (so gcc builds run it too): each
 * file goes through LLVMFuzzerTestOneInput in a child of its own, so one
 * crashing input is one failure and the rest still run.
 *
 *   replay FILE...     prints "N passed, N failed"
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    uint8_t *data = NULL;
    size_t size = 0, cap = 0, n;

    if (!f) { perror(path); return 1; }
    for (;;) {
        if (size == cap) {
            uint8_t *grown = realloc(data, cap = cap ? cap * 2 : 4096);
            if (!grown) { fclose(f); free(data); return 1; }
            data = grown;
        }
        n = fread(data + size, 1, cap - size, f);
        if (!n) break;
        size += n;
    }
    fclose(f);
    LLVMFuzzerTestOneInput(data, size);
    free(data);
    return 0;
}

int main(int argc, char **argv)
{
    int passed = 0, failed = 0;

    for (int i = 1; i < argc; i++) {
        int status;
        pid_t pid;
        fflush(stdout);     /* the child exits normally: its atexit handlers clean up */
        if ((pid = fork()) < 0) { perror("fork"); return 1; }
        if (!pid) exit(run_file(argv[i]));
        if (waitpid(pid, &status, 0) == pid && WIFEXITED(status) && !WEXITSTATUS(status)) {
            passed++;
        } else {
            printf("FAIL: %s\n", argv[i]);
            failed++;
        }
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
