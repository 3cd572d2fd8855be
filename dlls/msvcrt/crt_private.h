/*
 * The C runtime shared by msvcrt.dll and ucrtbase.dll: one implementation
 * compiled twice. WINRUN_UCRT selects the ucrtbase face (crt_is_ucrt), for
 * the few places where the two runtimes behave differently (printf
 * exponents, exit codes of abort, ...).
 *
 * Windows C types differ from the host's: long is 32 bits, wchar_t is 16,
 * so every signature here uses the Win32 types (LONG, WCHAR, ...), and
 * exported functions are named MSVCRT_name in C when the name would clash
 * with glibc (the spec maps the export name to it).
 */
#ifndef WINRUN_CRT_PRIVATE_H
#define WINRUN_CRT_PRIVATE_H

#include "winbase.h"
#include "winerror.h"
#include "printf.h"
#include "scanf.h"
#include "winrun/unicode.h"

/* kernel32 functions the CRT uses that include/winbase.h does not declare
 * yet (an identical declaration there later is harmless) */
WINBASEAPI BOOL WINAPI SetEnvironmentVariableW(LPCWSTR name, LPCWSTR value);
WINBASEAPI BOOL WINAPI TerminateProcess(HANDLE process, UINT code);
WINBASEAPI BOOL WINAPI DuplicateHandle(HANDLE src_process, HANDLE src, HANDLE dst_process, HANDLE *dst,
                                       DWORD access, BOOL inherit, DWORD options);

#ifdef WINRUN_UCRT
#define crt_is_ucrt 1
#else
#define crt_is_ucrt 0
#endif

#define CDECL_VA __attribute__((ms_abi))
typedef __builtin_ms_va_list crt_va_list;

/* The msvcrt FILE layout: programs built against msvcrt.dll index _iob
 * directly (48 bytes a FILE); the UCRT's FILE is opaque, so the same layout
 * serves both. */
typedef struct {
    char *_ptr;
    int _cnt;
    char *_base;
    int _flag;
    int _file;
    int _charbuf;
    int _bufsiz;
    char *_tmpfname;
} CRT_FILE;

#define CRT_IOREAD  0x0001
#define CRT_IOWRT   0x0002
#define CRT_IONBF   0x0004
#define CRT_IOMYBUF 0x0008
#define CRT_IOEOF   0x0010
#define CRT_IOERR   0x0020
#define CRT_IOSTRG  0x0040
#define CRT_IORW    0x0080

#define CRT_STREAMS 20          /* _iob entries */
#define CRT_BUFSIZ  4096

/* errno values of the Windows CRT */
#define CRT_EBADF  9
#define CRT_ENOMEM 12
#define CRT_ENOENT 2
#define CRT_EAGAIN 11
#define CRT_EACCES 13
#define CRT_EEXIST 17
#define CRT_EINVAL 22
#define CRT_EMFILE 24
#define CRT_ENOSPC 28
#define CRT_ENOTEMPTY 41
#define CRT_ERANGE 34
#define CRT_EILSEQ 42

/* struct tm of the Windows CRT: nine ints */
struct crt_tm {
    int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
};

extern CRT_FILE MSVCRT__iob[CRT_STREAMS];

int *CDECL MSVCRT__errno(void);

/* per-thread state of the CRT beyond errno (errno.c) */
struct crt_thread_data {
    struct crt_tm tm;                 /* gmtime, localtime */
    char asctime[26];                 /* asctime, ctime */
    void *invalid_parameter_handler;  /* _set_thread_local_invalid_parameter_handler */
    int per_thread_locale;            /* _configthreadlocale */
    void *sigfpe, *sigill, *sigsegv;  /* signal: per-thread actions */
    char *strtok_next;                /* strtok */
    WCHAR *wcstok_next;               /* wcstok */
    unsigned int rand_next;           /* rand, srand: a sequence per thread */
    int rand_seeded;
    HANDLE beginthread_handle;        /* _endthread closes it */
    void *terminate_handler;          /* set_terminate */
    /* C++ exceptions (cxx_throw.c, cxx_catch.c) */
    void *unexpected_handler;         /* set_unexpected */
    void *se_translator;              /* _set_se_translator */
    EXCEPTION_RECORD *cxx_record;     /* __current_exception: what the innermost catch handles */
    CONTEXT *cxx_context;             /* __current_exception_context */
    struct cxx_frame_info *cxx_objects;   /* exception objects of catch blocks in progress */
    struct cxx_catch_frame *cxx_catches;  /* the catch blocks in progress, innermost first */
    int cxx_processing_throw;         /* __processing_throw: thrown and not yet caught */
};
struct crt_thread_data *crt_thread_data(void);
void crt_thread_detach(void);   /* frees the calling thread's data */
void crt_set_errno(int err);

/* low-level I/O (lowio.c) */
void lowio_init(void);
int CDECL MSVCRT__write(int fd, const void *buf, unsigned int count);
int CDECL MSVCRT__read(int fd, void *buf, unsigned int count);
int CDECL MSVCRT__isatty(int fd);
int CDECL MSVCRT__close(int fd);
intptr_t CDECL MSVCRT__get_osfhandle(int fd);

/* stdio (stdio.c, stdio_open.c) */
#define CRT_MAX_STREAMS 512     /* _getmaxstdio */

/* a stream beyond _iob: the FILE, then its lock */
struct crt_stream {
    CRT_FILE file;
    CRITICAL_SECTION lock;
};
CRT_FILE *stream_at(int index);              /* 0..CRT_MAX_STREAMS-1, or NULL */
int stream_alloc_buffer(CRT_FILE *f);
int stream_flush_locked(CRT_FILE *f);
void CDECL MSVCRT__lock_file(CRT_FILE *f);
void CDECL MSVCRT__unlock_file(CRT_FILE *f);
void stdio_init(void);
void stdio_flush_all(void);
int crt_vfprintf(CRT_FILE *file, unsigned int flags, const void *format, const uint64_t *args);

int crt_vfscanf(CRT_FILE *file, unsigned int flags, const void *format, const uint64_t *args);

/* scanf_api.c: errno and the invalid parameter handler as src->error says */
int crt_scan_result(struct scan_source *src, int ret);

/* invalid.c: report a bad argument the Windows way (the handler set with
 * _set_invalid_parameter_handler; without one, msvcrt returns and the ucrt
 * ends the process). The caller then sets errno and fails. */
void crt_invalid_parameter(void);

/* string.c */
int CDECL MSVCRT__strnicmp(const char *a, const char *b, size_t n);

/* heap.c */
void *CDECL MSVCRT_malloc(size_t size);
void CDECL MSVCRT_free(void *ptr);

/* exit.c */
void exit_init(void);
void crt_run_atexit(void);
void CDECL MSVCRT__exit(int code);
void CDECL MSVCRT_abort(void) __attribute__((noreturn));
void CDECL MSVCRT__amsg_exit(int error) __attribute__((noreturn));

/* environ.c: the CRT's copies of the environment, built at attach */
void environ_init(void);
char *CDECL MSVCRT_getenv(const char *name);

/* time.c */
void time_init(void);
void crt_tzset_once(void);   /* _tzset if it has not run yet */


/* undname.c: ".?AVfoo@ns@@" -> "class ns::foo" (malloc'ed), NULL if not a
 * type name it knows */
char *crt_undecorate_type(const char *decorated);

/* signal.c */
int CDECL MSVCRT_raise(int sig);
void crt_signal_abort(void);   /* abort(): run a SIGABRT handler, if any */

#endif
