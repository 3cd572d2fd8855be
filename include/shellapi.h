/* shellapi.h: shell32's ShellExecute family. */
#ifndef WINRUN_SHELLAPI_H
#define WINRUN_SHELLAPI_H

#include "winbase.h"

#define SEE_MASK_DEFAULT          0x00000000
#define SEE_MASK_NOCLOSEPROCESS   0x00000040
#define SEE_MASK_FLAG_NO_UI       0x00000400
#define SEE_MASK_NO_CONSOLE       0x00008000
#define SEE_MASK_NOASYNC          0x00000100

/* ShellExecute's return values of 32 and below */
#define SE_ERR_FNF                2
#define SE_ERR_PNF                3
#define SE_ERR_ACCESSDENIED       5
#define SE_ERR_OOM                8
#define SE_ERR_NOASSOC            31

typedef struct _SHELLEXECUTEINFOA {
    DWORD cbSize;
    ULONG fMask;
    HWND hwnd;
    LPCSTR lpVerb;
    LPCSTR lpFile;
    LPCSTR lpParameters;
    LPCSTR lpDirectory;
    int nShow;
    HINSTANCE hInstApp;
    void *lpIDList;
    LPCSTR lpClass;
    HKEY hkeyClass;
    DWORD dwHotKey;
    HANDLE hIcon;               /* a union with hMonitor */
    HANDLE hProcess;
} SHELLEXECUTEINFOA, *LPSHELLEXECUTEINFOA;

typedef struct _SHELLEXECUTEINFOW {
    DWORD cbSize;
    ULONG fMask;
    HWND hwnd;
    LPCWSTR lpVerb;
    LPCWSTR lpFile;
    LPCWSTR lpParameters;
    LPCWSTR lpDirectory;
    int nShow;
    HINSTANCE hInstApp;
    void *lpIDList;
    LPCWSTR lpClass;
    HKEY hkeyClass;
    DWORD dwHotKey;
    HANDLE hIcon;
    HANDLE hProcess;
} SHELLEXECUTEINFOW, *LPSHELLEXECUTEINFOW;

#endif
