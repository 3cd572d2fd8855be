/* hello: the start-up benchmark's program (timed whole by run.sh, also
 * the child of spawn.exe). */
#include <stdio.h>

int main(void)
{
    printf("hello\n");
    return 0;
}
