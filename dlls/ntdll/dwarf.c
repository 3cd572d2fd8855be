/*
 * One step out of an ELF function (builtin DLLs, libc) by its DWARF call
 * frame information, for walks that start in winrun's own code and must
 * reach the Windows caller. the FDE comes from the object's
 * .eh_frame_hdr table, found by _dl_find_object (lock-free and safe in a
 * signal handler; libgcc's _Unwind_Find_FDE did this before, but loading
 * libgcc_s cost 0.1 ms of every start-up); the CFA program is run here, because the ms_abi
 * functions of the builtins save xmm6-15 and say so in their CFI, which
 * libunwind cannot step through; here those become the CONTEXT's Xmm6-15.
 * Expressions (used by PLT stubs and signal frames only) end the walk.
 */
#define _GNU_SOURCE            /* _dl_find_object */
#include <dlfcn.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "exception.h"
#define DEBUG_CHANNEL CH_SEH
#include "winrun/debug.h"

struct dwarf_eh_bases { void *tbase, *dbase, *func; };

/* Windows unwind operations used below (RtlVirtualUnwind in unwind.c) */
#define UWOP_ALLOC_LARGE_CODE 1
#define UWOP_SET_FPREG_CODE 3
#define UWOP_SAVE_NONVOL_FAR_CODE 5
#define UWOP_SAVE_XMM128_FAR_CODE 9

#define NREGS 33                       /* rax..r15, the return address, xmm0-15 */
#define RA 16
enum rule { SAME, UNDEFINED, OFFSET, VAL_OFFSET, REGISTER };

struct cfa_state {
    int cfa_reg;
    int64_t cfa_off;
    struct { BYTE rule; int64_t value; } regs[NREGS];
};

static uint64_t uleb(const BYTE **p)
{
    uint64_t v = 0;
    int shift = 0;
    BYTE b;
    do {
        b = *(*p)++;
        if (shift < 64) v |= (uint64_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    return v;
}

static int64_t sleb(const BYTE **p)
{
    int64_t v = 0;
    int shift = 0;
    BYTE b;
    do {
        b = *(*p)++;
        if (shift < 64) v |= (int64_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    if (shift < 64 && (b & 0x40)) v |= -((int64_t)1 << shift);
    return v;
}

/* Reads a pointer in ENCODING (DW_EH_PE_*); 0 where it cannot. */
static uint64_t read_encoded(const BYTE **p, BYTE enc, const struct dwarf_eh_bases *bases)
{
    const BYTE *start = *p;
    uint64_t v;

    if (enc == 0xff) return 0;
    switch (enc & 0x0f) {
    case 0x00: memcpy(&v, *p, 8); *p += 8; break;
    case 0x01: v = uleb(p); break;
    case 0x02: { USHORT x; memcpy(&x, *p, 2); *p += 2; v = x; break; }
    case 0x03: { DWORD x; memcpy(&x, *p, 4); *p += 4; v = x; break; }
    case 0x04: memcpy(&v, *p, 8); *p += 8; break;
    case 0x09: v = sleb(p); break;
    case 0x0a: { short x; memcpy(&x, *p, 2); *p += 2; v = x; break; }
    case 0x0b: { int x; memcpy(&x, *p, 4); *p += 4; v = x; break; }
    case 0x0c: memcpy(&v, *p, 8); *p += 8; break;
    default: return 0;
    }
    switch (enc & 0x70) {
    case 0x10: v += (uint64_t)start; break;
    case 0x20: v += (uint64_t)bases->tbase; break;
    case 0x30: v += (uint64_t)bases->dbase; break;
    case 0x40: v += (uint64_t)bases->func; break;
    }
    if (enc & 0x80) v = *(uint64_t *)v;
    return v;
}

/* The FDE whose table entry covers PC in its object's .eh_frame_hdr (the
 * caller checks the FDE's range), or NULL; BASES->func is its start. The
 * table is sorted pairs of 4-byte offsets from the header (datarel
 * sdata4, what every linker writes); any other layout gives NULL. */
static const BYTE *find_fde(uint64_t pc, struct dwarf_eh_bases *bases)
{
    static const struct dwarf_eh_bases none;
    struct dl_find_object obj;
    const BYTE *hdr, *p;
    const int32_t *table;
    uint64_t count, lo, hi;

    if (_dl_find_object((void *)pc, &obj) || !(hdr = obj.dlfo_eh_frame)) return NULL;
    if (hdr[0] != 1 || hdr[2] == 0xff || hdr[3] != 0x3b) return NULL;   /* version 1, datarel sdata4 */
    p = hdr + 4;
    read_encoded(&p, hdr[1], &none);            /* the .eh_frame pointer, not needed */
    if (!(count = read_encoded(&p, hdr[2], &none))) return NULL;
    table = (const int32_t *)p;
    if (pc < (uint64_t)(hdr + table[0])) return NULL;
    for (lo = 0, hi = count; hi - lo > 1;) {     /* the last entry starting at or below PC */
        uint64_t mid = lo + (hi - lo) / 2;
        if ((uint64_t)(hdr + table[2 * mid]) <= pc) lo = mid;
        else hi = mid;
    }
    bases->tbase = bases->dbase = NULL;
    bases->func = (void *)(hdr + table[2 * lo]);
    return hdr + table[2 * lo + 1];
}

/* Runs the CFA program [P, END) up to TARGET; FALSE on what we do not do. */
static BOOL run_cfa(const BYTE *p, const BYTE *end, uint64_t loc, uint64_t target, uint64_t code_align,
                    int64_t data_align, BYTE fde_enc, const struct dwarf_eh_bases *bases, struct cfa_state *st,
                    const struct cfa_state *initial)
{
    struct cfa_state stack[4];
    int depth = 0;

    while (p < end && loc <= target) {
        BYTE op = *p++;
        uint64_t reg;
        switch (op & 0xc0) {
        case 0x40: loc += (op & 0x3f) * code_align; continue;
        case 0x80:
            reg = op & 0x3f;
            if (reg < NREGS) { st->regs[reg].rule = OFFSET; st->regs[reg].value = (int64_t)uleb(&p) * data_align; }
            else uleb(&p);
            continue;
        case 0xc0:
            reg = op & 0x3f;
            if (reg < NREGS) st->regs[reg] = initial ? initial->regs[reg] : (typeof(st->regs[0])){ SAME, 0 };
            continue;
        }
        switch (op) {
        case 0x00: break;                                      /* nop */
        case 0x01: loc = read_encoded(&p, fde_enc, bases); break;
        case 0x02: loc += *p++ * code_align; break;
        case 0x03: { USHORT d; memcpy(&d, p, 2); p += 2; loc += d * code_align; break; }
        case 0x04: { DWORD d; memcpy(&d, p, 4); p += 4; loc += d * code_align; break; }
        case 0x05: case 0x11: case 0x14: case 0x15: {          /* offset(_extended)(_sf), val_offset(_sf) */
            int64_t off;
            reg = uleb(&p);
            off = (op == 0x05 || op == 0x14) ? (int64_t)uleb(&p) * data_align : sleb(&p) * data_align;
            if (reg < NREGS) { st->regs[reg].rule = op >= 0x14 ? VAL_OFFSET : OFFSET; st->regs[reg].value = off; }
            break;
        }
        case 0x06:                                             /* restore_extended */
            reg = uleb(&p);
            if (reg < NREGS) st->regs[reg] = initial ? initial->regs[reg] : (typeof(st->regs[0])){ SAME, 0 };
            break;
        case 0x07: case 0x08:                                  /* undefined, same_value */
            reg = uleb(&p);
            if (reg < NREGS) st->regs[reg].rule = op == 0x07 ? UNDEFINED : SAME;
            break;
        case 0x09: {                                           /* register */
            uint64_t from;
            reg = uleb(&p);
            from = uleb(&p);
            if (reg < NREGS && from < NREGS) { st->regs[reg].rule = REGISTER; st->regs[reg].value = from; }
            break;
        }
        case 0x0a: if (depth == 4) return FALSE; stack[depth++] = *st; break;
        case 0x0b:                                             /* restore_state: the CFA too, as gcc expects */
            if (!depth) return FALSE;
            *st = stack[--depth];
            break;
        case 0x0c: st->cfa_reg = uleb(&p); st->cfa_off = uleb(&p); break;
        case 0x0d: st->cfa_reg = uleb(&p); break;
        case 0x0e: st->cfa_off = uleb(&p); break;
        case 0x12: st->cfa_reg = uleb(&p); st->cfa_off = sleb(&p) * data_align; break;
        case 0x13: st->cfa_off = sleb(&p) * data_align; break;
        case 0x2e: uleb(&p); break;                            /* GNU_args_size */
        case 0x2f:                                             /* GNU_negative_offset_extended */
            reg = uleb(&p);
            if (reg < NREGS) { st->regs[reg].rule = OFFSET; st->regs[reg].value = -(int64_t)uleb(&p) * data_align; }
            break;
        default:                                               /* expressions and the unknown */
            return FALSE;
        }
    }
    return TRUE;
}

/* dwarf register -> CONTEXT's Rax.. order */
static const BYTE dwarf_to_ctx[16] = { 0, 2, 1, 3, 6, 7, 5, 4, 8, 9, 10, 11, 12, 13, 14, 15 };

static DWORD64 *ctx_reg(CONTEXT *ctx, int dwarf) { return &ctx->Rax + dwarf_to_ctx[dwarf]; }

/* The CFA rules in force at TARGET, and the bounds of its function. */
static BOOL cfa_state_at(uint64_t target, struct cfa_state *st, uint64_t *begin, uint64_t *size)
{
    struct dwarf_eh_bases bases;
    struct cfa_state initial;
    const BYTE *fde, *cie, *p, *aug, *end;
    uint64_t code_align;
    int64_t data_align;
    BYTE fde_enc = 0, ra_reg, version;
    BOOL has_z = FALSE, signal_frame = FALSE;
    DWORD len, cie_off;

    if (!(fde = find_fde(target, &bases))) return FALSE;
    memcpy(&len, fde, 4);
    memcpy(&cie_off, fde + 4, 4);
    if (len == 0xffffffff) return FALSE;
    cie = fde + 4 - cie_off;

    /* the CIE */
    p = cie + 8;
    version = *p++;
    aug = p;
    p += strlen((const char *)aug) + 1;
    if (aug[0] == 'e' && aug[1] == 'h') p += 8;
    code_align = uleb(&p);
    data_align = sleb(&p);
    ra_reg = version == 1 ? *p++ : (BYTE)uleb(&p);
    if (ra_reg != RA) return FALSE;
    for (const BYTE *a = aug; *a; a++) {
        if (*a == 'z') { uleb(&p); has_z = TRUE; }
        else if (*a == 'L') p++;
        else if (*a == 'R') fde_enc = *p++;
        else if (*a == 'P') { BYTE enc = *p++; read_encoded(&p, enc & 0x7f, &bases); }
        else if (*a == 'S') signal_frame = TRUE;
        else if (*a != 'e' && *a != 'h') return FALSE;
    }
    if (signal_frame) return FALSE;
    memset(&initial, 0, sizeof(initial));
    { DWORD cie_len; memcpy(&cie_len, cie, 4); end = cie + 4 + cie_len; }
    if (!run_cfa(p, end, (uint64_t)bases.func, ~(uint64_t)0, code_align, data_align, fde_enc, &bases, &initial, NULL))
        return FALSE;

    /* the FDE: its address range, then its augmentation data */
    p = fde + 8;
    *begin = read_encoded(&p, fde_enc, &bases);
    *size = read_encoded(&p, fde_enc & 0x0f, &bases);
    if (target < *begin || target - *begin >= *size) return FALSE;   /* in a gap between FDEs */
    if (has_z) { uint64_t n = uleb(&p); p += n; }
    *st = initial;
    return run_cfa(p, fde + 4 + len, (uint64_t)bases.func, target, code_align, data_align, fde_enc, &bases, st,
                   &initial);
}

BOOL dwarf_unwind_step(CONTEXT *ctx, BOOL fault)
{
    struct cfa_state st;
    uint64_t cfa, begin, size;
    CONTEXT out;
    TEB *teb = NtCurrentTeb();
    /* saved registers are read from the thread's stack only: a corrupt
     * frame register must not fault the walk */
    uint64_t low = (uint64_t)teb->DeallocationStack, high = (uint64_t)teb->Tib.StackBase;

    if (!cfa_state_at(fault ? ctx->Rip : ctx->Rip - 1, &st, &begin, &size)) return FALSE;
    if (st.cfa_reg >= 16 || st.regs[RA].rule == UNDEFINED) return FALSE;
    cfa = *ctx_reg(ctx, st.cfa_reg) + st.cfa_off;
    out = *ctx;
    for (int reg = 0; reg < NREGS; reg++) {
        uint64_t value;
        switch (st.regs[reg].rule) {
        case OFFSET:
            if (cfa + st.regs[reg].value < low || cfa + st.regs[reg].value > high ||
                (reg >= 17 ? 16 : 8) > high - (cfa + st.regs[reg].value))
                return FALSE;
            if (reg >= 17) { memcpy(&(&out.Xmm0)[reg - 17], (void *)(cfa + st.regs[reg].value), 16); continue; }
            value = *(uint64_t *)(cfa + st.regs[reg].value);
            break;
        case VAL_OFFSET: value = cfa + st.regs[reg].value; break;
        case REGISTER:
            if (reg >= 17 || st.regs[reg].value >= 16) continue;
            value = *ctx_reg(ctx, st.regs[reg].value);
            break;
        default: continue;
        }
        if (reg == RA) out.Rip = value;
        else if (reg < 16) *ctx_reg(&out, reg) = value;
    }
    out.Rsp = cfa;
    if (st.regs[RA].rule == SAME) return FALSE;
    *ctx = out;
    return TRUE;
}

/* ---- Windows unwind data for ELF code, from its CFI ----
 *
 * Programs walk stacks themselves with RtlLookupFunctionEntry and
 * RtlVirtualUnwind, and on Windows every function of a system DLL has an
 * entry. For a pc in a builtin DLL one is made here from the CFA rules in
 * force at that pc: the saved registers as SAVE_NONVOL/SAVE_XMM128 at their
 * offsets, the frame register if the CFA follows rbp, and an allocation up
 * to the return address. The entry spans the whole function (for the
 * epilogue test) but holds the state of that one pc, so each pc gets its
 * own, cached. They live in arenas within 4 GiB above the module, as RVAs
 * must. */

#include <sys/mman.h>

#define ARENA_SIZE 0x10000
#define CACHE_SIZE 1024

struct arena {
    struct arena *next;
    DWORD64 base;                      /* the module the RVAs are relative to */
    BYTE *mem;
    SIZE_T used;
};

static pthread_mutex_t synth_lock = PTHREAD_MUTEX_INITIALIZER;
static struct arena *arenas;
static struct { DWORD64 pc; RUNTIME_FUNCTION *func; } cache[CACHE_SIZE];

static BYTE *arena_alloc(DWORD64 base, DWORD size, SIZE_T bytes)
{
    static const DWORD64 offsets[] = { 0x1000000, 0x4000000, 0x10000000, 0x40000000, 0x80000000, 0xc0000000 };
    struct arena *a;

    for (a = arenas; a; a = a->next)
        if (a->base == base && a->used + bytes <= ARENA_SIZE) break;
    if (!a) {
        void *mem = MAP_FAILED;
        for (size_t i = 0; i < sizeof(offsets) / sizeof(offsets[0]) && mem == MAP_FAILED; i++) {
            void *hint = (void *)((base + size + offsets[i]) & ~(DWORD64)0xffff);
            mem = mmap(hint, ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE,
                       -1, 0);
        }
        if (mem == MAP_FAILED || !(a = calloc(1, sizeof(*a)))) {
            if (mem != MAP_FAILED) munmap(mem, ARENA_SIZE);
            return NULL;
        }
        a->base = base;
        a->mem = mem;
        a->next = arenas;
        arenas = a;
    }
    a->used += bytes;
    return a->mem + a->used - bytes;
}

static BYTE *put_code(BYTE *p, int op, int info, int extra_slots, DWORD value)
{
    *p++ = 0;                          /* code offset: a prologue size of 0 applies all */
    *p++ = op | (info << 4);
    if (extra_slots == 1) { USHORT v = value; memcpy(p, &v, 2); p += 2; }
    else if (extra_slots == 2) { memcpy(p, &value, 4); p += 4; }
    return p;
}

RUNTIME_FUNCTION *dwarf_function_entry(DWORD64 pc, DWORD64 base, DWORD size)
{
    struct cfa_state st;
    uint64_t begin, length;
    BYTE codes[2 * 64], *p = codes;
    int frame_reg = 0, x16 = 0, lowest = 0;
    unsigned int slot = (pc >> 4) % CACHE_SIZE;
    RUNTIME_FUNCTION *func = NULL;
    BYTE *mem;

    pthread_mutex_lock(&synth_lock);
    if (cache[slot].pc == pc) func = cache[slot].func;
    pthread_mutex_unlock(&synth_lock);
    if (func) return func;

    if (!cfa_state_at(pc, &st, &begin, &length) || begin < base || begin + length > base + size) return NULL;
    if (st.regs[RA].rule != OFFSET || st.regs[RA].value != -8) return NULL;
    if (st.cfa_reg == 6) frame_reg = 5;                  /* dwarf rbp -> Windows rbp */
    else if (st.cfa_reg != 7) return NULL;
    for (int reg = 0; reg < NREGS; reg++) {
        if (reg == RA || st.regs[reg].rule == SAME) continue;
        if (st.regs[reg].rule != OFFSET) return NULL;
        if (st.cfa_off + st.regs[reg].value < lowest) lowest = st.cfa_off + st.regs[reg].value;
    }
    if (frame_reg) {                                     /* frame = rbp - 16 * x16, below every slot */
        x16 = (-lowest + 15) / 16;
        if (x16 > 15) return NULL;
        p = put_code(p, UWOP_SET_FPREG_CODE, 0, 0, 0);
    } else if (lowest < 0) {
        return NULL;
    }
    for (int reg = 0; reg < NREGS; reg++) {
        DWORD off;
        if (reg == RA || st.regs[reg].rule != OFFSET) continue;
        off = st.cfa_off + st.regs[reg].value + 16 * x16;
        if (reg < 16) p = put_code(p, UWOP_SAVE_NONVOL_FAR_CODE, dwarf_to_ctx[reg], 2, off);
        else p = put_code(p, UWOP_SAVE_XMM128_FAR_CODE, reg - 17, 2, off);
    }
    if (st.cfa_off + 16 * x16 - 8 > 0) p = put_code(p, UWOP_ALLOC_LARGE_CODE, 1, 2, st.cfa_off + 16 * x16 - 8);

    pthread_mutex_lock(&synth_lock);
    if ((mem = arena_alloc(base, size, sizeof(RUNTIME_FUNCTION) + 4 + (p - codes) + 4))) {
        BYTE *info = mem + sizeof(RUNTIME_FUNCTION);
        func = (RUNTIME_FUNCTION *)mem;
        info[0] = 1;                                     /* version 1, no handler */
        info[1] = 0;
        info[2] = (p - codes) / 2;
        info[3] = frame_reg | (x16 << 4);
        memcpy(info + 4, codes, p - codes);
        func->BeginAddress = begin - base;
        func->EndAddress = begin + length - base;
        func->UnwindData = info - (BYTE *)base;
        cache[slot].pc = pc;
        cache[slot].func = func;
    }
    pthread_mutex_unlock(&synth_lock);
    return func;
}
