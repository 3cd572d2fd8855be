/*
 * Windows Sockets start-up and the parts that need no socket: WSAStartup
 * and WSACleanup with their reference count, the error value (the
 * thread's last error, as on Windows), byte order, event objects.
 */
#include <string.h>
#include "winbase.h"
#include "winerror.h"

#define WSAEFAULT           10014
#define WSAVERNOTSUPPORTED  10092
#define WSANOTINITIALISED   10093
#define SOCKET_ERROR        (-1)

#define LOBYTE(w)       ((BYTE)((w) & 0xff))
#define HIBYTE(w)       ((BYTE)((w) >> 8))
#define MAKEWORD(lo, hi) ((WORD)((BYTE)(lo) | ((WORD)(BYTE)(hi) << 8)))

typedef UINT_PTR SOCKET;

/* WSADATA as laid out for 64-bit programs (the two counts come first) */
typedef struct {
    WORD wVersion, wHighVersion;
    unsigned short iMaxSockets, iMaxUdpDg;
    char *lpVendorInfo;
    char szDescription[257];
    char szSystemStatus[129];
} WSADATA;

typedef struct {
    UINT fd_count;
    SOCKET fd_array[64];
} fd_set;

WINBASEAPI HANDLE WINAPI CreateEventW(void *, BOOL, BOOL, LPCWSTR);

static LONG startup_count;

/* Versions 1.0 to 2.2 are served; asking for more gets 2.2. */
WINBASEAPI int WINAPI WSAStartup(WORD requested, WSADATA *data)
{
    BYTE major = LOBYTE(requested), minor = HIBYTE(requested);

    if (!data) return WSAEFAULT;
    if (major < 1) return WSAVERNOTSUPPORTED;
    memset(data, 0, sizeof(*data));
    data->wVersion = (major > 2 || (major == 2 && minor > 2)) ? MAKEWORD(2, 2) : requested;
    data->wHighVersion = MAKEWORD(2, 2);
    strcpy(data->szDescription, "WinSock 2.0");
    strcpy(data->szSystemStatus, "Running");
    __atomic_add_fetch(&startup_count, 1, __ATOMIC_RELAXED);
    return 0;
}

WINBASEAPI int WINAPI WSACleanup(void)
{
    LONG count = __atomic_load_n(&startup_count, __ATOMIC_RELAXED);
    do {
        if (!count) {
            SetLastError(WSANOTINITIALISED);
            return SOCKET_ERROR;
        }
    } while (!__atomic_compare_exchange_n(&startup_count, &count, count - 1, 0,
                                          __ATOMIC_RELAXED, __ATOMIC_RELAXED));
    return 0;
}

WINBASEAPI int WINAPI WSAGetLastError(void) { return (int)GetLastError(); }
WINBASEAPI void WINAPI WSASetLastError(int error) { SetLastError((DWORD)error); }

WINBASEAPI ULONG WINAPI htonl(ULONG v) { return __builtin_bswap32(v); }
WINBASEAPI USHORT WINAPI htons(USHORT v) { return __builtin_bswap16(v); }
WINBASEAPI ULONG WINAPI ntohl(ULONG v) { return __builtin_bswap32(v); }
WINBASEAPI USHORT WINAPI ntohs(USHORT v) { return __builtin_bswap16(v); }

/* The WSA byte-order functions check the socket too; with no sockets yet,
 * only the pointer is checked. */
WINBASEAPI int WINAPI WSAHtonl(SOCKET s, ULONG v, ULONG *out)
{
    (void)s;
    if (!out) { SetLastError(WSAEFAULT); return SOCKET_ERROR; }
    *out = __builtin_bswap32(v);
    return 0;
}

WINBASEAPI int WINAPI WSAHtons(SOCKET s, USHORT v, USHORT *out)
{
    (void)s;
    if (!out) { SetLastError(WSAEFAULT); return SOCKET_ERROR; }
    *out = __builtin_bswap16(v);
    return 0;
}

WINBASEAPI int WINAPI WSANtohl(SOCKET s, ULONG v, ULONG *out) { return WSAHtonl(s, v, out); }
WINBASEAPI int WINAPI WSANtohs(SOCKET s, USHORT v, USHORT *out) { return WSAHtons(s, v, out); }

/* A manual-reset, unsignalled, unnamed event. */
WINBASEAPI HANDLE WINAPI WSACreateEvent(void)
{
    return CreateEventW(NULL, TRUE, FALSE, NULL);
}

WINBASEAPI BOOL WINAPI WSACloseEvent(HANDLE event)
{
    return CloseHandle(event);
}

WINBASEAPI int WINAPI __WSAFDIsSet(SOCKET s, fd_set *set)
{
    for (UINT i = 0; i < set->fd_count && i < 64; i++)
        if (set->fd_array[i] == s) return 1;
    return 0;
}
