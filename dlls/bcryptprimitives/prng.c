/*
 * ProcessPrng: bytes from the kernel's random number generator. On Windows
 * it is the one source behind RtlGenRandom (advapi32's SystemFunction036
 * calls it here too) and "always returns TRUE"; getrandom() blocks only
 * until the kernel's pool is initialised, as the system RNG does at boot.
 * It can fail only on a bad buffer, where Windows would fault.
 */
#include <errno.h>
#include <sys/random.h>
#include "windef.h"

WINBASEAPI BOOL WINAPI ProcessPrng(BYTE *buffer, SIZE_T len)
{
    while (len) {
        ssize_t n = getrandom(buffer, len, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return FALSE;
        }
        buffer += n;
        len -= (SIZE_T)n;
    }
    return TRUE;
}
