/*
 * Fuzz target: the .spec parser and the assembly generator of specgen
 * (tools/spec.c, tools/specgen.c). The input is a spec file's text, parsed
 * from memory; what parses is generated into memory as well, and every
 * line of the assembly must stay well formed: quotes only in pairs (the
 * export names and forwarders are .asciz strings), no backslash escapes,
 * no control characters, nothing that could end a string early and smuggle
 * a directive into the DLL.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "../../tools/spec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_assembly(const char *text, size_t len)
{
    unsigned int quotes = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '\n') {
            if (quotes != 0 && quotes != 2) abort();
            quotes = 0;
        } else if (c == '"') {
            quotes++;
        } else if (c == '\\' || (c < ' ' && c != '\t') || c > '~') {
            abort();
        }
    }
    if (quotes) abort();   /* the output ends with a newline */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char *imports[] = { "kernel32.dll", "ntdll.dll" };
    struct spec spec;
    FILE *in, *out;
    char *text = NULL;
    size_t len = 0;

    if (!size || !(in = fmemopen((void *)data, size, "r"))) return 0;
    /* the parser's messages are its job; the fuzzer needs none of them */
    if (spec_parse_stream(in, "fuzz.spec", &spec)) {
        fclose(in);
        spec_free(&spec);
        return 0;
    }
    fclose(in);
    if ((out = open_memstream(&text, &len))) {
        spec_generate(&spec, size & 1 ? "DllMain" : NULL, imports, (int)(size % 3), out);
        if (fclose(out)) abort();
        check_assembly(text, len);
        free(text);
    }
    spec_free(&spec);
    return 0;
}
