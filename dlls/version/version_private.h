#ifndef VERSION_PRIVATE_H
#define VERSION_PRIVATE_H
#include "windef.h"

/* Writes the made-up VS_VERSIONINFO of the builtin MODULE_NAME (a path or
 * name) into BUF[0..CAP); returns its length (a few hundred bytes). */
DWORD builtin_version_info(const WCHAR *module_name, BYTE *buf, DWORD cap);
#define BUILTIN_VERSION_MAX 2048

#endif
