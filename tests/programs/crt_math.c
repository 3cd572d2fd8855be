/* libm through the CRT, with the CRT's errno for domain and range errors */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include "test.h"

static int close_to(double a, double b) { return fabs(a - b) < 1e-12 * (fabs(b) + 1); }

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

int main(void)
{
    volatile double zero = 0.0, minus_one = -1.0;
    double ip;
    int e;
    int arr[] = { 5, 3, 9, 1, 7, 3 }, key = 7, *found;

    ok(sqrt(2.0) * sqrt(2.0) - 2.0 < 1e-15, "sqrt");
    ok(close_to(pow(2.0, 10.0), 1024.0) && close_to(exp(1.0), 2.718281828459045), "pow/exp");
    ok(close_to(log(M_E), 1.0) && close_to(log10(1000.0), 3.0), "log/log10");
    ok(close_to(sin(M_PI / 2), 1.0) && close_to(cos(0.0), 1.0) && close_to(tan(M_PI / 4), 1.0), "trig");
    ok(close_to(atan2(1.0, 1.0), M_PI / 4), "atan2");
    ok(floor(-1.5) == -2.0 && ceil(-1.5) == -1.0 && fabs(-3.0) == 3.0, "floor/ceil/fabs");
    ok(close_to(fmod(7.5, 2.0), 1.5), "fmod");
    ip = frexp(8.0, &e);
    ok(ip == 0.5 && e == 4, "frexp: exponent %d", e);
    ok(ldexp(0.75, 3) == 6.0, "ldexp");
    ok(close_to(modf(3.25, &ip), 0.25) && ip == 3.0, "modf");
    ok(_hypot(3.0, 4.0) == 5.0, "_hypot");

    errno = 0;
    ok(isnan(sqrt(minus_one)) && errno == EDOM, "sqrt(-1): EDOM, errno %d", errno);
    errno = 0;
    ok(isnan(log(minus_one)) && errno == EDOM, "log(-1): EDOM, errno %d", errno);
    errno = 0;
    ok(isinf(log(zero)) && errno == ERANGE, "log(0): ERANGE, errno %d", errno);
    errno = 0;
    ok(isinf(exp(1000.0)) && errno == ERANGE, "exp(1000): ERANGE, errno %d", errno);
    ok(_isnan(sqrt(minus_one)) && !_finite(1.0 / zero) && _finite(1.0), "_isnan/_finite");
    ok(_fpclass(-0.0) == _FPCLASS_NZ && _fpclass(1.0) == _FPCLASS_PN && _fpclass(-1.0 / zero) == _FPCLASS_NINF,
       "_fpclass %d", _fpclass(-0.0));

    qsort(arr, 6, sizeof(int), cmp_int);
    ok(arr[0] == 1 && arr[1] == 3 && arr[2] == 3 && arr[5] == 9, "qsort: %d %d %d %d %d %d",
       arr[0], arr[1], arr[2], arr[3], arr[4], arr[5]);
    found = bsearch(&key, arr, 6, sizeof(int), cmp_int);
    ok(found && *found == 7, "bsearch");
    key = 4;
    ok(!bsearch(&key, arr, 6, sizeof(int), cmp_int), "bsearch missing");

    srand(1);
    e = rand();
    ok(e == 41, "rand after srand(1) is the CRT's sequence: %d", e);
    ok(rand() == 18467 && rand() == 6334, "next values");
    srand(12345);
    ok(rand() == 7584, "rand after srand(12345)");
    return test_done();
}
