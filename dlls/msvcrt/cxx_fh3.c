/*
 * __CxxFrameHandler3 (and its older names __CxxFrameHandler and
 * __CxxFrameHandler2, the same on x64): the language handler of MSVC C++
 * functions up to VS2017, and of clang's MSVC-ABI C++. Its HandlerData is
 * the RVA of the function's FuncInfo, shared by the function and its
 * funclets; the logic is cxx_frame.c's.
 */
#include "cxx_eh.h"

#define DEBUG_CHANNEL CH_MSVCRT
#include "winrun/debug.h"

struct fh3_func_info {
    DWORD magic;                    /* low 29 bits; the top 3 are BBT flags */
    int max_state;
    DWORD unwind_map;               /* RVA of fh3_unwind_entry[max_state] */
    DWORD try_count;
    DWORD try_map;                  /* RVA of fh3_try_block[try_count] */
    DWORD ip_count;
    DWORD ip_map;                   /* RVA of fh3_ip_state[ip_count], by ip */
    int unwind_help;                /* frame offset of the compiler's UnwindHelp slot */
    DWORD es_type_list;             /* VC7: exception specifications */
    DWORD eh_flags;                 /* VC8: FI_* */
};

struct fh3_unwind_entry {
    int to_state;                   /* the state before this one */
    DWORD action;                   /* RVA of the unwind funclet, or 0 */
};

struct fh3_try_block {
    int try_low, try_high, catch_high;
    int handler_count;
    DWORD handlers;                 /* RVA of fh3_handler[handler_count] */
};

struct fh3_handler {
    DWORD adjectives;
    DWORD type;
    int catch_object;
    DWORD handler;
    DWORD frame;                    /* where the catch funclet keeps the parent's frame */
};

struct fh3_ip_state {
    DWORD ip;                       /* RVA where the state starts */
    int state;
};

static const struct fh3_func_info *fh3_info(const struct cxx_function *func)
{
    return func->info;
}

static int fh3_ip_to_state(const struct cxx_function *func, ULONG_PTR pc)
{
    const struct fh3_func_info *info = fh3_info(func);
    const struct fh3_ip_state *map = cxx_rva(func->base, info->ip_map);
    ULONG_PTR rva = pc - func->base;
    int state = -1;

    for (DWORD i = 0; i < info->ip_count && map[i].ip <= rva; i++) state = map[i].state;
    return state;
}

static void fh3_try_block(const struct cxx_function *func, unsigned int index, struct cxx_try_block *block)
{
    const struct fh3_try_block *tb = (const struct fh3_try_block *)cxx_rva(func->base, fh3_info(func)->try_map) + index;

    block->try_low = tb->try_low;
    block->try_high = tb->try_high;
    block->catch_high = tb->catch_high;
    block->handler_count = tb->handler_count > 0 ? tb->handler_count : 0;
    block->handlers = (ULONG_PTR)cxx_rva(func->base, tb->handlers);
}

static void fh3_handler(const struct cxx_function *func, const struct cxx_try_block *block, unsigned int index,
                        struct cxx_handler *handler, int *frame_offset)
{
    const struct fh3_handler *h = (const struct fh3_handler *)block->handlers + index;
    (void)func;

    handler->adjectives = h->adjectives;
    handler->type = h->type;
    handler->catch_object = h->catch_object;
    handler->handler = h->handler;
    handler->continuation[0] = handler->continuation[1] = 0;
    *frame_offset = (int)h->frame;
}

static int fh3_unwind(const struct cxx_function *func, ULONG_PTR frame, int state, int last)
{
    const struct fh3_func_info *info = fh3_info(func);
    const struct fh3_unwind_entry *map = cxx_rva(func->base, info->unwind_map);

    while (state > last) {
        const struct fh3_unwind_entry *entry;

        if (state >= info->max_state) {
            WARN("bad state %d (max %d)\n", state, info->max_state);
            MSVCRT_terminate();
        }
        entry = &map[state];
        state = entry->to_state;
        if (entry->action) {
            TRACE("calling unwind funclet %p frame %#lx\n", cxx_rva(func->base, entry->action), (unsigned long)frame);
            cxx_call_funclet(cxx_rva(func->base, entry->action), frame);
        }
    }
    return state;
}

static const struct cxx_function_ops fh3_ops = { fh3_ip_to_state, fh3_try_block, fh3_handler, fh3_unwind };

EXCEPTION_DISPOSITION CDECL MSVCRT___CxxFrameHandler3(EXCEPTION_RECORD *rec, ULONG_PTR frame, CONTEXT *context,
                                                      DISPATCHER_CONTEXT *dispatch)
{
    const struct fh3_func_info *info = cxx_rva(dispatch->ImageBase, *(const DWORD *)dispatch->HandlerData);
    DWORD magic = info->magic & 0x1fffffff;
    struct cxx_function func = { 0 };

    if (magic < CXX_MAGIC_VC6 || magic > CXX_MAGIC_VC8) {
        FIXME("unknown FuncInfo magic %#x\n", (unsigned)magic);
        return ExceptionContinueSearch;
    }
    func.ops = &fh3_ops;
    func.dispatch = dispatch;
    func.base = dispatch->ImageBase;
    func.info = info;
    func.try_count = info->try_count;
    func.ehs = magic >= CXX_MAGIC_VC8 && (info->eh_flags & FI_EHS_FLAG);
    func.noexcept_function = magic >= CXX_MAGIC_VC8 && (info->eh_flags & FI_EHNOEXCEPT);
    func.parent_frame_offset = -1;
    return cxx_frame_handler(rec, frame, context, &func);
}
