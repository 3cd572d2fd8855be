/*
 * Rectangle helpers: SetRect, SetRectEmpty, CopyRect, IsRectEmpty,
 * EqualRect, PtInRect, OffsetRect, InflateRect, IntersectRect, UnionRect,
 * SubtractRect. All fail (FALSE) on NULL pointers rather than crash.
 */
#include "user_private.h"

WINUSERAPI BOOL WINAPI SetRect(RECT *r, INT left, INT top, INT right, INT bottom)
{
    if (!r) return FALSE;
    r->left = left;
    r->top = top;
    r->right = right;
    r->bottom = bottom;
    return TRUE;
}

WINUSERAPI BOOL WINAPI SetRectEmpty(RECT *r) { return SetRect(r, 0, 0, 0, 0); }

WINUSERAPI BOOL WINAPI CopyRect(RECT *dst, const RECT *src)
{
    if (!dst || !src) return FALSE;
    *dst = *src;
    return TRUE;
}

WINUSERAPI BOOL WINAPI IsRectEmpty(const RECT *r)
{
    return !r || r->left >= r->right || r->top >= r->bottom;
}

WINUSERAPI BOOL WINAPI EqualRect(const RECT *a, const RECT *b)
{
    if (!a || !b) return FALSE;
    return a->left == b->left && a->top == b->top && a->right == b->right && a->bottom == b->bottom;
}

WINUSERAPI BOOL WINAPI PtInRect(const RECT *r, POINT pt)
{
    return r && pt.x >= r->left && pt.x < r->right && pt.y >= r->top && pt.y < r->bottom;
}

WINUSERAPI BOOL WINAPI OffsetRect(RECT *r, INT dx, INT dy)
{
    if (!r) return FALSE;
    r->left += dx;
    r->right += dx;
    r->top += dy;
    r->bottom += dy;
    return TRUE;
}

WINUSERAPI BOOL WINAPI InflateRect(RECT *r, INT dx, INT dy)
{
    if (!r) return FALSE;
    r->left -= dx;
    r->right += dx;
    r->top -= dy;
    r->bottom += dy;
    return TRUE;
}

WINUSERAPI BOOL WINAPI IntersectRect(RECT *dst, const RECT *a, const RECT *b)
{
    if (!dst || !a || !b) return FALSE;
    if (IsRectEmpty(a) || IsRectEmpty(b) || a->left >= b->right || b->left >= a->right ||
        a->top >= b->bottom || b->top >= a->bottom) {
        SetRectEmpty(dst);
        return FALSE;
    }
    dst->left = a->left > b->left ? a->left : b->left;
    dst->right = a->right < b->right ? a->right : b->right;
    dst->top = a->top > b->top ? a->top : b->top;
    dst->bottom = a->bottom < b->bottom ? a->bottom : b->bottom;
    return TRUE;
}

WINUSERAPI BOOL WINAPI UnionRect(RECT *dst, const RECT *a, const RECT *b)
{
    if (!dst || !a || !b) return FALSE;
    if (IsRectEmpty(a)) {
        if (IsRectEmpty(b)) {
            SetRectEmpty(dst);
            return FALSE;
        }
        *dst = *b;
        return TRUE;
    }
    if (IsRectEmpty(b)) {
        *dst = *a;
        return TRUE;
    }
    dst->left = a->left < b->left ? a->left : b->left;
    dst->right = a->right > b->right ? a->right : b->right;
    dst->top = a->top < b->top ? a->top : b->top;
    dst->bottom = a->bottom > b->bottom ? a->bottom : b->bottom;
    return TRUE;
}

/* A minus B when B removes a whole side of A; otherwise A itself. */
WINUSERAPI BOOL WINAPI SubtractRect(RECT *dst, const RECT *a, const RECT *b)
{
    RECT cut;

    if (!dst || !a || !b) return FALSE;
    if (IsRectEmpty(a)) {
        SetRectEmpty(dst);
        return FALSE;
    }
    *dst = *a;
    if (IntersectRect(&cut, a, b)) {
        if (EqualRect(&cut, dst)) {
            SetRectEmpty(dst);
            return FALSE;
        }
        if (cut.top == dst->top && cut.bottom == dst->bottom) {
            if (cut.left == dst->left) dst->left = cut.right;
            else if (cut.right == dst->right) dst->right = cut.left;
        } else if (cut.left == dst->left && cut.right == dst->right) {
            if (cut.top == dst->top) dst->top = cut.bottom;
            else if (cut.bottom == dst->bottom) dst->bottom = cut.top;
        }
    }
    return TRUE;
}
