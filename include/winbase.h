/* kernel32 constants and prototypes used inside winrun. */
#ifndef WINRUN_WINBASE_H
#define WINRUN_WINBASE_H

#include "winternl.h"

#define STD_INPUT_HANDLE  ((DWORD)-10)
#define STD_OUTPUT_HANDLE ((DWORD)-11)
#define STD_ERROR_HANDLE  ((DWORD)-12)

#define FILE_TYPE_UNKNOWN 0x0000
#define FILE_TYPE_DISK    0x0001
#define FILE_TYPE_CHAR    0x0002
#define FILE_TYPE_PIPE    0x0003

/* ---- files ---- */
#define CREATE_NEW        1
#define CREATE_ALWAYS     2
#define OPEN_EXISTING     3
#define OPEN_ALWAYS       4
#define TRUNCATE_EXISTING 5

#define FILE_FLAG_WRITE_THROUGH      0x80000000
#define FILE_FLAG_OVERLAPPED         0x40000000
#define FILE_FLAG_NO_BUFFERING       0x20000000
#define FILE_FLAG_DELETE_ON_CLOSE    0x04000000
#define FILE_FLAG_BACKUP_SEMANTICS   0x02000000
#define FILE_FLAG_OPEN_REPARSE_POINT 0x00200000

#define INVALID_FILE_SIZE        0xffffffff
#define INVALID_SET_FILE_POINTER 0xffffffff
#define INVALID_FILE_ATTRIBUTES  0xffffffff
#define FILE_BEGIN   0
#define FILE_CURRENT 1
#define FILE_END     2

typedef struct _OVERLAPPED {
    ULONG_PTR Internal, InternalHigh;
    union { struct { DWORD Offset, OffsetHigh; }; PVOID Pointer; };
    HANDLE hEvent;
} OVERLAPPED, *LPOVERLAPPED;

typedef struct {
    DWORD dwFileAttributes;
    FILETIME ftCreationTime, ftLastAccessTime, ftLastWriteTime;
    DWORD dwVolumeSerialNumber, nFileSizeHigh, nFileSizeLow, nNumberOfLinks, nFileIndexHigh, nFileIndexLow;
} BY_HANDLE_FILE_INFORMATION, *LPBY_HANDLE_FILE_INFORMATION;

typedef struct {
    DWORD dwFileAttributes;
    FILETIME ftCreationTime, ftLastAccessTime, ftLastWriteTime;
    DWORD nFileSizeHigh, nFileSizeLow;
} WIN32_FILE_ATTRIBUTE_DATA;

typedef struct {
    DWORD dwFileAttributes;
    FILETIME ftCreationTime, ftLastAccessTime, ftLastWriteTime;
    DWORD nFileSizeHigh, nFileSizeLow, dwReserved0, dwReserved1;
    WCHAR cFileName[MAX_PATH];
    WCHAR cAlternateFileName[14];
} WIN32_FIND_DATAW, *LPWIN32_FIND_DATAW;

typedef struct {
    DWORD dwFileAttributes;
    FILETIME ftCreationTime, ftLastAccessTime, ftLastWriteTime;
    DWORD nFileSizeHigh, nFileSizeLow, dwReserved0, dwReserved1;
    CHAR cFileName[MAX_PATH];
    CHAR cAlternateFileName[14];
} WIN32_FIND_DATAA, *LPWIN32_FIND_DATAA;

WINBASEAPI HANDLE WINAPI CreateFileW(LPCWSTR, DWORD, DWORD, void *, DWORD, DWORD, HANDLE);
WINBASEAPI BOOL WINAPI SetFilePointerEx(HANDLE, LARGE_INTEGER, PLARGE_INTEGER, DWORD);
WINBASEAPI BOOL WINAPI FlushFileBuffers(HANDLE);
WINBASEAPI DWORD WINAPI GetFileAttributesW(LPCWSTR);
WINBASEAPI BOOL WINAPI CreateDirectoryW(LPCWSTR, void *);
WINBASEAPI BOOL WINAPI RemoveDirectoryW(LPCWSTR);
WINBASEAPI BOOL WINAPI DeleteFileW(LPCWSTR);
WINBASEAPI BOOL WINAPI MoveFileExW(LPCWSTR, LPCWSTR, DWORD);
WINBASEAPI DWORD WINAPI GetFullPathNameW(LPCWSTR, DWORD, LPWSTR, LPWSTR *);
WINBASEAPI DWORD WINAPI GetTempPathW(DWORD, LPWSTR);
WINBASEAPI DWORD WINAPI GetCurrentDirectoryW(DWORD, LPWSTR);
WINBASEAPI BOOL WINAPI SetCurrentDirectoryW(LPCWSTR);

#define CP_ACP        0
#define CP_OEMCP      1
#define CP_MACCP      2
#define CP_THREAD_ACP 3
#define CP_UTF7       65000
#define CP_UTF8       65001
#define MB_PRECOMPOSED       0x01
#define MB_ERR_INVALID_CHARS 0x08
#define WC_NO_BEST_FIT_CHARS 0x400
#define WC_ERR_INVALID_CHARS 0x80

#define INFINITE 0xffffffff
#define WAIT_IO_COMPLETION 0x000000c0
#define TLS_OUT_OF_INDEXES 0xffffffff
#define GET_MODULE_HANDLE_EX_FLAG_PIN                0x1
#define GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT 0x2
#define GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS       0x4
#define LOAD_LIBRARY_AS_DATAFILE 0x2

typedef struct {
    DWORD cb;
    LPSTR lpReserved, lpDesktop, lpTitle;
    DWORD dwX, dwY, dwXSize, dwYSize, dwXCountChars, dwYCountChars, dwFillAttribute, dwFlags;
    WORD wShowWindow, cbReserved2;
    LPBYTE lpReserved2;
    HANDLE hStdInput, hStdOutput, hStdError;
} STARTUPINFOA, *LPSTARTUPINFOA;
typedef struct {
    DWORD cb;
    LPWSTR lpReserved, lpDesktop, lpTitle;
    DWORD dwX, dwY, dwXSize, dwYSize, dwXCountChars, dwYCountChars, dwFillAttribute, dwFlags;
    WORD wShowWindow, cbReserved2;
    LPBYTE lpReserved2;
    HANDLE hStdInput, hStdOutput, hStdError;
} STARTUPINFOW, *LPSTARTUPINFOW;

typedef struct _SECURITY_ATTRIBUTES {
    DWORD nLength;
    void *lpSecurityDescriptor;
    BOOL bInheritHandle;
} SECURITY_ATTRIBUTES, *PSECURITY_ATTRIBUTES, *LPSECURITY_ATTRIBUTES;
typedef WCHAR *LPWCH;
typedef LONG (WINAPI *LPTOP_LEVEL_EXCEPTION_FILTER)(PEXCEPTION_POINTERS);

WINBASEAPI DWORD WINAPI GetLastError(void);
WINBASEAPI void WINAPI SetLastError(DWORD);
WINBASEAPI HANDLE WINAPI GetProcessHeap(void);
WINBASEAPI HANDLE WINAPI GetStdHandle(DWORD);
WINBASEAPI BOOL WINAPI WriteFile(HANDLE, LPCVOID, DWORD, LPDWORD, void *);
WINBASEAPI BOOL WINAPI ReadFile(HANDLE, LPVOID, DWORD, LPDWORD, void *);
WINBASEAPI BOOL WINAPI CloseHandle(HANDLE);
WINBASEAPI DWORD WINAPI GetFileType(HANDLE);
WINBASEAPI BOOL WINAPI WriteConsoleW(HANDLE, LPCVOID, DWORD, LPDWORD, LPVOID);
WINBASEAPI INT WINAPI MultiByteToWideChar(UINT, DWORD, LPCSTR, INT, LPWSTR, INT);
WINBASEAPI INT WINAPI WideCharToMultiByte(UINT, DWORD, LPCWSTR, INT, LPSTR, INT, LPCSTR, LPBOOL);
WINBASEAPI UINT WINAPI GetACP(void);
WINBASEAPI UINT WINAPI GetOEMCP(void);
WINBASEAPI LPSTR WINAPI GetCommandLineA(void);
WINBASEAPI LPWSTR WINAPI GetCommandLineW(void);
WINBASEAPI void WINAPI ExitProcess(UINT) __attribute__((noreturn));
WINBASEAPI DWORD WINAPI GetModuleFileNameW(HMODULE, LPWSTR, DWORD);
WINBASEAPI HLOCAL WINAPI LocalAlloc(UINT, SIZE_T);
WINBASEAPI HLOCAL WINAPI LocalFree(HLOCAL);
WINBASEAPI HMODULE WINAPI GetModuleHandleW(LPCWSTR);
WINBASEAPI FARPROC WINAPI GetProcAddress(HMODULE, LPCSTR);
WINBASEAPI HMODULE WINAPI LoadLibraryW(LPCWSTR);
WINBASEAPI DWORD WINAPI GetEnvironmentVariableW(LPCWSTR, LPWSTR, DWORD);
WINBASEAPI LPWCH WINAPI GetEnvironmentStringsW(void);
WINBASEAPI BOOL WINAPI FreeEnvironmentStringsW(LPWCH);
WINBASEAPI void WINAPI Sleep(DWORD);
WINBASEAPI DWORD WINAPI GetCurrentThreadId(void);
WINBASEAPI HANDLE WINAPI GetCurrentProcess(void);
WINBASEAPI HANDLE WINAPI GetCurrentThread(void);
WINBASEAPI BOOL WINAPI IsValidCodePage(UINT);
WINBASEAPI DWORD WINAPI TlsAlloc(void);
WINBASEAPI BOOL WINAPI TlsFree(DWORD);
WINBASEAPI DWORD WINAPI GetCurrentProcessId(void);
WINBASEAPI DWORD WINAPI TlsAlloc(void);
WINBASEAPI LPVOID WINAPI TlsGetValue(DWORD);
WINBASEAPI BOOL WINAPI HeapFree(HANDLE, DWORD, LPVOID);
WINBASEAPI BOOL WINAPI TlsSetValue(DWORD, LPVOID);
WINBASEAPI void WINAPI GetSystemTimeAsFileTime(LPFILETIME);
WINBASEAPI BOOL WINAPI SystemTimeToFileTime(const SYSTEMTIME *, LPFILETIME);
WINBASEAPI BOOL WINAPI FileTimeToSystemTime(const FILETIME *, LPSYSTEMTIME);
WINBASEAPI HRSRC WINAPI FindResourceW(HMODULE, LPCWSTR, LPCWSTR);
WINBASEAPI HRSRC WINAPI FindResourceExW(HMODULE, LPCWSTR, LPCWSTR, WORD);
WINBASEAPI HGLOBAL WINAPI LoadResource(HMODULE, HRSRC);
WINBASEAPI LPVOID WINAPI LockResource(HGLOBAL);
WINBASEAPI DWORD WINAPI SizeofResource(HMODULE, HRSRC);

/* Exports that kernel32's spec forwards to ntdll have no ELF symbol in
 * kernel32.dll.so: builtin code calls the ntdll function they name. */
NTSYSAPI PVOID WINAPI RtlAllocateHeap(HANDLE, ULONG, SIZE_T);
NTSYSAPI BOOLEAN WINAPI RtlFreeHeap(HANDLE, ULONG, PVOID);
NTSYSAPI PVOID WINAPI RtlReAllocateHeap(HANDLE, ULONG, PVOID, SIZE_T);
NTSYSAPI SIZE_T WINAPI RtlSizeHeap(HANDLE, ULONG, const void *);
NTSYSAPI BOOLEAN WINAPI RtlValidateHeap(HANDLE, ULONG, const void *);
NTSYSAPI NTSTATUS WINAPI RtlEnterCriticalSection(RTL_CRITICAL_SECTION *);
NTSYSAPI NTSTATUS WINAPI RtlLeaveCriticalSection(RTL_CRITICAL_SECTION *);
NTSYSAPI BOOL WINAPI RtlTryEnterCriticalSection(RTL_CRITICAL_SECTION *);
NTSYSAPI NTSTATUS WINAPI RtlInitializeCriticalSection(RTL_CRITICAL_SECTION *);
NTSYSAPI NTSTATUS WINAPI RtlDeleteCriticalSection(RTL_CRITICAL_SECTION *);
NTSYSAPI BOOL WINAPI RtlQueryPerformanceCounter(LARGE_INTEGER *);
NTSYSAPI BOOL WINAPI RtlQueryPerformanceFrequency(LARGE_INTEGER *);
#define HeapAlloc(h, f, s)              RtlAllocateHeap(h, f, s)
#define HeapReAlloc(h, f, p, s)         RtlReAllocateHeap(h, f, p, s)
#define HeapSize(h, f, p)               RtlSizeHeap(h, f, p)
#define EnterCriticalSection(cs)        ((void)RtlEnterCriticalSection(cs))
#define LeaveCriticalSection(cs)        ((void)RtlLeaveCriticalSection(cs))
#define TryEnterCriticalSection(cs)     RtlTryEnterCriticalSection(cs)
#define InitializeCriticalSection(cs)   ((void)RtlInitializeCriticalSection(cs))
#define DeleteCriticalSection(cs)       ((void)RtlDeleteCriticalSection(cs))
#define QueryPerformanceCounter(c)      RtlQueryPerformanceCounter(c)
#define QueryPerformanceFrequency(f)    RtlQueryPerformanceFrequency(f)

/* exceptions (kernel32/exception.c) */
#define EXCEPTION_ACCESS_VIOLATION         STATUS_ACCESS_VIOLATION
#define EXCEPTION_DATATYPE_MISALIGNMENT    STATUS_DATATYPE_MISALIGNMENT
#define EXCEPTION_BREAKPOINT               STATUS_BREAKPOINT
#define EXCEPTION_SINGLE_STEP              STATUS_SINGLE_STEP
#define EXCEPTION_ARRAY_BOUNDS_EXCEEDED    STATUS_ARRAY_BOUNDS_EXCEEDED
#define EXCEPTION_FLT_DENORMAL_OPERAND     STATUS_FLOAT_DENORMAL_OPERAND
#define EXCEPTION_FLT_DIVIDE_BY_ZERO       STATUS_FLOAT_DIVIDE_BY_ZERO
#define EXCEPTION_FLT_INEXACT_RESULT       STATUS_FLOAT_INEXACT_RESULT
#define EXCEPTION_FLT_INVALID_OPERATION    STATUS_FLOAT_INVALID_OPERATION
#define EXCEPTION_FLT_OVERFLOW             STATUS_FLOAT_OVERFLOW
#define EXCEPTION_FLT_STACK_CHECK          STATUS_FLOAT_STACK_CHECK
#define EXCEPTION_FLT_UNDERFLOW            STATUS_FLOAT_UNDERFLOW
#define EXCEPTION_INT_DIVIDE_BY_ZERO       STATUS_INTEGER_DIVIDE_BY_ZERO
#define EXCEPTION_INT_OVERFLOW             STATUS_INTEGER_OVERFLOW
#define EXCEPTION_PRIV_INSTRUCTION         STATUS_PRIVILEGED_INSTRUCTION
#define EXCEPTION_IN_PAGE_ERROR            STATUS_IN_PAGE_ERROR
#define EXCEPTION_ILLEGAL_INSTRUCTION      STATUS_ILLEGAL_INSTRUCTION
#define EXCEPTION_NONCONTINUABLE_EXCEPTION STATUS_NONCONTINUABLE_EXCEPTION
#define EXCEPTION_STACK_OVERFLOW           STATUS_STACK_OVERFLOW
#define EXCEPTION_INVALID_DISPOSITION      STATUS_INVALID_DISPOSITION
#define EXCEPTION_GUARD_PAGE               STATUS_GUARD_PAGE_VIOLATION
#define EXCEPTION_INVALID_HANDLE           STATUS_INVALID_HANDLE

WINBASEAPI void WINAPI RaiseException(DWORD code, DWORD flags, DWORD nparams, const ULONG_PTR *params);
WINBASEAPI LPTOP_LEVEL_EXCEPTION_FILTER WINAPI SetUnhandledExceptionFilter(LPTOP_LEVEL_EXCEPTION_FILTER);
WINBASEAPI LONG WINAPI UnhandledExceptionFilter(PEXCEPTION_POINTERS);
WINBASEAPI PVOID WINAPI AddVectoredExceptionHandler(ULONG first, PVECTORED_EXCEPTION_HANDLER);
WINBASEAPI ULONG WINAPI RemoveVectoredExceptionHandler(PVOID);
WINBASEAPI PVOID WINAPI AddVectoredContinueHandler(ULONG first, PVECTORED_EXCEPTION_HANDLER);
WINBASEAPI ULONG WINAPI RemoveVectoredContinueHandler(PVOID);
WINBASEAPI BOOL WINAPI GetThreadContext(HANDLE, LPCONTEXT);
WINBASEAPI BOOL WINAPI SetThreadContext(HANDLE, const CONTEXT *);
WINBASEAPI DWORD WINAPI SuspendThread(HANDLE);
WINBASEAPI DWORD WINAPI ResumeThread(HANDLE);
WINBASEAPI UINT WINAPI SetErrorMode(UINT);
WINBASEAPI UINT WINAPI GetErrorMode(void);

#endif
