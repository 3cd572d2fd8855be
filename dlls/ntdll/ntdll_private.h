/*
 * Declarations shared between ntdll's own source files.
 */
#ifndef WINRUN_NTDLL_PRIVATE_H
#define WINRUN_NTDLL_PRIVATE_H

#include <pthread.h>
#include "winrun/ntdll.h"
#include "ntstatus.h"
#include "pe.h"

/* Per-process state set once at start-up, read-only afterwards. */
struct process_globals {
    PEB *peb;
    const char *prefix;          /* Unix path of the prefix */
    const char *libdir;          /* builtin DLL directory */
    char *drive_c;               /* realpath of prefix/drive_c */
    WCHAR *exe_dir;              /* "Z:\dir" */
};
extern struct process_globals process;

/* debug.c */
void debug_init(void);

/* thread.c */
TEB *teb_create(void);
void teb_set_current(TEB *teb);
NTSTATUS thread_alloc_stack(SIZE_T reserve, TEB *teb);

/* loader.c */
NTSTATUS loader_map_exe(const char *unix_path, SIZE_T *stack_reserve);
NTSTATUS loader_init_process(PVOID *entry);
void loader_attach_thread(void);
void loader_detach_process(void);
NTSTATUS loader_alloc_tls(TEB *teb);
void loader_free_tls(TEB *teb);

/* heap.c */
HANDLE heap_create_process_heap(void);

/* time.c */
void time_init_shared_data(void);
LONGLONG time_now_filetime(void);        /* 100 ns since 1601, UTC */
LONGLONG time_monotonic_100ns(void);

/* env.c */
NTSTATUS env_create_process_parameters(int argc, char **argv, const WCHAR *image_path,
                                       RTL_USER_PROCESS_PARAMETERS **out);

/* virtual.c */
void virtual_register_view(void *base, SIZE_T size, DWORD type, DWORD protect);
void virtual_register_image(void *base, const struct pe_headers *h);
void virtual_unregister_view(void *base);

/* apiset.c */
const char *apiset_host(const WCHAR *name, int *is_apiset);

/* signal_x86_64.c */
void signal_init_process(void);
void signal_init_thread(void);

/* file.c */
void file_init_std_handles(RTL_USER_PROCESS_PARAMETERS *params);

#endif
