/*
 * VariantChangeType(Ex): one conversion table through a common middle.
 * The source becomes an integer (exact, up to 64 bits either sign), a
 * double or a string; the target takes it from there with Windows' range
 * checks (DISP_E_OVERFLOW) and rounding (to nearest, ties to even, when a
 * real becomes an integer). Strings are parsed and written the en-US way
 * ('.' decimals, 15 significant digits for R8, 7 for R4); BOOL becomes
 * "-1"/"0", or "True"/"False" with VARIANT_ALPHABOOL. Dates and
 * currency convert to and from numbers but not strings, which need
 * locale formatting (E_NOTIMPL, reported once per call as a FIXME), as do
 * decimals and IDispatch default values.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define DEBUG_CHANNEL CH_FIXME
#include "winrun/debug.h"
#include "oleaut32_private.h"

#define VARIANT_ALPHABOOL 0x02
#define VARIANT_TRUE ((VARIANT_BOOL)-1)

enum kind { K_SIGNED, K_UNSIGNED, K_REAL, K_STRING };
struct value {
    enum kind kind;
    LONGLONG i;          /* K_SIGNED */
    ULONGLONG u;         /* K_UNSIGNED (values above LONGLONG's range) */
    double d;            /* K_REAL */
    const OLECHAR *s;    /* K_STRING */
};

static double round_even(double x)
{
    double t = (double)(LONGLONG)x, diff = x - t;   /* callers check the range first */
    if (diff > 0.5 || (diff == 0.5 && ((LONGLONG)t & 1))) return t + 1;
    if (diff < -0.5 || (diff == -0.5 && ((LONGLONG)t & 1))) return t - 1;
    return t;
}

static int wcs_ieq_ascii(const OLECHAR *s, const char *a)
{
    for (; *a; s++, a++) {
        OLECHAR c = *s >= 'A' && *s <= 'Z' ? *s + 32 : *s;
        if (c != (OLECHAR)*a) return 0;
    }
    return !*s;
}

/* a number in the en-US form: spaces, sign, digits, '.', exponent */
static HRESULT parse_string(const OLECHAR *s, struct value *out)
{
    char buf[128], *end;
    int n = 0, digits = 0, real = 0;

    if (!s) return DISP_E_TYPEMISMATCH;
    while (*s == ' ' || *s == '\t') s++;
    if (*s == '+' || *s == '-') buf[n++] = (char)*s++;
    while (n < 120 && ((*s >= '0' && *s <= '9') || *s == '.' || *s == 'e' || *s == 'E' ||
                       ((*s == '+' || *s == '-') && (s[-1] == 'e' || s[-1] == 'E')))) {
        if (*s >= '0' && *s <= '9') digits++;
        else real = 1;
        buf[n++] = (char)*s++;
    }
    while (*s == ' ' || *s == '\t') s++;
    buf[n] = 0;
    if (*s || !digits) return DISP_E_TYPEMISMATCH;
    if (!real) {
        out->kind = K_SIGNED;
        out->i = strtoll(buf, &end, 10);
        if (*end) return DISP_E_TYPEMISMATCH;
        if (out->i == LLONG_MAX || out->i == LLONG_MIN) {   /* may have overflowed: go through real */
            out->kind = K_REAL;
            out->d = strtod(buf, &end);
        }
        return S_OK;
    }
    out->kind = K_REAL;
    out->d = strtod(buf, &end);
    return *end ? DISP_E_TYPEMISMATCH : S_OK;
}

static HRESULT read_source(const VARIANT *v, struct value *out)
{
    VARTYPE vt = v->vt & ~VT_BYREF;
    const void *p = (v->vt & VT_BYREF) ? v->byref : (const void *)&v->llVal;

    if ((v->vt & VT_BYREF) && !p) return E_INVALIDARG;
    out->kind = K_SIGNED;
    switch (vt) {
    case VT_EMPTY: out->i = 0; return S_OK;
    case VT_I1: out->i = *(const signed char *)p; return S_OK;
    case VT_UI1: out->i = *(const BYTE *)p; return S_OK;
    case VT_I2: case VT_BOOL: out->i = *(const SHORT *)p; return S_OK;
    case VT_UI2: out->i = *(const USHORT *)p; return S_OK;
    case VT_I4: case VT_INT: out->i = *(const LONG *)p; return S_OK;
    case VT_UI4: case VT_UINT: out->i = *(const ULONG *)p; return S_OK;
    case VT_I8: out->i = *(const LONGLONG *)p; return S_OK;
    case VT_UI8:
        out->u = *(const ULONGLONG *)p;
        if (out->u > (ULONGLONG)LLONG_MAX) out->kind = K_UNSIGNED;
        else out->i = (LONGLONG)out->u;
        return S_OK;
    case VT_R4: out->kind = K_REAL; out->d = *(const FLOAT *)p; return S_OK;
    case VT_R8: case VT_DATE: out->kind = K_REAL; out->d = *(const DOUBLE *)p; return S_OK;
    case VT_CY: out->kind = K_REAL; out->d = *(const LONGLONG *)p / 10000.0; return S_OK;
    case VT_BSTR: out->kind = K_STRING; out->s = *(const BSTR *)p; return S_OK;
    case VT_NULL: case VT_UNKNOWN: case VT_ERROR: return DISP_E_TYPEMISMATCH;
    }
    FIXME("conversion from type %u is not supported\n", vt);
    return vt == VT_DISPATCH || vt == VT_DECIMAL ? E_NOTIMPL : DISP_E_BADVARTYPE;
}

/* an integer target in [min, max]; reals round to even first */
static HRESULT to_integer(const struct value *v, LONGLONG min, ULONGLONG max, ULONGLONG *out)
{
    if (v->kind == K_UNSIGNED) {
        if (v->u > max) return DISP_E_OVERFLOW;
        *out = v->u;
        return S_OK;
    }
    if (v->kind == K_REAL) {
        if (!(v->d >= -9.2233720368547758e18 && v->d < 9.2233720368547758e18)) {
            if (max == ~0ULL && v->d >= 0 && v->d < 1.8446744073709552e19) {
                *out = (ULONGLONG)v->d;
                return S_OK;
            }
            return DISP_E_OVERFLOW;
        }
        double r = round_even(v->d);
        if (r < (double)min || r > (double)max) return DISP_E_OVERFLOW;
        LONGLONG i = (LONGLONG)r;
        *out = (ULONGLONG)i;
        return S_OK;
    }
    if (v->i < min || (v->i >= 0 && (ULONGLONG)v->i > max)) return DISP_E_OVERFLOW;
    *out = (ULONGLONG)v->i;
    return S_OK;
}

static double as_real(const struct value *v)
{
    return v->kind == K_REAL ? v->d : v->kind == K_UNSIGNED ? (double)v->u : (double)v->i;
}

static HRESULT to_bstr(const struct value *v, VARTYPE from, USHORT flags, BSTR *out)
{
    char buf[64];
    WCHAR wide[64];
    int n;

    if (from == VT_BOOL && (flags & VARIANT_ALPHABOOL)) strcpy(buf, v->i ? "True" : "False");
    else if (from == VT_DATE || from == VT_CY) {
        FIXME("date and currency strings are not supported\n");
        return E_NOTIMPL;
    } else if (v->kind == K_UNSIGNED) snprintf(buf, sizeof(buf), "%llu", (unsigned long long)v->u);
    else if (v->kind == K_SIGNED) snprintf(buf, sizeof(buf), "%lld", (long long)v->i);
    else snprintf(buf, sizeof(buf), from == VT_R4 ? "%.7G" : "%.15G", v->d);
    for (n = 0; buf[n]; n++) wide[n] = (BYTE)buf[n];
    wide[n] = 0;
    if (!(*out = SysAllocStringLen(wide, n))) return E_OUTOFMEMORY;
    return S_OK;
}

static HRESULT convert(const VARIANT *src, VARIANT *res, USHORT flags, VARTYPE vt)
{
    struct value v;
    ULONGLONG u;
    HRESULT hr;
    VARTYPE from = src->vt & ~VT_BYREF;

    if ((hr = read_source(src, &v))) return hr;
    if (v.kind == K_STRING && vt != VT_BSTR) {
        if (vt == VT_BOOL && (wcs_ieq_ascii(v.s ? v.s : (const OLECHAR *)L"", "true") ||
                              wcs_ieq_ascii(v.s ? v.s : (const OLECHAR *)L"", "false"))) {
            v.kind = K_SIGNED;
            v.i = wcs_ieq_ascii(v.s, "true") ? -1 : 0;
        } else if (vt == VT_DATE) {
            FIXME("date strings are not supported\n");
            return E_NOTIMPL;
        } else if ((hr = parse_string(v.s, &v))) {
            return hr;
        }
    }
    res->vt = vt;
    switch (vt) {
    case VT_EMPTY: return S_OK;
    case VT_I1: if (!(hr = to_integer(&v, -128, 127, &u))) res->cVal = (char)u; return hr;
    case VT_UI1: if (!(hr = to_integer(&v, 0, 255, &u))) res->bVal = (BYTE)u; return hr;
    case VT_I2: if (!(hr = to_integer(&v, -32768, 32767, &u))) res->iVal = (SHORT)u; return hr;
    case VT_UI2: if (!(hr = to_integer(&v, 0, 65535, &u))) res->uiVal = (USHORT)u; return hr;
    case VT_I4: case VT_INT:
        if (!(hr = to_integer(&v, -2147483647 - 1, 2147483647, &u))) res->lVal = (LONG)u;
        return hr;
    case VT_UI4: case VT_UINT: if (!(hr = to_integer(&v, 0, 0xffffffffu, &u))) res->ulVal = (ULONG)u; return hr;
    case VT_I8: if (!(hr = to_integer(&v, LLONG_MIN, LLONG_MAX, &u))) res->llVal = (LONGLONG)u; return hr;
    case VT_UI8: if (!(hr = to_integer(&v, 0, ~0ULL, &u))) res->ullVal = u; return hr;
    case VT_R4: {
        double d = as_real(&v);
        if (d > 3.402823466e38 || d < -3.402823466e38) return DISP_E_OVERFLOW;
        res->fltVal = (FLOAT)d;
        return S_OK;
    }
    case VT_R8: res->dblVal = as_real(&v); return S_OK;
    case VT_DATE: {
        double d = as_real(&v);
        if (d < -657434.0 || d >= 2958466.0) return DISP_E_OVERFLOW;
        res->dblVal = d;
        return S_OK;
    }
    case VT_CY: {
        double d = as_real(&v) * 10000.0;
        if (!(d > -9.2233720368547758e18 && d < 9.2233720368547758e18)) return DISP_E_OVERFLOW;
        res->llVal = (LONGLONG)round_even(d);
        return S_OK;
    }
    case VT_BOOL:
        res->boolVal = (v.kind == K_REAL ? v.d != 0 : v.kind == K_UNSIGNED ? 1 : v.i != 0) ? VARIANT_TRUE : 0;
        return S_OK;
    case VT_BSTR:
        if (v.kind == K_STRING) {
            res->bstrVal = v.s ? SysAllocStringByteLen((const char *)v.s, SysStringByteLen((BSTR)v.s))
                               : SysAllocStringLen(NULL, 0);
            return res->bstrVal ? S_OK : E_OUTOFMEMORY;
        }
        if (from == VT_EMPTY) {
            res->bstrVal = SysAllocStringLen(NULL, 0);
            return res->bstrVal ? S_OK : E_OUTOFMEMORY;
        }
        return to_bstr(&v, from, flags, &res->bstrVal);
    }
    return DISP_E_BADVARTYPE;
}

WINBASEAPI HRESULT WINAPI VariantChangeTypeEx(VARIANT *dst, const VARIANT *src, LCID lcid, USHORT flags,
                                              VARTYPE vt)
{
    VARIANT res;
    HRESULT hr;

    (void)lcid;
    if (!dst || !src) return E_INVALIDARG;
    if ((vt & ~VT_TYPEMASK) || (vt & VT_TYPEMASK) == 15 || (vt & VT_TYPEMASK) > VT_UINT) {
        if (vt == src->vt) return VariantCopy(dst, src);
        return (vt & (VT_ARRAY | VT_BYREF)) ? DISP_E_TYPEMISMATCH : DISP_E_BADVARTYPE;
    }
    if (src->vt == vt && vt != VT_EMPTY) return dst == src ? S_OK : VariantCopy(dst, src);
    if (vt == VT_NULL) {
        if (src->vt != VT_NULL && src->vt != VT_EMPTY) return DISP_E_TYPEMISMATCH;
        if ((hr = VariantClear(dst))) return hr;
        dst->vt = VT_NULL;
        return S_OK;
    }
    if (vt == VT_DISPATCH || vt == VT_UNKNOWN || vt == VT_ERROR || vt == VT_VARIANT || vt == VT_DECIMAL ||
        (src->vt & VT_ARRAY))
        return DISP_E_TYPEMISMATCH;
    memset(&res, 0, sizeof(res));
    if ((hr = convert(src, &res, flags, vt))) return hr;
    if ((hr = VariantClear(dst))) {
        VariantClear(&res);
        return hr;
    }
    *dst = res;
    return S_OK;
}

WINBASEAPI HRESULT WINAPI VariantChangeType(VARIANT *dst, const VARIANT *src, USHORT flags, VARTYPE vt)
{
    return VariantChangeTypeEx(dst, src, 0x400, flags, vt);
}
