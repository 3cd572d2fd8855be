/*
 * One step out of an ELF function (builtin DLLs, libc) by its DWARF call
 * frame information, for walks that start in winrun's own code and must
 * reach the Windows caller. libgcc finds the FDE (_Unwind_Find_FDE, over
 * .eh_frame_hdr); the CFA program is run here, because the ms_abi
 * functions of the builtins save xmm6-15 and say so in their CFI, which
 * libunwind cannot step through; here those become the CONTEXT's Xmm6-15.
 * Expressions (used by PLT stubs and signal frames only) end the walk.
 */
#include <stdint.h>
#include <string.h>
#include "exception.h"
#define DEBUG_CHANNEL CH_SEH
#include "winrun/debug.h"

struct dwarf_eh_bases { void *tbase, *dbase, *func; };
extern const void *_Unwind_Find_FDE(void *pc, struct dwarf_eh_bases *bases);

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

BOOL dwarf_unwind_step(CONTEXT *ctx, BOOL fault)
{
    struct dwarf_eh_bases bases;
    struct cfa_state initial, st;
    const BYTE *fde, *cie, *p, *aug, *end;
    uint64_t code_align, target, cfa;
    int64_t data_align;
    BYTE fde_enc = 0, ra_reg, version;
    BOOL has_z = FALSE, signal_frame = FALSE;
    DWORD len, cie_off;
    CONTEXT out;

    target = fault ? ctx->Rip : ctx->Rip - 1;
    if (!(fde = _Unwind_Find_FDE((void *)target, &bases))) return FALSE;
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

    /* the FDE: skip its address range, then its augmentation data */
    p = fde + 8;
    read_encoded(&p, fde_enc, &bases);
    read_encoded(&p, fde_enc & 0x0f, &bases);
    if (has_z) { uint64_t n = uleb(&p); p += n; }
    st = initial;
    if (!run_cfa(p, fde + 4 + len, (uint64_t)bases.func, target, code_align, data_align, fde_enc, &bases, &st,
                 &initial))
        return FALSE;

    if (st.cfa_reg >= 16 || st.regs[RA].rule == UNDEFINED) return FALSE;
    cfa = *ctx_reg(ctx, st.cfa_reg) + st.cfa_off;
    out = *ctx;
    for (int reg = 0; reg < NREGS; reg++) {
        uint64_t value;
        switch (st.regs[reg].rule) {
        case OFFSET:
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
