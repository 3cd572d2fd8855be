/*
 * What __CxxFrameHandler3 and __CxxFrameHandler4 do with a frame, over
 * either table format (cxx_fh3.c and cxx_fh4.c decode them).
 *
 * States: the compiler numbers the points of a function where objects
 * need destroying or try blocks are open; the IP-to-state map gives the
 * state at a pc, the unwind map each state's action and the state before
 * it, a try block the states of its body [try_low, try_high] and of its
 * catch blocks (try_high, catch_high].
 *
 * Catch blocks are funclets with their own frames and unwind data but the
 * parent's tables and locals (the parent's frame is kept in the funclet's
 * frame). For an exception inside a catch block, the funclet's frame only
 * looks at try blocks nested in that catch block; the enclosing ones are
 * looked at in the parent's frame, with the state of the running catch
 * (cxx_catch_for_frame), so that the catch clauses next to the running one
 * do not take it.
 */
#include "cxx_eh.h"

#define DEBUG_CHANNEL CH_MSVCRT
#include "winrun/debug.h"

/* What the handler needs to know of a catch funclet's frame. */
struct funclet {
    BOOL is_funclet;
    BOOL own_states;                /* FH4: the funclet has tables of its own */
    struct cxx_try_block in_catch;  /* FH3: the try block whose catch it is */
    ULONG_PTR parent;               /* the frame its locals live in */
};

/* FH3 tables are shared by a function and its funclets: a catch funclet
 * is recognised by its start being a catch clause's handler address.
 * FH4 funclets have tables of their own that say so. */
static void find_catch_funclet(const struct cxx_function *func, ULONG_PTR frame, int state, struct funclet *f)
{
    DWORD begin = func->dispatch->FunctionEntry->BeginAddress;

    f->is_funclet = f->own_states = FALSE;
    f->in_catch.try_low = f->in_catch.try_high = f->in_catch.catch_high = -1;
    f->parent = frame;
    if (func->parent_frame_offset >= 0) {
        f->is_funclet = f->own_states = TRUE;
        f->parent = *(ULONG_PTR *)(frame + func->parent_frame_offset);
        return;
    }
    for (unsigned int i = func->try_count; i > 0; i--) {
        struct cxx_try_block block;

        func->ops->try_block(func, i - 1, &block);
        if (state <= block.try_high || state > block.catch_high) continue;
        for (unsigned int j = 0; j < block.handler_count; j++) {
            struct cxx_handler handler;
            int offset = 0;

            func->ops->handler(func, &block, j, &handler, &offset);
            if (handler.handler != begin) continue;
            f->is_funclet = TRUE;
            f->in_catch = block;
            f->parent = *(ULONG_PTR *)(frame + offset);
            return;
        }
    }
}

/* the unwind phase: catch blocks left, and this frame's destructors (a
 * shared-table catch funclet only down to its try block's states, which
 * are its parent's) */
static void unwind_frame(EXCEPTION_RECORD *rec, ULONG_PTR frame, struct cxx_function *func, int state,
                         const struct funclet *f)
{
    const struct cxx_catch_frame *suspended = cxx_catch_for_frame(frame);
    int from = suspended ? suspended->unwind_state : state;
    int last = f->is_funclet && !f->own_states ? f->in_catch.try_high : -1;

    cxx_end_left_catches(frame, rec);
    if (rec->ExceptionFlags & EXCEPTION_TARGET_UNWIND) {
        if (cxx_is_catch_unwind(rec)) {
            /* down to the caught try block: its catch runs next */
            cxx_catch_unwind_reached(rec, func->ops->unwind(func, f->parent, from, cxx_catch_unwind_state(rec)));
            return;
        }
        /* a longjmp into this frame: down to the target's state */
        last = func->ops->ip_to_state(func, func->dispatch->TargetIp);
    }
    TRACE("frame %#lx unwinds from state %d to %d\n", (unsigned long)frame, from, last);
    func->ops->unwind(func, f->parent, from, last);
}

EXCEPTION_DISPOSITION cxx_frame_handler(EXCEPTION_RECORD *rec, ULONG_PTR frame, CONTEXT *context,
                                        struct cxx_function *func)
{
    DISPATCHER_CONTEXT *dispatch = func->dispatch;
    int state = func->ops->ip_to_state(func, dispatch->ControlPc);
    const struct cxx_catch_frame *suspended;
    struct crt_thread_data *data;
    struct funclet f;
    int search;

    find_catch_funclet(func, frame, state, &f);

    TRACE("code %#x flags %#x frame %#lx parent %#lx pc %#lx state %d\n", (unsigned)rec->ExceptionCode,
          (unsigned)rec->ExceptionFlags, (unsigned long)frame, (unsigned long)f.parent,
          (unsigned long)dispatch->ControlPc, state);

    if (IS_UNWINDING(rec->ExceptionFlags)) {
        unwind_frame(rec, frame, func, state, &f);
        return ExceptionContinueSearch;
    }

    if (func->ehs && !cxx_is_cxx_exception(rec)) return ExceptionContinueSearch;
    if (!func->try_count) {
        cxx_check_noexcept(rec, func->noexcept_function && !f.is_funclet);
        return ExceptionContinueSearch;
    }
    if (cxx_is_cxx_exception(rec) && !rec->ExceptionInformation[1] && !rec->ExceptionInformation[2] &&
        !cxx_resolve_rethrow(rec))
        return ExceptionContinueSearch;      /* `throw;` outside a catch block: nothing to rethrow */
    if (!cxx_is_cxx_exception(rec)) cxx_translate_exception(rec, context);

    suspended = cxx_catch_for_frame(frame);
    search = suspended ? suspended->search_state : state;
    data = crt_thread_data();
    data->cxx_processing_throw++;
    for (unsigned int i = 0; i < func->try_count; i++) {
        struct cxx_try_block block;

        func->ops->try_block(func, i, &block);
        if (search < block.try_low || search > block.try_high) continue;
        if (f.is_funclet && !f.own_states &&
            (block.try_low <= f.in_catch.try_high || block.try_high > f.in_catch.catch_high))
            continue;
        for (unsigned int j = 0; j < block.handler_count; j++) {
            const struct cxx_catchable_type *type;
            struct cxx_handler handler;
            int offset;

            func->ops->handler(func, &block, j, &handler, &offset);
            if (!cxx_handler_matches(rec, &handler, func->base, &type)) continue;
            TRACE("try block %u catch %u takes it\n", i, j);
            cxx_build_catch_object(rec, f.parent, &handler, type);
            cxx_unwind_to_catch(rec, context, dispatch, f.parent, &handler, block.try_low, block.catch_high);
        }
    }
    data->cxx_processing_throw--;
    cxx_check_noexcept(rec, func->noexcept_function && !f.is_funclet);
    return ExceptionContinueSearch;
}
