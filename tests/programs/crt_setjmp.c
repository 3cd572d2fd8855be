/* setjmp/longjmp in C (no frames to unwind): values, locals, nesting. */
#include <setjmp.h>
#include "test.h"

static jmp_buf env;
static int depth;

static void jump_from(int level, int value)
{
    for (; level; level--) depth++;   /* one frame is enough without unwinding */
    longjmp(env, value);
}

int main(void)
{
    volatile int count = 0;
    volatile double f = 1.5;
    int r;

    r = setjmp(env);
    ok(r == count, "setjmp returned %d at pass %d", r, count);
    if (count < 3) {
        count++;
        f *= 2;
        jump_from(5, count);
    }
    ok(count == 3 && depth == 15, "three jumps through nested calls: %d %d", count, depth);
    ok(f == 12.0, "volatile double kept: %f", f);

    r = setjmp(env);
    if (!r) longjmp(env, 0);
    ok(r == 1, "longjmp(env, 0) makes setjmp return 1: %d", r);
    return test_done();
}
