/*
 * benchexec - runs one benchmark command several times and prints one line
 * for tests/bench/run.sh (a plain Linux program):
 *
 *     benchexec [-7] [-t SECONDS] RUNS COMMAND [ARGS...]
 *
 *     ok WALL_MS RSS_KIB VALUE UNIT    medians over the runs; VALUE and UNIT
 *                                      from the program's "bench NAME VALUE
 *                                      UNIT" line, "- -" if it printed none
 *     na REASON                        the program printed "bench-na: REASON"
 *                                      and exited 2 (its API is missing)
 *     fail REASON                      any other exit (REASON from a
 *                                      "bench-fail: REASON" line if any), or
 *                                      the time limit
 *
 * Wall time is CLOCK_MONOTONIC around fork..wait4, peak RSS is wait4's
 * ru_maxrss (the process and the descendants it waited for). -7 takes the
 * value from 7-Zip's "Tot:" line instead (its rating, the last field).
 * Each run gets its own process group, killed whole at the time limit
 * (-t, default 120 s). The command's stderr is benchexec's.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_RUNS 64

struct run {
    double wall_ms, rss_kib, value;
    int has_value;
    char unit[32];
};

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, n, sizeof(*v), compare);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Reads the child's whole output (bounded) until EOF or the deadline. */
static size_t read_output(int fd, char *buf, size_t size, double deadline, int *timed_out)
{
    size_t len = 0;
    *timed_out = 0;
    for (;;) {
        struct pollfd p = { .fd = fd, .events = POLLIN };
        double left = deadline - now_ms();
        char scratch[4096];
        ssize_t got;
        int r;

        if (left <= 0) { *timed_out = 1; break; }
        r = poll(&p, 1, left > 1000 ? 1000 : (int)left + 1);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) continue;
        got = read(fd, scratch, sizeof(scratch));
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;
        /* keep the last part: the result line comes last */
        if (len + got >= size) {
            size_t drop = len + got - size + 1;
            if (drop > len) drop = len;
            memmove(buf, buf + drop, len - drop);
            len -= drop;
        }
        if ((size_t)got >= size) got = size - 1;
        memcpy(buf + len, scratch, got);
        len += got;
    }
    buf[len] = 0;
    return len;
}

/* The value of the result line, "bench NAME VALUE UNIT" or 7-Zip's "Tot:". */
static int parse_value(char *out, int seven_zip, struct run *run, char *na, size_t na_size)
{
    char *line, *save = NULL;
    int found = 0;
    for (line = strtok_r(out, "\r\n", &save); line; line = strtok_r(NULL, "\r\n", &save)) {
        char name[64], unit[32];
        double value;
        if (!strncmp(line, "bench-na: ", 10) || !strncmp(line, "bench-fail: ", 12)) {
            snprintf(na, na_size, "%s", strchr(line, ' ') + 1);
        } else if (seven_zip && !strncmp(line, "Tot:", 4)) {
            char *last = strrchr(line, ' ');
            if (last && sscanf(last, "%lf", &value) == 1) {
                run->value = value;
                strcpy(run->unit, "rating");
                found = 1;
            }
        } else if (!seven_zip && sscanf(line, "bench %63s %lf %31s", name, &value, unit) == 3) {
            run->value = value;
            snprintf(run->unit, sizeof(run->unit), "%s", unit);
            found = 1;
        }
    }
    return found;
}

int main(int argc, char **argv)
{
    static char out[1 << 16];
    struct run runs[MAX_RUNS];
    double wall[MAX_RUNS], rss[MAX_RUNS], values[MAX_RUNS];
    int seven_zip = 0, limit_s = 120, n, i, opt;

    while ((opt = getopt(argc, argv, "+7t:")) != -1) {
        if (opt == '7') seven_zip = 1;
        else if (opt == 't') limit_s = atoi(optarg);
        else return 2;
    }
    if (argc - optind < 2 || (n = atoi(argv[optind])) < 1 || n > MAX_RUNS) {
        fprintf(stderr, "usage: benchexec [-7] [-t SECONDS] RUNS COMMAND [ARGS...]\n");
        return 2;
    }
    for (i = 0; i < n; i++) {
        int pipefd[2], status, timed_out;
        struct rusage usage;
        char na[256] = "";
        double start;
        pid_t pid;

        if (pipe2(pipefd, O_CLOEXEC)) { perror("benchexec: pipe"); return 1; }
        start = now_ms();
        if ((pid = fork()) < 0) { perror("benchexec: fork"); return 1; }
        if (!pid) {
            setpgid(0, 0);
            dup2(pipefd[1], 1);
            execvp(argv[optind + 1], argv + optind + 1);
            fprintf(stderr, "benchexec: %s: %s\n", argv[optind + 1], strerror(errno));
            _exit(127);
        }
        setpgid(pid, pid);
        close(pipefd[1]);
        read_output(pipefd[0], out, sizeof(out), start + limit_s * 1e3, &timed_out);
        if (timed_out) kill(-pid, SIGKILL);
        while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) ;
        runs[i].wall_ms = now_ms() - start;
        close(pipefd[0]);
        /* descendants that outlived the run (none should) go with it */
        kill(-pid, SIGKILL);
        runs[i].rss_kib = usage.ru_maxrss;
        runs[i].has_value = parse_value(out, seven_zip, &runs[i], na, sizeof(na));
        if (timed_out) { printf("fail time limit (%d s)\n", limit_s); return 0; }
        if (WIFEXITED(status) && WEXITSTATUS(status) == 2 && na[0]) { printf("na %s\n", na); return 0; }
        if (!WIFEXITED(status) || WEXITSTATUS(status)) {
            if (na[0]) printf("fail %s\n", na);
            else if (WIFEXITED(status)) printf("fail exit code %d\n", WEXITSTATUS(status));
            else printf("fail signal %d\n", WTERMSIG(status));
            return 0;
        }
        wall[i] = runs[i].wall_ms;
        rss[i] = runs[i].rss_kib;
        values[i] = runs[i].value;
        if (i && runs[i].has_value != runs[0].has_value) { printf("fail result line missing\n"); return 0; }
    }
    printf("ok %.3f %.0f ", median(wall, n), median(rss, n));
    if (runs[0].has_value) printf("%.6g %s\n", median(values, n), runs[0].unit);
    else printf("- -\n");
    return 0;
}
