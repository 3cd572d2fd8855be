/*
 * __CxxFrameHandler4: the language handler of MSVC C++ since VS2019
 * (exported by vcruntime140_1.dll on Windows, by ucrtbase here). Same
 * logic as __CxxFrameHandler3 (cxx_frame.c); the tables are compressed:
 * integers in a variable-length encoding, IPs as deltas, unwind entries
 * chained backwards by byte offsets. Unlike FH3, each catch funclet has
 * tables of its own (its states are its own), which say it is a catch
 * funclet and where it keeps its parent's frame.
 */
#include "cxx_eh.h"

#define DEBUG_CHANNEL CH_MSVCRT
#include "winrun/debug.h"

/* FuncInfo4 header */
#define FH4_IS_CATCH     0x01
#define FH4_IS_SEPARATED 0x02       /* code split into several functions */
#define FH4_BBT          0x04
#define FH4_UNWIND_MAP   0x08
#define FH4_TRY_MAP      0x10
#define FH4_EHS          0x20
#define FH4_NOEXCEPT     0x40

/* a catch clause's header */
#define FH4_HANDLER_ADJECTIVES   0x01
#define FH4_HANDLER_TYPE         0x02
#define FH4_HANDLER_CATCH_OBJECT 0x04
#define FH4_HANDLER_CONT_RVA     0x08   /* continuations as RVAs, else offsets in the function */
#define FH4_HANDLER_CONT_COUNT   0x30   /* 0x10: one continuation, 0x20: two */

/* unwind entry types */
#define FH4_UNWIND_NONE     0
#define FH4_UNWIND_DTOR_OBJ 1       /* destructor(frame + offset) */
#define FH4_UNWIND_DTOR_PTR 2       /* destructor(*(frame + offset)) */
#define FH4_UNWIND_FUNCLET  3

/* The variable-length unsigned integer: the low bits of the first byte
 * give the length (0: 1 byte, 01: 2, 011: 3, 0111: 4, 1111: 5, the value
 * being then the 4 bytes after the first). */
static DWORD read_uint(const BYTE **p)
{
    const BYTE *b = *p;
    DWORD value;

    if (!(b[0] & 1)) {
        value = b[0] >> 1;
        *p += 1;
    } else if (!(b[0] & 2)) {
        value = (b[0] | (DWORD)b[1] << 8) >> 2;
        *p += 2;
    } else if (!(b[0] & 4)) {
        value = (b[0] | (DWORD)b[1] << 8 | (DWORD)b[2] << 16) >> 3;
        *p += 3;
    } else if (!(b[0] & 8)) {
        value = (b[0] | (DWORD)b[1] << 8 | (DWORD)b[2] << 16 | (DWORD)b[3] << 24) >> 4;
        *p += 4;
    } else {
        value = b[1] | (DWORD)b[2] << 8 | (DWORD)b[3] << 16 | (DWORD)b[4] << 24;
        *p += 5;
    }
    return value;
}

static DWORD read_rva(const BYTE **p)
{
    DWORD value = (*p)[0] | (DWORD)(*p)[1] << 8 | (DWORD)(*p)[2] << 16 | (DWORD)(*p)[3] << 24;
    *p += 4;
    return value;
}

static DWORD function_start(const struct cxx_function *func)
{
    return func->dispatch->FunctionEntry->BeginAddress;
}

static int fh4_ip_to_state(const struct cxx_function *func, ULONG_PTR pc)
{
    const BYTE *p = (const BYTE *)func->ip_map;
    ULONG_PTR ip = func->base + function_start(func);
    int state = -1;

    for (unsigned int i = 0; i < func->ip_count; i++) {
        DWORD delta = read_uint(&p);
        int entry_state = (int)read_uint(&p) - 1;

        ip += delta;
        if (pc < ip) break;
        state = entry_state;
    }
    return state;
}

static void fh4_try_block(const struct cxx_function *func, unsigned int index, struct cxx_try_block *block)
{
    const BYTE *p = (const BYTE *)func->try_map, *handlers;
    DWORD handlers_rva = 0;

    for (unsigned int i = 0; i <= index; i++) {
        block->try_low = (int)read_uint(&p);
        block->try_high = (int)read_uint(&p);
        block->catch_high = (int)read_uint(&p);
        handlers_rva = read_rva(&p);
    }
    block->handler_count = 0;
    block->handlers = 0;
    if (handlers_rva) {
        handlers = cxx_rva(func->base, handlers_rva);
        block->handler_count = read_uint(&handlers);
        block->handlers = (ULONG_PTR)handlers;
    }
}

static void fh4_handler(const struct cxx_function *func, const struct cxx_try_block *block, unsigned int index,
                        struct cxx_handler *handler, int *frame_offset)
{
    const BYTE *p = (const BYTE *)block->handlers;

    *frame_offset = 0;
    for (unsigned int i = 0; i <= index; i++) {
        BYTE header = *p++;
        unsigned int count = (header & FH4_HANDLER_CONT_COUNT) >> 4;

        handler->adjectives = header & FH4_HANDLER_ADJECTIVES ? read_uint(&p) : 0;
        handler->type = header & FH4_HANDLER_TYPE ? read_rva(&p) : 0;
        handler->catch_object = header & FH4_HANDLER_CATCH_OBJECT ? (int)read_uint(&p) : 0;
        handler->handler = read_rva(&p);
        handler->continuation[0] = handler->continuation[1] = 0;
        if (count > 2) count = 2;
        for (unsigned int j = 0; j < count; j++)
            handler->continuation[j] = header & FH4_HANDLER_CONT_RVA ? read_rva(&p)
                                                                     : read_uint(&p) + function_start(func);
    }
}

/* An unwind entry: its type and action, and the entry before it. */
struct fh4_unwind_entry {
    const BYTE *start, *prev;       /* prev < the map: no state before it */
    DWORD type, action, offset;
};

static const BYTE *read_unwind_entry(const BYTE *p, struct fh4_unwind_entry *entry)
{
    DWORD word;

    entry->start = p;
    word = read_uint(&p);
    entry->type = word & 3;
    entry->prev = (word >> 2) ? entry->start - (word >> 2) : NULL;
    entry->action = entry->offset = 0;
    if (entry->type != FH4_UNWIND_NONE) entry->action = read_rva(&p);
    if (entry->type == FH4_UNWIND_DTOR_OBJ || entry->type == FH4_UNWIND_DTOR_PTR) entry->offset = read_uint(&p);
    return p;
}

/* the state whose entry starts at ENTRY, or -1 */
static int unwind_state_at(const struct cxx_function *func, const BYTE *entry)
{
    const BYTE *p = (const BYTE *)func->unwind_map;

    for (unsigned int i = 0; i < func->unwind_count; i++) {
        struct fh4_unwind_entry e;

        if (p == entry) return (int)i;
        p = read_unwind_entry(p, &e);
    }
    return -1;
}

static const BYTE *unwind_entry_of(const struct cxx_function *func, int state)
{
    const BYTE *p = (const BYTE *)func->unwind_map;
    struct fh4_unwind_entry e;

    for (int i = 0; i < state; i++) p = read_unwind_entry(p, &e);
    return p;
}

typedef void (WINAPI *fh4_action)(void *object, ULONG_PTR frame);

static int fh4_unwind(const struct cxx_function *func, ULONG_PTR frame, int state, int last)
{
    const BYTE *map = (const BYTE *)func->unwind_map, *p;

    if (state >= (int)func->unwind_count) {
        WARN("bad state %d (max %u)\n", state, func->unwind_count);
        MSVCRT_terminate();
    }
    if (state <= last) return state;
    p = unwind_entry_of(func, state);
    while (p && p >= map && state > last) {
        struct fh4_unwind_entry entry;

        read_unwind_entry(p, &entry);
        p = entry.prev;
        state = p && p >= map ? unwind_state_at(func, p) : -1;
        if (entry.type != FH4_UNWIND_NONE) {
            void *object = (void *)(frame + entry.offset);

            if (entry.type == FH4_UNWIND_DTOR_PTR) object = *(void **)object;
            TRACE("calling unwind action %p object %p\n", cxx_rva(func->base, entry.action), object);
            ((fh4_action)cxx_rva(func->base, entry.action))(object, frame);
        }
    }
    return state;
}

static const struct cxx_function_ops fh4_ops = { fh4_ip_to_state, fh4_try_block, fh4_handler, fh4_unwind };

EXCEPTION_DISPOSITION CDECL MSVCRT___CxxFrameHandler4(EXCEPTION_RECORD *rec, ULONG_PTR frame, CONTEXT *context,
                                                      DISPATCHER_CONTEXT *dispatch)
{
    ULONG_PTR base = dispatch->ImageBase;
    const BYTE *p = cxx_rva(base, *(const DWORD *)dispatch->HandlerData), *map;
    struct cxx_function func = { 0 };
    BYTE header = *p++;

    func.ops = &fh4_ops;
    func.dispatch = dispatch;
    func.base = base;
    func.ehs = (header & FH4_EHS) != 0;
    func.noexcept_function = (header & FH4_NOEXCEPT) != 0;
    func.parent_frame_offset = -1;
    if (header & FH4_BBT) read_uint(&p);
    if (header & FH4_UNWIND_MAP) {
        map = cxx_rva(base, read_rva(&p));
        func.unwind_count = read_uint(&map);
        func.unwind_map = (ULONG_PTR)map;
    }
    if (header & FH4_TRY_MAP) {
        map = cxx_rva(base, read_rva(&p));
        func.try_count = read_uint(&map);
        func.try_map = (ULONG_PTR)map;
    }
    map = cxx_rva(base, read_rva(&p));
    if (header & FH4_IS_SEPARATED) {
        /* one IP map per piece of the function: the one starting here */
        DWORD count = read_uint(&map), i;

        for (i = 0; i < count; i++) {
            DWORD start = read_rva(&map), ip_map = read_rva(&map);
            if (start == dispatch->FunctionEntry->BeginAddress) {
                map = cxx_rva(base, ip_map);
                break;
            }
        }
        if (i == count) {
            FIXME("no IP map for function %#x\n", (unsigned)dispatch->FunctionEntry->BeginAddress);
            return ExceptionContinueSearch;
        }
    }
    func.ip_count = read_uint(&map);
    func.ip_map = (ULONG_PTR)map;
    if (header & FH4_IS_CATCH) func.parent_frame_offset = (int)read_uint(&p);
    return cxx_frame_handler(rec, frame, context, &func);
}
