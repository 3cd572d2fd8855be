/* MulDiv: (a * b) / c with a 64-bit intermediate, rounded half away from
 * zero; -1 when c is 0 or the result does not fit in 32 bits, as
 * documented. */
#include "winbase.h"

WINBASEAPI INT WINAPI MulDiv(INT a, INT b, INT c)
{
    long long v = (long long)a * b, r;

    if (!c) return -1;
    if (c < 0) {
        v = -v;
        c = -c;
    }
    r = v >= 0 ? (v + c / 2) / c : (v - c / 2) / c;
    if (r > 2147483647LL || r < -2147483647LL) return -1;
    return (INT)r;
}
