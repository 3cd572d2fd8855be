/* user_icon_gen.h - the .ico, .cur and .bmp files of user_icon.exe, made
 * by user_icon_gen (a host program, for windres) and by the test itself
 * (for LoadImage with LR_LOADFROMFILE), so the test knows every pixel.
 * Plain C with byte-exact little-endian writes: it builds on Linux and
 * with mingw alike. */
#include <string.h>

struct gen_entry { int size, bpp; };
/* the icon group: two 32x32 entries of different depths, so the depth decides */
static const struct gen_entry gen_icons[] = { { 16, 24 }, { 32, 32 }, { 32, 4 }, { 48, 8 } };
#define GEN_ICONS 4
#define GEN_CUR_HOT_X 5
#define GEN_CUR_HOT_Y 7

static void gen_put16(unsigned char *p, unsigned v) { p[0] = v; p[1] = v >> 8; }
static void gen_put32(unsigned char *p, unsigned long v) { p[0] = v; p[1] = v >> 8; p[2] = v >> 16; p[3] = v >> 24; }

/* palette entry I as 0x00RRGGBB */
static unsigned long gen_palette(int i)
{
    return (unsigned long)(i * 37 & 0xff) << 16 | (i * 91 & 0xff) << 8 | (i * 53 & 0xff);
}
static int gen_index(int x, int y, int bpp) { return (x / 4 + y / 4) % (1 << bpp); }
/* 0xAARRGGBB of the colour image (alpha only at 32 bpp) */
static unsigned long gen_pixel(int x, int y, int bpp)
{
    if (bpp <= 8) return gen_palette(gen_index(x, y, bpp));
    if (bpp == 24) return (unsigned long)(x * 8) << 16 | (y * 8) << 8 | 0x80;
    return (unsigned long)(x < 8 ? 0 : x < 16 ? 0x80 : 0xff) << 24 | (unsigned long)(x * 8) << 16 | (y * 8) << 8 | 0xc8;
}
/* the AND mask: 1 = transparent */
static int gen_and(int x, int y, int bpp)
{
    if (bpp == 32) return x < 8;
    if (bpp == 1) return x >= 24;
    return (x + y) % 7 == 0;
}
/* monochrome cursor image: 1 = white */
static int gen_mono(int x, int y) { (void)y; return (x / 4) % 2; }

/* one RT_ICON/RT_CURSOR image (no hotspot): header, table, XOR, AND */
static unsigned long gen_image(unsigned char *out, int size, int bpp)
{
    int colors = bpp <= 8 ? 1 << bpp : 0, xs = (size * bpp + 31) / 32 * 4, as = (size + 31) / 32 * 4, x, y, i;
    unsigned char *p = out;

    memset(p, 0, 40);
    gen_put32(p, 40); gen_put32(p + 4, size); gen_put32(p + 8, size * 2);
    gen_put16(p + 12, 1); gen_put16(p + 14, bpp);
    gen_put32(p + 20, (unsigned long)(xs + as) * size);
    p += 40;
    for (i = 0; i < colors; i++, p += 4) {
        unsigned long c = bpp == 1 ? (i ? 0xffffff : 0) : gen_palette(i);
        gen_put32(p, c);
    }
    for (y = size - 1; y >= 0; y--, p += xs) {
        memset(p, 0, xs);
        for (x = 0; x < size; x++) {
            unsigned long c = gen_pixel(x, y, bpp);
            switch (bpp) {
            case 1: if (gen_mono(x, y)) p[x / 8] |= 0x80 >> (x % 8); break;
            case 4: p[x / 2] |= gen_index(x, y, 4) << (x % 2 ? 0 : 4); break;
            case 8: p[x] = gen_index(x, y, 8); break;
            case 24: p[x * 3] = c; p[x * 3 + 1] = c >> 8; p[x * 3 + 2] = c >> 16; break;
            case 32: gen_put32(p + x * 4, c); break;
            }
        }
    }
    for (y = size - 1; y >= 0; y--, p += as) {
        memset(p, 0, as);
        for (x = 0; x < size; x++) if (gen_and(x, y, bpp)) p[x / 8] |= 0x80 >> (x % 8);
    }
    return p - out;
}

/* an .ico file with every entry of gen_icons, or a .cur file with one 32x32 monochrome cursor */
static unsigned long gen_ico(unsigned char *out, int cursor)
{
    int n = cursor ? 1 : GEN_ICONS, i;
    unsigned long offset = 6 + 16 * n;

    gen_put16(out, 0); gen_put16(out + 2, cursor ? 2 : 1); gen_put16(out + 4, n);
    for (i = 0; i < n; i++) {
        unsigned char *e = out + 6 + 16 * i;
        int size = cursor ? 32 : gen_icons[i].size, bpp = cursor ? 1 : gen_icons[i].bpp;
        unsigned long len = gen_image(out + offset, size, bpp);
        e[0] = size; e[1] = size; e[2] = bpp < 8 ? 1 << bpp : 0; e[3] = 0;
        gen_put16(e + 4, cursor ? GEN_CUR_HOT_X : 1); gen_put16(e + 6, cursor ? GEN_CUR_HOT_Y : bpp);
        gen_put32(e + 8, len); gen_put32(e + 12, offset);
        offset += len;
    }
    return offset;
}

/* a .bmp: 6x3 at 24 bpp, bottom-up, pixel (x, y) = RGB(40 * x, 80 * y, 7) */
static unsigned long gen_bmp(unsigned char *out)
{
    int x, y, stride = (6 * 3 + 3) / 4 * 4;
    unsigned long size = 14 + 40 + stride * 3;
    unsigned char *p = out + 54;

    memset(out, 0, size);
    out[0] = 'B'; out[1] = 'M'; gen_put32(out + 2, size); gen_put32(out + 10, 54);
    gen_put32(out + 14, 40); gen_put32(out + 18, 6); gen_put32(out + 22, 3);
    gen_put16(out + 26, 1); gen_put16(out + 28, 24);
    for (y = 2; y >= 0; y--, p += stride)
        for (x = 0; x < 6; x++) { p[x * 3] = 7; p[x * 3 + 1] = 80 * y; p[x * 3 + 2] = 40 * x; }
    return size;
}
