/*
 * The handle table of user objects other than windows: menus and
 * accelerator tables. Values look like Windows' user handles (a slot in
 * the low word, a generation in the high word) so programs that store them
 * in 32 bits keep working; the low word is odd, so no HMENU ever equals an
 * HWND (whose low word is even, window.c).
 */
#include <stdlib.h>
#include "menu_private.h"

#define MAX_OBJS 0x7fe0

struct slot { void *obj; WORD generation; BYTE type; };
static struct slot *slots;   /* under the lock; allocated on first use */
static int slots_used;

HANDLE user_obj_alloc(void *obj, enum user_obj_type type)
{
    int i;

    if (!slots && !(slots = calloc(MAX_OBJS, sizeof(*slots)))) return NULL;
    for (i = 0; i < slots_used; i++) if (!slots[i].obj) break;
    if (i == slots_used) {
        if (slots_used == MAX_OBJS) return NULL;
        slots_used++;
    }
    slots[i].obj = obj;
    slots[i].type = type;
    if (++slots[i].generation >= 0x8000) slots[i].generation = 1;   /* stays positive when sign-extended */
    return (HANDLE)(ULONG_PTR)(((ULONG)slots[i].generation << 16) | (0x21 + 2 * i));
}

static struct slot *find(HANDLE handle)
{
    ULONG_PTR h = (ULONG_PTR)handle;
    WORD low = h & 0xffff, high = (h >> 16) & 0xffff;
    int i;

    if (!slots || h >> 32 || low < 0x21 || !(low & 1)) return NULL;
    i = (low - 0x21) / 2;
    if (i >= slots_used || !slots[i].obj) return NULL;
    /* like windows, a handle truncated to its low word still matches */
    if (high && high != 0xffff && high != slots[i].generation) return NULL;
    return &slots[i];
}

void *user_obj_get(HANDLE handle, enum user_obj_type type)
{
    struct slot *s = find(handle);
    return s && s->type == type ? s->obj : NULL;
}

void user_obj_free(HANDLE handle)
{
    struct slot *s = find(handle);
    if (s) s->obj = NULL;
}
