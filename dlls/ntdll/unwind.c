/*
 * x64 table-based unwinding: finding a pc's RUNTIME_FUNCTION (image
 * .pdata, or tables added at run time for generated code), executing its
 * UNWIND_INFO backwards (RtlVirtualUnwind), and stepping through frames of
 * ELF code (builtin DLLs, libc) with their DWARF CFI (dwarf.c), so that a
 * walk started inside winrun's own code reaches the Windows caller.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include "ntdll_private.h"
#include "exception.h"
#define DEBUG_CHANNEL CH_SEH
#include "winrun/debug.h"

/* ---- function tables added at run time ---- */

struct dynamic_table {
    struct dynamic_table *next;
    RUNTIME_FUNCTION *table;           /* NULL for a callback table */
    DWORD count;
    DWORD64 base, begin, end;          /* pcs covered: [begin, end) */
    PGET_RUNTIME_FUNCTION_CALLBACK callback;
    void *context;
    DWORD64 id;                        /* what RtlDeleteFunctionTable is given */
};

static pthread_rwlock_t tables_lock = PTHREAD_RWLOCK_INITIALIZER;
static struct dynamic_table *tables;

static BOOLEAN add_table(struct dynamic_table *t)
{
    pthread_rwlock_wrlock(&tables_lock);
    t->next = tables;
    tables = t;
    pthread_rwlock_unlock(&tables_lock);
    return TRUE;
}

NTSYSAPI BOOLEAN WINAPI RtlAddFunctionTable(RUNTIME_FUNCTION *table, DWORD count, DWORD64 base)
{
    struct dynamic_table *t;

    if (!table || !(t = calloc(1, sizeof(*t)))) return FALSE;
    t->table = table;
    t->count = count;
    t->base = base;
    t->id = (DWORD64)table;
    t->begin = ~(DWORD64)0;
    for (DWORD i = 0; i < count; i++) {
        if (base + table[i].BeginAddress < t->begin) t->begin = base + table[i].BeginAddress;
        if (base + table[i].EndAddress > t->end) t->end = base + table[i].EndAddress;
    }
    TRACE("table %p count %u base %#lx\n", table, (unsigned int)count, (unsigned long)base);
    return add_table(t);
}

NTSYSAPI BOOLEAN WINAPI RtlInstallFunctionTableCallback(DWORD64 id, DWORD64 base, DWORD length,
                                                        PGET_RUNTIME_FUNCTION_CALLBACK callback, PVOID context,
                                                        PCWSTR dll)
{
    struct dynamic_table *t;
    (void)dll;

    if ((id & 3) != 3 || !callback || !(t = calloc(1, sizeof(*t)))) return FALSE;   /* Windows wants the low bits set */
    t->base = t->begin = base;
    t->end = base + length;
    t->callback = callback;
    t->context = context;
    t->id = id;
    return add_table(t);
}

NTSYSAPI BOOLEAN WINAPI RtlDeleteFunctionTable(RUNTIME_FUNCTION *table)
{
    struct dynamic_table **p, *found = NULL;

    pthread_rwlock_wrlock(&tables_lock);
    for (p = &tables; *p; p = &(*p)->next)
        if ((*p)->id == (DWORD64)table) {
            found = *p;
            *p = found->next;
            break;
        }
    pthread_rwlock_unlock(&tables_lock);
    free(found);
    return found != NULL;
}

/* Binary search of a table sorted by BeginAddress; a linear one otherwise. */
static RUNTIME_FUNCTION *search_table(RUNTIME_FUNCTION *table, DWORD count, DWORD rva, BOOL sorted)
{
    if (!sorted) {
        for (DWORD i = 0; i < count; i++)
            if (rva >= table[i].BeginAddress && rva < table[i].EndAddress) return &table[i];
        return NULL;
    }
    for (DWORD lo = 0, hi = count; lo < hi;) {
        DWORD mid = lo + (hi - lo) / 2;
        if (rva < table[mid].BeginAddress) hi = mid;
        else if (rva >= table[mid].EndAddress) lo = mid + 1;
        else return &table[mid];
    }
    return NULL;
}

static RUNTIME_FUNCTION *lookup_dynamic(DWORD64 pc, DWORD64 *base)
{
    RUNTIME_FUNCTION *found = NULL;
    struct dynamic_table *t;

    pthread_rwlock_rdlock(&tables_lock);
    for (t = tables; t && !found; t = t->next) {
        if (pc < t->begin || pc >= t->end) continue;
        if (t->callback) found = t->callback(pc, t->context);
        else found = search_table(t->table, t->count, (DWORD)(pc - t->base), FALSE);
        if (found) *base = t->base;
    }
    pthread_rwlock_unlock(&tables_lock);
    return found;
}

/* SYNTH: for builtins (no .pdata), an entry made from their DWARF CFI, as
 * programs walking stacks through system DLLs expect; the dispatcher steps
 * those frames by their CFI directly and does not ask. */
static RUNTIME_FUNCTION *lookup_function(DWORD64 pc, DWORD64 *base, BOOL synth)
{
    PLDR_DATA_TABLE_ENTRY mod;
    RUNTIME_FUNCTION *func;
    DWORD size;
    Dl_info info;

    if ((func = lookup_dynamic(pc, base))) return func;
    if (!(mod = module_from_address((void *)pc))) return NULL;
    func = pe_directory(mod->DllBase, mod->SizeOfImage, IMAGE_DIRECTORY_ENTRY_EXCEPTION, &size);
    if (!func) {
        if (!synth || !dladdr((void *)pc, &info)) return NULL;
        if ((func = dwarf_function_entry(pc, (DWORD64)mod->DllBase, mod->SizeOfImage))) *base = (DWORD64)mod->DllBase;
        return func;
    }
    *base = (DWORD64)mod->DllBase;
    func = search_table(func, size / sizeof(*func), (DWORD)(pc - *base), TRUE);
    /* an odd UnwindData names the entry that holds the unwind data */
    for (int hops = 0; func && (func->UnwindData & 1); hops++) {
        DWORD rva = func->UnwindData & ~1u;
        if (hops == 8 || rva > mod->SizeOfImage - sizeof(*func)) return NULL;
        func = (RUNTIME_FUNCTION *)(*base + rva);
    }
    /* a corrupt table must not send the unwinder outside the image */
    if (func && (func->BeginAddress >= func->EndAddress || func->UnwindData > mod->SizeOfImage - 4 ||
                 ((BYTE *)*base)[func->UnwindData + 2] * 2u + 4 + 12 > mod->SizeOfImage - func->UnwindData))
        return NULL;
    return func;
}

NTSYSAPI PRUNTIME_FUNCTION WINAPI RtlLookupFunctionEntry(DWORD64 pc, DWORD64 *base, UNWIND_HISTORY_TABLE *history)
{
    (void)history;
    return lookup_function(pc, base, TRUE);
}

NTSYSAPI PVOID WINAPI RtlPcToFileHeader(PVOID pc, PVOID *base)
{
    PLDR_DATA_TABLE_ENTRY mod = module_from_address(pc);
    *base = mod ? mod->DllBase : NULL;
    return *base;
}

/* ---- RtlVirtualUnwind ---- */

enum {
    UWOP_PUSH_NONVOL, UWOP_ALLOC_LARGE, UWOP_ALLOC_SMALL, UWOP_SET_FPREG, UWOP_SAVE_NONVOL,
    UWOP_SAVE_NONVOL_FAR, UWOP_EPILOG, UWOP_SPARE_CODE, UWOP_SAVE_XMM128, UWOP_SAVE_XMM128_FAR,
    UWOP_PUSH_MACHFRAME
};

struct unwind_info {
    BYTE version_flags;                /* version: low 3 bits, flags: high 5 */
    BYTE prolog;
    BYTE count;
    BYTE frame;                        /* register: low 4 bits, offset / 16: high 4 */
    BYTE codes[][2];                   /* code offset; op: low 4 bits, info: high 4 */
};

static DWORD64 *int_reg(CONTEXT *ctx, int reg) { return &ctx->Rax + reg; }

static int code_slots(const BYTE *code)
{
    switch (code[1] & 0xf) {
    case UWOP_ALLOC_LARGE: return (code[1] >> 4) ? 3 : 2;
    case UWOP_SAVE_NONVOL:
    case UWOP_EPILOG:
    case UWOP_SAVE_XMM128: return 2;
    case UWOP_SAVE_NONVOL_FAR:
    case UWOP_SPARE_CODE:
    case UWOP_SAVE_XMM128_FAR: return 3;
    default: return 1;
    }
}

/* Where an unwind may read: the thread's stack for the dispatcher's own
 * walks (a corrupt stack pointer or frame register must end the walk, not
 * fault inside it), anywhere for RtlVirtualUnwind, as on Windows. */
struct stack_bounds {
    DWORD64 low, high;
};

static BOOL in_bounds(const struct stack_bounds *b, DWORD64 addr, size_t len)
{
    return !b || (addr >= b->low && addr <= b->high && len <= b->high - addr);
}

static BOOL restore_int(CONTEXT *ctx, int reg, DWORD64 *from, KNONVOLATILE_CONTEXT_POINTERS *ptrs,
                        const struct stack_bounds *b)
{
    if (!in_bounds(b, (DWORD64)from, sizeof(*from))) return FALSE;
    *int_reg(ctx, reg) = *from;
    if (ptrs) ptrs->IntegerContext[reg] = from;
    return TRUE;
}

static BOOL restore_xmm(CONTEXT *ctx, int reg, M128A *from, KNONVOLATILE_CONTEXT_POINTERS *ptrs,
                        const struct stack_bounds *b)
{
    if (!in_bounds(b, (DWORD64)from, sizeof(*from))) return FALSE;
    memcpy(&(&ctx->Xmm0)[reg], from, sizeof(M128A));
    if (ptrs) ptrs->FloatingContext[reg] = from;
    return TRUE;
}

/* Pops the return address at CTX's stack pointer. */
static BOOL pop_return(CONTEXT *ctx, const struct stack_bounds *b)
{
    if (!in_bounds(b, ctx->Rsp, 8)) return FALSE;
    ctx->Rip = *(DWORD64 *)ctx->Rsp;
    ctx->Rsp += 8;
    return TRUE;
}

/*
 * Whether PC is in an epilogue of FUNC (add/lea rsp, pops, ret or a jump
 * out of the function, as the x64 ABI allows); if so, emulates the rest of
 * it on CTX, which is then the caller's context (*BAD set if that read
 * outside B).
 */
static BOOL unwind_epilog(DWORD64 base, DWORD64 pc, RUNTIME_FUNCTION *func, const struct unwind_info *info,
                          CONTEXT *ctx, KNONVOLATILE_CONTEXT_POINTERS *ptrs, const struct stack_bounds *b,
                          BOOL *bad)
{
    const BYTE *p = (const BYTE *)pc;
    DWORD64 rsp = ctx->Rsp;
    int frame_reg = info->frame & 0xf;

    if (p[0] == 0x48 && p[1] == 0x83 && p[2] == 0xc4) { rsp += (signed char)p[3]; p += 4; }
    else if (p[0] == 0x48 && p[1] == 0x81 && p[2] == 0xc4) { rsp += *(const int *)(p + 3); p += 7; }
    else if ((p[0] & 0xf8) == 0x48 && p[1] == 0x8d) {         /* lea rsp, [frame_reg + disp] */
        int reg = (p[2] & 7) + ((p[0] & 1) ? 8 : 0);
        if ((p[2] & 0x38) != 0x20 || reg != frame_reg || !frame_reg) return FALSE;
        if ((p[2] >> 6) == 1) { rsp = *int_reg(ctx, reg) + (signed char)p[3]; p += 4; }
        else if ((p[2] >> 6) == 2) { rsp = *int_reg(ctx, reg) + *(const int *)(p + 3); p += 7; }
        else return FALSE;
    }
    /* then pops, then a return or a jump out */
    for (const BYTE *q = p;;) {
        if ((q[0] & 0xf8) == 0x58) q++;
        else if (q[0] == 0x41 && (q[1] & 0xf8) == 0x58) q += 2;
        else if (q[0] == 0xc3 || q[0] == 0xc2 || (q[0] == 0xf3 && q[1] == 0xc3)) break;
        else if (q[0] == 0xe9 || q[0] == 0xeb) {
            DWORD64 target = q[0] == 0xeb ? (DWORD64)(q + 2) + (signed char)q[1] : (DWORD64)(q + 5) + *(const int *)(q + 1);
            if (target >= base + func->BeginAddress && target < base + func->EndAddress) return FALSE;
            break;
        } else if (q[0] == 0xff && q[1] == 0x25) break;         /* jmp [rip+disp] */
        else if (q[0] == 0x48 && q[1] == 0xff && q[2] == 0x25) break;
        else return FALSE;
    }
    for (;;) {
        int reg;
        if ((p[0] & 0xf8) == 0x58) { reg = p[0] & 7; p++; }
        else if (p[0] == 0x41 && (p[1] & 0xf8) == 0x58) { reg = (p[1] & 7) + 8; p += 2; }
        else break;
        if (!restore_int(ctx, reg, (DWORD64 *)rsp, ptrs, b)) { *bad = TRUE; return TRUE; }
        rsp += 8;
    }
    ctx->Rsp = rsp;
    if (!pop_return(ctx, b)) *bad = TRUE;
    return TRUE;
}

/* RtlVirtualUnwind reading only inside B (if not NULL): FALSE, with CTX
 * half unwound, if it had to read elsewhere. */
static BOOL virtual_unwind(ULONG type, DWORD64 base, DWORD64 pc, RUNTIME_FUNCTION *func, CONTEXT *ctx, PVOID *data,
                           DWORD64 *frame_ret, KNONVOLATILE_CONTEXT_POINTERS *ptrs, PEXCEPTION_ROUTINE *handler,
                           const struct stack_bounds *b)
{
    const struct unwind_info *info = (const struct unwind_info *)(base + func->UnwindData);
    DWORD64 offset = pc - base - func->BeginAddress, frame;
    BOOL machframe = FALSE, bad = FALSE;

    *data = NULL;
    *handler = NULL;
    frame = ctx->Rsp;
    if (info->frame & 0xf) {
        /* the frame register holds the frame once SET_FPREG has run */
        BOOL established = offset >= info->prolog;
        for (int i = 0; !established && i < info->count; i += code_slots(info->codes[i]))
            if ((info->codes[i][1] & 0xf) == UWOP_SET_FPREG && info->codes[i][0] <= offset) established = TRUE;
        if (established) frame = *int_reg(ctx, info->frame & 0xf) - (info->frame >> 4) * 16;
    }
    *frame_ret = frame;

    if (offset >= info->prolog && unwind_epilog(base, pc, func, info, ctx, ptrs, b, &bad)) return !bad;

    for (;;) {
        for (int i = 0; i < info->count; i += code_slots(info->codes[i])) {
            const BYTE *code = info->codes[i];
            int op = code[1] & 0xf, op_info = code[1] >> 4;
            if (offset < info->prolog && code[0] > offset) continue;   /* not executed yet */
            switch (op) {
            case UWOP_PUSH_NONVOL:
                if (!restore_int(ctx, op_info, (DWORD64 *)ctx->Rsp, ptrs, b)) return FALSE;
                ctx->Rsp += 8;
                break;
            case UWOP_ALLOC_LARGE:
                if (op_info) ctx->Rsp += *(const DWORD *)info->codes[i + 1];
                else ctx->Rsp += *(const USHORT *)info->codes[i + 1] * 8;
                break;
            case UWOP_ALLOC_SMALL:
                ctx->Rsp += op_info * 8 + 8;
                break;
            case UWOP_SET_FPREG:
                ctx->Rsp = *int_reg(ctx, info->frame & 0xf) - (info->frame >> 4) * 16;
                break;
            case UWOP_SAVE_NONVOL:
                if (!restore_int(ctx, op_info, (DWORD64 *)(frame + *(const USHORT *)info->codes[i + 1] * 8), ptrs, b))
                    return FALSE;
                break;
            case UWOP_SAVE_NONVOL_FAR:
                if (!restore_int(ctx, op_info, (DWORD64 *)(frame + *(const DWORD *)info->codes[i + 1]), ptrs, b))
                    return FALSE;
                break;
            case UWOP_SAVE_XMM128:
                if (!restore_xmm(ctx, op_info, (M128A *)(frame + *(const USHORT *)info->codes[i + 1] * 16), ptrs, b))
                    return FALSE;
                break;
            case UWOP_SAVE_XMM128_FAR:
                if (!restore_xmm(ctx, op_info, (M128A *)(frame + *(const DWORD *)info->codes[i + 1]), ptrs, b))
                    return FALSE;
                break;
            case UWOP_PUSH_MACHFRAME:
                if (op_info) ctx->Rsp += 8;                     /* an error code */
                if (!in_bounds(b, ctx->Rsp, 32)) return FALSE;
                ctx->Rip = *(DWORD64 *)ctx->Rsp;
                ctx->Rsp = *(DWORD64 *)(ctx->Rsp + 24);
                machframe = TRUE;
                break;
            default:                                            /* EPILOG descriptors: not needed here */
                break;
            }
        }
        if (!((info->version_flags >> 3) & UNW_FLAG_CHAININFO)) break;
        func = (RUNTIME_FUNCTION *)&info->codes[(info->count + 1) & ~1];
        info = (const struct unwind_info *)(base + func->UnwindData);
        offset = ~(DWORD64)0 >> 1;                              /* a chained prologue has fully run */
    }
    if (!machframe && !pop_return(ctx, b)) return FALSE;
    if ((info->version_flags >> 3) & type) {
        const DWORD *rva = (const DWORD *)&info->codes[(info->count + 1) & ~1];
        *data = (void *)(rva + 1);
        *handler = (PEXCEPTION_ROUTINE)(base + *rva);
    }
    return TRUE;
}

NTSYSAPI PEXCEPTION_ROUTINE WINAPI RtlVirtualUnwind(ULONG type, DWORD64 base, DWORD64 pc, RUNTIME_FUNCTION *func,
                                                    CONTEXT *ctx, PVOID *data, DWORD64 *frame_ret,
                                                    KNONVOLATILE_CONTEXT_POINTERS *ptrs)
{
    PEXCEPTION_ROUTINE handler;
    virtual_unwind(type, base, pc, func, ctx, data, frame_ret, ptrs, &handler, NULL);
    return handler;
}

/* ---- one frame of any kind ---- */

static BOOL on_stack(DWORD64 addr, size_t len)
{
    TEB *teb = NtCurrentTeb();
    return addr >= (DWORD64)teb->DeallocationStack && addr + len <= (DWORD64)teb->Tib.StackBase;
}

/*
 * Moves *CTX one frame up, filling D (ControlPc, ImageBase, FunctionEntry,
 * EstablisherFrame, LanguageHandler, HandlerData) for a handler of TYPE.
 * Frames with unwind data unwind the Windows way; ELF frames through their
 * CFI; anything else as a leaf function. FALSE at the end of the stack;
 * FALSE with EstablisherFrame, Rip and Rsp 0 where the walk would leave
 * the thread's stack (Windows' dispatcher ends there too, the stack being
 * invalid): a corrupt stack never faults the walk itself.
 */
BOOL unwind_frame(ULONG type, CONTEXT *ctx, DISPATCHER_CONTEXT *d, BOOL fault)
{
    TEB *teb = NtCurrentTeb();
    struct stack_bounds b = { (DWORD64)teb->DeallocationStack, (DWORD64)teb->Tib.StackBase };
    DWORD64 base = 0;
    RUNTIME_FUNCTION *func;

    d->ControlPc = ctx->Rip;
    d->ImageBase = 0;
    d->FunctionEntry = NULL;
    d->LanguageHandler = NULL;
    d->HandlerData = NULL;
    d->EstablisherFrame = ctx->Rsp;
    if (!ctx->Rip) return FALSE;
    if (!in_bounds(&b, ctx->Rsp, 8)) goto bad_stack;
    if ((func = lookup_function(ctx->Rip, &base, FALSE))) {
        d->ImageBase = base;
        d->FunctionEntry = func;
        if (!virtual_unwind(type, base, ctx->Rip, func, ctx, &d->HandlerData, &d->EstablisherFrame, NULL,
                            &d->LanguageHandler, &b))
            goto bad_stack;
    } else if (!dwarf_unwind_step(ctx, fault)) {
        if (!pop_return(ctx, &b)) goto bad_stack;  /* a leaf function */
    }
    TRACE("pc %#lx -> %#lx rsp %#lx frame %#lx%s%s\n", (unsigned long)d->ControlPc, (unsigned long)ctx->Rip,
          (unsigned long)ctx->Rsp, (unsigned long)d->EstablisherFrame, func ? "" : " (no unwind data)",
          d->LanguageHandler ? " handler" : "");
    return ctx->Rip != 0;

bad_stack:
    TRACE("pc %#lx rsp %#lx: the unwind leaves the stack %p-%p\n", (unsigned long)d->ControlPc,
          (unsigned long)ctx->Rsp, teb->DeallocationStack, teb->Tib.StackBase);
    d->EstablisherFrame = 0;
    d->LanguageHandler = NULL;
    ctx->Rip = ctx->Rsp = 0;
    return FALSE;
}

BOOL unwind_valid_frame(DWORD64 frame)
{
    return !(frame & 7) && on_stack(frame, 0);
}

NTSYSAPI USHORT WINAPI RtlCaptureStackBackTrace(ULONG skip, ULONG count, PVOID *frames, ULONG *hash)
{
    DISPATCHER_CONTEXT d = { 0 };
    CONTEXT ctx;
    ULONG n = 0, sum = 0;

    RtlCaptureContext(&ctx);                        /* inside this function: the first step gives frame 0 */
    while (n < count && unwind_frame(0, &ctx, &d, FALSE) && on_stack(ctx.Rsp, 0)) {
        if (skip) { skip--; continue; }
        frames[n++] = (void *)ctx.Rip;
        sum += (ULONG)ctx.Rip;
    }
    if (hash) *hash = sum;
    return (USHORT)n;
}
