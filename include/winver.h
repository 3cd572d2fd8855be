/* version.dll: file version resources (VS_VERSIONINFO) */
#ifndef WINRUN_WINVER_H
#define WINRUN_WINVER_H

#include "windef.h"

#define VS_FILE_INFO    16        /* RT_VERSION */
#define VS_VERSION_INFO 1
#define VS_FFI_SIGNATURE     0xfeef04bd
#define VS_FFI_STRUCVERSION  0x00010000
#define VS_FFI_FILEFLAGSMASK 0x0000003f
#define VOS_NT_WINDOWS32 0x00040004
#define VFT_UNKNOWN 0
#define VFT_APP     1
#define VFT_DLL     2

#define FILE_VER_GET_LOCALISED  0x01
#define FILE_VER_GET_NEUTRAL    0x02
#define FILE_VER_GET_PREFETCHED 0x04

typedef struct tagVS_FIXEDFILEINFO {
    DWORD dwSignature;
    DWORD dwStrucVersion;
    DWORD dwFileVersionMS;
    DWORD dwFileVersionLS;
    DWORD dwProductVersionMS;
    DWORD dwProductVersionLS;
    DWORD dwFileFlagsMask;
    DWORD dwFileFlags;
    DWORD dwFileOS;
    DWORD dwFileType;
    DWORD dwFileSubtype;
    DWORD dwFileDateMS;
    DWORD dwFileDateLS;
} VS_FIXEDFILEINFO;

#endif
