/*
 * Malformed-executable checks: makes deterministic mutated variants of a
 * valid hello world (truncations, corrupted header and section fields, each
 * data directory pointed at absurd, overflowing or overlapping places,
 * corrupted directory contents, byte flips from a fixed seed) and runs each
 * under winrun.
 *
 *   mutate gen HELLO.exe DIR              write the variants into DIR
 *   mutate run WINRUN HELLO.exe DIR       write, run and judge each one
 *
 * A run passes when winrun is neither killed by a signal nor still running
 * after the time limit, and its "winrun: " lines are what the contract
 * allows: exit 126 with exactly one line and nothing else on stderr, or at
 * most one such line (a crash report, an unimplemented function) with
 * any exit code. Prints "ok badinput:mutant-NAME" or "FAIL ..." per
 * variant; run.sh tallies them.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "winnt.h"

#define TIME_LIMIT_MS 10000

static const unsigned char *orig;
static size_t orig_size;
static unsigned char *buf;           /* the variant being made */
static size_t buf_size;
static size_t lfanew, opt_off, sect_off, dir_off;
static unsigned int nsections;

/* what to do with each finished variant */
static void (*emit_fn)(const char *name);
static const char *out_dir;
static const char *winrun;
static unsigned int passed, failed, count;

static void put16(size_t off, unsigned int v) { if (off + 2 <= buf_size) memcpy(buf + off, &(uint16_t){ v }, 2); }
static void put32(size_t off, uint32_t v) { if (off + 4 <= buf_size) memcpy(buf + off, &v, 4); }
static void put64(size_t off, uint64_t v) { if (off + 8 <= buf_size) memcpy(buf + off, &v, 8); }
static uint32_t get32(size_t off) { uint32_t v = 0; if (off + 4 <= orig_size) memcpy(&v, orig + off, 4); return v; }

static void reset(void)
{
    memcpy(buf, orig, orig_size);
    buf_size = orig_size;
}

static void emit(const char *fmt, ...)
{
    char name[96];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(name, sizeof(name), fmt, ap);
    va_end(ap);
    count++;
    emit_fn(name);
    reset();
}

/* the file offset of RVA in the original, or 0 when it has none */
static size_t rva_to_offset(uint32_t rva)
{
    for (unsigned int i = 0; i < nsections; i++) {
        const IMAGE_SECTION_HEADER *s = (const IMAGE_SECTION_HEADER *)(orig + sect_off) + i;
        if (rva >= s->VirtualAddress && rva - s->VirtualAddress < s->SizeOfRawData)
            return s->PointerToRawData + (rva - s->VirtualAddress);
    }
    return 0;
}

static uint32_t dir_rva(unsigned int i) { return get32(dir_off + i * 8); }
static uint32_t dir_size(unsigned int i) { return get32(dir_off + i * 8 + 4); }

static uint32_t rng_state = 12345;
static uint32_t rng(void)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return rng_state >> 8;
}

static void make_variants(void)
{
    const IMAGE_NT_HEADERS64 *nt = (const IMAGE_NT_HEADERS64 *)(orig + lfanew);
    uint32_t image_size = nt->OptionalHeader.SizeOfImage;
    size_t fh = lfanew + 4;
    size_t n;

    /* truncations: through the headers densely, then across the file */
    static const size_t head_cuts[] = { 1, 2, 32, 63, 64, 65 };
    for (n = 0; n < sizeof(head_cuts) / sizeof(head_cuts[0]); n++) {
        buf_size = head_cuts[n];
        emit("trunc-%zu", head_cuts[n]);
    }
    for (size_t off = lfanew; off < sect_off + nsections * sizeof(IMAGE_SECTION_HEADER) + 8; off += 12) {
        buf_size = off;
        emit("trunc-%zu", off);
    }
    for (n = 1; n < 24; n++) {
        buf_size = orig_size / 24 * n;
        emit("trunc-%zu", buf_size);
    }
    buf_size = orig_size - 1;
    emit("trunc-last-byte");

    /* DOS and file header */
    put32(60, 0); emit("lfanew-0");
    put32(60, 2); emit("lfanew-2");
    put32(60, 0xffffffff); emit("lfanew-max");
    put32(60, 0x80000000); emit("lfanew-negative");
    put32(60, (uint32_t)orig_size - 4); emit("lfanew-end");
    put32(60, (uint32_t)orig_size); emit("lfanew-size");
    put16(fh, 0); emit("machine-0");
    put16(fh, 0xaa64); emit("machine-arm64");
    put16(fh + 2, 0); emit("nsections-0");
    put16(fh + 2, 0xffff); emit("nsections-max");
    put16(fh + 2, nsections + 1); emit("nsections-plus1");
    put16(fh + 2, 97); emit("nsections-97");
    put16(fh + 16, 0); emit("optsize-0");
    put16(fh + 16, 0xe0); emit("optsize-pe32");
    put16(fh + 16, 0xffff); emit("optsize-max");
    put16(fh + 16, 0xf0 + 8); emit("optsize-plus8");
    put16(fh + 16, 0x70); emit("optsize-no-dirs");
    put16(fh + 18, 0x2000 | 0x0002); emit("characteristics-dll");
    put16(fh + 18, 0x0001 | 0x0002); emit("characteristics-relocs-stripped");

    /* optional header */
    put16(opt_off, 0x10b); emit("magic-pe32");
    put16(opt_off, 0); emit("magic-0");
    put32(opt_off + 16, 0xffffffff); emit("entry-max");
    put32(opt_off + 16, image_size); emit("entry-image-end");
    put32(opt_off + 16, 0); emit("entry-0");
    put32(opt_off + 16, 8); emit("entry-headers");
    put64(opt_off + 24, 0); emit("imagebase-0");
    put64(opt_off + 24, 0x10000); emit("imagebase-64k");
    put64(opt_off + 24, 0xffffffffffff0000ull); emit("imagebase-top");
    put64(opt_off + 24, 0x7fffffff0000ull); emit("imagebase-user-top");
    put64(opt_off + 24, 0x140000001ull); emit("imagebase-unaligned");
    put32(opt_off + 32, 0); emit("sectalign-0");
    put32(opt_off + 32, 3); emit("sectalign-3");
    put32(opt_off + 32, 0x80000000); emit("sectalign-huge");
    put32(opt_off + 36, 0); emit("filealign-0");
    put32(opt_off + 36, 3); emit("filealign-3");
    put32(opt_off + 36, 0x80000000); emit("filealign-huge");
    put32(opt_off + 56, 0); emit("imagesize-0");
    put32(opt_off + 56, 1); emit("imagesize-1");
    put32(opt_off + 56, 0x1000); emit("imagesize-page");
    put32(opt_off + 56, 0xffffffff); emit("imagesize-max");
    put32(opt_off + 56, 0x7ffff000); emit("imagesize-2g");
    put32(opt_off + 60, 0); emit("headersize-0");
    put32(opt_off + 60, 0xffffffff); emit("headersize-max");
    put32(opt_off + 60, image_size); emit("headersize-image");
    put32(opt_off + 60, (uint32_t)orig_size + 1); emit("headersize-file");
    put64(opt_off + 72, 0); emit("stack-reserve-0");
    put64(opt_off + 72, 0xffffffffffffffffull); emit("stack-reserve-max");
    put64(opt_off + 72, 0x7fffffffffffull); emit("stack-reserve-huge");
    put64(opt_off + 80, 0xffffffffffffffffull); emit("stack-commit-max");
    put64(opt_off + 88, 0xffffffffffffffffull); emit("heap-reserve-max");
    put32(opt_off + 108, 0); emit("ndirs-0");
    put32(opt_off + 108, 17); emit("ndirs-17");
    put32(opt_off + 108, 0xffffffff); emit("ndirs-max");
    put32(opt_off + 108, 2); emit("ndirs-2");

    /* section table */
    for (unsigned int i = 0; i < nsections; i++) {
        size_t s = sect_off + i * sizeof(IMAGE_SECTION_HEADER);
        const IMAGE_SECTION_HEADER *prev = (const IMAGE_SECTION_HEADER *)(orig + sect_off) + (i ? i - 1 : 1);
        put32(s + 8, 0xffffffff); emit("sect%u-vsize-max", i);
        put32(s + 8, 0x7fffffff); emit("sect%u-vsize-2g", i);
        put32(s + 12, 0); emit("sect%u-rva-0", i);
        put32(s + 12, 0xfffff000); emit("sect%u-rva-max", i);
        put32(s + 12, prev->VirtualAddress); emit("sect%u-overlap", i);
        put32(s + 16, 0xffffffff); emit("sect%u-rawsize-max", i);
        put32(s + 20, 0xffffffff); emit("sect%u-rawptr-max", i);
        put32(s + 20, (uint32_t)orig_size - 16); emit("sect%u-rawptr-end", i);
        put32(s + 36, 0); emit("sect%u-no-access", i);
    }

    /* every data directory: absurd, overflowing, overlapping */
    for (unsigned int d = 0; d < 16; d++) {
        size_t e = dir_off + d * 8;
        put32(e, 0xffffffff); put32(e + 4, 0x10); emit("dir%u-rva-max", d);
        put32(e, 0x1000); put32(e + 4, 0xffffffff); emit("dir%u-size-max", d);
        put32(e, image_size - 4); put32(e + 4, 0x100); emit("dir%u-past-end", d);
        put32(e, 0x40); put32(e + 4, 0x200); emit("dir%u-in-headers", d);
        put32(e, dir_rva(d == 1 ? 0 : 1) ? dir_rva(d == 1 ? 0 : 1) : 0x1000); put32(e + 4, 0x400);
        emit("dir%u-overlap", d);
        put32(e, (uint32_t)nt->OptionalHeader.AddressOfEntryPoint); put32(e + 4, 0x1000); emit("dir%u-on-code", d);
        put32(e + 4, 1); emit("dir%u-size-1", d);
    }

    /* directory contents */
    size_t imp = rva_to_offset(dir_rva(IMAGE_DIRECTORY_ENTRY_IMPORT));
    if (imp) {
        uint32_t first_thunk = get32(imp + 16), lookup = get32(imp);
        size_t thunks = rva_to_offset(lookup);
        put32(imp + 12, 0xffffffff); emit("import-name-max");
        put32(imp + 12, dir_rva(IMAGE_DIRECTORY_ENTRY_IMPORT)); emit("import-name-unterminated");
        put32(imp + 16, 0xffffffff); emit("import-iat-max");
        put32(imp, 0xfffffff0); emit("import-lookup-max");
        put32(imp, image_size - 8); emit("import-lookup-end");
        put32(imp, dir_rva(IMAGE_DIRECTORY_ENTRY_IMPORT)); emit("import-lookup-self");
        put32(imp + 16, lookup); emit("import-iat-is-lookup");
        put32(imp + 16, first_thunk + 0x800000); emit("import-iat-far");
        for (unsigned int k = 0; k < 40; k++) put32(imp + 20 * k + 12, get32(imp + 12));
        emit("import-same-dll-40");
        if (thunks) {
            put64(thunks, 0xffffffffull); emit("import-thunk-name-max");
            put64(thunks, image_size - 2); emit("import-thunk-name-end");
            put64(thunks, 0x800000000000ffffull); emit("import-thunk-ordinal-bad");
            put64(thunks, 0x8000000000000000ull); emit("import-thunk-ordinal-0");
            put64(thunks + 8, 0); put64(thunks, 0); emit("import-thunks-empty");
        }
    }
    size_t rel = rva_to_offset(dir_rva(IMAGE_DIRECTORY_ENTRY_BASERELOC));
    if (rel) {
        put32(rel + 4, 0); emit("reloc-block-0");
        put32(rel + 4, 1); emit("reloc-block-1");
        put32(rel + 4, 0xffffffff); emit("reloc-block-max");
        put32(rel, 0xfffff000); emit("reloc-page-max");
        put32(rel, image_size); emit("reloc-page-end");
        put16(rel + 8, 0xf000); emit("reloc-type-bad");
        put16(rel + 8, 0x5fff); emit("reloc-type-5");
        /* the same relocations, forced to apply: the preferred base is NULL */
        put64(opt_off + 24, 0); put32(rel, 0xfffff000); emit("reloc-page-max-applied");
        put64(opt_off + 24, 0); put16(rel + 8, 0xafff); put32(rel, image_size - 0x1000); emit("reloc-entry-end-applied");
        put64(opt_off + 24, 0); put16(rel + 8, 0x1fff); emit("reloc-type-high-applied");
    }
    size_t tls = rva_to_offset(dir_rva(IMAGE_DIRECTORY_ENTRY_TLS));
    if (tls) {
        uint64_t base = nt->OptionalHeader.ImageBase;
        put64(tls, 0xffffffffffffffffull); emit("tls-start-max");
        put64(tls + 8, 0xffffffffffffffffull); emit("tls-end-max");
        put64(tls, base + image_size - 8); emit("tls-start-after-end");
        put64(tls + 16, 0x1234); emit("tls-index-bad");
        put64(tls + 24, 0x1234); emit("tls-callbacks-bad");
        put64(tls + 24, base + image_size - 4); emit("tls-callbacks-end");
        put64(tls + 24, base + dir_rva(IMAGE_DIRECTORY_ENTRY_TLS)); emit("tls-callbacks-self");
        put32(tls + 32, 0xffffffff); emit("tls-zerofill-max");
    }
    size_t pdata = rva_to_offset(dir_rva(IMAGE_DIRECTORY_ENTRY_EXCEPTION));
    if (pdata) {
        put32(pdata + 4, 0); emit("pdata-end-0");
        put32(pdata + 8, 0xffffffff); emit("pdata-unwind-max");
        put32(pdata, 0xffffffff); emit("pdata-begin-max");
    }

    /* byte flips with a fixed seed: the DOS, file and optional headers and
     * directories, not code, so that a variant that loads still behaves;
     * not the section table, where a flip that leaves .bss unzeroed makes
     * the CRT's start-up wait forever, on Windows too */
    size_t header_end = sect_off;
    for (n = 0; n < 48; n++) {
        unsigned int flips = 1 + rng() % 6;
        for (unsigned int k = 0; k < flips; k++) {
            size_t off = rng() % header_end;
            buf[off] ^= 1u << (rng() % 8);
        }
        emit("flip-headers-%zu", n);
    }
    static const unsigned int flip_dirs[] = { IMAGE_DIRECTORY_ENTRY_IMPORT, IMAGE_DIRECTORY_ENTRY_BASERELOC,
                                              IMAGE_DIRECTORY_ENTRY_TLS, IMAGE_DIRECTORY_ENTRY_IAT };
    for (n = 0; n < 32; n++) {
        unsigned int d = flip_dirs[n % 4];
        size_t start = rva_to_offset(dir_rva(d)), len = dir_size(d);
        if (!start || !len || start + len > orig_size) continue;
        for (unsigned int k = 0; k < 3; k++) buf[start + rng() % len] = (unsigned char)rng();
        emit("flip-dir%u-%zu", d, n);
    }
}

/* ---- running ---- */

static void write_variant(const char *path)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(buf, 1, buf_size, f) != buf_size || fclose(f)) {
        fprintf(stderr, "mutate: cannot write %s: %s\n", path, strerror(errno));
        exit(2);
    }
}

static void gen_one(const char *name)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/%03u-%s.exe", out_dir, count, name);
    write_variant(path);
}

static int wait_with_limit(pid_t pid, int *status)
{
    for (int waited = 0; waited < TIME_LIMIT_MS; waited += 10) {
        pid_t r = waitpid(pid, status, WNOHANG);
        if (r == pid) return 0;
        nanosleep(&(struct timespec){ 0, 10 * 1000 * 1000 }, NULL);
    }
    kill(-pid, SIGKILL);
    waitpid(pid, status, 0);
    return -1;
}

static void run_one(const char *name)
{
    char path[4096], err_path[4096 + 8], line[512], first[512] = "", frame0[512] = "";
    int status, lines = 0, winrun_lines = 0;
    const char *why = NULL;
    pid_t pid;
    FILE *err;

    snprintf(path, sizeof(path), "%s/%03u-%s.exe", out_dir, count, name);
    snprintf(err_path, sizeof(err_path), "%s.err", path);
    write_variant(path);
    if ((pid = fork()) < 0) { perror("mutate: fork"); exit(2); }
    if (!pid) {
        int null = open("/dev/null", O_RDWR), e = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        setpgid(0, 0);
        dup2(null, 0);
        dup2(null, 1);
        dup2(e, 2);
        execl(winrun, winrun, path, (char *)NULL);
        _exit(127);
    }
    setpgid(pid, pid);
    if (wait_with_limit(pid, &status)) why = "still running after the time limit";
    if ((err = fopen(err_path, "r"))) {
        while (fgets(line, sizeof(line), err)) {
            lines++;
            if (!strncmp(line, "winrun: ", 8)) {
                if (!winrun_lines++) snprintf(first, sizeof(first), "%s", line);
            }
            if (!strncmp(line, "  #0 ", 5)) snprintf(frame0, sizeof(frame0), "%s", line);
        }
        fclose(err);
    }
    first[strcspn(first, "\n")] = 0;
    if (why) {
    } else if (WIFSIGNALED(status)) {
        why = strsignal(WTERMSIG(status));
    } else if (WEXITSTATUS(status) == 126 && (lines != 1 || winrun_lines != 1)) {
        why = "exit 126 without exactly one winrun: line";
    } else if (winrun_lines > 1) {
        why = "more than one winrun: line";
    } else if (strstr(frame0, "ntdll")) {
        /* the loader is ntdll: a hello world faulting there is a loader bug
         * that the crash report would otherwise hide */
        why = "crash inside ntdll";
    } else if (WEXITSTATUS(status) == 126 && !strstr(first, strrchr(path, '/') + 1)) {
        why = "the winrun: line does not name the file";
    }
    if (why) {
        printf("FAIL badinput:mutant-%s: %s (status 0x%x) %s\n", name, why, status, first);
        failed++;
    } else {
        printf("ok badinput:mutant-%s %s\n", name, first);
        passed++;
        unlink(path);
    }
    unlink(err_path);
    fflush(stdout);
}

static void load_original(const char *path)
{
    struct stat st;
    int fd = open(path, O_RDONLY);
    unsigned char *p;
    const IMAGE_NT_HEADERS64 *nt;

    if (fd < 0 || fstat(fd, &st) || !(p = malloc(st.st_size)) || read(fd, p, st.st_size) != st.st_size) {
        fprintf(stderr, "mutate: cannot read %s\n", path);
        exit(2);
    }
    close(fd);
    orig = p;
    orig_size = st.st_size;
    lfanew = get32(60);
    if (orig_size < 64 || lfanew + sizeof(IMAGE_NT_HEADERS64) > orig_size) {
        fprintf(stderr, "mutate: %s is not a PE32+ file\n", path);
        exit(2);
    }
    nt = (const IMAGE_NT_HEADERS64 *)(orig + lfanew);
    opt_off = lfanew + 4 + sizeof(IMAGE_FILE_HEADER);
    dir_off = opt_off + offsetof(IMAGE_OPTIONAL_HEADER64, DataDirectory);
    sect_off = opt_off + nt->FileHeader.SizeOfOptionalHeader;
    nsections = nt->FileHeader.NumberOfSections;
    if (sect_off + nsections * sizeof(IMAGE_SECTION_HEADER) > orig_size) {
        fprintf(stderr, "mutate: %s has a bad section table\n", path);
        exit(2);
    }
    if (!(buf = malloc(orig_size))) exit(2);
    reset();
}

int main(int argc, char **argv)
{
    if (argc == 4 && !strcmp(argv[1], "gen")) {
        load_original(argv[2]);
        out_dir = argv[3];
        emit_fn = gen_one;
        make_variants();
        printf("%u variants\n", count);
        return 0;
    }
    if (argc == 5 && !strcmp(argv[1], "run")) {
        winrun = argv[2];
        load_original(argv[3]);
        out_dir = argv[4];
        emit_fn = run_one;
        make_variants();
        printf("%u passed, %u failed\n", passed, failed);
        return failed != 0;
    }
    fprintf(stderr, "usage: mutate gen HELLO.exe DIR | mutate run WINRUN HELLO.exe DIR\n");
    return 2;
}
