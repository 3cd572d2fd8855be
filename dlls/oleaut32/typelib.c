/*
 * Type libraries are not implemented: loading one fails with
 * TYPE_E_CANTLOADLIBRARY, the documented answer for a library that cannot
 * be loaded, so callers take their "no type information" path instead of
 * crashing in a stub.
 */
#define DEBUG_CHANNEL CH_FIXME
#include "winrun/debug.h"
#include "oleaut32_private.h"

#define TYPE_E_CANTLOADLIBRARY ((HRESULT)0x80029c4a)

WINBASEAPI HRESULT WINAPI LoadTypeLibEx(const OLECHAR *file, int kind, void **lib)
{
    (void)file; (void)kind;
    if (!lib) return E_INVALIDARG;
    *lib = NULL;
    FIXME("type libraries are not supported\n");
    return TYPE_E_CANTLOADLIBRARY;
}

WINBASEAPI HRESULT WINAPI LoadTypeLib(const OLECHAR *file, void **lib)
{
    return LoadTypeLibEx(file, 0, lib);
}
