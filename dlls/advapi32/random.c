/*
 * RtlGenRandom, exported as SystemFunction036: the C runtime's rand_s and
 * many programs' seeds come from here. As on Windows, it is the system
 * RNG of bcryptprimitives.dll (ProcessPrng) under another name.
 */
#include "winbase.h"

WINBASEAPI BOOL WINAPI ProcessPrng(BYTE *buffer, SIZE_T len);

WINBASEAPI BOOLEAN WINAPI SystemFunction036(void *buffer, ULONG len)
{
    return ProcessPrng(buffer, len) ? TRUE : FALSE;
}
