/*
 * Code page tables for MultiByteToWideChar and friends, built from glibc's
 * iconv the first time a page is used, so that a program that never
 * converts pays nothing at start-up (1252 costs ~0.1 ms, a DBCS page ~3 ms
 * and 256 KiB). A page is built once; concurrent first users serialise on
 * one mutex and the finished table is published with a release store.
 *
 * glibc leaves some bytes undefined that Windows maps: the C1 range
 * 0x80-0x9f of the 125x/874 pages maps to U+0080-U+009F, 20127 strips the
 * high bit; those fixes are applied here.
 */
#include <errno.h>
#include <iconv.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "nls_private.h"
#include "winbase.h"
#define DEBUG_CHANNEL CH_STRING
#include "winrun/debug.h"

struct page_desc {
    UINT cp;
    const char *iconv_name;
    BYTE dbcs;
    WCHAR unicode_default;
    BYTE lead_ranges[12];
    const WCHAR *name;
};

static const struct page_desc pages[] = {
    { 437, "IBM437", 0, '?', {0}, u"437   (OEM - United States)" },
    { 850, "IBM850", 0, '?', {0}, u"850   (OEM - Multilingual Latin I)" },
    { 874, "CP874", 0, '?', {0}, u"874   (ANSI/OEM - Thai)" },
    { 932, "CP932", 1, 0x30fb, {0x81, 0x9f, 0xe0, 0xfc}, u"932   (ANSI/OEM - Japanese Shift-JIS)" },
    { 936, "CP936", 1, '?', {0x81, 0xfe}, u"936   (ANSI/OEM - Simplified Chinese GBK)" },
    { 949, "CP949", 1, '?', {0x81, 0xfe}, u"949   (ANSI/OEM - Korean)" },
    { 950, "CP950", 1, '?', {0x81, 0xfe}, u"950   (ANSI/OEM - Traditional Chinese Big5)" },
    { 1250, "CP1250", 0, '?', {0}, u"1250  (ANSI - Central Europe)" },
    { 1251, "CP1251", 0, '?', {0}, u"1251  (ANSI - Cyrillic)" },
    { 1252, "CP1252", 0, '?', {0}, u"1252  (ANSI - Latin I)" },
    { 1253, "CP1253", 0, '?', {0}, u"1253  (ANSI - Greek)" },
    { 1254, "CP1254", 0, '?', {0}, u"1254  (ANSI - Turkish)" },
    { 1255, "CP1255", 0, '?', {0}, u"1255  (ANSI - Hebrew)" },
    { 1256, "CP1256", 0, '?', {0}, u"1256  (ANSI - Arabic)" },
    { 1257, "CP1257", 0, '?', {0}, u"1257  (ANSI - Baltic)" },
    { 1258, "CP1258", 0, '?', {0}, u"1258  (ANSI/OEM - Viet Nam)" },
    { 20127, NULL, 0, '?', {0}, u"20127 (US-ASCII)" },
    { 28591, "ISO-8859-1", 0, '?', {0}, u"28591 (ISO 8859-1 Latin I)" },
};
#define PAGE_COUNT (sizeof(pages) / sizeof(pages[0]))

static struct codepage *built[PAGE_COUNT];
static BYTE failed[PAGE_COUNT];
static pthread_mutex_t build_lock = PTHREAD_MUTEX_INITIALIZER;

/* One character of LEN bytes through iconv; 0 if undefined. */
static WCHAR iconv_one(iconv_t cd, const BYTE *bytes, size_t len)
{
    WCHAR out[2];
    char *in = (char *)bytes, *o = (char *)out;
    size_t inleft = len, outleft = sizeof(out);

    iconv(cd, NULL, NULL, NULL, NULL);
    if (iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1 || inleft) return 0;
    /* CP1255/CP1258 hold a base letter back, waiting for a combining mark */
    if (iconv(cd, NULL, NULL, &o, &outleft) == (size_t)-1 || outleft != sizeof(WCHAR)) return 0;
    return out[0];
}

static void fill_sbcs(struct codepage *t, const struct page_desc *d, iconv_t cd)
{
    for (int b = 0; b < 256; b++) {
        BYTE byte = b;
        WCHAR w = cd == (iconv_t)-1 ? (b < 0x80 ? b : b & 0x7f) : iconv_one(cd, &byte, 1);
        if (b && !w) {
            if (b >= 0x80 && b < 0xa0) w = b;          /* Windows keeps C1 controls */
            else if (d->cp == 1255 && b == 0xca) w = 0x05ba;
            else { w = d->unicode_default; t->invalid[b] = 1; }
        }
        /* a byte that yields the default character only by accident (20127's
         * 0xbf) counts as undefined too, as on Windows */
        if (w == d->unicode_default && b != t->default_char[0]) t->invalid[b] = 1;
        t->to_unicode[b] = w;
    }
}

static BOOL fill_dbcs(struct codepage *t, const struct page_desc *d, iconv_t cd)
{
    WCHAR *dbcs = calloc(0x10000, sizeof(WCHAR));
    if (!dbcs) return FALSE;
    for (int b = 0; b < 256; b++) {
        BYTE byte = b;
        WCHAR w;
        if (codepage_is_lead(t, b)) continue;
        w = iconv_one(cd, &byte, 1);
        if (b && !w) { w = d->unicode_default; t->invalid[b] = 1; }
        t->to_unicode[b] = w;
    }
    for (int lead = 0x81; lead < 0x100; lead++) {
        if (!codepage_is_lead(t, lead)) continue;
        for (int trail = 0x40; trail < 0xff; trail++) {
            BYTE pair[2] = { lead, trail };
            dbcs[lead << 8 | trail] = iconv_one(cd, pair, 2);
        }
    }
    t->dbcs = dbcs;
    return TRUE;
}

/* Reverse table: the first byte sequence that maps to each character,
 * single bytes before pairs, so only round-trip mappings are kept. */
static BOOL fill_from_unicode(struct codepage *t)
{
    unsigned short *rev = calloc(0x10000, sizeof(unsigned short));
    if (!rev) return FALSE;
    for (int b = 255; b > 0; b--)
        if (!t->invalid[b] && !codepage_is_lead(t, b)) rev[t->to_unicode[b]] = b;
    if (t->dbcs)
        for (int i = 0xffff; i >= 0x8100; i--) {
            WCHAR w = t->dbcs[i];
            if (w && w != t->unicode_default && !rev[w]) rev[w] = i;
        }
    rev[0] = 0;
    t->from_unicode = rev;
    return TRUE;
}

static struct codepage *build(const struct page_desc *d)
{
    struct codepage *t = calloc(1, sizeof(*t));
    iconv_t cd = (iconv_t)-1;
    BOOL ok;

    if (!t) return NULL;
    t->cp = d->cp;
    t->max_char_size = d->dbcs ? 2 : 1;
    t->default_char[0] = '?';
    t->unicode_default = d->unicode_default;
    memcpy(t->lead_ranges, d->lead_ranges, sizeof(t->lead_ranges));
    t->name = d->name;
    if (d->iconv_name && (cd = iconv_open("UTF-16LE", d->iconv_name)) == (iconv_t)-1) {
        WARN("iconv has no %s: code page %u unavailable\n", d->iconv_name, d->cp);
        free(t);
        return NULL;
    }
    if (d->dbcs) ok = fill_dbcs(t, d, cd);
    else { fill_sbcs(t, d, cd); ok = TRUE; }
    if (cd != (iconv_t)-1) iconv_close(cd);
    if (ok) ok = fill_from_unicode(t);
    if (!ok) {
        free((void *)t->dbcs);
        free(t);
        return NULL;
    }
    TRACE("built code page %u\n", d->cp);
    return t;
}

BOOL codepage_is_lead(const struct codepage *t, BYTE c)
{
    for (int i = 0; i < 12 && t->lead_ranges[i]; i += 2)
        if (c >= t->lead_ranges[i] && c <= t->lead_ranges[i + 1]) return TRUE;
    return FALSE;
}

/* Every page of the table maps 0x00-0x7f to U+0000-U+007F and back, as on
 * Windows; that lets ASCII text skip building the table (codepage.c). */
BOOL codepage_is_ascii_compatible(UINT cp)
{
    for (size_t i = 0; i < PAGE_COUNT; i++) if (pages[i].cp == cp) return TRUE;
    return FALSE;
}

const struct codepage *codepage_get(UINT cp)
{
    struct codepage *t;
    size_t i;

    for (i = 0; i < PAGE_COUNT; i++) if (pages[i].cp == cp) break;
    if (i == PAGE_COUNT) return NULL;
    if ((t = __atomic_load_n(&built[i], __ATOMIC_ACQUIRE))) return t;
    pthread_mutex_lock(&build_lock);
    if (!(t = built[i]) && !failed[i]) {
        if ((t = build(&pages[i]))) __atomic_store_n(&built[i], t, __ATOMIC_RELEASE);
        else failed[i] = 1;
    }
    pthread_mutex_unlock(&build_lock);
    return t;
}
