/*
 * The math library: libm under the Windows calling convention, with
 * libm's errno (EDOM, ERANGE) passed on as the CRT's (33, 34), which is
 * when the CRT sets them too. float variants are the UCRT's (msvcrt on x64
 * exports a few of them as well).
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include "crt_private.h"

#define CRT_EDOM 33

static void pass_errno(void)
{
    if (errno == EDOM) crt_set_errno(CRT_EDOM);
    else if (errno == ERANGE) crt_set_errno(CRT_ERANGE);
}

/* one wrapper per function: ms_abi in, libm out, errno mapped */
#define MATH1(type, name, libm) \
    type CDECL MSVCRT_##name(type x) { type r; errno = 0; r = libm(x); pass_errno(); return r; }
#define MATH2(type, name, libm) \
    type CDECL MSVCRT_##name(type x, type y) { type r; errno = 0; r = libm(x, y); pass_errno(); return r; }

MATH1(double, sqrt, sqrt)   MATH1(double, exp, exp)     MATH1(double, log, log)
MATH1(double, log10, log10) MATH1(double, sin, sin)     MATH1(double, cos, cos)
MATH1(double, tan, tan)     MATH1(double, asin, asin)   MATH1(double, acos, acos)
MATH1(double, atan, atan)   MATH1(double, sinh, sinh)   MATH1(double, cosh, cosh)
MATH1(double, tanh, tanh)   MATH1(double, floor, floor) MATH1(double, ceil, ceil)
MATH1(double, fabs, fabs)   MATH1(double, log2, log2)   MATH1(double, exp2, exp2)
MATH1(double, cbrt, cbrt)   MATH1(double, round, round) MATH1(double, trunc, trunc)
MATH1(double, rint, rint)   MATH1(double, nearbyint, nearbyint) MATH1(double, log1p, log1p)
MATH1(double, expm1, expm1) MATH1(double, asinh, asinh) MATH1(double, acosh, acosh)
MATH1(double, atanh, atanh) MATH1(double, erf, erf)     MATH1(double, erfc, erfc)
MATH1(double, tgamma, tgamma) MATH1(double, lgamma, lgamma) MATH1(double, logb, logb)
MATH2(double, pow, pow)     MATH2(double, atan2, atan2) MATH2(double, fmod, fmod)
MATH2(double, _hypot, hypot) MATH2(double, hypot, hypot) MATH2(double, fmin, fmin)
MATH2(double, fmax, fmax)   MATH2(double, remainder, remainder) MATH2(double, copysign, copysign)
MATH2(double, _copysign, copysign) MATH2(double, nextafter, nextafter) MATH2(double, fdim, fdim)

MATH1(float, sqrtf, sqrtf)  MATH1(float, expf, expf)    MATH1(float, logf, logf)
MATH1(float, log10f, log10f) MATH1(float, sinf, sinf)   MATH1(float, cosf, cosf)
MATH1(float, tanf, tanf)    MATH1(float, asinf, asinf)  MATH1(float, acosf, acosf)
MATH1(float, atanf, atanf)  MATH1(float, sinhf, sinhf)  MATH1(float, coshf, coshf)
MATH1(float, tanhf, tanhf)  MATH1(float, floorf, floorf) MATH1(float, ceilf, ceilf)
MATH1(float, fabsf, fabsf)  MATH1(float, log2f, log2f)  MATH1(float, exp2f, exp2f)
MATH1(float, cbrtf, cbrtf)  MATH1(float, roundf, roundf) MATH1(float, truncf, truncf)
MATH2(float, powf, powf)    MATH2(float, atan2f, atan2f) MATH2(float, fmodf, fmodf)
MATH2(float, _hypotf, hypotf) MATH2(float, hypotf, hypotf) MATH2(float, fminf, fminf)
MATH2(float, fmaxf, fmaxf)  MATH2(float, copysignf, copysignf)

double CDECL MSVCRT_fma(double x, double y, double z) { return fma(x, y, z); }
double CDECL MSVCRT_ldexp(double x, int e) { double r; errno = 0; r = ldexp(x, e); pass_errno(); return r; }
float CDECL MSVCRT_ldexpf(float x, int e) { return ldexpf(x, e); }
double CDECL MSVCRT_frexp(double x, int *e) { return frexp(x, e); }
float CDECL MSVCRT_frexpf(float x, int *e) { return frexpf(x, e); }
double CDECL MSVCRT_modf(double x, double *i) { return modf(x, i); }
float CDECL MSVCRT_modff(float x, float *i) { return modff(x, i); }
double CDECL MSVCRT_scalbn(double x, int e) { return scalbn(x, e); }
int CDECL MSVCRT_ilogb(double x) { return ilogb(x); }
LONG CDECL MSVCRT_lround(double x) { return (LONG)lround(x); }
LONGLONG CDECL MSVCRT_llround(double x) { return llround(x); }
LONG CDECL MSVCRT_lrint(double x) { return (LONG)lrint(x); }
LONGLONG CDECL MSVCRT_llrint(double x) { return llrint(x); }

int CDECL MSVCRT__isnan(double x) { return isnan(x) != 0; }
int CDECL MSVCRT__finite(double x) { return isfinite(x) != 0; }
int CDECL MSVCRT__isnanf(float x) { return isnan(x) != 0; }
int CDECL MSVCRT__finitef(float x) { return isfinite(x) != 0; }

/* _fpclass: the CRT's bit per class */
int CDECL MSVCRT__fpclass(double x)
{
    int neg = signbit(x) != 0;
    union { double d; uint64_t u; } bits = { x };
    switch (fpclassify(x)) {
    case FP_NAN: return bits.u & (1ull << 51) ? 0x0002 : 0x0001;   /* _FPCLASS_QNAN / _SNAN */
    case FP_INFINITE: return neg ? 0x0004 : 0x0200;
    case FP_ZERO: return neg ? 0x0020 : 0x0040;
    case FP_SUBNORMAL: return neg ? 0x0010 : 0x0080;
    default: return neg ? 0x0008 : 0x0100;
    }
}

/* the UCRT's classification helpers behind fpclassify/isnan in its headers */
short CDECL MSVCRT__dclass(double x)
{
    switch (fpclassify(x)) {
    case FP_NAN: return 2;        /* FP_NAN in the UCRT's numbering */
    case FP_INFINITE: return 1;
    case FP_ZERO: return 0;
    case FP_SUBNORMAL: return -2;
    default: return -1;
    }
}
short CDECL MSVCRT__fdclass(float x) { return MSVCRT__dclass(x); }
int CDECL MSVCRT__dsign(double x) { return signbit(x) ? 0x8000 : 0; }
int CDECL MSVCRT__fdsign(float x) { return signbit(x) ? 0x8000 : 0; }

double CDECL MSVCRT_nan(const char *tag) { (void)tag; return NAN; }
float CDECL MSVCRT_nanf(const char *tag) { (void)tag; return NAN; }

div_t CDECL MSVCRT_div(int a, int b) { div_t r = { a / b, a % b }; return r; }

/* ldiv_t of the Windows CRT: two 32-bit longs, returned in rax */
typedef struct { LONG quot, rem; } crt_ldiv_t;
crt_ldiv_t CDECL MSVCRT_ldiv(LONG a, LONG b) { crt_ldiv_t r = { a / b, a % b }; return r; }
LONGLONG CDECL MSVCRT_llabs(LONGLONG v) { return v < 0 ? -v : v; }
LONGLONG CDECL MSVCRT__abs64(LONGLONG v) { return v < 0 ? -v : v; }
