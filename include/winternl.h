/*
 * NT internals programs walk directly: TEB, PEB, loader lists, process
 * parameters, KUSER_SHARED_DATA. Offsets are those of 64-bit Windows 10;
 * dlls/ntdll/layout.c pins the ones programs are known to read.
 */
#ifndef WINRUN_WINTERNL_H
#define WINRUN_WINTERNL_H

#include "winnt.h"

typedef struct { USHORT Length, MaximumLength; PWSTR Buffer; } UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;
typedef struct { USHORT Length, MaximumLength; PSTR Buffer; } STRING, ANSI_STRING, *PSTRING, *PANSI_STRING;
typedef struct { HANDLE UniqueProcess, UniqueThread; } CLIENT_ID, *PCLIENT_ID;

/* ---- objects, waits and threads (NtCreateEvent, NtWaitFor*, NtCreateThreadEx) ---- */
typedef DWORD ACCESS_MASK;
typedef struct _OBJECT_ATTRIBUTES {
    ULONG Length;
    HANDLE RootDirectory;
    PUNICODE_STRING ObjectName;
    ULONG Attributes;
    PVOID SecurityDescriptor, SecurityQualityOfService;
} OBJECT_ATTRIBUTES, *POBJECT_ATTRIBUTES;
#define OBJ_INHERIT          0x02
#define OBJ_CASE_INSENSITIVE 0x40
#define OBJ_OPENIF           0x80

/* ---- files (NtCreateFile, NtReadFile, ...) ---- */
typedef struct _IO_STATUS_BLOCK {
    union { NTSTATUS Status; PVOID Pointer; };
    ULONG_PTR Information;
} IO_STATUS_BLOCK, *PIO_STATUS_BLOCK;
#define FILE_READ_DATA        0x0001
#define FILE_LIST_DIRECTORY   0x0001
#define FILE_WRITE_DATA       0x0002
#define FILE_APPEND_DATA      0x0004
#define FILE_READ_EA          0x0008
#define FILE_WRITE_EA         0x0010
#define FILE_EXECUTE          0x0020
#define FILE_READ_ATTRIBUTES  0x0080
#define FILE_WRITE_ATTRIBUTES 0x0100
#define DELETE                0x00010000
#define READ_CONTROL          0x00020000
#ifndef WRITE_DAC
#define WRITE_DAC             0x00040000
#define WRITE_OWNER           0x00080000
#endif
#define SYNCHRONIZE           0x00100000
#define GENERIC_READ          0x80000000
#define GENERIC_WRITE         0x40000000
#define GENERIC_EXECUTE       0x20000000
#define GENERIC_ALL           0x10000000
#define FILE_GENERIC_READ     0x00120089
#define FILE_GENERIC_WRITE    0x00120116
#define FILE_GENERIC_EXECUTE  0x001200a0
#define FILE_ALL_ACCESS       0x001f01ff
#define FILE_SHARE_READ       0x1
#define FILE_SHARE_WRITE      0x2
#define FILE_SHARE_DELETE     0x4
#define FILE_SUPERSEDE        0
#define FILE_OPEN             1
#define FILE_CREATE           2
#define FILE_OPEN_IF          3
#define FILE_OVERWRITE        4
#define FILE_OVERWRITE_IF     5
#define FILE_DIRECTORY_FILE           0x00000001
#define FILE_WRITE_THROUGH            0x00000002
#define FILE_SYNCHRONOUS_IO_ALERT     0x00000010
#define FILE_SYNCHRONOUS_IO_NONALERT  0x00000020
#define FILE_NON_DIRECTORY_FILE       0x00000040
#define FILE_DELETE_ON_CLOSE          0x00001000
#define FILE_OPEN_FOR_BACKUP_INTENT   0x00004000
#define FILE_SUPERSEDED   0
#define FILE_OPENED       1
#define FILE_CREATED      2
#define FILE_OVERWRITTEN  3
#define FILE_ATTRIBUTE_READONLY   0x0001
#define FILE_ATTRIBUTE_HIDDEN     0x0002
#define FILE_ATTRIBUTE_SYSTEM     0x0004
#define FILE_ATTRIBUTE_DIRECTORY  0x0010
#define FILE_ATTRIBUTE_ARCHIVE    0x0020
#define FILE_ATTRIBUTE_NORMAL     0x0080
#define FILE_ATTRIBUTE_TEMPORARY  0x0100
#define FILE_ATTRIBUTE_REPARSE_POINT 0x0400

typedef enum { NotificationEvent, SynchronizationEvent } EVENT_TYPE;
typedef enum { WaitAll, WaitAny } WAIT_TYPE;
#define MAXIMUM_WAIT_OBJECTS 64

typedef DWORD (WINAPI *PRTL_THREAD_START_ROUTINE)(LPVOID);
#define THREAD_CREATE_FLAGS_CREATE_SUSPENDED 0x00000001

typedef enum {
    ThreadBasicInformation = 0,
    ThreadBasePriority = 3,
    ThreadZeroTlsCell = 10,
} THREADINFOCLASS;
typedef struct {
    NTSTATUS ExitStatus;
    PVOID TebBaseAddress;
    CLIENT_ID ClientId;
    ULONG_PTR AffinityMask;
    LONG Priority, BasePriority;
} THREAD_BASIC_INFORMATION;

typedef struct { PVOID Ptr; } RTL_CONDITION_VARIABLE, CONDITION_VARIABLE, *PCONDITION_VARIABLE;
#define CONDITION_VARIABLE_LOCKMODE_SHARED 0x1
typedef DWORD (WINAPI *PRTL_RUN_ONCE_INIT_FN)(RTL_RUN_ONCE *, PVOID, PVOID *);
#define RTL_RUN_ONCE_CHECK_ONLY    0x1
#define RTL_RUN_ONCE_ASYNC         0x2
#define RTL_RUN_ONCE_INIT_FAILED   0x4

typedef struct _PEB_LDR_DATA {
    ULONG Length;
    BOOLEAN Initialized;
    PVOID SsHandle;
    LIST_ENTRY InLoadOrderModuleList;
    LIST_ENTRY InMemoryOrderModuleList;
    LIST_ENTRY InInitializationOrderModuleList;
    PVOID EntryInProgress;
    BOOLEAN ShutdownInProgress;
    HANDLE ShutdownThreadId;
} PEB_LDR_DATA, *PPEB_LDR_DATA;

#define LDR_IMAGE_IS_DLL        0x00000004
#define LDR_LOAD_IN_PROGRESS    0x00001000
#define LDR_UNLOAD_IN_PROGRESS  0x00002000
#define LDR_ENTRY_PROCESSED     0x00004000
#define LDR_DONT_CALL_FOR_THREADS 0x00040000
#define LDR_PROCESS_ATTACHED    0x00080000

typedef struct _LDR_DATA_TABLE_ENTRY {
    LIST_ENTRY InLoadOrderLinks;
    LIST_ENTRY InMemoryOrderLinks;
    LIST_ENTRY InInitializationOrderLinks;
    PVOID DllBase;
    PVOID EntryPoint;
    ULONG SizeOfImage;
    UNICODE_STRING FullDllName;
    UNICODE_STRING BaseDllName;
    ULONG Flags;
    USHORT LoadCount;
    USHORT TlsIndex;
    LIST_ENTRY HashLinks;
    ULONG TimeDateStamp;
    PVOID EntryPointActivationContext;
    PVOID Lock;
    PVOID DdagNode;
    LIST_ENTRY NodeModuleLink;
    PVOID LoadContext;
    PVOID ParentDllBase;
    PVOID SwitchBackContext;
} LDR_DATA_TABLE_ENTRY, *PLDR_DATA_TABLE_ENTRY;

typedef struct { UNICODE_STRING DosPath; HANDLE Handle; } CURDIR;
typedef struct { USHORT Flags, Length; ULONG TimeStamp; STRING DosPath; } RTL_DRIVE_LETTER_CURDIR;

typedef struct _RTL_USER_PROCESS_PARAMETERS {
    ULONG MaximumLength, Length, Flags, DebugFlags;
    HANDLE ConsoleHandle;
    ULONG ConsoleFlags;
    HANDLE StandardInput, StandardOutput, StandardError;
    CURDIR CurrentDirectory;
    UNICODE_STRING DllPath, ImagePathName, CommandLine;
    PWSTR Environment;
    ULONG StartingX, StartingY, CountX, CountY, CountCharsX, CountCharsY, FillAttribute;
    ULONG WindowFlags, ShowWindowFlags;
    UNICODE_STRING WindowTitle, Desktop, ShellInfo, RuntimeInfo;
    RTL_DRIVE_LETTER_CURDIR DLCurrentDirectory[32];
    SIZE_T EnvironmentSize;
    SIZE_T EnvironmentVersion;
} RTL_USER_PROCESS_PARAMETERS, *PRTL_USER_PROCESS_PARAMETERS;

typedef struct _PEB {
    BOOLEAN InheritedAddressSpace, ReadImageFileExecOptions, BeingDebugged, BitField;
    HANDLE Mutant;
    PVOID ImageBaseAddress;
    PPEB_LDR_DATA Ldr;
    PRTL_USER_PROCESS_PARAMETERS ProcessParameters;
    PVOID SubSystemData;
    HANDLE ProcessHeap;
    PRTL_CRITICAL_SECTION FastPebLock;
    PVOID AtlThunkSListPtr, IFEOKey;
    ULONG CrossProcessFlags;
    PVOID KernelCallbackTable;
    ULONG Reserved, AtlThunkSListPtr32;
    PVOID ApiSetMap;
    ULONG TlsExpansionCounter;
    PVOID TlsBitmap;
    ULONG TlsBitmapBits[2];
    PVOID ReadOnlySharedMemoryBase, SharedData, ReadOnlyStaticServerData;
    PVOID AnsiCodePageData, OemCodePageData, UnicodeCaseTableData;
    ULONG NumberOfProcessors, NtGlobalFlag;
    LARGE_INTEGER CriticalSectionTimeout;
    SIZE_T HeapSegmentReserve, HeapSegmentCommit, HeapDeCommitTotalFreeThreshold,
           HeapDeCommitFreeBlockThreshold;
    ULONG NumberOfHeaps, MaximumNumberOfHeaps;
    PVOID *ProcessHeaps;
    PVOID GdiSharedHandleTable, ProcessStarterHelper;
    ULONG GdiDCAttributeList;
    PRTL_CRITICAL_SECTION LoaderLock;
    ULONG OSMajorVersion, OSMinorVersion;
    USHORT OSBuildNumber, OSCSDVersion;
    ULONG OSPlatformId, ImageSubsystem, ImageSubsystemMajorVersion, ImageSubsystemMinorVersion;
    ULONG_PTR ActiveProcessAffinityMask;
    ULONG GdiHandleBuffer[60];
    PVOID PostProcessInitRoutine, TlsExpansionBitmap;
    ULONG TlsExpansionBitmapBits[32];
    ULONG SessionId;
    BYTE Reserved2[0x7c8 - 0x2c4];
} PEB, *PPEB;

#define TLS_MINIMUM_AVAILABLE 64
#define TLS_EXPANSION_SLOTS   1024

typedef struct _TEB {
    NT_TIB Tib;
    PVOID EnvironmentPointer;
    CLIENT_ID ClientId;
    PVOID ActiveRpcHandle;
    PVOID ThreadLocalStoragePointer;
    PPEB Peb;
    ULONG LastErrorValue;
    ULONG CountOfOwnedCriticalSections;
    PVOID CsrClientThread, Win32ThreadInfo;
    ULONG User32Reserved[26];
    ULONG UserReserved[5];
    PVOID WOW32Reserved;
    LCID CurrentLocale;
    ULONG FpSoftwareStatusRegister;
    PVOID SystemReserved1[54];
    LONG ExceptionCode;
    BYTE Padding1[0x1250 - 0x2c4];
    ULONG LastStatusValue;
    UNICODE_STRING StaticUnicodeString;
    WCHAR StaticUnicodeBuffer[261];
    PVOID DeallocationStack;
    PVOID TlsSlots[TLS_MINIMUM_AVAILABLE];
    LIST_ENTRY TlsLinks;
    BYTE Padding2[0x1780 - 0x1690];
    PVOID *TlsExpansionSlots;
    BYTE Padding3[0x1838 - 0x1788];
} TEB, *PTEB;

typedef struct { ULONG LowPart; LONG High1Time, High2Time; } KSYSTEM_TIME;

typedef struct _KUSER_SHARED_DATA {
    ULONG TickCountLowDeprecated, TickCountMultiplier;
    volatile KSYSTEM_TIME InterruptTime;
    volatile KSYSTEM_TIME SystemTime;
    volatile KSYSTEM_TIME TimeZoneBias;
    USHORT ImageNumberLow, ImageNumberHigh;
    WCHAR NtSystemRoot[260];
    ULONG MaxStackTraceDepth, CryptoExponent, TimeZoneId, LargePageMinimum;
    ULONG AitSamplingValue, AppCompatFlag;
    ULONGLONG RNGSeedVersion;
    ULONG GlobalValidationRunlevel;
    LONG TimeZoneBiasStamp;
    ULONG NtBuildNumber;
    ULONG NtProductType;
    BOOLEAN ProductTypeIsValid, Reserved0;
    USHORT NativeProcessorArchitecture;
    ULONG NtMajorVersion, NtMinorVersion;
    BOOLEAN ProcessorFeatures[64];
    ULONG Reserved1, Reserved3;
    volatile ULONG TimeSlip;
    ULONG AlternativeArchitecture, BootId;
    LARGE_INTEGER SystemExpirationDate;
    ULONG SuiteMask;
    BOOLEAN KdDebuggerEnabled;
    UCHAR MitigationPolicies;
    USHORT CyclesPerYield;
    volatile ULONG ActiveConsoleId, DismountCount;
    ULONG ComPlusPackage, LastSystemRITEventTickCount, NumberOfPhysicalPages;
    BOOLEAN SafeBootMode;
    UCHAR VirtualizationFlags, Reserved12[2];
    ULONG SharedDataFlags, DataFlagsPad;
    ULONGLONG TestRetInstruction;
    LONGLONG QpcFrequency;
    ULONG SystemCall, Reserved2;
    ULONGLONG SystemCallPad[2];
    union {
        volatile KSYSTEM_TIME TickCount;
        volatile ULONG64 TickCountQuad;
    };
    ULONG Cookie;
    BYTE Padding[0x1000 - 0x334];
} KUSER_SHARED_DATA;

#define KUSER_SHARED_DATA_ADDRESS 0x7ffe0000
#define USER_SHARED_DATA ((KUSER_SHARED_DATA *)KUSER_SHARED_DATA_ADDRESS)

static inline TEB *NtCurrentTeb(void)
{
    TEB *teb;
    __asm__ volatile ("movq %%gs:0x30, %0" : "=r"(teb));
    return teb;
}

/* exceptions and unwinding (dlls/ntdll/exception.c, unwind.c, context_x86_64.S) */
#ifndef NTSYSAPI
#define NTSYSAPI
#endif
NTSYSAPI void WINAPI RtlCaptureContext(CONTEXT *);
NTSYSAPI void WINAPI RtlRestoreContext(CONTEXT *, EXCEPTION_RECORD *);
NTSYSAPI NTSTATUS WINAPI NtContinue(CONTEXT *, BOOLEAN alertable);
NTSYSAPI NTSTATUS WINAPI NtRaiseException(EXCEPTION_RECORD *, CONTEXT *, BOOLEAN first_chance);
NTSYSAPI void WINAPI RtlRaiseException(EXCEPTION_RECORD *);
NTSYSAPI PRUNTIME_FUNCTION WINAPI RtlLookupFunctionEntry(DWORD64 pc, DWORD64 *base, UNWIND_HISTORY_TABLE *);
NTSYSAPI PEXCEPTION_ROUTINE WINAPI RtlVirtualUnwind(ULONG type, DWORD64 base, DWORD64 pc, RUNTIME_FUNCTION *,
                                                    CONTEXT *, PVOID *data, DWORD64 *frame,
                                                    KNONVOLATILE_CONTEXT_POINTERS *);
NTSYSAPI void WINAPI RtlUnwindEx(PVOID frame, PVOID target_ip, EXCEPTION_RECORD *, PVOID retval, CONTEXT *,
                                 UNWIND_HISTORY_TABLE *);
NTSYSAPI void WINAPI RtlUnwind(PVOID frame, PVOID target_ip, EXCEPTION_RECORD *, PVOID retval);
NTSYSAPI BOOLEAN WINAPI RtlAddFunctionTable(RUNTIME_FUNCTION *, DWORD count, DWORD64 base);
NTSYSAPI BOOLEAN WINAPI RtlDeleteFunctionTable(RUNTIME_FUNCTION *);
NTSYSAPI BOOLEAN WINAPI RtlInstallFunctionTableCallback(DWORD64 table, DWORD64 base, DWORD length,
                                                        PGET_RUNTIME_FUNCTION_CALLBACK, PVOID ctx, PCWSTR dll);
NTSYSAPI USHORT WINAPI RtlCaptureStackBackTrace(ULONG skip, ULONG count, PVOID *frames, ULONG *hash);
NTSYSAPI PVOID WINAPI RtlAddVectoredExceptionHandler(ULONG first, PVECTORED_EXCEPTION_HANDLER);
NTSYSAPI ULONG WINAPI RtlRemoveVectoredExceptionHandler(PVOID);
NTSYSAPI PVOID WINAPI RtlAddVectoredContinueHandler(ULONG first, PVECTORED_EXCEPTION_HANDLER);
NTSYSAPI ULONG WINAPI RtlRemoveVectoredContinueHandler(PVOID);
NTSYSAPI NTSTATUS WINAPI NtGetContextThread(HANDLE, CONTEXT *);
NTSYSAPI NTSTATUS WINAPI NtSetContextThread(HANDLE, const CONTEXT *);
NTSYSAPI NTSTATUS WINAPI NtSuspendThread(HANDLE, ULONG *prev);
NTSYSAPI NTSTATUS WINAPI NtTerminateProcess(HANDLE, LONG);
NTSYSAPI NTSTATUS WINAPI NtProtectVirtualMemory(HANDLE, PVOID *, SIZE_T *, ULONG, ULONG *);

/* ---- the registry (dlls/ntdll/registry.c) ---- */
typedef enum { KeyBasicInformation, KeyNodeInformation, KeyFullInformation, KeyNameInformation,
               KeyCachedInformation } KEY_INFORMATION_CLASS;
typedef enum { KeyValueBasicInformation, KeyValueFullInformation, KeyValuePartialInformation,
               KeyValueFullInformationAlign64, KeyValuePartialInformationAlign64 } KEY_VALUE_INFORMATION_CLASS;
typedef struct { LARGE_INTEGER LastWriteTime; ULONG TitleIndex, NameLength; WCHAR Name[1]; } KEY_BASIC_INFORMATION;
typedef struct {
    LARGE_INTEGER LastWriteTime;
    ULONG TitleIndex, ClassOffset, ClassLength, NameLength;
    WCHAR Name[1];
} KEY_NODE_INFORMATION;
typedef struct {
    LARGE_INTEGER LastWriteTime;
    ULONG TitleIndex, ClassOffset, ClassLength, SubKeys, MaxNameLen, MaxClassLen, Values, MaxValueNameLen,
          MaxValueDataLen;
    WCHAR Class[1];
} KEY_FULL_INFORMATION;
typedef struct { ULONG NameLength; WCHAR Name[1]; } KEY_NAME_INFORMATION;
typedef struct {
    LARGE_INTEGER LastWriteTime;
    ULONG TitleIndex, SubKeys, MaxNameLen, Values, MaxValueNameLen, MaxValueDataLen, NameLength;
} KEY_CACHED_INFORMATION;
typedef struct { ULONG TitleIndex, Type, NameLength; WCHAR Name[1]; } KEY_VALUE_BASIC_INFORMATION;
typedef struct { ULONG TitleIndex, Type, DataOffset, DataLength, NameLength; WCHAR Name[1]; } KEY_VALUE_FULL_INFORMATION;
typedef struct { ULONG TitleIndex, Type, DataLength; UCHAR Data[1]; } KEY_VALUE_PARTIAL_INFORMATION;
typedef struct { ULONG Type, DataLength; UCHAR Data[1]; } KEY_VALUE_PARTIAL_INFORMATION_ALIGN64;
#define REG_OPTION_NON_VOLATILE 0x0
#define REG_OPTION_VOLATILE     0x1
#define REG_OPTION_CREATE_LINK  0x2
#define REG_OPTION_BACKUP_RESTORE 0x4
#define REG_OPTION_OPEN_LINK    0x8
#define REG_CREATED_NEW_KEY     1
#define REG_OPENED_EXISTING_KEY 2
#define REG_NOTIFY_CHANGE_NAME       0x1
#define REG_NOTIFY_CHANGE_ATTRIBUTES 0x2
#define REG_NOTIFY_CHANGE_LAST_SET   0x4
#define REG_NOTIFY_CHANGE_SECURITY   0x8
typedef void (WINAPI *PIO_APC_ROUTINE_KEY)(PVOID ctx, IO_STATUS_BLOCK *io, ULONG reserved);
NTSYSAPI NTSTATUS WINAPI NtCreateKey(HANDLE *, ACCESS_MASK, const OBJECT_ATTRIBUTES *, ULONG index,
                                     const UNICODE_STRING *cls, ULONG options, ULONG *disposition);
NTSYSAPI NTSTATUS WINAPI NtOpenKey(HANDLE *, ACCESS_MASK, const OBJECT_ATTRIBUTES *);
NTSYSAPI NTSTATUS WINAPI NtOpenKeyEx(HANDLE *, ACCESS_MASK, const OBJECT_ATTRIBUTES *, ULONG options);
NTSYSAPI NTSTATUS WINAPI NtDeleteKey(HANDLE);
NTSYSAPI NTSTATUS WINAPI NtSetValueKey(HANDLE, const UNICODE_STRING *, ULONG index, ULONG type, const void *, ULONG);
NTSYSAPI NTSTATUS WINAPI NtQueryValueKey(HANDLE, const UNICODE_STRING *, KEY_VALUE_INFORMATION_CLASS, void *, ULONG,
                                         ULONG *);
NTSYSAPI NTSTATUS WINAPI NtDeleteValueKey(HANDLE, const UNICODE_STRING *);
NTSYSAPI NTSTATUS WINAPI NtEnumerateKey(HANDLE, ULONG, KEY_INFORMATION_CLASS, void *, ULONG, ULONG *);
NTSYSAPI NTSTATUS WINAPI NtEnumerateValueKey(HANDLE, ULONG, KEY_VALUE_INFORMATION_CLASS, void *, ULONG, ULONG *);
NTSYSAPI NTSTATUS WINAPI NtQueryKey(HANDLE, KEY_INFORMATION_CLASS, void *, ULONG, ULONG *);
NTSYSAPI NTSTATUS WINAPI NtFlushKey(HANDLE);
NTSYSAPI NTSTATUS WINAPI NtNotifyChangeKey(HANDLE, HANDLE event, PIO_APC_ROUTINE_KEY, PVOID, IO_STATUS_BLOCK *,
                                           ULONG filter, BOOLEAN subtree, PVOID, ULONG, BOOLEAN async);
NTSYSAPI NTSTATUS WINAPI NtSaveKey(HANDLE key, HANDLE file);
NTSYSAPI NTSTATUS WINAPI NtLoadKey(const OBJECT_ATTRIBUTES *key, const OBJECT_ATTRIBUTES *file);
NTSYSAPI NTSTATUS WINAPI NtUnloadKey(const OBJECT_ATTRIBUTES *key);
NTSYSAPI NTSTATUS WINAPI RtlOpenCurrentUser(ACCESS_MASK, HANDLE *);
NTSYSAPI NTSTATUS WINAPI RtlFormatCurrentUserKeyPath(UNICODE_STRING *);

/* ---- process and system queries (dlls/ntdll/procquery.c, sysquery.c) ---- */
typedef enum {
    ProcessBasicInformation = 0, ProcessDebugPort = 7, ProcessHandleCount = 20, ProcessWow64Information = 26,
    ProcessImageFileName = 27, ProcessDebugFlags = 31, ProcessImageFileNameWin32 = 43
} PROCESSINFOCLASS;

typedef struct {
    NTSTATUS ExitStatus;
    PPEB PebBaseAddress;
    ULONG_PTR AffinityMask;
    LONG BasePriority;
    ULONG_PTR UniqueProcessId, InheritedFromUniqueProcessId;
} PROCESS_BASIC_INFORMATION;

typedef enum {
    SystemBasicInformation = 0, SystemTimeOfDayInformation = 3, SystemProcessInformation = 5,
    SystemProcessorPerformanceInformation = 8
} SYSTEM_INFORMATION_CLASS;

typedef struct {
    ULONG Reserved, TimerResolution, PageSize, NumberOfPhysicalPages, LowestPhysicalPageNumber,
          HighestPhysicalPageNumber, AllocationGranularity;
    ULONG_PTR MinimumUserModeAddress, MaximumUserModeAddress, ActiveProcessorsAffinityMask;
    char NumberOfProcessors;
} SYSTEM_BASIC_INFORMATION;

typedef struct {
    LARGE_INTEGER BootTime, SystemTime, TimeZoneBias;
    ULONG TimeZoneId, Reserved;
    ULONGLONG BootTimeBias, SleepTimeBias;
} SYSTEM_TIMEOFDAY_INFORMATION;

typedef struct {
    LARGE_INTEGER IdleTime, KernelTime, UserTime, DpcTime, InterruptTime;
    ULONG InterruptCount;
} SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION;

typedef struct {
    LARGE_INTEGER KernelTime, UserTime, CreateTime;
    ULONG WaitTime;
    PVOID StartAddress;
    CLIENT_ID ClientId;
    LONG Priority, BasePriority;
    ULONG ContextSwitches, ThreadState, WaitReason;
} SYSTEM_THREAD_INFORMATION;

typedef struct {
    SIZE_T PeakVirtualSize, VirtualSize;
    ULONG PageFaultCount;
    SIZE_T PeakWorkingSetSize, WorkingSetSize, QuotaPeakPagedPoolUsage, QuotaPagedPoolUsage,
           QuotaPeakNonPagedPoolUsage, QuotaNonPagedPoolUsage, PagefileUsage, PeakPagefileUsage;
} VM_COUNTERS;

/* 0x100 bytes, then NumberOfThreads SYSTEM_THREAD_INFORMATION, then the name */
typedef struct {
    ULONG NextEntryOffset, NumberOfThreads;
    LARGE_INTEGER WorkingSetPrivateSize;
    ULONG HardFaultCount, NumberOfThreadsHighWatermark;
    ULONGLONG CycleTime;
    LARGE_INTEGER CreateTime, UserTime, KernelTime;
    UNICODE_STRING ImageName;
    LONG BasePriority;
    HANDLE UniqueProcessId, InheritedFromUniqueProcessId;
    ULONG HandleCount, SessionId;
    ULONG_PTR UniqueProcessKey;
    VM_COUNTERS VmCounters;
    SIZE_T PrivatePageCount;
    IO_COUNTERS IoCounters;
    SYSTEM_THREAD_INFORMATION Threads[];
} SYSTEM_PROCESS_INFORMATION;

NTSYSAPI NTSTATUS WINAPI NtQueryInformationProcess(HANDLE, PROCESSINFOCLASS, void *, ULONG, ULONG *);
NTSYSAPI NTSTATUS WINAPI NtQuerySystemInformation(SYSTEM_INFORMATION_CLASS, void *, ULONG, ULONG *);

#endif
