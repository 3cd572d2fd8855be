/* mkres.c - a host (Linux) tool of the sample GUI program: writes
 * sketchpad.bmp (the 16x16 quadrant tile of sketchpad.h) and sketchpad.ico
 * (a 32x32 32 bpp icon: a blue disc with a white stroke) into the
 * directory given, for windres. Generated so the repository holds text only
 * and the test knows every pixel. */
#include <stdio.h>
#include <string.h>
#include "sketchpad.h"

static void put16(unsigned char *p, unsigned v) { p[0] = v; p[1] = v >> 8; }
static void put32(unsigned char *p, unsigned long v) { p[0] = v; p[1] = v >> 8; p[2] = v >> 16; p[3] = v >> 24; }

static int write_file(const char *dir, const char *name, const unsigned char *data, size_t size)
{
    char path[4096];
    FILE *f;

    snprintf(path, sizeof(path), "%s/%s", dir, name);
    if (!(f = fopen(path, "wb")) || fwrite(data, 1, size, f) != size || fclose(f)) {
        fprintf(stderr, "mkres: cannot write %s\n", path);
        return 1;
    }
    return 0;
}

static unsigned long tile_pixel(int x, int y)
{
    int half = TILE_SIZE / 2;
    return y < half ? (x < half ? TILE_TL : TILE_TR) : (x < half ? TILE_BL : TILE_BR);
}

/* BITMAPFILEHEADER, BITMAPINFOHEADER, bottom-up 24 bpp rows */
static size_t make_bmp(unsigned char *out)
{
    int stride = (TILE_SIZE * 3 + 3) & ~3;
    size_t size = 14 + 40 + (size_t)stride * TILE_SIZE;
    unsigned char *p = out + 54;

    memset(out, 0, size);
    out[0] = 'B'; out[1] = 'M';
    put32(out + 2, size); put32(out + 10, 54);
    put32(out + 14, 40); put32(out + 18, TILE_SIZE); put32(out + 22, TILE_SIZE);
    put16(out + 26, 1); put16(out + 28, 24);
    for (int y = TILE_SIZE - 1; y >= 0; y--, p += stride)
        for (int x = 0; x < TILE_SIZE; x++) {
            unsigned long c = tile_pixel(x, y);
            p[x * 3] = c; p[x * 3 + 1] = c >> 8; p[x * 3 + 2] = c >> 16;
        }
    return size;
}

/* ICONDIR with one entry, then its BITMAPINFOHEADER (double height),
 * bottom-up BGRA rows and the 1 bpp AND mask (1 = transparent) */
static size_t make_ico(unsigned char *out)
{
    enum { N = 32 };
    size_t image = 40 + N * N * 4 + N * 4, size = 6 + 16 + image;
    unsigned char *p = out + 22, *mask;

    memset(out, 0, size);
    put16(out + 2, 1); put16(out + 4, 1);
    out[6] = N; out[7] = N;
    put16(out + 10, 1); put16(out + 12, 32);
    put32(out + 14, image); put32(out + 18, 22);
    put32(p, 40); put32(p + 4, N); put32(p + 8, N * 2);
    put16(p + 12, 1); put16(p + 14, 32);
    put32(p + 20, N * N * 4 + N * 4);
    p += 40;
    mask = p + N * N * 4;
    for (int y = N - 1; y >= 0; y--)
        for (int x = 0; x < N; x++, p += 4) {
            int dx = 2 * x - (N - 1), dy = 2 * y - (N - 1), d2 = dx * dx + dy * dy;
            int inside = d2 <= (N - 2) * (N - 2), stroke = x >= 8 && x < 24 && x - y >= -2 && x - y <= 2;
            unsigned long c = !inside ? 0 : stroke ? 0xffffffff : 0xff2060c0;
            put32(p, c);
            if (!inside) mask[(N - 1 - y) * 4 + x / 8] |= 0x80 >> (x % 8);
        }
    return size;
}

int main(int argc, char **argv)
{
    static unsigned char buf[16384];

    if (argc != 2) {
        fprintf(stderr, "usage: mkres DIR\n");
        return 2;
    }
    if (write_file(argv[1], "sketchpad.bmp", buf, make_bmp(buf))) return 1;
    return write_file(argv[1], "sketchpad.ico", buf, make_ico(buf));
}
