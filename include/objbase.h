/* COM basics that builtin DLLs share: GUIDs and the task allocator (ole32). */
#ifndef WINRUN_OBJBASE_H
#define WINRUN_OBJBASE_H

#include "windef.h"

#ifndef GUID_DEFINED
#define GUID_DEFINED
typedef struct _GUID {
    DWORD Data1;
    WORD Data2;
    WORD Data3;
    BYTE Data4[8];
} GUID, IID, CLSID, KNOWNFOLDERID;
#endif

WINBASEAPI LPVOID WINAPI CoTaskMemAlloc(SIZE_T);
WINBASEAPI void WINAPI CoTaskMemFree(LPVOID);
WINBASEAPI LPVOID WINAPI CoTaskMemRealloc(LPVOID, SIZE_T);

#endif
