/*
 * Compile-time checks of the structure offsets programs read directly
 * (Windows 10 x64). A failure here is an ABI break.
 */
#include "ntdll_private.h"

#define CHECK(type, field, offset) _Static_assert(offsetof(type, field) == (offset), #type "." #field)

CHECK(TEB, Tib.StackBase, 0x08);
CHECK(TEB, Tib.StackLimit, 0x10);
CHECK(TEB, Tib.Self, 0x30);
CHECK(TEB, ClientId, 0x40);
CHECK(TEB, ThreadLocalStoragePointer, 0x58);
CHECK(TEB, Peb, 0x60);
CHECK(TEB, LastErrorValue, 0x68);
CHECK(TEB, CurrentLocale, 0x108);
CHECK(TEB, LastStatusValue, 0x1250);
CHECK(TEB, DeallocationStack, 0x1478);
CHECK(TEB, TlsSlots, 0x1480);
CHECK(TEB, TlsLinks, 0x1680);
CHECK(TEB, TlsExpansionSlots, 0x1780);
_Static_assert(sizeof(TEB) == 0x1838, "TEB size");

CHECK(PEB, BeingDebugged, 0x02);
CHECK(PEB, ImageBaseAddress, 0x10);
CHECK(PEB, Ldr, 0x18);
CHECK(PEB, ProcessParameters, 0x20);
CHECK(PEB, ProcessHeap, 0x30);
CHECK(PEB, TlsBitmap, 0x78);
CHECK(PEB, NumberOfProcessors, 0xb8);
CHECK(PEB, NtGlobalFlag, 0xbc);
CHECK(PEB, ProcessHeaps, 0xf0);
CHECK(PEB, LoaderLock, 0x110);
CHECK(PEB, OSMajorVersion, 0x118);
CHECK(PEB, OSBuildNumber, 0x120);
CHECK(PEB, OSPlatformId, 0x124);
CHECK(PEB, ImageSubsystem, 0x128);
CHECK(PEB, SessionId, 0x2c0);

CHECK(PEB_LDR_DATA, InLoadOrderModuleList, 0x10);
CHECK(PEB_LDR_DATA, InMemoryOrderModuleList, 0x20);
CHECK(PEB_LDR_DATA, InInitializationOrderModuleList, 0x30);
CHECK(LDR_DATA_TABLE_ENTRY, DllBase, 0x30);
CHECK(LDR_DATA_TABLE_ENTRY, EntryPoint, 0x38);
CHECK(LDR_DATA_TABLE_ENTRY, SizeOfImage, 0x40);
CHECK(LDR_DATA_TABLE_ENTRY, FullDllName, 0x48);
CHECK(LDR_DATA_TABLE_ENTRY, BaseDllName, 0x58);
CHECK(LDR_DATA_TABLE_ENTRY, Flags, 0x68);
CHECK(LDR_DATA_TABLE_ENTRY, TlsIndex, 0x6e);
CHECK(LDR_DATA_TABLE_ENTRY, HashLinks, 0x70);
CHECK(LDR_DATA_TABLE_ENTRY, TimeDateStamp, 0x80);

CHECK(RTL_USER_PROCESS_PARAMETERS, StandardInput, 0x20);
CHECK(RTL_USER_PROCESS_PARAMETERS, CurrentDirectory, 0x38);
CHECK(RTL_USER_PROCESS_PARAMETERS, ImagePathName, 0x60);
CHECK(RTL_USER_PROCESS_PARAMETERS, CommandLine, 0x70);
CHECK(RTL_USER_PROCESS_PARAMETERS, Environment, 0x80);
CHECK(RTL_USER_PROCESS_PARAMETERS, WindowTitle, 0xb0);
CHECK(RTL_USER_PROCESS_PARAMETERS, EnvironmentSize, 0x3f0);

CHECK(KUSER_SHARED_DATA, InterruptTime, 0x08);
CHECK(KUSER_SHARED_DATA, SystemTime, 0x14);
CHECK(KUSER_SHARED_DATA, NtSystemRoot, 0x30);
CHECK(KUSER_SHARED_DATA, NtBuildNumber, 0x260);
CHECK(KUSER_SHARED_DATA, NtProductType, 0x264);
CHECK(KUSER_SHARED_DATA, NtMajorVersion, 0x26c);
CHECK(KUSER_SHARED_DATA, NtMinorVersion, 0x270);
CHECK(KUSER_SHARED_DATA, ProcessorFeatures, 0x274);
CHECK(KUSER_SHARED_DATA, NumberOfPhysicalPages, 0x2e8);
CHECK(KUSER_SHARED_DATA, QpcFrequency, 0x300);
CHECK(KUSER_SHARED_DATA, TickCount, 0x320);
CHECK(KUSER_SHARED_DATA, Cookie, 0x330);

CHECK(RTL_CRITICAL_SECTION, LockCount, 0x08);
CHECK(RTL_CRITICAL_SECTION, OwningThread, 0x10);
_Static_assert(sizeof(RTL_CRITICAL_SECTION) == 40, "CRITICAL_SECTION size");
_Static_assert(sizeof(MEMORY_BASIC_INFORMATION) == 48, "MEMORY_BASIC_INFORMATION size");
