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
#include "winrun/unicode.h"

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
#define CRT_EINVAL 22
#define CRT_ERANGE 34
#define CRT_EILSEQ 42

extern CRT_FILE MSVCRT__iob[CRT_STREAMS];

int *CDECL MSVCRT__errno(void);
void crt_set_errno(int err);

/* low-level I/O (lowio.c) */
void lowio_init(void);
int CDECL MSVCRT__write(int fd, const void *buf, unsigned int count);
int CDECL MSVCRT__read(int fd, void *buf, unsigned int count);
int CDECL MSVCRT__isatty(int fd);

/* stdio (stdio.c) */
void stdio_init(void);
void stdio_flush_all(void);
int crt_vfprintf(CRT_FILE *file, unsigned int flags, const void *format, const uint64_t *args);

/* heap.c */
void *CDECL MSVCRT_malloc(size_t size);
void CDECL MSVCRT_free(void *ptr);

/* exit (startup.c) */
void crt_run_atexit(void);

#endif
