/* image_layout.c - the exe's own sections as mapped: initialised data,
 * a large zero-filled .bss, absolute pointers in data (right even if the
 * exe was relocated), section protections, and a deep stack that must
 * grow page by page (gcc probes frames over 4 KiB with ___chkstk_ms). */
#include "test.h"

static char big_bss[16 << 20];                  /* 16 MiB of zeroes */
static int data_value = 0x11223344;
static int *data_ptr = &data_value;             /* needs a relocation if moved */
static const char *const table[] = { "first", "second" };

static int deep(int n)
{
    volatile char frame[64 * 1024];             /* 64 KiB per call */
    frame[0] = (char)n;
    frame[sizeof(frame) - 1] = (char)n;
    return n ? deep(n - 1) + frame[0] - frame[sizeof(frame) - 1] : 0;
}

int main(void)
{
    MEMORY_BASIC_INFORMATION mbi;
    int i, zero = 1;

    ok(data_value == 0x11223344, "initialised data");
    ok(data_ptr == &data_value, "absolute pointer in data: %p vs %p", data_ptr, &data_value);
    ok(!strcmp(table[0], "first") && !strcmp(table[1], "second"), "pointer table in rdata");
    for (i = 0; i < (int)sizeof(big_bss); i += 4096)
        zero &= big_bss[i] == 0;
    ok(zero && big_bss[sizeof(big_bss) - 1] == 0, ".bss is zero");
    big_bss[0] = 1;
    big_bss[sizeof(big_bss) - 1] = 2;
    ok(big_bss[0] == 1 && big_bss[sizeof(big_bss) - 1] == 2, ".bss is writable");

    /* writable sections of an image are copy-on-write until written */
    VirtualQuery(&data_value, &mbi, sizeof(mbi));
    ok(mbi.Type == MEM_IMAGE && (mbi.Protect == PAGE_READWRITE || mbi.Protect == PAGE_WRITECOPY),
       ".data: type 0x%lx protect 0x%lx", mbi.Type, mbi.Protect);
    VirtualQuery(table, &mbi, sizeof(mbi));
    ok(mbi.Type == MEM_IMAGE && mbi.Protect == PAGE_READONLY, ".rdata: protect 0x%lx", mbi.Protect);
    VirtualQuery((void *)deep, &mbi, sizeof(mbi));
    ok(mbi.Protect == PAGE_EXECUTE_READ, ".text: protect 0x%lx", mbi.Protect);

    /* 16 frames of 64 KiB: 1 MiB of stack, within the 2 MiB reserve */
    ok(deep(16) == 0, "1 MiB of stack in 64 KiB frames");
    return test_done();
}
