/*
 * Rtl string and path helpers programs call directly: ANSI <-> Unicode
 * strings in the ANSI code page (1252, as kernel32's GetACP says),
 * RtlFreeUnicodeString, RtlDosPathNameToNtPathName_U(_WithStatus) and
 * RtlImageNtHeader. Strings these allocate come from the process heap, so
 * RtlFreeUnicodeString / RtlFreeAnsiString release them.
 */
#include <stdlib.h>
#include <string.h>
#include "ntdll_private.h"
#include "winbase.h"
#define DEBUG_CHANNEL CH_STRING
#include "winrun/debug.h"

/* 0x80..0x9f of code page 1252; the rest of 0x00..0xff is Latin-1 */
static const WCHAR cp1252_high[32] = {
    0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
    0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
};

static WCHAR ansi_to_wchar(unsigned char c)
{
    return c >= 0x80 && c < 0xa0 ? cp1252_high[c - 0x80] : c;
}

static char wchar_to_ansi(WCHAR w)
{
    if (w < 0x80 || (w >= 0xa0 && w <= 0xff)) return (char)w;
    for (int i = 0; i < 32; i++) if (cp1252_high[i] == w) return (char)(0x80 + i);
    return '?';                                      /* Windows' default character */
}

static HANDLE process_heap(void) { return process.peb->ProcessHeap; }

NTSYSAPI void WINAPI RtlFreeUnicodeString(UNICODE_STRING *str)
{
    if (!str) return;
    if (str->Buffer) RtlFreeHeap(process_heap(), 0, str->Buffer);
    memset(str, 0, sizeof(*str));
}

NTSYSAPI void WINAPI RtlFreeAnsiString(ANSI_STRING *str)
{
    if (!str) return;
    if (str->Buffer) RtlFreeHeap(process_heap(), 0, str->Buffer);
    memset(str, 0, sizeof(*str));
}

NTSYSAPI NTSTATUS WINAPI RtlAnsiStringToUnicodeString(UNICODE_STRING *dst, const ANSI_STRING *src, BOOLEAN alloc)
{
    ULONG len = src->Length, size = (len + 1) * sizeof(WCHAR);

    if (size > 0xffff) return STATUS_INVALID_PARAMETER_2;
    if (alloc) {
        if (!(dst->Buffer = RtlAllocateHeap(process_heap(), 0, size))) return STATUS_NO_MEMORY;
        dst->MaximumLength = (USHORT)size;
    } else if (size > dst->MaximumLength) {
        return STATUS_BUFFER_OVERFLOW;
    }
    for (ULONG i = 0; i < len; i++) dst->Buffer[i] = ansi_to_wchar((unsigned char)src->Buffer[i]);
    dst->Buffer[len] = 0;
    dst->Length = (USHORT)(len * sizeof(WCHAR));
    return STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI RtlUnicodeStringToAnsiString(ANSI_STRING *dst, const UNICODE_STRING *src, BOOLEAN alloc)
{
    ULONG len = src->Length / sizeof(WCHAR), copy = len;
    NTSTATUS status = STATUS_SUCCESS;

    if (len + 1 > 0xffff) return STATUS_INVALID_PARAMETER_2;
    if (alloc) {
        if (!(dst->Buffer = RtlAllocateHeap(process_heap(), 0, len + 1))) return STATUS_NO_MEMORY;
        dst->MaximumLength = (USHORT)(len + 1);
    } else if (len + 1 > dst->MaximumLength) {
        /* as much as fits, still terminated */
        if (!dst->MaximumLength) return STATUS_BUFFER_OVERFLOW;
        copy = dst->MaximumLength - 1u;
        status = STATUS_BUFFER_OVERFLOW;
    }
    for (ULONG i = 0; i < copy; i++) dst->Buffer[i] = wchar_to_ansi(src->Buffer[i]);
    dst->Buffer[copy] = 0;
    dst->Length = (USHORT)copy;
    return status;
}

typedef struct { UNICODE_STRING RelativeName; HANDLE ContainingDirectory; void *CurDirRef; } RTL_RELATIVE_NAME_U;

/* "\??\" + the full DOS path; UNC "\\server\share" becomes "\??\UNC\server\share",
 * "\\?\X" and "\\.\X" become "\??\X" (the device form stays literal). */
NTSYSAPI NTSTATUS WINAPI RtlDosPathNameToNtPathName_U_WithStatus(const WCHAR *dos, UNICODE_STRING *nt,
                                                                 WCHAR **file_part, RTL_RELATIVE_NAME_U *relative)
{
    static const WCHAR nt_prefix[] = { '\\', '?', '?', '\\' }, unc[] = { 'U', 'N', 'C', '\\' };
    const WCHAR *rest;
    WCHAR *full = NULL, *buf, *p;
    NTSTATUS status = STATUS_SUCCESS;
    size_t pre, len;
    BOOL is_unc = FALSE;

    if (file_part) *file_part = NULL;
    if (relative) memset(relative, 0, sizeof(*relative));
    if (!dos || !*dos) return STATUS_OBJECT_NAME_INVALID;
    if (dos[0] == '\\' && (dos[1] == '\\' || dos[1] == '?') && (dos[2] == '?' || dos[2] == '.') && dos[3] == '\\') {
        rest = dos + 4;                              /* taken literally */
    } else {
        if (!(full = path_full_dos(dos, &status))) return status;
        rest = full;
        if (full[0] == '\\' && full[1] == '\\') {
            is_unc = TRUE;
            rest = full + 2;
        }
    }
    pre = 4 + (is_unc ? 4 : 0);
    len = wcs_len(rest);
    if ((pre + len + 1) * sizeof(WCHAR) > 0xffff) {
        free(full);
        return STATUS_NAME_TOO_LONG;
    }
    if (!(buf = RtlAllocateHeap(process_heap(), 0, (pre + len + 1) * sizeof(WCHAR)))) {
        free(full);
        return STATUS_NO_MEMORY;
    }
    memcpy(buf, nt_prefix, sizeof(nt_prefix));
    if (is_unc) memcpy(buf + 4, unc, sizeof(unc));
    memcpy(buf + pre, rest, (len + 1) * sizeof(WCHAR));
    free(full);
    nt->Buffer = buf;
    nt->Length = (USHORT)((pre + len) * sizeof(WCHAR));
    nt->MaximumLength = (USHORT)((pre + len + 1) * sizeof(WCHAR));
    if (file_part) {
        p = wcs_rchr(buf + pre, '\\');
        if (p && p[1]) *file_part = p + 1;
    }
    return STATUS_SUCCESS;
}

NTSYSAPI BOOLEAN WINAPI RtlDosPathNameToNtPathName_U(const WCHAR *dos, UNICODE_STRING *nt, WCHAR **file_part,
                                                     RTL_RELATIVE_NAME_U *relative)
{
    return !RtlDosPathNameToNtPathName_U_WithStatus(dos, nt, file_part, relative);
}

/* The NT headers of the image at BASE, or NULL when it is none. */
NTSYSAPI IMAGE_NT_HEADERS *WINAPI RtlImageNtHeader(HMODULE base)
{
    const IMAGE_DOS_HEADER *dos = (const IMAGE_DOS_HEADER *)base;
    IMAGE_NT_HEADERS *nt;

    if (!dos || dos->e_magic != IMAGE_DOS_SIGNATURE || dos->e_lfanew <= 0 || dos->e_lfanew > 0x10000000) return NULL;
    nt = (IMAGE_NT_HEADERS *)((char *)base + dos->e_lfanew);
    return nt->Signature == IMAGE_NT_SIGNATURE ? nt : NULL;
}

/* Bytes the converted strings need, with their NUL (1252 is one byte a character). */
NTSYSAPI ULONG WINAPI RtlAnsiStringToUnicodeSize(const ANSI_STRING *str)
{
    return (str->Length + 1u) * sizeof(WCHAR);
}

NTSYSAPI ULONG WINAPI RtlUnicodeStringToAnsiSize(const UNICODE_STRING *str)
{
    return str->Length / sizeof(WCHAR) + 1u;
}
