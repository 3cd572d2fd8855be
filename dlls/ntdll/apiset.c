/*
 * API sets: "api-ms-win-crt-stdio-l1-1-0.dll" and friends name a contract,
 * not a file. One table maps a contract prefix (the name without its
 * "-lX-Y-Z" version) to the DLL that hosts it here. First match wins, so
 * specific entries come before the general ones.
 */
#include <string.h>
#include "ntdll_private.h"

static const struct { const char *prefix; const char *host; } apisets[] = {
    { "api-ms-win-crt-",                 "ucrtbase.dll" },
    { "api-ms-win-core-rtlsupport-",     "ntdll.dll" },
    { "api-ms-win-core-",                "kernel32.dll" },
    { "api-ms-win-security-base-",       "advapi32.dll" },
    { "api-ms-win-eventing-",            "advapi32.dll" },
    { "api-ms-win-downlevel-kernel32-",  "kernel32.dll" },
    { "api-ms-win-downlevel-user32-",    "user32.dll" },
    { "api-ms-win-downlevel-advapi32-",  "advapi32.dll" },
    { "ext-ms-win-",                     NULL },   /* extension sets: absent, as on a minimal Windows */
};

/* Returns the host DLL for an API set NAME (ASCII, any case), NULL when the
 * name is no API set or names an unsupported one; *is_apiset tells which. */
const char *apiset_host(const WCHAR *name, int *is_apiset)
{
    char lower[64];
    size_t i;

    for (i = 0; name[i] && i < sizeof(lower) - 1; i++) {
        if (name[i] > 0x7f) break;
        lower[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
    }
    lower[i] = 0;
    *is_apiset = !strncmp(lower, "api-", 4) || !strncmp(lower, "ext-", 4);
    if (!*is_apiset) return NULL;
    for (i = 0; i < sizeof(apisets) / sizeof(apisets[0]); i++)
        if (!strncmp(lower, apisets[i].prefix, strlen(apisets[i].prefix))) return apisets[i].host;
    return NULL;
}
