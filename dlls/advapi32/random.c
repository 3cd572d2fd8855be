/*
 * RtlGenRandom, exported as SystemFunction036: the C runtime's rand_s and
 * many programs' seeds come from here. getrandom() blocks only before the
 * kernel's pool is initialised, which is what Windows' CNG does too.
 */
#include <errno.h>
#include <sys/random.h>
#include "winbase.h"

WINBASEAPI BOOLEAN WINAPI SystemFunction036(void *buffer, ULONG len)
{
    char *p = buffer;
    while (len) {
        ssize_t n = getrandom(p, len, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return FALSE;
        }
        p += n;
        len -= (ULONG)n;
    }
    return TRUE;
}
