/*
 * __C_specific_handler: the language handler of C's __try/__except and
 * __try/__finally on x64 (MSVC and clang emit it; msvcrt, ucrtbase and
 * vcruntime140 export it as forwards to this one, as on Windows).
 *
 * The function's HandlerData is a SCOPE_TABLE: one record per __try,
 * innermost first, with the range [BeginAddress, EndAddress) of its body
 * (RVAs), and either
 *   - JumpTarget != 0: an __except; HandlerAddress is the filter's RVA,
 *     or the constant 1 for a filter that is EXCEPTION_EXECUTE_HANDLER;
 *     JumpTarget is where the __except block starts;
 *   - JumpTarget == 0: a __finally; HandlerAddress is the termination
 *     handler, called as handler(abnormal, EstablisherFrame).
 *
 * Dispatch: the filters of the scopes holding ControlPc run in order; the
 * first that says EXECUTE_HANDLER unwinds to its __except block (RtlUnwindEx,
 * the exception code in Rax). Unwinding: the termination handlers of the
 * scopes holding ControlPc run, stopping at the target's own scope. The
 * dispatcher context's ScopeIndex records how far an unwind got, so that a
 * collided unwind (a new unwind that passes this frame while one of its
 * handlers runs) resumes after the handler that was running.
 */
#include "ntdll_private.h"

#define DEBUG_CHANNEL CH_SEH
#include "winrun/debug.h"

typedef LONG (WINAPI *scope_filter)(EXCEPTION_POINTERS *pointers, PVOID frame);
typedef void (WINAPI *scope_finally)(BOOLEAN abnormal, PVOID frame);

static BOOL in_scope(const SCOPE_TABLE *table, DWORD index, DWORD64 rva)
{
    return rva >= table->ScopeRecord[index].BeginAddress && rva < table->ScopeRecord[index].EndAddress;
}

/* run the termination handlers between ControlPc and the unwind's target */
static void unwind_scopes(EXCEPTION_RECORD *rec, PVOID frame, DISPATCHER_CONTEXT *dispatch)
{
    const SCOPE_TABLE *table = dispatch->HandlerData;
    DWORD64 base = dispatch->ImageBase;
    DWORD64 pc = dispatch->ControlPc - base, target = dispatch->TargetIp - base;
    BOOL target_frame = (rec->ExceptionFlags & EXCEPTION_TARGET_UNWIND) != 0;

    for (DWORD i = dispatch->ScopeIndex; i < table->Count; i++) {
        if (!in_scope(table, i, pc)) continue;
        /* the target lies inside this __try (a jump out of an inner one):
         * this scope and those enclosing it stay */
        if (target_frame && in_scope(table, i, target)) break;
        if (table->ScopeRecord[i].JumpTarget) {
            /* the __except the unwind goes to: nothing above it runs */
            if (target_frame && table->ScopeRecord[i].JumpTarget == target) break;
            continue;
        }
        /* a collided unwind resumes after this handler */
        dispatch->ScopeIndex = i + 1;
        TRACE("calling __finally %p frame %p\n", (void *)(base + table->ScopeRecord[i].HandlerAddress), frame);
        ((scope_finally)(base + table->ScopeRecord[i].HandlerAddress))(TRUE, frame);
    }
}

EXCEPTION_DISPOSITION WINAPI __C_specific_handler(EXCEPTION_RECORD *rec, PVOID frame, CONTEXT *context,
                                                  DISPATCHER_CONTEXT *dispatch)
{
    const SCOPE_TABLE *table = dispatch->HandlerData;
    DWORD64 base = dispatch->ImageBase, pc = dispatch->ControlPc - base;
    EXCEPTION_POINTERS pointers = { rec, context };

    TRACE("code %#x flags %#x frame %p pc %#llx scope %u\n", (unsigned)rec->ExceptionCode,
          (unsigned)rec->ExceptionFlags, frame, (unsigned long long)dispatch->ControlPc,
          (unsigned)dispatch->ScopeIndex);

    if (IS_UNWINDING(rec->ExceptionFlags)) {
        unwind_scopes(rec, frame, dispatch);
        return ExceptionContinueSearch;
    }

    for (DWORD i = dispatch->ScopeIndex; i < table->Count; i++) {
        LONG filter;

        if (!in_scope(table, i, pc) || !table->ScopeRecord[i].JumpTarget) continue;
        if (table->ScopeRecord[i].HandlerAddress == EXCEPTION_EXECUTE_HANDLER)
            filter = EXCEPTION_EXECUTE_HANDLER;
        else
            filter = ((scope_filter)(base + table->ScopeRecord[i].HandlerAddress))(&pointers, frame);
        TRACE("scope %u filter -> %d\n", (unsigned)i, (int)filter);

        if (filter < 0) return ExceptionContinueExecution;
        if (filter > 0)
            RtlUnwindEx(frame, (PVOID)(base + table->ScopeRecord[i].JumpTarget), rec,
                        (PVOID)(ULONG_PTR)rec->ExceptionCode, context, dispatch->HistoryTable);
    }
    return ExceptionContinueSearch;
}
