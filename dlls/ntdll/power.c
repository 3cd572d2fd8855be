/*
 * NtPowerInformation: the levels programs read to learn about the machine
 * (processor speeds, power capabilities). Nothing is ever set: a program
 * cannot change the host's power policy through winrun.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ntdll_private.h"
#define DEBUG_CHANNEL CH_PROCESS
#include "winrun/debug.h"

enum { SystemPowerCapabilities = 4, ProcessorInformation = 11 };

typedef struct {
    ULONG Number, MaxMhz, CurrentMhz, MhzLimit, MaxIdleState, CurrentIdleState;
} PROCESSOR_POWER_INFORMATION;

#define SYSTEM_POWER_CAPABILITIES_SIZE 76

/* One number (kHz) from a cpufreq file of CPU, in MHz; 0 when absent. */
static ULONG cpufreq_mhz(int cpu, const char *file)
{
    char path[128];
    unsigned long khz = 0;
    FILE *f;
    snprintf(path, sizeof(path), "/sys/devices/system/cpu/cpu%d/cpufreq/%s", cpu, file);
    if (!(f = fopen(path, "re"))) return 0;
    if (fscanf(f, "%lu", &khz) != 1) khz = 0;
    fclose(f);
    return (ULONG)(khz / 1000);
}

/* "cpu MHz" of /proc/cpuinfo for machines (VMs) without cpufreq. */
static ULONG cpuinfo_mhz(void)
{
    char line[256];
    double mhz = 0;
    FILE *f = fopen("/proc/cpuinfo", "re");
    if (!f) return 0;
    while (fgets(line, sizeof(line), f))
        if (!strncmp(line, "cpu MHz", 7) && sscanf(strchr(line, ':') ? strchr(line, ':') + 1 : line, "%lf", &mhz) == 1) break;
    fclose(f);
    return (ULONG)mhz;
}

NTSYSAPI NTSTATUS WINAPI NtPowerInformation(ULONG level, void *in, ULONG in_len, void *out, ULONG out_len)
{
    (void)in; (void)in_len;
    switch (level) {
    case SystemPowerCapabilities: {
        BYTE *caps = out;
        if (!out || out_len < SYSTEM_POWER_CAPABILITIES_SIZE) return STATUS_BUFFER_TOO_SMALL;
        memset(caps, 0, SYSTEM_POWER_CAPABILITIES_SIZE);
        caps[0] = TRUE;                              /* PowerButtonPresent */
        caps[7] = TRUE;                              /* SystemS5: soft off */
        return STATUS_SUCCESS;
    }
    case ProcessorInformation: {
        PROCESSOR_POWER_INFORMATION *info = out;
        ULONG cpus = process.peb->NumberOfProcessors, fallback = 0;
        if (!out || out_len < cpus * sizeof(*info)) return STATUS_BUFFER_TOO_SMALL;
        for (ULONG i = 0; i < cpus; i++) {
            ULONG max = cpufreq_mhz((int)i, "cpuinfo_max_freq"), cur = cpufreq_mhz((int)i, "scaling_cur_freq");
            if ((!max || !cur) && !fallback) fallback = cpuinfo_mhz();
            memset(&info[i], 0, sizeof(info[i]));
            info[i].Number = i;
            info[i].MaxMhz = max ? max : fallback;
            info[i].CurrentMhz = cur ? cur : info[i].MaxMhz;
            info[i].MhzLimit = info[i].MaxMhz;
        }
        return STATUS_SUCCESS;
    }
    default:
        FIXME("power information level %lu not supported\n", (unsigned long)level);
        return STATUS_NOT_IMPLEMENTED;
    }
}
