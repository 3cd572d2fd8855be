/* futex.h - the native ping-pong's handshake: a word that one side sets
 * to 1 and wakes, and the other waits for and takes back to 0 (an
 * auto-reset event reduced to a futex). shared: the word is in memory
 * shared between processes (no FUTEX_PRIVATE_FLAG). */
#include <linux/futex.h>
#include <stdatomic.h>
#include <sys/syscall.h>
#include <unistd.h>

static void futex_signal(atomic_int *word, int shared)
{
    atomic_store(word, 1);
    syscall(SYS_futex, word, shared ? FUTEX_WAKE : FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

static void futex_wait_take(atomic_int *word, int shared)
{
    int one = 1;
    while (!atomic_compare_exchange_strong(word, &one, 0)) {
        one = 1;
        syscall(SYS_futex, word, shared ? FUTEX_WAIT : FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
    }
}
