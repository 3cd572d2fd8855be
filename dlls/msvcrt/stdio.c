/*
 * stdio streams over the low-level fds: _iob, buffering, the write and
 * read paths, and the printf family's FILE side. Each stream has its own
 * lock; stdout is fully buffered unless it is a console (then every call is
 * written at once, like the CRT's temporary buffering), stderr unbuffered.
 */
#include <stdlib.h>
#include <string.h>
#include "crt_private.h"

CRT_FILE MSVCRT__iob[CRT_STREAMS];
static CRITICAL_SECTION stream_locks[CRT_STREAMS];

/* the _iob streams have their locks here; the others are crt_streams
 * (stdio_open.c) that carry their own */
static CRITICAL_SECTION *stream_lock(CRT_FILE *f)
{
    ptrdiff_t i = f - MSVCRT__iob;
    return i >= 0 && i < CRT_STREAMS ? &stream_locks[i] : &((struct crt_stream *)f)->lock;
}

void CDECL MSVCRT__lock_file(CRT_FILE *f) { CRITICAL_SECTION *cs = stream_lock(f); if (cs) EnterCriticalSection(cs); }
void CDECL MSVCRT__unlock_file(CRT_FILE *f) { CRITICAL_SECTION *cs = stream_lock(f); if (cs) LeaveCriticalSection(cs); }

void stdio_init(void)
{
    for (int i = 0; i < CRT_STREAMS; i++) {
        InitializeCriticalSection(&stream_locks[i]);
        MSVCRT__iob[i]._file = -1;
    }
    for (int i = 0; i < 3; i++) {
        MSVCRT__iob[i]._file = i;
        MSVCRT__iob[i]._flag = i == 0 ? CRT_IOREAD : CRT_IOWRT;
    }
    MSVCRT__iob[2]._flag |= CRT_IONBF;
    if (MSVCRT__isatty(1)) MSVCRT__iob[1]._flag |= CRT_IONBF;
}

CRT_FILE *CDECL MSVCRT___iob_func(void) { return MSVCRT__iob; }
CRT_FILE *CDECL MSVCRT___acrt_iob_func(unsigned int i) { return &MSVCRT__iob[i < CRT_STREAMS ? i : 0]; }

int stream_alloc_buffer(CRT_FILE *f)
{
    if (f->_base || (f->_flag & CRT_IONBF)) return 0;
    if (!(f->_base = malloc(CRT_BUFSIZ))) {
        f->_flag |= CRT_IONBF;
        return 0;
    }
    f->_flag |= CRT_IOMYBUF;
    f->_bufsiz = CRT_BUFSIZ;
    f->_ptr = f->_base;
    f->_cnt = 0;
    return 0;
}

/* writes out what the buffer holds; the stream lock is held */
int stream_flush_locked(CRT_FILE *f)
{
    if ((f->_flag & CRT_IOWRT) && !(f->_flag & CRT_IONBF) && f->_base && f->_ptr > f->_base) {
        int n = (int)(f->_ptr - f->_base);
        f->_ptr = f->_base;
        f->_cnt = 0;
        if (MSVCRT__write(f->_file, f->_base, n) != n) {
            f->_flag |= CRT_IOERR;
            return -1;
        }
    }
    return 0;
}

static size_t write_locked(CRT_FILE *f, const char *data, size_t len)
{
    if (!(f->_flag & (CRT_IOWRT | CRT_IORW)) || f->_file < 0) {
        f->_flag |= CRT_IOERR;
        crt_set_errno(CRT_EBADF);
        return 0;
    }
    if ((f->_flag & (CRT_IOREAD | CRT_IORW)) == (CRT_IOREAD | CRT_IORW)) {
        /* an update stream switching from reading: drop what was read ahead */
        f->_flag &= ~CRT_IOREAD;
        f->_cnt = 0;
        f->_ptr = f->_base;
    }
    f->_flag |= CRT_IOWRT;
    stream_alloc_buffer(f);
    if (f->_flag & CRT_IONBF) {
        if (MSVCRT__write(f->_file, data, (unsigned int)len) != (int)len) {
            f->_flag |= CRT_IOERR;
            return 0;
        }
        return len;
    }
    size_t done = 0;
    while (done < len) {
        size_t room = f->_bufsiz - (f->_ptr - f->_base), n = len - done < room ? len - done : room;
        memcpy(f->_ptr, data + done, n);
        f->_ptr += n;
        done += n;
        if ((size_t)(f->_ptr - f->_base) == (size_t)f->_bufsiz && stream_flush_locked(f)) return done;
    }
    return done;
}

size_t CDECL MSVCRT_fwrite(const void *ptr, size_t size, size_t count, CRT_FILE *f)
{
    size_t total, done;
    if (!size || !count) return 0;
    total = size * count;
    MSVCRT__lock_file(f);
    done = write_locked(f, ptr, total);
    MSVCRT__unlock_file(f);
    return done / size;
}

int CDECL MSVCRT_fputc(int c, CRT_FILE *f)
{
    char ch = (char)c;
    int ok;
    MSVCRT__lock_file(f);
    ok = write_locked(f, &ch, 1) == 1;
    MSVCRT__unlock_file(f);
    return ok ? (unsigned char)c : -1;
}

int CDECL MSVCRT__fputc_nolock(int c, CRT_FILE *f)
{
    char ch = (char)c;
    return write_locked(f, &ch, 1) == 1 ? (unsigned char)c : -1;
}

int CDECL MSVCRT__flsbuf(int c, CRT_FILE *f) { return MSVCRT__fputc_nolock(c, f); }
int CDECL MSVCRT_putchar(int c) { return MSVCRT_fputc(c, &MSVCRT__iob[1]); }

int CDECL MSVCRT_fputs(const char *s, CRT_FILE *f)
{
    size_t len = strlen(s);
    return MSVCRT_fwrite(s, 1, len, f) == len ? 0 : -1;
}

int CDECL MSVCRT_puts(const char *s)
{
    CRT_FILE *f = &MSVCRT__iob[1];
    size_t len = strlen(s);
    int ret = 0;
    MSVCRT__lock_file(f);
    if (write_locked(f, s, len) != len || write_locked(f, "\n", 1) != 1) ret = -1;
    MSVCRT__unlock_file(f);
    return ret;
}

int CDECL MSVCRT_fflush(CRT_FILE *f)
{
    int ret;
    if (!f) {
        stdio_flush_all();
        return 0;
    }
    MSVCRT__lock_file(f);
    ret = stream_flush_locked(f);
    MSVCRT__unlock_file(f);
    return ret;
}

void stdio_flush_all(void)
{
    for (int i = 0; i < CRT_MAX_STREAMS; i++) {
        CRT_FILE *f = stream_at(i);
        if (!f || f->_file < 0) continue;
        MSVCRT__lock_file(f);
        stream_flush_locked(f);
        MSVCRT__unlock_file(f);
    }
}

int CDECL MSVCRT__flushall(void)
{
    stdio_flush_all();
    return CRT_STREAMS;
}

int CDECL MSVCRT_setvbuf(CRT_FILE *f, char *buf, int mode, size_t size)
{
    if ((mode != 0 && mode != 0x40 && mode != 4) || (mode != 4 && (size < 2 || size > 0x7fffffff))) {
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    MSVCRT__lock_file(f);
    stream_flush_locked(f);
    if (f->_flag & CRT_IOMYBUF) free(f->_base);
    f->_flag &= ~(CRT_IONBF | CRT_IOMYBUF);
    f->_base = f->_ptr = NULL;
    f->_cnt = f->_bufsiz = 0;
    if (mode == 4 /* _IONBF */) f->_flag |= CRT_IONBF;
    else if (buf) {
        f->_base = f->_ptr = buf;
        f->_bufsiz = (int)(size & ~1ul);
    }
    MSVCRT__unlock_file(f);
    return 0;
}

void CDECL MSVCRT_setbuf(CRT_FILE *f, char *buf)
{
    MSVCRT_setvbuf(f, buf, buf ? 0 : 4, CRT_BUFSIZ);
}

int CDECL MSVCRT__fileno(CRT_FILE *f)
{
    if (!f) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    return f->_file;
}
int CDECL MSVCRT_ferror(CRT_FILE *f) { return f->_flag & CRT_IOERR; }
int CDECL MSVCRT_feof(CRT_FILE *f) { return f->_flag & CRT_IOEOF; }
void CDECL MSVCRT_clearerr(CRT_FILE *f) { f->_flag &= ~(CRT_IOERR | CRT_IOEOF); }

/* ---- reading ---- */

static int fill_locked(CRT_FILE *f)
{
    if (!(f->_flag & (CRT_IOREAD | CRT_IORW)) || f->_file < 0) {
        f->_flag |= CRT_IOERR;
        return -1;
    }
    if ((f->_flag & (CRT_IOWRT | CRT_IORW)) == (CRT_IOWRT | CRT_IORW)) {
        /* an update stream switching from writing */
        if (stream_flush_locked(f)) return -1;
        f->_flag &= ~CRT_IOWRT;
    }
    f->_flag |= CRT_IOREAD;
    if (!f->_base && !(f->_flag & CRT_IONBF)) stream_alloc_buffer(f);
    if (f->_flag & CRT_IONBF || !f->_base) {
        unsigned char c;
        int n = MSVCRT__read(f->_file, &c, 1);
        if (n <= 0) { f->_flag |= n ? CRT_IOERR : CRT_IOEOF; return -1; }
        return c;
    }
    f->_cnt = MSVCRT__read(f->_file, f->_base, f->_bufsiz);
    if (f->_cnt <= 0) {
        f->_flag |= f->_cnt ? CRT_IOERR : CRT_IOEOF;
        f->_cnt = 0;
        return -1;
    }
    f->_ptr = f->_base;
    f->_cnt--;
    return (unsigned char)*f->_ptr++;
}

int CDECL MSVCRT__filbuf(CRT_FILE *f) { return fill_locked(f); }

static int getc_locked(CRT_FILE *f)
{
    if (f->_cnt > 0) {
        f->_cnt--;
        return (unsigned char)*f->_ptr++;
    }
    return fill_locked(f);
}

int CDECL MSVCRT_fgetc(CRT_FILE *f)
{
    int c;
    MSVCRT__lock_file(f);
    c = getc_locked(f);
    MSVCRT__unlock_file(f);
    return c;
}

int CDECL MSVCRT_getchar(void) { return MSVCRT_fgetc(&MSVCRT__iob[0]); }

char *CDECL MSVCRT_fgets(char *s, int size, CRT_FILE *f)
{
    int i = 0, c = 0;
    if (size <= 0) return NULL;
    MSVCRT__lock_file(f);
    while (i < size - 1 && (c = getc_locked(f)) != -1) {
        s[i++] = (char)c;
        if (c == '\n') break;
    }
    MSVCRT__unlock_file(f);
    if (!i) return NULL;
    s[i] = 0;
    return s;
}

size_t CDECL MSVCRT_fread(void *ptr, size_t size, size_t count, CRT_FILE *f)
{
    size_t total = size * count, i = 0;
    int c;
    if (!total) return 0;
    MSVCRT__lock_file(f);
    while (i < total && (c = getc_locked(f)) != -1) ((char *)ptr)[i++] = (char)c;
    MSVCRT__unlock_file(f);
    return i / size;
}

int CDECL MSVCRT_ungetc(int c, CRT_FILE *f)
{
    if (c == -1) return -1;
    MSVCRT__lock_file(f);
    if (!f->_base && !(f->_flag & CRT_IONBF)) stream_alloc_buffer(f);
    if (!f->_base) {
        /* unbuffered: _charbuf holds the one character */
        f->_base = f->_ptr = (char *)&f->_charbuf;
        f->_bufsiz = 1;
        f->_ptr++;
    }
    if (f->_ptr == f->_base) {
        if (f->_cnt) c = -1;      /* the buffer is full of unread data */
        else f->_ptr++;
    }
    if (c != -1) {
        *--f->_ptr = (char)c;
        f->_cnt++;
        f->_flag &= ~CRT_IOEOF;
        if (f->_flag & CRT_IORW) f->_flag |= CRT_IOREAD;
    }
    MSVCRT__unlock_file(f);
    return c == -1 ? -1 : (unsigned char)c;
}

/* ---- printf to streams ---- */

struct file_sink {
    struct fmt_sink sink;
    CRT_FILE *file;
};

static int file_sink_write(struct fmt_sink *sink, const void *units, size_t count)
{
    struct file_sink *fs = (struct file_sink *)sink;
    return write_locked(fs->file, units, count) == count ? 0 : -1;
}

static int wfile_sink_write(struct fmt_sink *sink, const void *units, size_t count)
{
    struct file_sink *fs = (struct file_sink *)sink;
    char buf[512];
    int n;
    /* a text stream of wide chars is written in the ANSI code page */
    while (count) {
        size_t chunk = count > 128 ? 128 : count;
        n = WideCharToMultiByte(CP_ACP, 0, units, (int)chunk, buf, sizeof(buf), NULL, NULL);
        if (n < 0 || write_locked(fs->file, buf, n) != (size_t)n) return -1;
        units = (const WCHAR *)units + chunk;
        count -= chunk;
    }
    return 0;
}

static int crt_mb_to_wide(const char *src, size_t len, fmt_wchar *dst, size_t dstlen)
{
    if (!len) return 0;
    return MultiByteToWideChar(CP_ACP, 0, src, (int)len, dst, dst ? (int)dstlen : 0);
}

static int crt_wide_to_mb(const fmt_wchar *src, size_t len, char *dst, size_t dstlen)
{
    if (!len) return 0;
    return WideCharToMultiByte(CP_ACP, 0, src, (int)len, dst, dst ? (int)dstlen : 0, NULL, NULL);
}

void crt_init_sink(struct fmt_sink *sink)
{
    sink->mb_to_wide = crt_mb_to_wide;
    sink->wide_to_mb = crt_wide_to_mb;
}

int crt_vfprintf(CRT_FILE *file, unsigned int flags, const void *format, const uint64_t *args)
{
    struct file_sink fs;
    int ret;
    int unbuffered = (file->_flag & CRT_IONBF) != 0;

    memset(&fs, 0, sizeof(fs));
    fs.sink.write = (flags & FMT_WIDE) ? wfile_sink_write : file_sink_write;
    crt_init_sink(&fs.sink);
    fs.file = file;
    MSVCRT__lock_file(file);
    if (unbuffered) {
        /* like the CRT's temporary buffer: one write per call, not per char */
        char tmp[CRT_BUFSIZ];
        file->_flag &= ~CRT_IONBF;
        file->_base = file->_ptr = tmp;
        file->_bufsiz = sizeof(tmp);
        ret = fmt_format(&fs.sink, flags, format, args);
        stream_flush_locked(file);
        file->_base = file->_ptr = NULL;
        file->_bufsiz = 0;
        file->_flag |= CRT_IONBF;
    } else ret = fmt_format(&fs.sink, flags, format, args);
    MSVCRT__unlock_file(file);
    return ret;
}

/* ---- scanf from streams ---- */

struct file_source {
    struct scan_source src;
    CRT_FILE *file;
};

static int file_source_get(struct scan_source *src)
{
    int c = getc_locked(((struct file_source *)src)->file);
    return c == -1 ? SCAN_END : c;
}

/* scan_format gives back at most the one character it looked at last, and
 * only after reading it from this stream, so there is room in the buffer
 * unless the stream is unbuffered; then _charbuf could hold it, but our
 * unbuffered read path does not look there yet, so the character is lost. */
static void file_source_unget(struct scan_source *src, int unit)
{
    CRT_FILE *f = ((struct file_source *)src)->file;
    if (f->_base && f->_ptr > f->_base) {
        *--f->_ptr = (char)unit;
        f->_cnt++;
        f->_flag &= ~CRT_IOEOF;
    }
}

int crt_vfscanf(CRT_FILE *file, unsigned int flags, const void *format, const uint64_t *args)
{
    struct file_source fs;
    int ret;

    if (flags & SCAN_WIDE) {
        /* fwscanf would need the text-mode wide reading that fgetwc lacks here */
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    fs.src.get = file_source_get;
    fs.src.unget = file_source_unget;
    fs.src.error = SCAN_ERROR_NONE;
    fs.file = file;
    MSVCRT__lock_file(file);
    ret = scan_format(&fs.src, flags, format, args);
    MSVCRT__unlock_file(file);
    return crt_scan_result(&fs.src, ret);
}
