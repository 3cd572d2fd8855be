/* host/user_icon_gen.c - a host (Linux) tool, not a test program: writes user_icon.ico, .cur and .bmp into
 * the directory given, for user_icon.rc (see user_icon_gen.h). */
#include <stdio.h>
#include <stdlib.h>
#include "../user_icon_gen.h"

static int write_file(const char *dir, const char *name, const unsigned char *data, unsigned long size)
{
    char path[4096];
    FILE *f;

    snprintf(path, sizeof(path), "%s/%s", dir, name);
    if (!(f = fopen(path, "wb")) || fwrite(data, 1, size, f) != size || fclose(f)) {
        fprintf(stderr, "user_icon_gen: cannot write %s\n", path);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    static unsigned char buf[65536];

    if (argc != 2) {
        fprintf(stderr, "usage: user_icon_gen DIR\n");
        return 2;
    }
    if (write_file(argv[1], "user_icon.ico", buf, gen_ico(buf, 0))) return 1;
    if (write_file(argv[1], "user_icon.cur", buf, gen_ico(buf, 1))) return 1;
    return write_file(argv[1], "user_icon.bmp", buf, gen_bmp(buf));
}
