#!/usr/bin/env python3
"""Generates the committed NLS character tables from Unicode data.

    python3 tools/gen_nls_tables.py      # rewrites the two headers below

dlls/ntdll/casemap_table.h    simple upper/lower case mapping of the BMP
dlls/kernel32/chartype_table.h  GetStringTypeW's CT_CTYPE1/2/3 per character,
                                and canonical decompositions (base letter, mark)

Case pairs come from glibc's towupper_l/towlower_l in C.UTF-8 (simple
mappings). Windows keeps only the mappings that round-trip (u = upper(c)
and lower(u) = c), so titlecase letters, U+0131, U+0130, U+017F, final
sigma and U+1E9E keep their case; mappings outside the BMP are dropped.
Character types come from Python's unicodedata with the Windows
conventions listed in c1()/c3() (symbols outside Latin-1 are not
C1_PUNCT, only TAB/SPACE/NBSP/U+3000/U+FEFF are C1_BLANK, ...).

The build never runs this script: its output is committed, so the build
stays hermetic and does not depend on the host's Unicode version.
"""
import ctypes
import os
import sys
import unicodedata as ud

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def glibc_case():
    libc = ctypes.CDLL("libc.so.6")
    libc.newlocale.restype = ctypes.c_void_p
    libc.newlocale.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p]
    libc.towupper_l.argtypes = [ctypes.c_uint, ctypes.c_void_p]
    libc.towlower_l.argtypes = [ctypes.c_uint, ctypes.c_void_p]
    loc = libc.newlocale(0x1FBF, b"C.UTF-8", None)  # LC_ALL_MASK
    if not loc:
        sys.exit("gen_nls_tables: no C.UTF-8 locale")

    def bmp(f, c):
        r = f(c, loc)
        return c if r > 0xFFFF else r

    up = [bmp(libc.towupper_l, c) for c in range(0x10000)]
    lo = [bmp(libc.towlower_l, c) for c in range(0x10000)]
    upper = [u if lo[u] == c else c for c, u in enumerate(up)]
    lower = [l if up[l] == c else c for c, l in enumerate(lo)]
    for c in range(0xD800, 0xE000):
        upper[c] = lower[c] = c
    return upper, lower


LATIN1_C1 = {0xAA: 0x312, 0xBA: 0x312, 0xB5: 0x312, 0xB2: 0x214, 0xB3: 0x214, 0xB9: 0x214,
             0xBC: 0x210, 0xBD: 0x210, 0xBE: 0x210, 0xAD: 0x230}
BIDI = {"L": 1, "R": 2, "AL": 2, "EN": 3, "ES": 4, "ET": 5, "AN": 6, "CS": 7, "B": 8, "S": 9,
        "WS": 10, "ON": 11, "NSM": 11, "LRE": 11, "RLE": 11, "PDF": 11, "LRO": 11, "RLO": 11,
        "LRI": 11, "RLI": 11, "FSI": 11, "PDI": 11, "BN": 0}


def c1(c, upper, lower):
    ch = chr(c)
    cat = ud.category(ch)
    if c in LATIN1_C1:
        return LATIN1_C1[c]
    if 0xD800 <= c < 0xE000 or cat == "Co":
        return 0x200
    if cat == "Cn":
        return 0
    f = 0x200
    if cat == "Lt":
        f |= 0x103
    elif cat[0] == "L" or cat == "Nl":
        f |= 0x100
        if cat == "Lu" or lower[c] != c:
            f |= 0x1
        if cat == "Ll" or upper[c] != c:
            f |= 0x2
    if cat == "Nd":
        f |= 0x4
    if cat == "Zs" or c in (9, 10, 11, 12, 13, 0x85, 0x2028, 0x2029):
        f |= 0x8
    if c in (9, 0x20, 0xA0, 0x3000, 0xFEFF):
        f |= 0x40
    if cat[0] == "P" or (cat[0] == "S" and c < 0x100):
        f |= 0x10
    if cat in ("Cc", "Cf"):
        f |= 0x20
    if ch in "0123456789abcdefABCDEF" or 0xFF10 <= c <= 0xFF19 or 0xFF21 <= c <= 0xFF26 or 0xFF41 <= c <= 0xFF46:
        f |= 0x80
    return f


def c2(c):
    if 0xD800 <= c < 0xE000:
        return 1
    if ud.category(chr(c)) == "Cn":
        return 0
    return BIDI.get(ud.bidirectional(chr(c)), 0)


def c3(c):
    ch = chr(c)
    cat = ud.category(ch)
    name = ud.name(ch, "")
    width = ud.east_asian_width(ch)
    f = 0
    if 0xD800 <= c < 0xDC00:
        return 0x800
    if 0xDC00 <= c < 0xE000:
        return 0x1000
    if cat == "Cn":
        return 0
    if cat in ("Mn", "Me"):
        f |= 0x1 | (0x4 if "VOWEL" in name else 0x2)
    if cat == "Mc" and "VOWEL" in name:
        f |= 0x4
    if cat == "Sk":
        f |= 0x2
    if cat[0] == "S":
        f |= 0x8
    if 0x30A1 <= c <= 0x30FA or 0xFF66 <= c <= 0xFF9D:
        f |= 0x10
    if 0x3041 <= c <= 0x3096:
        f |= 0x20
    if width in ("H", "Na"):
        f |= 0x40
    if width == "F" or 0x3041 <= c <= 0x30FF:
        f |= 0x80
    if "CJK" in name and "IDEOGRAPH" in name:
        f |= 0x100
    if c == 0x640:
        f |= 0x200
    if cat[0] == "L" or cat == "Nl":
        f |= 0x8000
    d = ud.decomposition(ch)
    if d and not d.startswith("<") and cat[0] == "L" and \
            any(ud.category(chr(int(p, 16))) == "Mn" for p in d.split()):
        f |= 0x3
    return f


def blocks(values, width):
    """Two-level table: 256 block numbers, then the distinct 256-entry blocks."""
    index, uniq = [], []
    for b in range(256):
        blk = tuple(values[b * 256:(b + 1) * 256])
        if blk not in uniq:
            uniq.append(blk)
        index.append(uniq.index(blk))
    return index, uniq


def emit_array(out, ctype, name, rows, per_line=16, fmt="0x%04x"):
    out.append("static const %s %s = {" % (ctype, name))
    for row in rows:
        if isinstance(row, tuple):
            out.append("    {")
            for i in range(0, len(row), per_line):
                out.append("        " + ", ".join(fmt % v for v in row[i:i + per_line]) + ",")
            out.append("    },")
        else:
            out.append("    " + row)
    out.append("};")


def write(path, lines):
    with open(os.path.join(ROOT, path), "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    upper, lower = glibc_case()
    out = ["/* Generated by tools/gen_nls_tables.py from glibc %s and Unicode %s; do not edit. */"
           % (os.confstr("CS_GNU_LIBC_VERSION"), ud.unidata_version),
           "/* value = c + delta (mod 0x10000); see the script for Windows' rules */"]
    for name, table in (("upper", upper), ("lower", lower)):
        deltas = [(m - c) & 0xFFFF for c, m in enumerate(table)]
        index, uniq = blocks(deltas, 16)
        out.append("static const unsigned char case_%s_index[256] = {" % name)
        for i in range(0, 256, 16):
            out.append("    " + ", ".join("%d" % v for v in index[i:i + 16]) + ",")
        out.append("};")
        emit_array(out, "unsigned short", "case_%s_blocks[%d][256]" % (name, len(uniq)), uniq)
    write("dlls/ntdll/casemap_table.h", out)

    records, per_char = [], []
    for c in range(0x10000):
        rec = (c1(c, upper, lower), c2(c), c3(c))
        if rec not in records:
            records.append(rec)
        per_char.append(records.index(rec))
    if len(records) > 0xFFFF:
        sys.exit("gen_nls_tables: too many type records")
    index, uniq = blocks(per_char, 16)
    out = ["/* Generated by tools/gen_nls_tables.py from Unicode %s; do not edit. */" % ud.unidata_version,
           "/* character -> record number (two levels) -> CT_CTYPE1, CT_CTYPE2, CT_CTYPE3 */",
           "static const unsigned char chartype_index[256] = {"]
    for i in range(0, 256, 16):
        out.append("    " + ", ".join("%d" % v for v in index[i:i + 16]) + ",")
    out.append("};")
    ctype = "unsigned char" if len(records) <= 256 else "unsigned short"
    emit_array(out, ctype, "chartype_blocks[%d][256]" % len(uniq), uniq, per_line=32, fmt="%d")
    out.append("static const unsigned short chartype_records[%d][3] = {" % len(records))
    for r in records:
        out.append("    { 0x%04x, %d, 0x%04x }," % r)
    out.append("};")
    out.append("/* canonical decompositions: character, base letter, its first combining mark */")
    decomp = []
    for c in range(0x10000):
        d = ud.decomposition(chr(c))
        if not d or d.startswith("<") or 0xF900 <= c <= 0xFAFF:
            continue
        parts = [int(p, 16) for p in d.split()]
        base = parts[0]
        while ud.decomposition(chr(base)) and not ud.decomposition(chr(base)).startswith("<"):
            base = int(ud.decomposition(chr(base)).split()[0], 16)
        decomp.append((c, base, parts[1] if len(parts) > 1 else 0))
    out.append("static const unsigned short decomp_table[%d][3] = {" % len(decomp))
    for i in range(0, len(decomp), 4):
        out.append("    " + " ".join("{ 0x%04x, 0x%04x, 0x%04x }," % d for d in decomp[i:i + 4]))
    out.append("};")
    write("dlls/kernel32/chartype_table.h", out)


if __name__ == "__main__":
    main()
