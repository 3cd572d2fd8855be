/*
 * Fuzz target: the .reg text parser (server/registry_text.c). Any input is
 * imported into fresh roots; whatever imports must export and import again
 * unchanged, since the server saves hives that way and reads them back.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "../../server/registry.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct reg_key *hklm = reg_root_new(), *hkcu = reg_root_new(), *copy = reg_root_new();
    struct reg_root_name roots[] = {
        { "HKEY_LOCAL_MACHINE", "HKLM", hklm },
        { "HKEY_CURRENT_USER", "HKCU", hkcu },
    };
    struct reg_root_name copy_root = { "HKEY_LOCAL_MACHINE", "HKLM", copy };
    struct reg_error err;

    if (reg_import_text((const char *)data, size, roots, 2, &err) == STATUS_SUCCESS) {
        size_t len, len2;
        char *text = reg_export_text(hklm, "HKEY_LOCAL_MACHINE", 1, &len), *text2;
        /* a saved hive that does not load back would lose the registry */
        if (text && reg_import_text(text, len, &copy_root, 1, &err) != STATUS_SUCCESS) abort();
        text2 = text ? reg_export_text(copy, "HKEY_LOCAL_MACHINE", 1, &len2) : NULL;
        if (text2 && (len2 != len || memcmp(text, text2, len))) abort();
        free(text);
        free(text2);
    }
    reg_key_release(hklm);
    reg_key_release(hkcu);
    reg_key_release(copy);
    return 0;
}
