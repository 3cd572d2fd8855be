/*
 * The version resource of a builtin DLL. Builtins are ELF files with no
 * resource section, yet programs read kernel32.dll's or comctl32.dll's
 * version to decide what the system offers; so version.dll makes one up:
 * the file version is the Windows version winrun presents (RtlGetVersion,
 * so [winrun] version changes it too), comctl32 says 5.82 as its
 * DllGetVersion does without a manifest.
 */
#include <string.h>
#include "windef.h"
#include "winbase.h"
#include "winver.h"
#include "winrun/unicode.h"
#include "version_private.h"

NTSYSAPI NTSTATUS WINAPI RtlGetVersion(RTL_OSVERSIONINFOEXW *);

struct builder {
    BYTE *buf;
    DWORD len, cap;
};

static void align4(struct builder *b)
{
    while (b->len & 3 && b->len < b->cap) b->buf[b->len++] = 0;
}

static void put(struct builder *b, const void *data, DWORD size)
{
    if (size > b->cap - b->len) size = b->cap - b->len;
    memcpy(b->buf + b->len, data, size);
    b->len += size;
}

/* Starts a node (wLength, wValueLength, wType, szKey) at a DWORD boundary;
 * returns its offset for node_end. */
static DWORD node_begin(struct builder *b, const WCHAR *key, WORD type, const void *value, WORD value_len)
{
    WORD header[3] = { 0, value_len, type };
    DWORD start;

    align4(b);
    start = b->len;
    put(b, header, sizeof(header));
    put(b, key, (wcs_len(key) + 1) * sizeof(WCHAR));
    align4(b);
    put(b, value, type ? value_len * sizeof(WCHAR) : value_len);
    return start;
}

static void node_end(struct builder *b, DWORD start)
{
    WORD len = (WORD)(b->len - start);
    memcpy(b->buf + start, &len, sizeof(len));
}

static void string_node(struct builder *b, const WCHAR *key, const WCHAR *value)
{
    node_end(b, node_begin(b, key, 1, value, (WORD)(wcs_len(value) + 1)));
}

/* Appends N in decimal at DST; returns the end */
static WCHAR *put_decimal(WCHAR *dst, DWORD n)
{
    WCHAR digits[10];
    int count = 0;
    do digits[count++] = (WCHAR)('0' + n % 10); while (n /= 10);
    while (count) *dst++ = digits[--count];
    return dst;
}

DWORD builtin_version_info(const WCHAR *module_name, BYTE *buf, DWORD cap)
{
    RTL_OSVERSIONINFOEXW os = { .dwOSVersionInfoSize = sizeof(os) };
    VS_FIXEDFILEINFO fixed = { 0 };
    struct builder b = { buf, 0, cap };
    WCHAR name[64], upper[64], version[64], description[96];
    const WCHAR *base = module_name, *p;
    WCHAR *v;
    DWORD major, minor, root, node, table, dot;
    WORD translation[2] = { 0x0409, 0x04b0 };

    for (p = module_name; *p; p++)
        if (*p == '\\' || *p == '/') base = p + 1;
    for (dot = 0; base[dot] && base[dot] != '.' && dot < 60; dot++) name[dot] = wch_lower(base[dot]);
    name[dot] = 0;
    RtlGetVersion(&os);
    major = os.dwMajorVersion;
    minor = os.dwMinorVersion;
    if (!wcs_icmp(name, u"comctl32")) {
        major = 5;
        minor = 82;
    }
    fixed.dwSignature = VS_FFI_SIGNATURE;
    fixed.dwStrucVersion = VS_FFI_STRUCVERSION;
    fixed.dwFileVersionMS = fixed.dwProductVersionMS = major << 16 | minor;
    fixed.dwFileVersionLS = fixed.dwProductVersionLS = os.dwBuildNumber << 16 | 1;
    fixed.dwFileFlagsMask = VS_FFI_FILEFLAGSMASK;
    fixed.dwFileOS = VOS_NT_WINDOWS32;
    fixed.dwFileType = VFT_DLL;

    v = put_decimal(version, major);
    *v++ = '.';
    v = put_decimal(v, minor);
    *v++ = '.';
    v = put_decimal(v, os.dwBuildNumber);
    wcs_cpy(v, u".1");
    for (dot = 0; name[dot]; dot++) upper[dot] = wch_upper(name[dot]);
    wcs_cpy(upper + dot, u".DLL");
    wcs_cpy(description, u"winrun builtin ");
    wcs_cpy(description + wcs_len(description), name);

    root = node_begin(&b, u"VS_VERSION_INFO", 0, &fixed, sizeof(fixed));
    node = node_begin(&b, u"StringFileInfo", 1, NULL, 0);
    table = node_begin(&b, u"040904B0", 1, NULL, 0);
    string_node(&b, u"CompanyName", u"winrun");
    string_node(&b, u"FileDescription", description);
    string_node(&b, u"FileVersion", version);
    string_node(&b, u"InternalName", name);
    string_node(&b, u"LegalCopyright", u"winrun");
    string_node(&b, u"OriginalFilename", upper);
    string_node(&b, u"ProductName", u"winrun");
    string_node(&b, u"ProductVersion", version);
    node_end(&b, table);
    node_end(&b, node);
    node = node_begin(&b, u"VarFileInfo", 1, NULL, 0);
    node_end(&b, node_begin(&b, u"Translation", 0, translation, sizeof(translation)));
    node_end(&b, node);
    node_end(&b, root);
    return b.len;
}
