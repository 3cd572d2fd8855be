/*
 * gendata DIR: writes the 7za round-trip test's input, the same bytes on
 * every machine: text-like files (compressible), random-looking files
 * (incompressible), an empty file, a subdirectory and a name with spaces.
 * xorshift64 keeps it independent of any libc's rand().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static unsigned long long state = 0x9e3779b97f4a7c15ull;

static unsigned long long next(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static FILE *open_out(const char *dir, const char *name)
{
    char path[4096];
    FILE *f;
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    if (!(f = fopen(path, "wb"))) {
        perror(path);
        exit(1);
    }
    return f;
}

static void text_file(const char *dir, const char *name, size_t size)
{
    static const char *words[] = { "archive", "window", "kernel", "thread", "handle", "stream",
                                   "compress", "extract", "module", "section", "\r\n", "; " };
    FILE *f = open_out(dir, name);
    size_t n = 0;
    while (n < size) {
        const char *w = words[next() % (sizeof(words) / sizeof(words[0]))];
        n += fwrite(w, 1, strlen(w), f);
        n += fwrite(" ", 1, 1, f);
    }
    fclose(f);
}

static void random_file(const char *dir, const char *name, size_t size)
{
    FILE *f = open_out(dir, name);
    for (size_t i = 0; i < size; i += 8) {
        unsigned long long v = next();
        fwrite(&v, 1, size - i < 8 ? size - i : 8, f);
    }
    fclose(f);
}

int main(int argc, char **argv)
{
    char sub[4096];

    if (argc != 2) {
        fprintf(stderr, "usage: gendata DIR\n");
        return 2;
    }
    snprintf(sub, sizeof(sub), "%s/sub dir", argv[1]);
    if (mkdir(argv[1], 0755) || mkdir(sub, 0755)) {
        perror("mkdir");
        return 1;
    }
    text_file(argv[1], "text1.txt", 3 << 20);
    text_file(sub, "Text Two.log", 700 << 10);
    random_file(argv[1], "random.bin", 1 << 20);
    random_file(sub, "small.bin", 1234);
    fclose(open_out(argv[1], "empty.dat"));
    return 0;
}
