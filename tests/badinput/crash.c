/* A program that writes through a bad pointer: winrun must report the
 * unhandled access violation with module+offset, not die of SIGSEGV. */
int main(void)
{
    volatile int *p = (int *)16;
    *p = 1;
    return 0;
}
