/*
 * The system icons (IDI_*) and cursors (IDC_*), drawn here from a few
 * shapes on a 32x32 grid rather than shipped as pictures. Icons are
 * 32 bpp with alpha, smoothed by 4x4 supersampling. Cursors are white
 * shapes with a one-pixel black outline (the I-beam and the cross are
 * black with a white outline), kept crisp: one sample a pixel.
 */
#include <stdlib.h>
#include <string.h>
#include "cursoricon.h"

enum kind { END, RECT_, CIRCLE, POLY };
enum op { ADD, SUB };

struct shape {
    BYTE kind, op;
    signed char rot;             /* degrees about the centre: 0, 45 or -45 */
    DWORD color;                 /* icons: ARGB */
    BYTE n;                      /* polygon points */
    float v[24];                 /* rect: l t r b; circle: x y r; polygon: x y pairs */
};

#define C_WHITE 0xffffffff
#define C_BLACK 0xff000000
#define C_BLUE  0xff1f5fbf
#define C_RED   0xffd42a2a
#define C_GOLD  0xfff2c12e
#define C_GRAY  0xff6a6a6a

static const struct shape icon_application[] = {
    { RECT_, ADD, 0, C_GRAY, 0, { 2, 4, 30, 28 } },
    { RECT_, ADD, 0, C_WHITE, 0, { 3, 9, 29, 27 } },
    { RECT_, ADD, 0, C_BLUE, 0, { 3, 5, 29, 9 } },
    { 0 }
};
static const struct shape icon_error[] = {
    { CIRCLE, ADD, 0, C_RED, 0, { 16, 16, 14.5f } },
    { RECT_, ADD, 45, C_WHITE, 0, { 14.5f, 8, 17.5f, 24 } },
    { RECT_, ADD, -45, C_WHITE, 0, { 14.5f, 8, 17.5f, 24 } },
    { 0 }
};
static const struct shape icon_warning[] = {
    { POLY, ADD, 0, 0xff7a5a00, 3, { 16, 1.5f, 31, 29, 1, 29 } },
    { POLY, ADD, 0, C_GOLD, 3, { 16, 3.5f, 29.3f, 28, 2.7f, 28 } },
    { RECT_, ADD, 0, C_BLACK, 0, { 14.5f, 10, 17.5f, 21 } },
    { RECT_, ADD, 0, C_BLACK, 0, { 14.5f, 23, 17.5f, 26 } },
    { 0 }
};
static const struct shape icon_information[] = {
    { CIRCLE, ADD, 0, C_BLUE, 0, { 16, 16, 14.5f } },
    { RECT_, ADD, 0, C_WHITE, 0, { 14.5f, 13, 17.5f, 25 } },
    { CIRCLE, ADD, 0, C_WHITE, 0, { 16, 9, 2 } },
    { 0 }
};
static const struct shape icon_question[] = {
    { CIRCLE, ADD, 0, C_BLUE, 0, { 16, 16, 14.5f } },
    { CIRCLE, ADD, 0, C_WHITE, 0, { 16, 12, 6.5f } },
    { CIRCLE, ADD, 0, C_BLUE, 0, { 16, 12, 3.5f } },
    { RECT_, ADD, 0, C_BLUE, 0, { 8, 12, 16, 19 } },
    { RECT_, ADD, 0, C_WHITE, 0, { 14.5f, 15.5f, 17.5f, 21 } },
    { CIRCLE, ADD, 0, C_WHITE, 0, { 16, 24.5f, 2 } },
    { 0 }
};
static const struct shape icon_winlogo[] = {
    { RECT_, ADD, 0, 0xfff25022, 0, { 2, 2, 15, 15 } },
    { RECT_, ADD, 0, 0xff7fba00, 0, { 17, 2, 30, 15 } },
    { RECT_, ADD, 0, 0xff00a4ef, 0, { 2, 17, 15, 30 } },
    { RECT_, ADD, 0, 0xffffb900, 0, { 17, 17, 30, 30 } },
    { 0 }
};
static const struct shape icon_shield[] = {
    { POLY, ADD, 0, C_BLUE, 7, { 16, 2, 28, 6, 28, 15, 23, 24, 16, 30, 9, 24, 4, 15 } },
    { POLY, ADD, 0, C_GOLD, 5, { 16, 2, 28, 6, 28, 15, 16, 15, 16, 2 } },
    { POLY, ADD, 0, C_GOLD, 4, { 16, 15, 16, 30, 9, 24, 4, 15 } },
    { POLY, ADD, 0, C_BLUE, 3, { 4, 6, 16, 2, 16, 15 } },
    { RECT_, ADD, 0, C_BLUE, 0, { 4, 6, 16, 15 } },
    { 0 }
};

#define ARROW(dx, dy) { POLY, ADD, 0, 0, 7, { 1 + dx, 1 + dy, 1 + dx, 22 + dy, 6 + dx, 17 + dy, 10 + dx, 26 + dy, \
                                              13 + dx, 25 + dy, 9.5f + dx, 16.5f + dy, 16 + dx, 16.5f + dy } }
#define VBAR { POLY, ADD, 0, 0, 10, { 16, 2, 22, 8, 18, 8, 18, 24, 22, 24, 16, 30, 10, 24, 14, 24, 14, 8, 10, 8 } }
#define HBAR { POLY, ADD, 0, 0, 10, { 2, 16, 8, 10, 8, 14, 24, 14, 24, 10, 30, 16, 24, 22, 24, 18, 8, 18, 8, 22 } }

static const struct shape cursor_arrow[] = { ARROW(0, 0), { 0 } };
static const struct shape cursor_ibeam[] = {
    { RECT_, ADD, 0, 0, 0, { 15, 5, 17, 27 } },
    { RECT_, ADD, 0, 0, 0, { 11, 3, 21, 5 } },
    { RECT_, ADD, 0, 0, 0, { 11, 27, 21, 29 } },
    { 0 }
};
#define HOURGLASS(x, y, s) { POLY, ADD, 0, 0, 10, { x, y, x + 16 * s, y, x + 16 * s, y + 3 * s, x + 9 * s, y + 13 * s, \
    x + 16 * s, y + 23 * s, x + 16 * s, y + 26 * s, x, y + 26 * s, x, y + 23 * s, x + 7 * s, y + 13 * s, x, y + 3 * s } }
static const struct shape cursor_wait[] = { HOURGLASS(8, 3, 1), { 0 } };
static const struct shape cursor_cross[] = {
    { RECT_, ADD, 0, 0, 0, { 15, 3, 17, 29 } },
    { RECT_, ADD, 0, 0, 0, { 3, 15, 29, 17 } },
    { 0 }
};
static const struct shape cursor_uparrow[] = {
    { POLY, ADD, 0, 0, 7, { 16, 1, 25, 10, 19, 10, 19, 30, 13, 30, 13, 10, 7, 10 } },
    { 0 }
};
static const struct shape cursor_sizens[] = { VBAR, { 0 } };
static const struct shape cursor_sizewe[] = { HBAR, { 0 } };
static const struct shape cursor_sizenwse[] = {
    { POLY, ADD, -45, 0, 10, { 16, 2, 22, 8, 18, 8, 18, 24, 22, 24, 16, 30, 10, 24, 14, 24, 14, 8, 10, 8 } },
    { 0 }
};
static const struct shape cursor_sizenesw[] = {
    { POLY, ADD, 45, 0, 10, { 16, 2, 22, 8, 18, 8, 18, 24, 22, 24, 16, 30, 10, 24, 14, 24, 14, 8, 10, 8 } },
    { 0 }
};
static const struct shape cursor_sizeall[] = { VBAR, HBAR, { 0 } };
static const struct shape cursor_no[] = {
    { CIRCLE, ADD, 0, 0, 0, { 16, 16, 12 } },
    { CIRCLE, SUB, 0, 0, 0, { 16, 16, 8.5f } },
    { RECT_, ADD, 45, 0, 0, { 14.3f, 5, 17.7f, 27 } },
    { 0 }
};
static const struct shape cursor_hand[] = {
    { RECT_, ADD, 0, 0, 0, { 10, 3, 15, 18 } },
    { CIRCLE, ADD, 0, 0, 0, { 12.5f, 3.5f, 2.5f } },
    { RECT_, ADD, 0, 0, 0, { 10, 12, 25, 25 } },
    { CIRCLE, ADD, 0, 0, 0, { 17.5f, 12.5f, 2.5f } },
    { CIRCLE, ADD, 0, 0, 0, { 22.5f, 13.5f, 2.5f } },
    { POLY, ADD, 0, 0, 4, { 10, 18, 4, 13, 2.5f, 15, 10, 25 } },
    { RECT_, ADD, 0, 0, 0, { 12, 25, 24, 29 } },
    { 0 }
};
static const struct shape cursor_appstarting[] = { ARROW(0, 0), HOURGLASS(18, 16, 0.55f), { 0 } };
static const struct shape cursor_help[] = {
    ARROW(0, 0),
    { RECT_, ADD, 0, 0, 0, { 19, 2, 27, 5 } },
    { RECT_, ADD, 0, 0, 0, { 25, 4, 28, 10 } },
    { RECT_, ADD, 0, 0, 0, { 21, 9, 26, 12 } },
    { RECT_, ADD, 0, 0, 0, { 21, 11, 24, 15 } },
    { RECT_, ADD, 0, 0, 0, { 21, 17, 24, 20 } },
    { 0 }
};

struct sysimage { WORD id; BOOL is_icon; const struct shape *shapes; BYTE hot_x, hot_y; BOOL dark; };

static const struct sysimage images[] = {
    { 32512, TRUE, icon_application, 16, 16, FALSE },
    { 32513, TRUE, icon_error, 16, 16, FALSE },
    { 32514, TRUE, icon_question, 16, 16, FALSE },
    { 32515, TRUE, icon_warning, 16, 16, FALSE },
    { 32516, TRUE, icon_information, 16, 16, FALSE },
    { 32517, TRUE, icon_winlogo, 16, 16, FALSE },
    { 32518, TRUE, icon_shield, 16, 16, FALSE },
    { 32512, FALSE, cursor_arrow, 1, 1, FALSE },
    { 32513, FALSE, cursor_ibeam, 16, 16, TRUE },
    { 32514, FALSE, cursor_wait, 16, 16, FALSE },
    { 32515, FALSE, cursor_cross, 16, 16, TRUE },
    { 32516, FALSE, cursor_uparrow, 16, 1, FALSE },
    { 32640, FALSE, cursor_sizeall, 16, 16, FALSE },
    { 32642, FALSE, cursor_sizenwse, 16, 16, FALSE },
    { 32643, FALSE, cursor_sizenesw, 16, 16, FALSE },
    { 32644, FALSE, cursor_sizewe, 16, 16, FALSE },
    { 32645, FALSE, cursor_sizens, 16, 16, FALSE },
    { 32646, FALSE, cursor_sizeall, 16, 16, FALSE },
    { 32648, FALSE, cursor_no, 16, 16, FALSE },
    { 32649, FALSE, cursor_hand, 12, 1, FALSE },
    { 32650, FALSE, cursor_appstarting, 1, 1, FALSE },
    { 32651, FALSE, cursor_help, 1, 1, FALSE },
};

static BOOL in_poly(const float *v, int n, float x, float y)
{
    BOOL in = FALSE;
    int i, j;

    for (i = 0, j = n - 1; i < n; j = i++) {
        float xi = v[2 * i], yi = v[2 * i + 1], xj = v[2 * j], yj = v[2 * j + 1];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) in = !in;
    }
    return in;
}

static BOOL in_shape(const struct shape *s, float x, float y)
{
    if (s->rot) {
        /* rotate the point the other way about the centre */
        const float c = 0.70710678f, sn = s->rot > 0 ? -0.70710678f : 0.70710678f;
        float dx = x - 16, dy = y - 16;
        x = 16 + dx * c - dy * sn;
        y = 16 + dx * sn + dy * c;
    }
    switch (s->kind) {
    case RECT_: return x >= s->v[0] && x < s->v[2] && y >= s->v[1] && y < s->v[3];
    case CIRCLE: return (x - s->v[0]) * (x - s->v[0]) + (y - s->v[1]) * (y - s->v[1]) < s->v[2] * s->v[2];
    case POLY: return in_poly(s->v, s->n, x, y);
    }
    return FALSE;
}

/* the colour at a point: the last shape covering it, 0 (transparent) if none */
static DWORD sample(const struct shape *shapes, float x, float y)
{
    DWORD color = 0;
    const struct shape *s;

    for (s = shapes; s->kind != END; s++)
        if (in_shape(s, x, y)) color = s->op == SUB ? 0 : (s->color ? s->color : C_WHITE);
    return color;
}

static void draw_icon(struct cursoricon *ci, const struct shape *shapes, int size)
{
    float unit = 32.0f / size;
    int x, y, sx, sy;

    for (y = 0; y < size; y++)
        for (x = 0; x < size; x++) {
            DWORD a = 0, r = 0, g = 0, b = 0;
            for (sy = 0; sy < 4; sy++)
                for (sx = 0; sx < 4; sx++) {
                    DWORD c = sample(shapes, (x + (sx + 0.5f) / 4) * unit, (y + (sy + 0.5f) / 4) * unit);
                    DWORD ca = c >> 24;
                    a += ca;
                    r += (c >> 16 & 0xff) * ca;
                    g += (c >> 8 & 0xff) * ca;
                    b += (c & 0xff) * ca;
                }
            /* straight (not premultiplied) alpha, as icon resources hold it */
            ci->color[y * size + x] = a ? (a / 16) << 24 | (r / a) << 16 | (g / a) << 8 | b / a : 0;
            if (a / 16 < 128) ci->mask[y * ci->mask_stride + x / 8] |= 0x80 >> (x % 8);
        }
    ci->alpha = TRUE;
}

static void draw_cursor(struct cursoricon *ci, const struct shape *shapes, int size, BOOL dark)
{
    float unit = 32.0f / size;
    BYTE *in = calloc(size, size);
    int x, y;

    if (!in) return;
    for (y = 0; y < size; y++)
        for (x = 0; x < size; x++) in[y * size + x] = sample(shapes, (x + 0.5f) * unit, (y + 0.5f) * unit) != 0;
    for (y = 0; y < size; y++)
        for (x = 0; x < size; x++) {
            BOOL edge = FALSE;
            int dx, dy;
            if (!in[y * size + x])
                for (dy = -1; dy <= 1; dy++)
                    for (dx = -1; dx <= 1; dx++) {
                        int nx = x + dx, ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < size && ny < size && in[ny * size + nx]) edge = TRUE;
                    }
            if (in[y * size + x]) ci->color[y * size + x] = dark ? C_BLACK : C_WHITE;
            else if (edge) ci->color[y * size + x] = dark ? C_WHITE : C_BLACK;
            else ci->mask[y * ci->mask_stride + x / 8] |= 0x80 >> (x % 8);
        }
    ci->alpha = TRUE;
    free(in);
}

struct cursoricon *sysimage_create(WORD id, BOOL is_icon, int size)
{
    struct cursoricon *ci;
    size_t i;

    if (size <= 0 || size > 256) size = 32;
    for (i = 0; i < sizeof(images) / sizeof(images[0]); i++) {
        const struct sysimage *img = &images[i];
        if (img->id != id || img->is_icon != is_icon) continue;
        if (!(ci = cursoricon_alloc(size, size, FALSE))) return NULL;
        ci->is_icon = is_icon;
        ci->bpp = 32;
        ci->res_id = id;
        if (is_icon) {
            ci->hotspot.x = ci->hotspot.y = size / 2;
            draw_icon(ci, img->shapes, size);
        } else {
            ci->hotspot.x = img->hot_x * size / 32;
            ci->hotspot.y = img->hot_y * size / 32;
            draw_cursor(ci, img->shapes, size, img->dark);
        }
        return ci;
    }
    return NULL;
}
