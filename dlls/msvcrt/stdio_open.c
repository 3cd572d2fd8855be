/*
 * Opening and closing streams, and moving in them: the stream table
 * (_iob's 20 entries, then up to _getmaxstdio more, allocated once and
 * reused so that a stale FILE * never points at freed memory), fopen and
 * its relatives, fclose, fseek/ftell with the CRT's text-mode arithmetic.
 */
#include <stdlib.h>
#include <string.h>
#include "crt_win32.h"

#define IOB_SCAN_LOCK 1          /* _IOB_SCAN_LOCK of the CRT's numbered locks */
#define O_WRONLY 0x0001
#define O_RDWR   0x0002
#define O_APPEND 0x0008
#define O_CREAT  0x0100
#define O_TRUNC  0x0200
#define O_TEMPORARY 0x0040
#define O_TEXT   0x4000
#define O_BINARY 0x8000
#define SH_DENYNO 0x40

void CDECL MSVCRT__lock(int n);
void CDECL MSVCRT__unlock(int n);
extern int MSVCRT__fmode;

static struct crt_stream *extra_streams[CRT_MAX_STREAMS - CRT_STREAMS];

CRT_FILE *stream_at(int index)
{
    if (index < 0 || index >= CRT_MAX_STREAMS) return NULL;
    if (index < CRT_STREAMS) return &MSVCRT__iob[index];
    return (CRT_FILE *)__atomic_load_n(&extra_streams[index - CRT_STREAMS], __ATOMIC_ACQUIRE);
}

/* a free stream, marked in use (_flag nonzero) before the table lock is left */
static CRT_FILE *stream_alloc(int fd, int flags)
{
    CRT_FILE *f = NULL;
    MSVCRT__lock(IOB_SCAN_LOCK);
    for (int i = 3; i < CRT_MAX_STREAMS && !f; i++) {
        CRT_FILE *s = stream_at(i);
        if (!s && i >= CRT_STREAMS) {
            struct crt_stream *extra = calloc(1, sizeof(*extra));
            if (!extra) break;
            InitializeCriticalSection(&extra->lock);
            __atomic_store_n(&extra_streams[i - CRT_STREAMS], extra, __ATOMIC_RELEASE);
            s = &extra->file;
        }
        if (!s->_flag) f = s;
    }
    if (f) {
        memset(f, 0, sizeof(*f));
        f->_file = fd;
        f->_flag = flags;
    }
    MSVCRT__unlock(IOB_SCAN_LOCK);
    if (!f) crt_set_errno(CRT_EMFILE);
    return f;
}

/* fopen's mode string: open flags and stream flags, or -1 (EINVAL) */
static int parse_mode(const WCHAR *mode, int *oflags, int *sflags)
{
    int plus = 0;
    switch (*mode++) {
    case 'r': *oflags = 0; *sflags = CRT_IOREAD; break;
    case 'w': *oflags = O_WRONLY | O_CREAT | O_TRUNC; *sflags = CRT_IOWRT; break;
    case 'a': *oflags = O_WRONLY | O_CREAT | O_APPEND; *sflags = CRT_IOWRT; break;
    default: return -1;
    }
    for (; *mode && *mode != ','; mode++) {
        switch (*mode) {
        case '+':
            if (plus++) return -1;
            *oflags = (*oflags & ~O_WRONLY) | O_RDWR;
            *sflags = CRT_IORW;
            break;
        case 'b': case 't':
            if (*oflags & (O_TEXT | O_BINARY)) return -1;
            *oflags |= *mode == 'b' ? O_BINARY : O_TEXT;
            break;
        case 'D': *oflags |= O_TEMPORARY; break;
        case 'c': case 'n': case 'N': case 'S': case 'R': case 'T': case 'x': case ' ':
            break;   /* commit, no-inherit and caching hints: nothing to do here */
        default: return -1;
        }
    }
    if (*mode == ',') {
        /* ccs=UTF-8/UTF-16LE/UNICODE: wide text translation is not done yet */
        return -1;
    }
    return 0;
}

static CRT_FILE *wopen_stream(const WCHAR *name, const WCHAR *mode, int shflag, CRT_FILE *reuse)
{
    int oflags, sflags, fd;
    CRT_FILE *f;

    if (!name || !mode || parse_mode(mode, &oflags, &sflags)) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return NULL;
    }
    if (MSVCRT__wsopen_s(&fd, name, oflags, shflag, 0x180 /* _S_IREAD | _S_IWRITE */)) return NULL;
    if (reuse) {
        f = reuse;
        memset(f, 0, sizeof(*f));
        f->_file = fd;
        f->_flag = sflags;
    } else if (!(f = stream_alloc(fd, sflags))) MSVCRT__close(fd);
    return f;
}

static WCHAR *mode_to_w(const char *mode)
{
    return crt_strdup_a2w(mode);
}

CRT_FILE *CDECL MSVCRT__wfsopen(const WCHAR *name, const WCHAR *mode, int shflag)
{
    return wopen_stream(name, mode, shflag, NULL);
}

CRT_FILE *CDECL MSVCRT__fsopen(const char *name, const char *mode, int shflag)
{
    WCHAR *wname = crt_strdup_a2w(name), *wmode = mode_to_w(mode);
    CRT_FILE *f = NULL;
    if ((wname || !name) && (wmode || !mode)) f = wopen_stream(wname, wmode, shflag, NULL);
    free(wname);
    free(wmode);
    return f;
}

CRT_FILE *CDECL MSVCRT_fopen(const char *name, const char *mode) { return MSVCRT__fsopen(name, mode, SH_DENYNO); }
CRT_FILE *CDECL MSVCRT__wfopen(const WCHAR *name, const WCHAR *mode) { return MSVCRT__wfsopen(name, mode, SH_DENYNO); }

int CDECL MSVCRT_fopen_s(CRT_FILE **out, const char *name, const char *mode)
{
    if (!out) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return CRT_EINVAL;
    }
    /* the secure version opens exclusively, as _SH_SECURE does */
    *out = MSVCRT__fsopen(name, mode, SH_DENYNO);
    return *out ? 0 : *MSVCRT__errno();
}

int CDECL MSVCRT__wfopen_s(CRT_FILE **out, const WCHAR *name, const WCHAR *mode)
{
    if (!out) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return CRT_EINVAL;
    }
    *out = MSVCRT__wfsopen(name, mode, SH_DENYNO);
    return *out ? 0 : *MSVCRT__errno();
}

/* closes f's fd and buffer; the stream lock is held */
static int close_locked(CRT_FILE *f)
{
    int ret = 0;
    if (!f->_flag) {
        crt_set_errno(CRT_EBADF);
        return -1;
    }
    if (stream_flush_locked(f)) ret = -1;
    if (f->_file >= 0 && MSVCRT__close(f->_file)) ret = -1;
    if (f->_flag & CRT_IOMYBUF) free(f->_base);
    if (f->_tmpfname) {
        WCHAR *name = crt_strdup_a2w(f->_tmpfname);
        if (name) DeleteFileW(name);
        free(name);
        free(f->_tmpfname);
    }
    memset(f, 0, sizeof(*f));
    f->_file = -1;
    return ret;
}

int CDECL MSVCRT_fclose(CRT_FILE *f)
{
    int ret;
    if (!f) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    MSVCRT__lock_file(f);
    ret = close_locked(f);
    MSVCRT__unlock_file(f);
    return ret;
}

/* closes every stream but stdin, stdout and stderr; returns how many */
int CDECL MSVCRT__fcloseall(void)
{
    int count = 0;
    for (int i = 3; i < CRT_MAX_STREAMS; i++) {
        CRT_FILE *f = stream_at(i);
        if (!f || !f->_flag) continue;
        MSVCRT__lock_file(f);
        if (f->_flag && !close_locked(f)) count++;
        MSVCRT__unlock_file(f);
    }
    return count;
}

CRT_FILE *CDECL MSVCRT__wfreopen(const WCHAR *name, const WCHAR *mode, CRT_FILE *f)
{
    CRT_FILE *ret;
    if (!f) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return NULL;
    }
    MSVCRT__lock_file(f);
    if (f->_flag) close_locked(f);
    ret = wopen_stream(name, mode, SH_DENYNO, f);
    MSVCRT__unlock_file(f);
    return ret;
}

CRT_FILE *CDECL MSVCRT_freopen(const char *name, const char *mode, CRT_FILE *f)
{
    WCHAR *wname = crt_strdup_a2w(name), *wmode = mode_to_w(mode);
    CRT_FILE *ret = MSVCRT__wfreopen(wname, wmode, f);
    free(wname);
    free(wmode);
    return ret;
}

CRT_FILE *CDECL MSVCRT__wfdopen(int fd, const WCHAR *mode)
{
    int oflags, sflags;
    if (!mode || parse_mode(mode, &oflags, &sflags)) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return NULL;
    }
    if (MSVCRT__get_osfhandle(fd) == -1) return NULL;
    return stream_alloc(fd, sflags);
}

CRT_FILE *CDECL MSVCRT__fdopen(int fd, const char *mode)
{
    WCHAR *wmode = mode_to_w(mode);
    CRT_FILE *f = MSVCRT__wfdopen(fd, wmode);
    free(wmode);
    return f;
}

/* a binary "w+" file in the temp directory, deleted by fclose */
CRT_FILE *CDECL MSVCRT_tmpfile(void)
{
    static const WCHAR wbp[] = { 'w', '+', 'b', 'D', 0 };
    WCHAR dir[260], name[300];
    CRT_FILE *f;
    DWORD len;

    if (!(len = GetTempPathW(260, dir)) || len > 240) {
        crt_set_errno_win32(GetLastError());
        return NULL;
    }
    /* names from the process id and a counter, as the CRT's tmpnam does */
    static unsigned int counter;
    for (int tries = 0; tries < 100; tries++) {
        unsigned int n = GetCurrentProcessId() << 12 ^ __atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED);
        int i;
        memcpy(name, dir, len * sizeof(WCHAR));
        name[len] = 't';
        for (i = 0; i < 8; i++) name[len + 1 + i] = "0123456789abcdef"[(n >> (28 - 4 * i)) & 15];
        name[len + 9] = 0;
        if (GetFileAttributesW(name) != INVALID_FILE_ATTRIBUTES) continue;
        if ((f = MSVCRT__wfsopen(name, wbp, SH_DENYNO))) return f;
        if (*MSVCRT__errno() != CRT_EEXIST) return NULL;
    }
    return NULL;
}

int CDECL MSVCRT_tmpfile_s(CRT_FILE **out)
{
    if (!out) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return CRT_EINVAL;
    }
    *out = MSVCRT_tmpfile();
    return *out ? 0 : *MSVCRT__errno();
}

/* ---- positions ---- */

static int count_newlines(const char *p, int n)
{
    int count = 0;
    for (int i = 0; i < n; i++) count += p[i] == '\n';
    return count;
}

/* ftell: the fd's position less what is read ahead, plus what is waiting
 * to be written. In text mode each \n in the buffer stands for \r\n in the
 * file, as the CRT counts it (so a file with bare \n gives the CRT's
 * inexact answers too). The stream lock is held. */
static int64_t tell_locked(CRT_FILE *f)
{
    int64_t pos;
    if (f->_file < 0) {
        crt_set_errno(CRT_EBADF);
        return -1;
    }
    if ((pos = MSVCRT__lseeki64(f->_file, 0, 1)) < 0) return -1;
    if (!f->_base) return pos;
    if (f->_flag & CRT_IOWRT && f->_ptr > f->_base) {
        int n = (int)(f->_ptr - f->_base);
        pos += n;
        if (lowio_is_text(f->_file)) pos += count_newlines(f->_base, n);
    } else if (f->_flag & CRT_IOREAD) {
        pos -= f->_cnt;
        if (lowio_is_text(f->_file)) pos -= count_newlines(f->_ptr, f->_cnt);
    }
    return pos;
}

int64_t CDECL MSVCRT__ftelli64(CRT_FILE *f)
{
    int64_t pos;
    if (!f) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    MSVCRT__lock_file(f);
    pos = tell_locked(f);
    MSVCRT__unlock_file(f);
    return pos;
}

LONG CDECL MSVCRT_ftell(CRT_FILE *f)
{
    int64_t pos = MSVCRT__ftelli64(f);
    if (pos > 0x7fffffff) {
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    return (LONG)pos;
}

int CDECL MSVCRT__fseeki64(CRT_FILE *f, int64_t offset, int whence)
{
    int ret = 0;
    if (!f || whence < 0 || whence > 2) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    MSVCRT__lock_file(f);
    if (whence == 1 && (f->_flag & CRT_IOREAD) && f->_cnt) {
        /* relative to what the program has read, not to the fd */
        int64_t here = tell_locked(f);
        if (here < 0) ret = -1;
        offset += here;
        whence = 0;
    }
    if (!ret && stream_flush_locked(f)) ret = -1;
    if (!ret) {
        f->_ptr = f->_base;
        f->_cnt = 0;
        if (f->_flag & CRT_IORW) f->_flag &= ~(CRT_IOREAD | CRT_IOWRT);
        f->_flag &= ~CRT_IOEOF;
        if (MSVCRT__lseeki64(f->_file, offset, whence) < 0) ret = -1;
    }
    MSVCRT__unlock_file(f);
    return ret;
}

int CDECL MSVCRT_fseek(CRT_FILE *f, LONG offset, int whence) { return MSVCRT__fseeki64(f, offset, whence); }

void CDECL MSVCRT_rewind(CRT_FILE *f)
{
    if (!f) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return;
    }
    MSVCRT__fseeki64(f, 0, 0);
    MSVCRT__lock_file(f);
    f->_flag &= ~(CRT_IOERR | CRT_IOEOF);
    MSVCRT__unlock_file(f);
}

int CDECL MSVCRT_fgetpos(CRT_FILE *f, int64_t *pos)
{
    if (!pos) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    *pos = MSVCRT__ftelli64(f);
    return *pos < 0 ? -1 : 0;
}

int CDECL MSVCRT_fsetpos(CRT_FILE *f, const int64_t *pos)
{
    if (!pos) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    return MSVCRT__fseeki64(f, *pos, 0);
}

int CDECL MSVCRT__getmaxstdio(void) { return CRT_MAX_STREAMS; }
