/*
 * The UI drawing tools: DrawEdge, DrawFocusRect, DrawFrameControl. All of
 * it is one-pixel fills with the system colour brushes (FillRect,
 * GetSysColorBrush) and PatBlt through gdiload's table, so the pixels
 * are exact at any size and need no pens. BF_DIAGONAL edges are not
 * drawn (DrawEdge returns FALSE for them); DFC_MENU and DFC_POPUPMENU
 * glyphs are not drawn either.
 */
#include "dialog.h"
#include "gdiload.h"

/* a rectangle [l,r) x [t,b) in system colour COLOR */
static void fill(HDC hdc, INT l, INT t, INT r, INT b, INT color)
{
    RECT rc;
    if (r <= l || b <= t) return;
    SetRect(&rc, l, t, r, b);
    FillRect(hdc, &rc, GetSysColorBrush(color));
}

/* ---- DrawEdge ----
 * The colour of each of the four lines (outer and inner, top-left and
 * bottom-right) by the border bits: index (BDR_INNER bits) | (BDR_OUTER
 * bits). A lone inner border is drawn where the outer one goes, which is
 * why the "outer" tables have entries in the rows without outer bits.
 * -1: no line. */
#define NO -1
static const signed char lt_outer[16] = {
    NO, COLOR_3DLIGHT, COLOR_BTNSHADOW, NO,
    COLOR_BTNHIGHLIGHT, COLOR_3DLIGHT, COLOR_BTNSHADOW, NO,
    COLOR_3DDKSHADOW, COLOR_3DLIGHT, COLOR_BTNSHADOW, NO,
    NO, COLOR_3DLIGHT, COLOR_BTNSHADOW, NO,
};
static const signed char lt_inner[16] = {
    NO, NO, NO, NO,
    NO, COLOR_BTNHIGHLIGHT, COLOR_BTNHIGHLIGHT, NO,
    NO, COLOR_3DDKSHADOW, COLOR_3DDKSHADOW, NO,
    NO, NO, NO, NO,
};
static const signed char rb_outer[16] = {
    NO, COLOR_3DDKSHADOW, COLOR_BTNHIGHLIGHT, NO,
    COLOR_BTNSHADOW, COLOR_3DDKSHADOW, COLOR_BTNHIGHLIGHT, NO,
    COLOR_3DLIGHT, COLOR_3DDKSHADOW, COLOR_BTNHIGHLIGHT, NO,
    NO, COLOR_3DDKSHADOW, COLOR_BTNHIGHLIGHT, NO,
};
static const signed char rb_inner[16] = {
    NO, NO, NO, NO,
    NO, COLOR_BTNSHADOW, COLOR_BTNSHADOW, NO,
    NO, COLOR_3DLIGHT, COLOR_3DLIGHT, NO,
    NO, NO, NO, NO,
};
/* BF_SOFT swaps the top-left pair: the brighter colour goes outside */
static const signed char lt_outer_soft[16] = {
    NO, COLOR_BTNHIGHLIGHT, COLOR_3DDKSHADOW, NO,
    COLOR_3DLIGHT, COLOR_BTNHIGHLIGHT, COLOR_3DDKSHADOW, NO,
    COLOR_BTNSHADOW, COLOR_BTNHIGHLIGHT, COLOR_3DDKSHADOW, NO,
    NO, COLOR_BTNHIGHLIGHT, COLOR_3DDKSHADOW, NO,
};
static const signed char lt_inner_soft[16] = {
    NO, NO, NO, NO,
    NO, COLOR_3DLIGHT, COLOR_3DLIGHT, NO,
    NO, COLOR_BTNSHADOW, COLOR_BTNSHADOW, NO,
    NO, NO, NO, NO,
};
#undef NO

/* whether border index I draws an outer / an inner line at all */
static BOOL has_outer(UINT i) { return (i & BDR_OUTER) || (i & BDR_INNER); }
static BOOL has_inner(UINT i) { return (i & BDR_OUTER) && (i & BDR_INNER); }

WINUSERAPI BOOL WINAPI DrawEdge(HDC hdc, RECT *rc, UINT edge, UINT flags)
{
    UINT i = edge & (BDR_OUTER | BDR_INNER);
    INT lto, lti, rbo, rbi;
    INT lt_plus = 0, rt_plus = 0, lb_plus = 0, rb_plus = 0;
    RECT r;
    BOOL ok;

    if (!rc || !user_gdi()) return FALSE;
    if (flags & BF_DIAGONAL) return FALSE;   /* not drawn: see the top of the file */
    /* both raised and sunken in one border is no edge Windows knows */
    ok = (edge & BDR_OUTER) != BDR_OUTER && (edge & BDR_INNER) != BDR_INNER;
    r = *rc;
    if (flags & (BF_MONO | BF_FLAT)) {
        /* one colour all round: the frame colour (or shadow) outside, the
         * fill colour inside */
        BOOL mono = (flags & BF_MONO) != 0;
        lto = rbo = has_outer(i) ? (mono ? COLOR_WINDOWFRAME : COLOR_BTNSHADOW) : -1;
        if (has_outer(i) && !(i & BDR_OUTER)) lto = rbo = mono ? COLOR_WINDOW : COLOR_BTNFACE;
        lti = rbi = has_inner(i) ? (mono ? COLOR_WINDOW : COLOR_BTNFACE) : -1;
    } else if (flags & BF_SOFT) {
        lto = lt_outer_soft[i]; lti = lt_inner_soft[i]; rbo = rb_outer[i]; rbi = rb_inner[i];
    } else {
        lto = lt_outer[i]; lti = lt_inner[i]; rbo = rb_outer[i]; rbi = rb_inner[i];
    }
    /* where two sides meet, the inner line stops short of the outer corner */
    if ((flags & BF_TOPLEFT) == BF_TOPLEFT) lt_plus = 1;
    if ((flags & BF_TOPRIGHT) == BF_TOPRIGHT) rt_plus = 1;
    if ((flags & BF_BOTTOMLEFT) == BF_BOTTOMLEFT) lb_plus = 1;
    if ((flags & BF_BOTTOMRIGHT) == BF_BOTTOMRIGHT) rb_plus = 1;
    /* top-left first, so the bottom-right lines own the two odd corners */
    if (lto != -1) {
        if (flags & BF_TOP) fill(hdc, r.left, r.top, r.right, r.top + 1, lto);
        if (flags & BF_LEFT) fill(hdc, r.left, r.top, r.left + 1, r.bottom, lto);
    }
    if (rbo != -1) {
        if (flags & BF_BOTTOM) fill(hdc, r.left, r.bottom - 1, r.right, r.bottom, rbo);
        if (flags & BF_RIGHT) fill(hdc, r.right - 1, r.top, r.right, r.bottom, rbo);
    }
    if (lti != -1) {
        if (flags & BF_TOP) fill(hdc, r.left + lt_plus, r.top + 1, r.right - rt_plus, r.top + 2, lti);
        if (flags & BF_LEFT) fill(hdc, r.left + 1, r.top + lt_plus, r.left + 2, r.bottom - lb_plus, lti);
    }
    if (rbi != -1) {
        if (flags & BF_BOTTOM) fill(hdc, r.left + lb_plus, r.bottom - 2, r.right - rb_plus, r.bottom - 1, rbi);
        if (flags & BF_RIGHT) fill(hdc, r.right - 2, r.top + rt_plus, r.right - 1, r.bottom - rb_plus, rbi);
    }
    if (((flags & BF_MIDDLE) && ok) || (flags & BF_ADJUST)) {
        INT add = has_outer(i) + has_inner(i);
        if (flags & BF_LEFT) r.left += add;
        if (flags & BF_TOP) r.top += add;
        if (flags & BF_RIGHT) r.right -= add;
        if (flags & BF_BOTTOM) r.bottom -= add;
        if ((flags & BF_MIDDLE) && ok) FillRect(hdc, &r, GetSysColorBrush(flags & BF_MONO ? COLOR_WINDOW : COLOR_BTNFACE));
        if (flags & BF_ADJUST) *rc = r;
    }
    return ok;
}

/* ---- DrawFocusRect: the outline's pixels where x + y is even inverted
 * (a 50% pattern aligned to the DC's origin, as Windows' brush is), so a
 * second call with the same rectangle restores them ---- */
static void invert_dots(HDC hdc, const struct user_gdi *gdi, INT x, INT y, INT dx, INT dy, INT n)
{
    INT skip = (x + y) & 1;   /* the first pixel is odd: start at the next */
    for (INT i = skip; i < n; i += 2) gdi->pat_blt(hdc, x + i * dx, y + i * dy, 1, 1, DSTINVERT);
}

WINUSERAPI BOOL WINAPI DrawFocusRect(HDC hdc, const RECT *r)
{
    const struct user_gdi *gdi = user_gdi();
    INT w, h;

    if (!gdi || !r) return FALSE;
    w = r->right - r->left;
    h = r->bottom - r->top;
    if (w <= 0 || h <= 0) return TRUE;
    invert_dots(hdc, gdi, r->left, r->top, 1, 0, w);
    if (h > 1) invert_dots(hdc, gdi, r->left, r->bottom - 1, 1, 0, w);
    if (h > 2) {
        invert_dots(hdc, gdi, r->left, r->top + 1, 0, 1, h - 2);
        if (w > 1) invert_dots(hdc, gdi, r->right - 1, r->top + 1, 0, 1, h - 2);
    }
    return TRUE;
}

/* ---- DrawFrameControl ---- */

/* the largest square centred in R */
static RECT square_in(const RECT *r)
{
    INT w = r->right - r->left, h = r->bottom - r->top, s = w < h ? w : h;
    RECT q;
    q.left = r->left + (w - s) / 2;
    q.top = r->top + (h - s) / 2;
    q.right = q.left + s;
    q.bottom = q.top + s;
    return q;
}

/* a push button's face: raised, or sunken when pushed; R becomes the face */
static void button_face(HDC hdc, RECT *r, UINT state)
{
    UINT flags = BF_RECT | BF_MIDDLE | BF_ADJUST;
    if (state & DFCS_MONO) flags |= BF_MONO;
    else if (state & DFCS_FLAT) flags |= BF_FLAT;
    else flags |= BF_SOFT;
    DrawEdge(hdc, r, (state & (DFCS_PUSHED | DFCS_CHECKED)) ? EDGE_SUNKEN : EDGE_RAISED, flags);
}

/* the check mark: a 7-pixel-wide tick, 3 pixels thick, centred in R */
static void check_mark(HDC hdc, const RECT *r, INT color)
{
    INT x = r->left + (r->right - r->left - 7) / 2, y = r->top + (r->bottom - r->top - 7) / 2;
    for (INT i = 0; i < 7; i++) {
        INT top = i < 3 ? y + 2 + i : y + 4 - (i - 2);
        fill(hdc, x + i, top, x + i + 1, top + 3, color);
    }
}

/* a disc of diameter S at (X,Y): each row a span, split into the upper
 * left colour and the lower right one along the anti-diagonal */
static void disc(HDC hdc, INT x, INT y, INT s, INT ul, INT lr)
{
    for (INT row = 0; row < s; row++) {
        /* the pixels whose centres lie inside the circle, in units of half a pixel */
        INT dy = 2 * row + 1 - s, l = -1, r = -1;
        for (INT c = 0; c < s; c++)
            if ((2 * c + 1 - s) * (2 * c + 1 - s) + dy * dy <= s * s) {
                if (l < 0) l = c;
                r = c + 1;
            }
        if (l < 0) continue;
        if (ul == lr) {
            fill(hdc, x + l, y + row, x + r, y + row + 1, ul);
            continue;
        }
        for (INT c = l; c < r; c++)
            fill(hdc, x + c, y + row, x + c + 1, y + row + 1, c + row < s - 1 ? ul : lr);
    }
}

static BOOL frame_button(HDC hdc, RECT *r, UINT state)
{
    UINT kind = state & 0x1f;
    RECT q;

    if (kind & DFCS_BUTTONPUSH) {
        q = *r;
        button_face(hdc, &q, state);
        if (state & DFCS_ADJUSTRECT) *r = q;
        return TRUE;
    }
    if (kind & (DFCS_BUTTONRADIO | DFCS_BUTTONRADIOIMAGE | DFCS_BUTTONRADIOMASK)) {
        INT s, face = (state & (DFCS_PUSHED | DFCS_INACTIVE)) ? COLOR_BTNFACE : COLOR_WINDOW;
        q = square_in(r);
        s = q.right - q.left;
        if ((kind & DFCS_BUTTONRADIOMASK) && !(kind & DFCS_BUTTONRADIO)) {
            disc(hdc, q.left, q.top, s, COLOR_WINDOWFRAME, COLOR_WINDOWFRAME);
            return TRUE;
        }
        if (state & (DFCS_MONO | DFCS_FLAT)) disc(hdc, q.left, q.top, s, COLOR_WINDOWFRAME, COLOR_WINDOWFRAME);
        else {
            disc(hdc, q.left, q.top, s, COLOR_BTNSHADOW, COLOR_BTNHIGHLIGHT);
            if (s > 2) disc(hdc, q.left + 1, q.top + 1, s - 2, COLOR_3DDKSHADOW, COLOR_3DLIGHT);
        }
        if (s > 4) disc(hdc, q.left + 2, q.top + 2, s - 4, face, face);
        if ((state & DFCS_CHECKED) && s > 8) {
            INT dot = s / 3;
            disc(hdc, q.left + (s - dot) / 2, q.top + (s - dot) / 2, dot, state & DFCS_INACTIVE ? COLOR_GRAYTEXT : COLOR_WINDOWTEXT,
                 state & DFCS_INACTIVE ? COLOR_GRAYTEXT : COLOR_WINDOWTEXT);
        }
        return TRUE;
    }
    /* a check box (DFCS_BUTTONCHECK, DFCS_BUTTON3STATE) */
    q = square_in(r);
    if (state & (DFCS_MONO | DFCS_FLAT)) {
        FrameRect(hdc, &q, GetSysColorBrush(COLOR_WINDOWFRAME));
        InflateRect(&q, -1, -1);
    } else DrawEdge(hdc, &q, EDGE_SUNKEN, BF_RECT | BF_ADJUST);
    FillRect(hdc, &q, GetSysColorBrush((state & (DFCS_PUSHED | DFCS_INACTIVE)) ? COLOR_BTNFACE : COLOR_WINDOW));
    if (state & DFCS_CHECKED)
        check_mark(hdc, &q, (state & DFCS_INACTIVE) || (kind & DFCS_BUTTON3STATE) ? COLOR_GRAYTEXT : COLOR_WINDOWTEXT);
    return TRUE;
}

/* a filled triangle pointing in DIR (0 up, 1 down, 2 left, 3 right), centred in R */
static void arrow(HDC hdc, const RECT *r, UINT dir, INT color)
{
    INT w = r->right - r->left, h = r->bottom - r->top, m = (w < h ? w : h);
    INT n = m / 4 + 1;   /* rows: the base is 2n - 1 pixels */
    INT cx = r->left + w / 2, cy = r->top + h / 2;

    for (INT i = 0; i < n; i++) {
        switch (dir) {
        case 0: fill(hdc, cx - i, cy - n / 2 + i, cx + i + 1, cy - n / 2 + i + 1, color); break;
        case 1: fill(hdc, cx - i, cy + n / 2 - i, cx + i + 1, cy + n / 2 - i + 1, color); break;
        case 2: fill(hdc, cx - n / 2 + i, cy - i, cx - n / 2 + i + 1, cy + i + 1, color); break;
        default: fill(hdc, cx + n / 2 - i, cy - i, cx + n / 2 - i + 1, cy + i + 1, color); break;
        }
    }
}

/* the caption glyphs, drawn as 2-pixel strokes in a box sized from the face */
static void caption_glyph(HDC hdc, const RECT *face, UINT kind, INT color)
{
    INT w = face->right - face->left, h = face->bottom - face->top;
    INT s = (w < h ? w : h) * 5 / 8;
    INT x = face->left + (w - s) / 2, y = face->top + (h - s) / 2;

    if (s < 4) return;
    switch (kind) {
    case DFCS_CAPTIONCLOSE:
        /* an X: two diagonals, two pixels wide */
        for (INT i = 0; i < s; i++) {
            fill(hdc, x + i, y + i, x + i + 2 > x + s ? x + s : x + i + 2, y + i + 1, color);
            fill(hdc, x + s - i - 2 < x ? x : x + s - i - 2, y + i, x + s - i, y + i + 1, color);
        }
        break;
    case DFCS_CAPTIONMIN:
        fill(hdc, x + 1, y + s - 2, x + s - 1, y + s, color);
        break;
    case DFCS_CAPTIONMAX:
        fill(hdc, x, y, x + s, y + 2, color);             /* the thick top */
        fill(hdc, x, y, x + 1, y + s, color);
        fill(hdc, x + s - 1, y, x + s, y + s, color);
        fill(hdc, x, y + s - 1, x + s, y + s, color);
        break;
    case DFCS_CAPTIONRESTORE: {
        INT t = s * 2 / 3;
        /* the window behind, up and right, then the one in front */
        fill(hdc, x + s - t, y, x + s, y + 2, color);
        fill(hdc, x + s - 1, y, x + s, y + t, color);
        fill(hdc, x + s - t, y, x + s - t + 1, y + s - t, color);
        fill(hdc, x, y + s - t, x + t, y + s - t + 2, color);
        fill(hdc, x, y + s - t, x + 1, y + s, color);
        fill(hdc, x + t - 1, y + s - t, x + t, y + s, color);
        fill(hdc, x, y + s - 1, x + t, y + s, color);
        break;
    }
    case DFCS_CAPTIONHELP:
        /* a plain question-mark-like hook: top bar, right stem, dot */
        fill(hdc, x + s / 4, y, x + s * 3 / 4, y + 2, color);
        fill(hdc, x + s * 3 / 4 - 2, y, x + s * 3 / 4, y + s / 2, color);
        fill(hdc, x + s / 2 - 1, y + s / 2 - 1, x + s * 3 / 4, y + s / 2 + 1, color);
        fill(hdc, x + s / 2 - 1, y + s - 2, x + s / 2 + 1, y + s, color);
        break;
    }
}

WINUSERAPI BOOL WINAPI DrawFrameControl(HDC hdc, RECT *rc, UINT type, UINT state)
{
    RECT face;
    INT glyph;

    if (!rc || !user_gdi()) return FALSE;
    switch (type) {
    case DFC_BUTTON:
        return frame_button(hdc, rc, state);
    case DFC_CAPTION:
    case DFC_SCROLL:
        if ((state & 0xff) > (type == DFC_CAPTION ? DFCS_CAPTIONHELP : DFCS_SCROLLSIZEGRIP)) return FALSE;
        face = *rc;
        button_face(hdc, &face, state);
        glyph = (state & DFCS_INACTIVE) ? COLOR_GRAYTEXT : COLOR_BTNTEXT;
        if (state & DFCS_PUSHED) OffsetRect(&face, 1, 1);
        if (type == DFC_CAPTION) caption_glyph(hdc, &face, state & 0xff, glyph);
        else if ((state & 0xff) <= DFCS_SCROLLRIGHT) arrow(hdc, &face, state & 0xff, glyph);
        else if ((state & 0xff) == DFCS_SCROLLCOMBOBOX) arrow(hdc, &face, 1, glyph);
        return TRUE;
    default:
        return FALSE;   /* DFC_MENU, DFC_POPUPMENU: not drawn */
    }
}
