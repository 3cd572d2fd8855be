/*
 * DrawText(Ex), TabbedTextOut and GetTabbedTextExtent: user32's text
 * layout over gdi32's ExtTextOut and extents. gdi32 is loaded on first use
 * (as in fillrect.c) so that programs which never draw text do not load it.
 *
 * Layout follows Windows: lines end at CR, LF or CR LF (unless
 * DT_SINGLELINE); DT_WORDBREAK breaks after the last space that fits and
 * drops the spaces at the break, a word longer than the line overhangs
 * (DT_EDITCONTROL breaks it between characters instead); tabs expand to
 * multiples of 8 (or DT_TABSTOP's count) average character widths; '&'
 * underlines the next character and "&&" gives '&', unless DT_NOPREFIX.
 * The return value is the height of the text, or with DT_VCENTER or
 * DT_BOTTOM the offset from the rectangle's top to the text's bottom.
 */
#include <stdlib.h>
#include <string.h>
#include "user_private.h"
#include "wingdi.h"
#include "gdiload.h"

typedef struct { UINT cbSize; INT iTabLength, iLeftMargin, iRightMargin; UINT uiLengthDrawn; } DRAWTEXTPARAMS;

static const struct user_gdi *gdi;   /* set by have_gdi: the same value from every thread */

static BOOL have_gdi(void)
{
    return (gdi = user_gdi()) != NULL;
}

static int text_width(HDC hdc, const WCHAR *str, int count)
{
    SIZE size = { 0, 0 };
    if (count <= 0) return 0;
    gdi->get_extent_ex(hdc, str, count, 0, NULL, NULL, &size);
    return size.cx;
}

/* ---- one line ---- */

struct line {
    WCHAR *text;        /* the characters to draw, prefixes removed */
    int len;
    int prefix;         /* index in text of the underlined character, -1 if none */
    int width;
};

/* Width of text with tabs expanded from the line's start. */
static int expanded_width(HDC hdc, const WCHAR *text, int len, int tab_width, BOOL expand)
{
    int x = 0, start = 0;
    if (!expand || tab_width <= 0) return text_width(hdc, text, len);
    for (int i = 0; i <= len; i++) {
        if (i == len || text[i] == '\t') {
            x += text_width(hdc, text + start, i - start);
            if (i < len) x = (x / tab_width + 1) * tab_width;
            start = i + 1;
        }
    }
    return x;
}

/* Remove prefixes from str[0..len) into out; returns the new length. */
static int strip_prefixes(const WCHAR *str, int len, WCHAR *out, int *prefix, UINT flags)
{
    int n = 0;
    *prefix = -1;
    for (int i = 0; i < len; i++) {
        if (!(flags & DT_NOPREFIX) && str[i] == '&') {
            if (i + 1 < len && str[i + 1] == '&') {
                out[n++] = '&';
                i++;
                continue;
            }
            if (i + 1 < len) *prefix = n;
            continue;
        }
        out[n++] = str[i];
    }
    return n;
}

/* Shorten the line with "..." to fit width: at the end, or for a path
 * before its last component. */
static void apply_ellipsis(HDC hdc, struct line *line, int width, UINT flags, int tab_width)
{
    static const WCHAR dots[] = { '.', '.', '.' };
    BOOL expand = (flags & DT_EXPANDTABS) != 0;
    int dots_w = text_width(hdc, dots, 3);
    WCHAR *buf;

    if (line->width <= width) return;
    if (!(buf = malloc((line->len + 4) * sizeof(WCHAR)))) return;
    if (flags & DT_PATH_ELLIPSIS) {
        int last = line->len;
        while (last > 0 && line->text[last - 1] != '\\' && line->text[last - 1] != '/') last--;
        if (last > 0) {
            int tail = line->len - last + 1, keep = last - 1;   /* tail includes the separator */
            int tail_w = expanded_width(hdc, line->text + last - 1, tail, tab_width, expand);
            while (keep > 0 && expanded_width(hdc, line->text, keep, tab_width, expand) + dots_w + tail_w > width) keep--;
            memcpy(buf, line->text, keep * sizeof(WCHAR));
            memcpy(buf + keep, dots, sizeof(dots));
            memcpy(buf + keep + 3, line->text + last - 1, tail * sizeof(WCHAR));
            line->len = keep + 3 + tail;
            memcpy(line->text, buf, line->len * sizeof(WCHAR));
            if (line->prefix >= keep) line->prefix = -1;
            line->width = expanded_width(hdc, line->text, line->len, tab_width, expand);
            free(buf);
            return;
        }
    }
    {
        int keep = line->len;
        while (keep > 0 && expanded_width(hdc, line->text, keep, tab_width, expand) + dots_w > width) keep--;
        memcpy(line->text + keep, dots, sizeof(dots));
        line->len = keep + 3;
        if (line->prefix >= keep) line->prefix = -1;
        line->width = expanded_width(hdc, line->text, line->len, tab_width, expand);
    }
    free(buf);
}

/* Take the next line from str (advancing *pos); the line's text is
 * allocated with room for an ellipsis. */
static BOOL next_line(HDC hdc, const WCHAR *str, int count, int *pos, UINT flags, int width, int tab_width,
                      struct line *line)
{
    BOOL expand = (flags & DT_EXPANDTABS) != 0;
    int start = *pos, end = start, next;
    WCHAR *raw;

    if (!(flags & DT_SINGLELINE))
        while (end < count && str[end] != '\r' && str[end] != '\n') end++;
    else end = count;
    next = end;
    if (next < count && str[next] == '\r') next++;
    if (next < count && str[next] == '\n' && (next == end || str[next - 1] == '\r')) next++;

    if (!(line->text = malloc((end - start + 4) * sizeof(WCHAR))) || !(raw = malloc((end - start + 1) * sizeof(WCHAR)))) {
        free(line->text);
        return FALSE;
    }
    line->len = strip_prefixes(str + start, end - start, line->text, &line->prefix, flags);
    line->width = expanded_width(hdc, line->text, line->len, tab_width, expand);

    if ((flags & DT_WORDBREAK) && !(flags & DT_SINGLELINE) && line->width > width) {
        /* break after the last space such that the text up to and
         * including that space fits; the space stays on (and counts in the
         * width of) the broken line, as on Windows */
        int best = -1, raw_len, ignored;
        for (int i = start; i < end; i++) {
            if (str[i] != ' ' && str[i] != '\t') continue;
            raw_len = strip_prefixes(str + start, i + 1 - start, raw, &ignored, flags);
            if (expanded_width(hdc, raw, raw_len, tab_width, expand) <= width) best = i + 1;
            else break;
        }
        if (best < 0 && (flags & DT_EDITCONTROL)) {
            for (int i = start + 1; i <= end; i++) {
                raw_len = strip_prefixes(str + start, i - start, raw, &ignored, flags);
                if (expanded_width(hdc, raw, raw_len, tab_width, expand) > width) break;
                best = i;
            }
            if (best <= start) best = start + 1;
        } else if (best < 0) {
            /* one word longer than the line: it overhangs */
            best = start;
            while (best < end && str[best] != ' ' && str[best] != '\t') best++;
        }
        next = best;
        while (next < end && (str[next] == ' ' || str[next] == '\t')) next++;
        line->len = strip_prefixes(str + start, best - start, line->text, &line->prefix, flags);
        line->width = expanded_width(hdc, line->text, line->len, tab_width, expand);
        if (next >= end) {
            next = end;
            if (next < count && str[next] == '\r') next++;
            if (next < count && str[next] == '\n') next++;
        }
    }
    free(raw);
    *pos = next;
    return TRUE;
}

static void draw_line(HDC hdc, const struct line *line, int x, int y, const RECT *clip, UINT flags, int tab_width,
                      const TEXTMETRICW *tm)
{
    UINT eto = (flags & DT_NOCLIP) ? 0 : ETO_CLIPPED;
    int start = 0, seg_x = x, prefix_x = -1, prefix_w = 0;

    for (int i = 0; i <= line->len; i++) {
        if (i < line->len && !(line->text[i] == '\t' && (flags & DT_EXPANDTABS))) continue;
        if (line->prefix >= start && line->prefix < i) {
            prefix_x = seg_x + text_width(hdc, line->text + start, line->prefix - start);
            prefix_w = text_width(hdc, line->text + line->prefix, 1);
        }
        if (!(flags & DT_PREFIXONLY))
            gdi->ext_text_out(hdc, seg_x, y, eto, clip, line->text + start, (UINT)(i - start), NULL);
        seg_x += text_width(hdc, line->text + start, i - start);
        if (i < line->len && tab_width > 0) seg_x = x + ((seg_x - x) / tab_width + 1) * tab_width;
        start = i + 1;
    }
    if (prefix_x >= 0 && !(flags & DT_HIDEPREFIX) && prefix_w > 0) {
        /* a one-pixel underline in the text colour, below the baseline */
        RECT r = { prefix_x, y + tm->tmAscent + 1, prefix_x + prefix_w, y + tm->tmAscent + 2 };
        COLORREF old = gdi->set_bk_color(hdc, gdi->get_text_color(hdc));
        if (!(flags & DT_NOCLIP)) {
            if (r.left < clip->left) r.left = clip->left;
            if (r.right > clip->right) r.right = clip->right;
        }
        if (r.right > r.left && ((flags & DT_NOCLIP) || (r.top >= clip->top && r.bottom <= clip->bottom)))
            gdi->ext_text_out(hdc, 0, 0, ETO_OPAQUE, &r, NULL, 0, NULL);
        gdi->set_bk_color(hdc, old);
    }
}

WINUSERAPI INT WINAPI DrawTextExW(HDC hdc, WCHAR *str, INT count, RECT *rect, UINT flags, DRAWTEXTPARAMS *dtp)
{
    TEXTMETRICW tm;
    int lmargin = 0, rmargin = 0, tab_stops = 8, tab_width, line_height, width, y, max_width = 0, pos = 0;
    UINT old_align;

    if (!str || !rect || !have_gdi()) return 0;
    if (count == -1) count = (int)wcs_len(str);
    if (dtp) {
        if (dtp->cbSize != sizeof(*dtp)) return 0;
        lmargin = dtp->iLeftMargin;
        rmargin = dtp->iRightMargin;
        if (dtp->iTabLength) tab_stops = dtp->iTabLength;
        dtp->uiLengthDrawn = 0;
    }
    if (flags & DT_TABSTOP) {
        tab_stops = (flags >> 8) & 0xff;
        flags &= ~0xff00u;   /* the count took the bits of DT_NOCLIP, DT_CALCRECT, ... */
    }
    if (!gdi->get_text_metrics(hdc, &tm)) return 0;
    line_height = tm.tmHeight + ((flags & DT_EXTERNALLEADING) ? tm.tmExternalLeading : 0);
    tab_width = tm.tmAveCharWidth * tab_stops;
    if (count <= 0) {
        if (flags & DT_CALCRECT) {
            rect->right = rect->left;
            rect->bottom = (flags & DT_SINGLELINE) ? rect->top + line_height : rect->top;
        }
        return line_height;
    }
    width = rect->right - rect->left - lmargin - rmargin;
    y = rect->top;
    if ((flags & DT_SINGLELINE) && !(flags & DT_CALCRECT)) {
        if (flags & DT_VCENTER) y = rect->top + (rect->bottom - rect->top - line_height) / 2;
        else if (flags & DT_BOTTOM) y = rect->bottom - line_height;
    }
    old_align = gdi->set_text_align(hdc, TA_LEFT | TA_TOP);

    while (pos < count) {
        struct line line;
        int x, start = pos;
        if (!next_line(hdc, str, count, &pos, flags, width, tab_width, &line)) break;
        if (flags & (DT_END_ELLIPSIS | DT_PATH_ELLIPSIS | DT_WORD_ELLIPSIS)) {
            int before = line.len;
            apply_ellipsis(hdc, &line, width, flags, tab_width);
            if ((flags & DT_MODIFYSTRING) && line.len != before && (flags & DT_SINGLELINE) && line.len <= count) {
                memcpy(str + start, line.text, line.len * sizeof(WCHAR));
                if (start + line.len < count) str[start + line.len] = 0;
            }
        }
        if (flags & DT_CENTER) x = rect->left + lmargin + (width - line.width) / 2;
        else if (flags & DT_RIGHT) x = rect->right - rmargin - line.width;
        else x = rect->left + lmargin;
        if (!(flags & DT_CALCRECT)) draw_line(hdc, &line, x, y, rect, flags, tab_width, &tm);
        if (line.width > max_width) max_width = line.width;
        free(line.text);
        y += line_height;
        if (dtp) dtp->uiLengthDrawn = (UINT)pos;
        if (flags & DT_SINGLELINE) break;
    }
    gdi->set_text_align(hdc, old_align);
    if (flags & DT_CALCRECT) {
        rect->right = rect->left + lmargin + max_width + rmargin;
        rect->bottom = y;
    }
    return y - rect->top;
}

WINUSERAPI INT WINAPI DrawTextW(HDC hdc, const WCHAR *str, INT count, RECT *rect, UINT flags)
{
    return DrawTextExW(hdc, (WCHAR *)str, count, rect, flags, NULL);
}

WINUSERAPI INT WINAPI DrawTextExA(HDC hdc, char *str, INT count, RECT *rect, UINT flags, DRAWTEXTPARAMS *dtp)
{
    WCHAR *w;
    int n, ret;
    if (!str) return 0;
    if (count == -1) count = (int)strlen(str);
    if (count < 0) return 0;
    n = count ? MultiByteToWideChar(CP_ACP, 0, str, count, NULL, 0) : 0;
    if (!(w = malloc((n + 4) * sizeof(WCHAR)))) return 0;
    if (n) MultiByteToWideChar(CP_ACP, 0, str, count, w, n);
    w[n] = 0;
    ret = DrawTextExW(hdc, w, n, rect, flags, dtp);
    if (flags & DT_MODIFYSTRING) {
        int len = (int)wcs_len(w);
        WideCharToMultiByte(CP_ACP, 0, w, len < n ? len + 1 : n, str, count, NULL, NULL);
    }
    free(w);
    return ret;
}

WINUSERAPI INT WINAPI DrawTextA(HDC hdc, const char *str, INT count, RECT *rect, UINT flags)
{
    return DrawTextExA(hdc, (char *)str, count, rect, flags, NULL);
}

/* ---- tabbed text ---- */

/* The next tab stop after x (all relative to the origin). */
static int next_tab(int x, int ntabs, const INT *tabs, int default_tab)
{
    if (ntabs <= 0 || !tabs) return (x / default_tab + 1) * default_tab;
    if (ntabs == 1) {
        int t = abs(tabs[0]);
        if (t <= 0) t = default_tab;
        return (x / t + 1) * t;
    }
    for (int i = 0; i < ntabs; i++)
        if (abs(tabs[i]) > x) return abs(tabs[i]);
    /* beyond the last stop: Windows moves by the default width */
    return (x / default_tab + 1) * default_tab;
}

static DWORD tabbed_text(HDC hdc, int x, int y, const WCHAR *str, int count, int ntabs, const INT *tabs, int origin,
                         BOOL draw)
{
    TEXTMETRICW tm;
    int start = 0, cur = x, default_tab;
    if (!str || count <= 0 || !have_gdi() || !gdi->get_text_metrics(hdc, &tm)) return 0;
    default_tab = tm.tmAveCharWidth * 8;
    if (default_tab <= 0) default_tab = 8;
    for (int i = 0; i <= count; i++) {
        if (i < count && str[i] != '\t') continue;
        if (draw) gdi->ext_text_out(hdc, cur, y, 0, NULL, str + start, (UINT)(i - start), NULL);
        cur += text_width(hdc, str + start, i - start);
        if (i < count) cur = origin + next_tab(cur - origin, ntabs, tabs, default_tab);
        start = i + 1;
    }
    return (DWORD)MAKELONG(cur - x, tm.tmHeight);
}

WINUSERAPI LONG WINAPI TabbedTextOutW(HDC hdc, INT x, INT y, const WCHAR *str, INT count, INT ntabs,
                                      const INT *tabs, INT origin)
{
    return (LONG)tabbed_text(hdc, x, y, str, count, ntabs, tabs, origin, TRUE);
}

WINUSERAPI DWORD WINAPI GetTabbedTextExtentW(HDC hdc, const WCHAR *str, INT count, INT ntabs, const INT *tabs)
{
    return tabbed_text(hdc, 0, 0, str, count, ntabs, tabs, 0, FALSE);
}

static WCHAR *to_wide(const char *str, int count, int *n)
{
    WCHAR *w;
    if (!str || count <= 0) return NULL;
    *n = MultiByteToWideChar(CP_ACP, 0, str, count, NULL, 0);
    if (!(w = malloc((*n + 1) * sizeof(WCHAR)))) return NULL;
    MultiByteToWideChar(CP_ACP, 0, str, count, w, *n);
    return w;
}

WINUSERAPI LONG WINAPI TabbedTextOutA(HDC hdc, INT x, INT y, const char *str, INT count, INT ntabs,
                                      const INT *tabs, INT origin)
{
    int n = 0;
    WCHAR *w = to_wide(str, count, &n);
    LONG ret = w ? TabbedTextOutW(hdc, x, y, w, n, ntabs, tabs, origin) : 0;
    free(w);
    return ret;
}

WINUSERAPI DWORD WINAPI GetTabbedTextExtentA(HDC hdc, const char *str, INT count, INT ntabs, const INT *tabs)
{
    int n = 0;
    WCHAR *w = to_wide(str, count, &n);
    DWORD ret = w ? GetTabbedTextExtentW(hdc, w, n, ntabs, tabs) : 0;
    free(w);
    return ret;
}
