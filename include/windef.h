/*
 * Basic Win32 types for winrun's own code (not for test programs, which use
 * mingw-w64's headers). LP64 host, LLP64 target: Windows `long` is 32 bits,
 * so LONG/DWORD are int-sized here and C `long` must never appear in an API
 * signature. WCHAR is 16 bits (char16_t, so u"..." literals have its type).
 */
#ifndef WINRUN_WINDEF_H
#define WINRUN_WINDEF_H

#include <stddef.h>
#include <stdint.h>
#include <uchar.h>

#define WINAPI      __attribute__((ms_abi))
#define CDECL       __attribute__((ms_abi))
#define NTAPI       WINAPI
#define CALLBACK    WINAPI
#define APIENTRY    WINAPI
/* Functions other builtin DLLs link to at the ELF level; everything else in
 * a DLL is hidden (-fvisibility=hidden). */
#define DECLSPEC_EXPORT __attribute__((visibility("default")))
#define WINBASEAPI  DECLSPEC_EXPORT
#define NTSYSAPI    DECLSPEC_EXPORT
#define DECLSPEC_NORETURN __attribute__((noreturn))
#define DECLSPEC_ALIGN(n) __attribute__((aligned(n)))

typedef void VOID, *PVOID, *LPVOID;
typedef const void *LPCVOID, *PCVOID;
typedef char CHAR, *PCHAR, *LPSTR, *PSTR;
typedef const char *LPCSTR, *PCSTR;
typedef char16_t WCHAR, *PWCHAR, *LPWSTR, *PWSTR;
typedef const WCHAR *LPCWSTR, *PCWSTR;
typedef unsigned char BYTE, UCHAR, BOOLEAN, *PBYTE, *LPBYTE, *PUCHAR, *PBOOLEAN;
typedef unsigned short WORD, USHORT, *PWORD, *LPWORD, *PUSHORT;
typedef short SHORT;
typedef int INT, BOOL, LONG, *PINT, *LPINT, *PBOOL, *LPBOOL, *PLONG, *LPLONG;
typedef unsigned int UINT, DWORD, ULONG, *PUINT, *PDWORD, *LPDWORD, *PULONG;
typedef long long LONGLONG, LONG64, INT64, *PLONGLONG;
typedef unsigned long long ULONGLONG, DWORD64, ULONG64, UINT64, *PULONGLONG, *PDWORD64;
typedef long long INT_PTR, LONG_PTR, SSIZE_T;
typedef unsigned long long UINT_PTR, ULONG_PTR, DWORD_PTR, SIZE_T, *PSIZE_T, *PULONG_PTR;
typedef LONG_PTR LPARAM, LRESULT;
typedef UINT_PTR WPARAM;
typedef float FLOAT;
typedef double DOUBLE;
typedef LONG NTSTATUS, HRESULT;
typedef DWORD LCID, LCTYPE;
typedef WORD LANGID, ATOM;

typedef void *HANDLE, **PHANDLE, **LPHANDLE;
typedef HANDLE HMODULE, HINSTANCE, HRSRC, HGLOBAL, HLOCAL, HKEY, HWND;
typedef INT_PTR (WINAPI *FARPROC)(void);

#define TRUE  1
#define FALSE 0
#ifndef NULL
#define NULL ((void *)0)
#endif
#define MAX_PATH 260
#define INVALID_HANDLE_VALUE ((HANDLE)(LONG_PTR)-1)

#define LOWORD(x) ((WORD)((ULONG_PTR)(x) & 0xffff))
#define HIWORD(x) ((WORD)((ULONG_PTR)(x) >> 16))
#define MAKELONG(a, b) ((LONG)(((WORD)(a)) | ((DWORD)((WORD)(b))) << 16))
#define IS_INTRESOURCE(p) (((ULONG_PTR)(p) >> 16) == 0)
#define MAKEINTRESOURCEA(i) ((LPSTR)(ULONG_PTR)(WORD)(i))
#define MAKEINTRESOURCEW(i) ((LPWSTR)(ULONG_PTR)(WORD)(i))

typedef union {
    struct { DWORD LowPart; LONG HighPart; };
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;
typedef union {
    struct { DWORD LowPart; DWORD HighPart; };
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef struct { DWORD dwLowDateTime, dwHighDateTime; } FILETIME, *PFILETIME, *LPFILETIME;
typedef struct {
    WORD wYear, wMonth, wDayOfWeek, wDay, wHour, wMinute, wSecond, wMilliseconds;
} SYSTEMTIME, *PSYSTEMTIME, *LPSYSTEMTIME;

/* Window and GDI handle types and geometry, shared by user32 and gdi32
 * (wingdi.h and winuser.h build on these). */
typedef HANDLE HDC, HGDIOBJ, HBITMAP, HBRUSH, HPEN, HFONT, HRGN, HPALETTE,
               HICON, HCURSOR, HMENU, HMONITOR, HACCEL, HHOOK, HDWP;
typedef DWORD COLORREF, *LPCOLORREF;
typedef struct tagRECT { LONG left, top, right, bottom; } RECT, *PRECT, *LPRECT;
typedef const RECT *LPCRECT;
typedef struct tagPOINT { LONG x, y; } POINT, *PPOINT, *LPPOINT;
typedef struct tagSIZE { LONG cx, cy; } SIZE, *PSIZE, *LPSIZE;
typedef struct tagPOINTS { SHORT x, y; } POINTS;

#endif
