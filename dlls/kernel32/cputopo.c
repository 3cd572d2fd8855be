/*
 * GetLogicalProcessorInformation(Ex): cores and packages read from
 * /sys/devices/system/cpu/cpuN/topology, one NUMA node, one group. Caches
 * are not reported (no entries of RelationCache). Windows processor i is
 * the i-th online Linux CPU, as in sysinfo.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kernel32_private.h"

#define MAX_CPUS 64

enum { RelationProcessorCore, RelationNumaNode, RelationCache, RelationProcessorPackage, RelationGroup,
       RelationAll = 0xffff };
#define LTP_PC_SMT 1

typedef struct {
    ULONG_PTR ProcessorMask;
    DWORD Relationship;
    union {
        struct { BYTE Flags; } ProcessorCore;
        struct { DWORD NodeNumber; } NumaNode;
        ULONGLONG Reserved[2];
    };
} SYSTEM_LOGICAL_PROCESSOR_INFORMATION;

typedef struct { ULONG_PTR Mask; WORD Group; WORD Reserved[3]; } GROUP_AFFINITY;
typedef struct {
    DWORD Relationship, Size;
    union {
        struct { BYTE Flags, EfficiencyClass, Reserved[20]; WORD GroupCount; GROUP_AFFINITY GroupMask[1]; } Processor;
        struct { DWORD NodeNumber; BYTE Reserved[18]; WORD GroupCount; GROUP_AFFINITY GroupMask; } NumaNode;
        struct {
            WORD MaximumGroupCount, ActiveGroupCount;
            BYTE Reserved[20];
            struct { BYTE MaximumProcessorCount, ActiveProcessorCount, Reserved[38]; ULONG_PTR ActiveProcessorMask; }
                GroupInfo[1];
        } Group;
    };
} SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX;

struct topology {
    int count;                        /* processors */
    ULONG_PTR all;
    int ncores, npackages;
    ULONG_PTR cores[MAX_CPUS], packages[MAX_CPUS];
};

static int read_int(const char *fmt, int cpu)
{
    char path[96];
    FILE *f;
    int value = -1;

    snprintf(path, sizeof(path), fmt, cpu);
    if ((f = fopen(path, "re"))) {
        if (fscanf(f, "%d", &value) != 1) value = -1;
        fclose(f);
    }
    return value;
}

/* Adds processor BIT to the set whose key is KEY, making a new set if needed. */
static void add_to(ULONG_PTR *sets, int *keys, int *count, int key, ULONG_PTR bit)
{
    for (int i = 0; i < *count; i++)
        if (keys[i] == key) {
            sets[i] |= bit;
            return;
        }
    keys[*count] = key;
    sets[(*count)++] = bit;
}

static void read_topology(struct topology *t)
{
    int core_keys[MAX_CPUS], package_keys[MAX_CPUS], unix_cpu = 0;
    DWORD n = NtCurrentTeb()->Peb->NumberOfProcessors;

    memset(t, 0, sizeof(*t));
    t->count = n > MAX_CPUS ? MAX_CPUS : (int)n;
    for (int i = 0; i < t->count; i++, unix_cpu++) {
        int package, core;
        /* an offline CPU has no topology: skip it */
        while (unix_cpu < 4096 && read_int("/sys/devices/system/cpu/cpu%d/online", unix_cpu) == 0) unix_cpu++;
        package = read_int("/sys/devices/system/cpu/cpu%d/topology/physical_package_id", unix_cpu);
        core = read_int("/sys/devices/system/cpu/cpu%d/topology/core_id", unix_cpu);
        if (core < 0) core = i;                  /* no topology: every processor its own core */
        if (package < 0) package = 0;
        t->all |= (ULONG_PTR)1 << i;
        add_to(t->packages, package_keys, &t->npackages, package, (ULONG_PTR)1 << i);
        add_to(t->cores, core_keys, &t->ncores, package * 65536 + core, (ULONG_PTR)1 << i);
    }
}

WINBASEAPI BOOL WINAPI GetLogicalProcessorInformation(SYSTEM_LOGICAL_PROCESSOR_INFORMATION *buffer, DWORD *len)
{
    struct topology t;
    DWORD needed, n = 0;

    if (!len) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    read_topology(&t);
    needed = (t.ncores + t.npackages + 1) * sizeof(*buffer);
    if (*len < needed || !buffer) {
        *len = needed;
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    memset(buffer, 0, needed);
    for (int i = 0; i < t.ncores; i++, n++) {
        buffer[n].ProcessorMask = t.cores[i];
        buffer[n].Relationship = RelationProcessorCore;
        buffer[n].ProcessorCore.Flags = (t.cores[i] & (t.cores[i] - 1)) ? LTP_PC_SMT : 0;
    }
    for (int i = 0; i < t.npackages; i++, n++) {
        buffer[n].ProcessorMask = t.packages[i];
        buffer[n].Relationship = RelationProcessorPackage;
    }
    buffer[n].ProcessorMask = t.all;
    buffer[n].Relationship = RelationNumaNode;
    *len = needed;
    return TRUE;
}

#define EX_HEADER 8   /* Relationship and Size */
#define EX_PROCESSOR_SIZE (EX_HEADER + sizeof(((SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *)0)->Processor))
#define EX_NUMA_SIZE (EX_HEADER + sizeof(((SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *)0)->NumaNode))
#define EX_GROUP_SIZE (EX_HEADER + sizeof(((SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *)0)->Group))

/* Appends one entry if it fits; counts its size either way. */
static SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *append(char *buffer, DWORD len, DWORD *used, DWORD relation,
                                                       DWORD size)
{
    SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *entry = NULL;
    if (buffer && *used + size <= len) {
        entry = (SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *)(buffer + *used);
        memset(entry, 0, size);
        entry->Relationship = relation;
        entry->Size = size;
    }
    *used += size;
    return entry;
}

static void processor_entry(char *buffer, DWORD len, DWORD *used, DWORD relation, ULONG_PTR mask)
{
    SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *e = append(buffer, len, used, relation, EX_PROCESSOR_SIZE);
    if (!e) return;
    e->Processor.Flags = relation == RelationProcessorCore && (mask & (mask - 1)) ? LTP_PC_SMT : 0;
    e->Processor.GroupCount = 1;
    e->Processor.GroupMask[0].Mask = mask;
}

WINBASEAPI BOOL WINAPI GetLogicalProcessorInformationEx(DWORD relation, SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *out,
                                                        DWORD *len)
{
    char *buffer = (char *)out;
    struct topology t;
    DWORD used = 0;

    if (!len || (relation > RelationGroup && relation != RelationAll)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    read_topology(&t);
    if (relation == RelationProcessorCore || relation == RelationAll)
        for (int i = 0; i < t.ncores; i++) processor_entry(buffer, *len, &used, RelationProcessorCore, t.cores[i]);
    if (relation == RelationNumaNode || relation == RelationAll) {
        SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *e = append(buffer, *len, &used, RelationNumaNode, EX_NUMA_SIZE);
        if (e) {
            e->NumaNode.GroupCount = 1;
            e->NumaNode.GroupMask.Mask = t.all;
        }
    }
    if (relation == RelationProcessorPackage || relation == RelationAll)
        for (int i = 0; i < t.npackages; i++)
            processor_entry(buffer, *len, &used, RelationProcessorPackage, t.packages[i]);
    if (relation == RelationGroup || relation == RelationAll) {
        SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *e = append(buffer, *len, &used, RelationGroup, EX_GROUP_SIZE);
        if (e) {
            e->Group.MaximumGroupCount = e->Group.ActiveGroupCount = 1;
            e->Group.GroupInfo[0].MaximumProcessorCount = e->Group.GroupInfo[0].ActiveProcessorCount = t.count;
            e->Group.GroupInfo[0].ActiveProcessorMask = t.all;
        }
    }
    if (!buffer || used > *len) {
        *len = used;
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    *len = used;
    return TRUE;
}
