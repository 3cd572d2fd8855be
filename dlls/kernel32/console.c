/*
 * The console, as a Unix terminal can give it.
 *
 * A console handle is a handle whose fd is a tty: what Windows programs
 * call the console is the terminal winrun runs in. Handles to files,
 * pipes and devices are not console handles, so the console calls fail on
 * them with ERROR_INVALID_HANDLE exactly where Windows fails on a
 * redirected std handle; programs use that to detect redirection.
 *
 * Screen-buffer calls are mapped to escape sequences (colours as SGR,
 * the title as OSC 0); the buffer itself is the terminal's and cannot be
 * read back, so the cursor position reported is 0,0.
 *
 * A CUI program starts attached to "its console" even when all std
 * handles are redirected, as on Windows; FreeConsole detaches, after which
 * tty handles stop being console handles until AllocConsole/AttachConsole.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include "kernel32_private.h"
#include "wincon.h"
#define DEBUG_CHANNEL CH_CONSOLE
#include "winrun/debug.h"

WINBASEAPI LPWSTR WINAPI lstrcpynW(LPWSTR dst, LPCWSTR src, int n);

#define OUTPUT_MODE_MASK 0x1f
#define INPUT_MODE_MASK  0x3ff
#define TITLE_MAX        1024

/* One console per process, so one state; LOCK guards what is not a
 * single word, the words are read and written atomically. */
static struct {
    pthread_mutex_t lock;
    int attach;           /* 0 unknown yet, 1 attached, -1 detached (FreeConsole) */
    UINT input_cp, output_cp;
    DWORD output_mode;
    DWORD input_flags;    /* input mode bits the tty has no state for */
    WORD attributes;
    WCHAR title[TITLE_MAX];
    /* ReadConsole input that did not fit the caller's buffer */
    WCHAR *pending;
    DWORD pending_len;
} console = {
    .lock = PTHREAD_MUTEX_INITIALIZER,
    .input_cp = CP_UTF8, .output_cp = CP_UTF8,
    .output_mode = ENABLE_PROCESSED_OUTPUT | ENABLE_WRAP_AT_EOL_OUTPUT,
    .input_flags = ENABLE_INSERT_MODE | ENABLE_QUICK_EDIT_MODE | ENABLE_EXTENDED_FLAGS | ENABLE_AUTO_POSITION,
    .attributes = FOREGROUND_RED | FOREGROUND_GREEN | FOREGROUND_BLUE,
};

static RTL_USER_PROCESS_PARAMETERS *params(void)
{
    return NtCurrentTeb()->Peb->ProcessParameters;
}

/* Console programs have a console from the start; GUI programs do not. */
static BOOL console_attached(void)
{
    int attach = __atomic_load_n(&console.attach, __ATOMIC_ACQUIRE);

    if (!attach) {
        char *base = NtCurrentTeb()->Peb->ImageBaseAddress;
        IMAGE_NT_HEADERS64 *nt = (IMAGE_NT_HEADERS64 *)(base + ((IMAGE_DOS_HEADER *)base)->e_lfanew);
        int initial = nt->OptionalHeader.Subsystem == IMAGE_SUBSYSTEM_WINDOWS_GUI ? -1 : 1;
        __atomic_compare_exchange_n(&console.attach, &attach, initial, FALSE, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE);
        attach = __atomic_load_n(&console.attach, __ATOMIC_ACQUIRE);
    }
    return attach > 0;
}

/* fd of a console handle, or -1 with ERROR_INVALID_HANDLE set */
static int console_fd(HANDLE handle)
{
    NTSTATUS status;
    int fd = handle_to_fd(handle, &status);

    if (fd < 0 || !isatty(fd) || !console_attached()) {
        SetLastError(ERROR_INVALID_HANDLE);
        return -1;
    }
    return fd;
}

/* The input side of the console: the std input handle, or a tty opened
 * only for reading. Output handles of the same tty are opened O_RDWR too,
 * so the std handle decides first. */
static BOOL is_input_handle(HANDLE handle, int fd)
{
    if (handle == params()->StandardInput) return TRUE;
    if (handle == params()->StandardOutput || handle == params()->StandardError) return FALSE;
    return (fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDONLY;
}

/* The first std handle that is a tty: where title escapes go. */
static int terminal_fd(void)
{
    HANDLE handles[2] = { params()->StandardOutput, params()->StandardError };
    NTSTATUS status;

    if (!console_attached()) return -1;
    for (int i = 0; i < 2; i++) {
        int fd = handle_to_fd(handles[i], &status);
        if (fd >= 0 && isatty(fd)) return fd;
    }
    return -1;
}

static BOOL write_all(int fd, const char *buf, size_t len)
{
    while (len) {
        ssize_t r = write(fd, buf, len);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) return set_status_error(errno_to_status(errno));
        buf += r;
        len -= r;
    }
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetConsoleMode(HANDLE handle, LPDWORD mode)
{
    struct termios tio;
    int fd = console_fd(handle);

    if (fd < 0) return FALSE;
    if (!is_input_handle(handle, fd)) {
        *mode = __atomic_load_n(&console.output_mode, __ATOMIC_RELAXED);
        return TRUE;
    }
    *mode = __atomic_load_n(&console.input_flags, __ATOMIC_RELAXED);
    if (!tcgetattr(fd, &tio)) {
        if (tio.c_lflag & ICANON) *mode |= ENABLE_LINE_INPUT;
        if (tio.c_lflag & ECHO) *mode |= ENABLE_ECHO_INPUT;
        if (tio.c_lflag & ISIG) *mode |= ENABLE_PROCESSED_INPUT;
    }
    return TRUE;
}

/* Input modes become termios flags: line input is canonical mode, echo is
 * ECHO, processed input lets ^C raise SIGINT (see ctrl.c). */
WINBASEAPI BOOL WINAPI SetConsoleMode(HANDLE handle, DWORD mode)
{
    struct termios tio;
    int fd = console_fd(handle);

    if (fd < 0) return FALSE;
    if (!is_input_handle(handle, fd)) {
        if (mode & ~OUTPUT_MODE_MASK) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return FALSE;
        }
        __atomic_store_n(&console.output_mode, mode, __ATOMIC_RELAXED);
        return TRUE;
    }
    /* Windows refuses echo without line input */
    if ((mode & ~INPUT_MODE_MASK) || ((mode & ENABLE_ECHO_INPUT) && !(mode & ENABLE_LINE_INPUT))) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (!tcgetattr(fd, &tio)) {
        tio.c_lflag &= ~(ICANON | ECHO | ISIG);
        if (mode & ENABLE_LINE_INPUT) tio.c_lflag |= ICANON;
        if (mode & ENABLE_ECHO_INPUT) tio.c_lflag |= ECHO;
        if (mode & ENABLE_PROCESSED_INPUT) tio.c_lflag |= ISIG;
        tio.c_cc[VMIN] = 1;
        tio.c_cc[VTIME] = 0;
        if (tcsetattr(fd, TCSANOW, &tio)) return set_status_error(errno_to_status(errno));
    }
    __atomic_store_n(&console.input_flags,
                     mode & ~(ENABLE_LINE_INPUT | ENABLE_ECHO_INPUT | ENABLE_PROCESSED_INPUT), __ATOMIC_RELAXED);
    return TRUE;
}

/* Without a console there is no code page: Windows returns 0. */
WINBASEAPI UINT WINAPI GetConsoleOutputCP(void)
{
    return console_attached() ? __atomic_load_n(&console.output_cp, __ATOMIC_RELAXED) : 0;
}

WINBASEAPI UINT WINAPI GetConsoleCP(void)
{
    return console_attached() ? __atomic_load_n(&console.input_cp, __ATOMIC_RELAXED) : 0;
}

static BOOL set_console_cp(UINT *slot, UINT cp)
{
    if (!console_attached()) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    if (!IsValidCodePage(cp)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    __atomic_store_n(slot, cp, __ATOMIC_RELAXED);
    return TRUE;
}

WINBASEAPI BOOL WINAPI SetConsoleOutputCP(UINT cp) { return set_console_cp(&console.output_cp, cp); }
WINBASEAPI BOOL WINAPI SetConsoleCP(UINT cp) { return set_console_cp(&console.input_cp, cp); }

/* The terminal speaks UTF-8: console text is converted, not passed as bytes. */
WINBASEAPI BOOL WINAPI WriteConsoleW(HANDLE handle, LPCVOID buffer, DWORD count, LPDWORD written, LPVOID reserved)
{
    int fd = console_fd(handle), n;
    char stack_buf[1024], *utf8 = stack_buf;
    BOOL ret;
    (void)reserved;

    if (written) *written = 0;
    if (fd < 0) return FALSE;
    if (!count) return TRUE;
    n = utf16_to_utf8(buffer, (int)count, NULL, 0);
    if (n > (int)sizeof(stack_buf) && !(utf8 = malloc(n))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    utf16_to_utf8(buffer, (int)count, utf8, n);
    ret = write_all(fd, utf8, n);
    if (utf8 != stack_buf) free(utf8);
    if (ret && written) *written = count;
    return ret;
}

/* Bytes in the output code page; UTF-8 goes to the terminal unchanged so
 * that a character split across two calls still arrives whole. */
WINBASEAPI BOOL WINAPI WriteConsoleA(HANDLE handle, LPCVOID buffer, DWORD count, LPDWORD written, LPVOID reserved)
{
    UINT cp = __atomic_load_n(&console.output_cp, __ATOMIC_RELAXED);
    int fd = console_fd(handle), n;
    WCHAR *wide;
    BOOL ret;
    (void)reserved;

    if (written) *written = 0;
    if (fd < 0) return FALSE;
    if (cp == CP_UTF8) {
        if (!write_all(fd, buffer, count)) return FALSE;
        if (written) *written = count;
        return TRUE;
    }
    if (!count) return TRUE;
    n = MultiByteToWideChar(cp, 0, buffer, (int)count, NULL, 0);
    if (!(wide = heap_alloc((SIZE_T)n * sizeof(WCHAR)))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    MultiByteToWideChar(cp, 0, buffer, (int)count, wide, n);
    ret = WriteConsoleW(handle, wide, (DWORD)n, NULL, NULL);
    heap_free(wide);
    if (ret && written) *written = count;
    return ret;
}

/* Takes up to COUNT characters of what was read before and not yet given
 * out; called with the lock held. */
static DWORD take_pending(WCHAR *buffer, DWORD count)
{
    DWORD n = console.pending_len < count ? console.pending_len : count;

    memcpy(buffer, console.pending, n * sizeof(WCHAR));
    memmove(console.pending, console.pending + n, (console.pending_len - n) * sizeof(WCHAR));
    console.pending_len -= n;
    return n;
}

/* Reads one chunk from the tty (a line in canonical mode) into the pending
 * buffer, "\n" becoming "\r\n" as the Windows console returns lines. */
static NTSTATUS fill_pending(int fd, BOOL line_input)
{
    char raw[4096];
    WCHAR wide[4096], *grown;
    ssize_t r;
    int n;

    do r = read(fd, raw, sizeof(raw));
    while (r < 0 && errno == EINTR);
    if (r < 0) return errno_to_status(errno);
    if (!r) return STATUS_SUCCESS;   /* ^D at line start: an empty read, as Windows gives for ^Z */
    n = utf8_to_utf16(raw, (int)r, wide, (int)r);   /* never more units than bytes */
    if (n < 0) n = (int)r;
    if (!(grown = realloc(console.pending, (console.pending_len + 2 * (DWORD)n) * sizeof(WCHAR))))
        return STATUS_NO_MEMORY;
    console.pending = grown;
    for (int i = 0; i < n; i++) {
        if (wide[i] == '\n' && line_input) grown[console.pending_len++] = '\r';
        /* raw mode: the Enter key reads as CR, as Windows reports it */
        grown[console.pending_len++] = (wide[i] == '\n' && !line_input) ? '\r' : wide[i];
    }
    return STATUS_SUCCESS;
}

static BOOL read_console(HANDLE handle, WCHAR *buffer, DWORD count, DWORD *read_count)
{
    struct termios tio;
    NTSTATUS status = STATUS_SUCCESS;
    int fd = console_fd(handle);
    BOOL line_input;

    *read_count = 0;
    if (fd < 0) return FALSE;
    if (!count) return TRUE;
    line_input = !tcgetattr(fd, &tio) && (tio.c_lflag & ICANON);
    pthread_mutex_lock(&console.lock);
    if (!console.pending_len) status = fill_pending(fd, line_input);
    *read_count = take_pending(buffer, count);
    pthread_mutex_unlock(&console.lock);
    return set_status_error(status);
}

WINBASEAPI BOOL WINAPI ReadConsoleW(HANDLE handle, LPVOID buffer, DWORD count, LPDWORD read_count,
                                    PCONSOLE_READCONSOLE_CONTROL control)
{
    DWORD n;
    BOOL ret;
    (void)control;

    ret = read_console(handle, buffer, count, &n);
    if (read_count) *read_count = n;
    return ret;
}

/* COUNT is in bytes of the input code page; characters whose bytes do
 * not fit go back to the pending input for the next call. */
WINBASEAPI BOOL WINAPI ReadConsoleA(HANDLE handle, LPVOID buffer, DWORD count, LPDWORD read_count, LPVOID control)
{
    UINT cp = __atomic_load_n(&console.input_cp, __ATOMIC_RELAXED);
    WCHAR *wide;
    DWORD n;
    int bytes = 0;
    BOOL ret;
    (void)control;

    if (read_count) *read_count = 0;
    if (!(wide = heap_alloc((count ? count : 1) * sizeof(WCHAR)))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    if ((ret = read_console(handle, wide, count, &n))) {
        DWORD fit = n;
        while (fit && (bytes = WideCharToMultiByte(cp, 0, wide, (int)fit, NULL, 0, NULL, NULL)) > (int)count) fit--;
        if (!fit) bytes = 0;
        WideCharToMultiByte(cp, 0, wide, (int)fit, buffer, (int)count, NULL, NULL);
        if (fit < n) {
            pthread_mutex_lock(&console.lock);
            WCHAR *grown = realloc(console.pending, (console.pending_len + n - fit) * sizeof(WCHAR));
            if (grown) {
                memmove(grown + (n - fit), grown, console.pending_len * sizeof(WCHAR));
                memcpy(grown, wide + fit, (n - fit) * sizeof(WCHAR));
                console.pending = grown;
                console.pending_len += n - fit;
            }
            pthread_mutex_unlock(&console.lock);
        }
        if (read_count) *read_count = (DWORD)bytes;
    }
    heap_free(wide);
    return ret;
}

WINBASEAPI BOOL WINAPI FlushConsoleInputBuffer(HANDLE handle)
{
    int fd = console_fd(handle);

    if (fd < 0) return FALSE;
    pthread_mutex_lock(&console.lock);
    console.pending_len = 0;
    pthread_mutex_unlock(&console.lock);
    tcflush(fd, TCIFLUSH);
    return TRUE;
}

/* Bytes waiting stand in for input records: a tty has no key events. */
WINBASEAPI BOOL WINAPI GetNumberOfConsoleInputEvents(HANDLE handle, LPDWORD count)
{
    int fd = console_fd(handle), avail = 0;

    if (fd < 0) return FALSE;
    if (ioctl(fd, FIONREAD, &avail)) avail = 0;
    *count = (DWORD)avail + __atomic_load_n(&console.pending_len, __ATOMIC_RELAXED);
    return TRUE;
}

static void fill_buffer_info(int fd, CONSOLE_SCREEN_BUFFER_INFO *info)
{
    struct winsize ws;
    SHORT cols = 80, rows = 25;

    if (!ioctl(fd, TIOCGWINSZ, &ws) && ws.ws_col && ws.ws_row) {
        cols = ws.ws_col > 0x7fff ? 0x7fff : (SHORT)ws.ws_col;
        rows = ws.ws_row > 0x7fff ? 0x7fff : (SHORT)ws.ws_row;
    }
    info->dwSize.X = cols;
    info->dwSize.Y = rows;
    info->dwCursorPosition.X = info->dwCursorPosition.Y = 0;
    info->wAttributes = __atomic_load_n(&console.attributes, __ATOMIC_RELAXED);
    info->srWindow.Left = info->srWindow.Top = 0;
    info->srWindow.Right = cols - 1;
    info->srWindow.Bottom = rows - 1;
    info->dwMaximumWindowSize = info->dwSize;
}

WINBASEAPI BOOL WINAPI GetConsoleScreenBufferInfo(HANDLE handle, PCONSOLE_SCREEN_BUFFER_INFO info)
{
    int fd = console_fd(handle);

    if (fd < 0) return FALSE;
    fill_buffer_info(fd, info);
    return TRUE;
}

/* The classic console palette, in COLORREF (0x00BBGGRR) order. */
static const COLORREF default_palette[16] = {
    0x000000, 0x800000, 0x008000, 0x808000, 0x000080, 0x800080, 0x008080, 0xc0c0c0,
    0x808080, 0xff0000, 0x00ff00, 0xffff00, 0x0000ff, 0xff00ff, 0x00ffff, 0xffffff,
};

WINBASEAPI BOOL WINAPI GetConsoleScreenBufferInfoEx(HANDLE handle, PCONSOLE_SCREEN_BUFFER_INFOEX info)
{
    CONSOLE_SCREEN_BUFFER_INFO base;
    int fd;

    if (info->cbSize != sizeof(*info)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if ((fd = console_fd(handle)) < 0) return FALSE;
    fill_buffer_info(fd, &base);
    info->dwSize = base.dwSize;
    info->dwCursorPosition = base.dwCursorPosition;
    info->wAttributes = base.wAttributes;
    info->srWindow = base.srWindow;
    info->srWindow.Right++;   /* Windows reports the Ex window one wider and taller */
    info->srWindow.Bottom++;
    info->dwMaximumWindowSize = base.dwMaximumWindowSize;
    info->wPopupAttributes = FOREGROUND_RED | FOREGROUND_BLUE | BACKGROUND_RED | BACKGROUND_GREEN | BACKGROUND_BLUE |
                             BACKGROUND_INTENSITY;
    info->bFullscreenSupported = FALSE;
    memcpy(info->ColorTable, default_palette, sizeof(default_palette));
    return TRUE;
}

/* Windows colour bits are B=1 G=2 R=4, ANSI's R=1 G=2 B=4. */
static int ansi_colour(int bits)
{
    return ((bits & 4) ? 1 : 0) | (bits & 2) | ((bits & 1) ? 4 : 0);
}

/* The console's default light grey on black becomes the terminal's own
 * default colours, which need not be grey on black. */
WINBASEAPI BOOL WINAPI SetConsoleTextAttribute(HANDLE handle, WORD attr)
{
    int fd = console_fd(handle), fg = attr & 0xf, bg = (attr >> 4) & 0xf, len;
    char sgr[48];

    if (fd < 0) return FALSE;
    len = snprintf(sgr, sizeof(sgr), "\033[0");
    if (fg != 7) len += snprintf(sgr + len, sizeof(sgr) - len, ";%d", (fg & 8 ? 90 : 30) + ansi_colour(fg));
    if (bg != 0) len += snprintf(sgr + len, sizeof(sgr) - len, ";%d", (bg & 8 ? 100 : 40) + ansi_colour(bg));
    if (attr & COMMON_LVB_UNDERSCORE) len += snprintf(sgr + len, sizeof(sgr) - len, ";4");
    if (attr & COMMON_LVB_REVERSE_VIDEO) len += snprintf(sgr + len, sizeof(sgr) - len, ";7");
    len += snprintf(sgr + len, sizeof(sgr) - len, "m");
    if (!write_all(fd, sgr, len)) return FALSE;
    __atomic_store_n(&console.attributes, attr, __ATOMIC_RELAXED);
    return TRUE;
}

WINBASEAPI BOOL WINAPI SetConsoleTitleW(LPCWSTR title)
{
    int fd = terminal_fd(), n;
    char *utf8, *osc;

    if (!console_attached()) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    pthread_mutex_lock(&console.lock);
    lstrcpynW(console.title, title, TITLE_MAX);
    pthread_mutex_unlock(&console.lock);
    if (fd < 0) return TRUE;
    if (!(utf8 = utf16_to_utf8_dup(title))) return TRUE;
    /* control characters would end the OSC string early */
    for (char *p = utf8; *p; p++)
        if ((unsigned char)*p < 0x20 || *p == 0x7f) *p = ' ';
    if ((n = asprintf(&osc, "\033]0;%s\007", utf8)) >= 0) {
        write_all(fd, osc, n);
        free(osc);
    }
    free(utf8);
    return TRUE;
}

WINBASEAPI BOOL WINAPI SetConsoleTitleA(LPCSTR title)
{
    WCHAR *wide = strdup_a_to_w(title);
    BOOL ret;

    if (!wide) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    ret = SetConsoleTitleW(wide);
    heap_free(wide);
    return ret;
}

/* Returns the title's length without the NUL, copying what fits. */
WINBASEAPI DWORD WINAPI GetConsoleTitleW(LPWSTR title, DWORD size)
{
    DWORD len;

    if (!console_attached()) {
        SetLastError(ERROR_INVALID_HANDLE);
        return 0;
    }
    pthread_mutex_lock(&console.lock);
    len = (DWORD)wcs_len(console.title);
    if (size) lstrcpynW(title, console.title, (int)size);
    pthread_mutex_unlock(&console.lock);
    return len;
}

WINBASEAPI DWORD WINAPI GetConsoleTitleA(LPSTR title, DWORD size)
{
    WCHAR wide[TITLE_MAX];
    DWORD len = GetConsoleTitleW(wide, TITLE_MAX);

    if (!len) return 0;
    if (size) {
        int n = WideCharToMultiByte(GetConsoleOutputCP(), 0, wide, -1, title, (int)size, NULL, NULL);
        if (!n) title[size - 1] = 0;
    }
    return len;
}

/* The terminal is not a window that user32 could hand out. */
WINBASEAPI HWND WINAPI GetConsoleWindow(void)
{
    return NULL;
}

static BOOL attach_terminal(DWORD error_without_tty)
{
    int fd;

    if (console_attached()) {
        SetLastError(ERROR_ACCESS_DENIED);
        return FALSE;
    }
    if ((fd = open("/dev/tty", O_RDWR | O_CLOEXEC)) < 0) {
        SetLastError(error_without_tty);
        return FALSE;
    }
    close(fd);
    __atomic_store_n(&console.attach, 1, __ATOMIC_RELEASE);
    return TRUE;
}

/* The controlling terminal, if any, serves as the new console. */
WINBASEAPI BOOL WINAPI AllocConsole(void)
{
    return attach_terminal(ERROR_ACCESS_DENIED);
}

/* The parent's console is the terminal we inherited; other processes'
 * consoles are not reachable. */
WINBASEAPI BOOL WINAPI AttachConsole(DWORD pid)
{
    if (!console_attached() && pid != ATTACH_PARENT_PROCESS) {
        FIXME("console of process %u\n", (unsigned int)pid);
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    return attach_terminal(ERROR_INVALID_HANDLE);
}

WINBASEAPI BOOL WINAPI FreeConsole(void)
{
    console_attached();   /* settle the initial state first */
    __atomic_store_n(&console.attach, -1, __ATOMIC_RELEASE);
    return TRUE;
}

/* File API code pages: only the flag is kept; the A file functions convert
 * with CP_ACP, and with UTF-8 as both ACP and OEMCP the result is alike. */
static BOOL file_apis_oem;

WINBASEAPI void WINAPI SetFileApisToOEM(void) { __atomic_store_n(&file_apis_oem, TRUE, __ATOMIC_RELAXED); }
WINBASEAPI void WINAPI SetFileApisToANSI(void) { __atomic_store_n(&file_apis_oem, FALSE, __ATOMIC_RELAXED); }
WINBASEAPI BOOL WINAPI AreFileApisANSI(void) { return !__atomic_load_n(&file_apis_oem, __ATOMIC_RELAXED); }
