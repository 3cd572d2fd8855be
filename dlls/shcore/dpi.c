/*
 * shcore's DPI queries. winrun draws at 96 DPI and scales nothing, so
 * every process is DPI-unaware (as user32's IsProcessDPIAware says) and
 * every monitor answers 96 by 96. SetProcessDpiAwareness accepts a valid
 * level and changes nothing: nothing would draw differently.
 */
#include "windef.h"
#include "winerror.h"

#define PROCESS_PER_MONITOR_DPI_AWARE 2
#define MDT_RAW_DPI 2

#define SHCORE_API DECLSPEC_EXPORT

SHCORE_API HRESULT WINAPI SetProcessDpiAwareness(int value)
{
    if (value < 0 || value > PROCESS_PER_MONITOR_DPI_AWARE) return E_INVALIDARG;
    return S_OK;
}

SHCORE_API HRESULT WINAPI GetProcessDpiAwareness(HANDLE process, int *value)
{
    (void)process;
    if (!value) return E_INVALIDARG;
    *value = 0;   /* PROCESS_DPI_UNAWARE */
    return S_OK;
}

SHCORE_API HRESULT WINAPI GetDpiForMonitor(HANDLE monitor, int type, UINT *x, UINT *y)
{
    (void)monitor;
    if (!x || !y) return HRESULT_FROM_WIN32(ERROR_INVALID_ADDRESS);
    if (type < 0 || type > MDT_RAW_DPI) return HRESULT_FROM_WIN32(ERROR_BAD_ARGUMENTS);
    *x = *y = 96;
    return S_OK;
}
