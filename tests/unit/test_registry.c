/* The registry store (server/registry*.c): tree, text format, saving. */
#define _GNU_SOURCE
#include <check.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <dirent.h>
#include <unistd.h>
#include "../../server/registry.h"
#include "winrun/unicode.h"

static struct reg_key *create(struct reg_key *base, const WCHAR *path)
{
    struct reg_key *key;
    ck_assert_int_eq(reg_key_create(base, path, -1, 0, &key, NULL), STATUS_SUCCESS);
    return key;
}

static void set_sz(struct reg_key *key, const WCHAR *name, DWORD type, const WCHAR *s)
{
    ck_assert_int_eq(reg_value_set(key, name, type, s, (wcs_len(s) + 1) * sizeof(WCHAR)), STATUS_SUCCESS);
}

/* Two trees hold the same keys (same order, same names) and values. */
static void assert_same_tree(const struct reg_key *a, const struct reg_key *b)
{
    struct reg_key_info ia, ib;
    ck_assert_int_eq(reg_key_query_info(a, &ia), 0);
    ck_assert_int_eq(reg_key_query_info(b, &ib), 0);
    ck_assert_uint_eq(ia.values, ib.values);
    ck_assert_uint_eq(ia.subkeys, ib.subkeys);
    for (DWORD i = 0; i < ia.values; i++) {
        const struct reg_value *va, *vb;
        ck_assert_int_eq(reg_key_enum_value(a, i, &va), 0);
        ck_assert_int_eq(reg_key_enum_value(b, i, &vb), 0);
        ck_assert_int_eq(wcs_cmp(va->name, vb->name), 0);
        ck_assert_uint_eq(va->type, vb->type);
        ck_assert_uint_eq(va->size, vb->size);
        if (va->size) ck_assert_int_eq(memcmp(va->data, vb->data, va->size), 0);
    }
    for (DWORD i = 0; i < ia.subkeys; i++) {
        struct reg_key *sa, *sb;
        ck_assert_int_eq(reg_key_enum_subkey(a, i, &sa), 0);
        ck_assert_int_eq(reg_key_enum_subkey(b, i, &sb), 0);
        ck_assert_int_eq(wcs_cmp(reg_key_name(sa), reg_key_name(sb)), 0);
        assert_same_tree(sa, sb);
    }
}

static NTSTATUS import_one(struct reg_key *root, const char *text, struct reg_error *err)
{
    struct reg_root_name r = { "HKEY_LOCAL_MACHINE", "HKLM", root };
    return reg_import_text(text, strlen(text), &r, 1, err);
}

START_TEST(round_trip_every_type)
{
    struct reg_key *root = reg_root_new(), *copy = reg_root_new(), *key;
    struct reg_root_name r = { "HKEY_LOCAL_MACHINE", "HKLM", copy };
    struct reg_error err;
    static const BYTE big[200] = { 1, 2, 3, 0xff };
    static const WCHAR odd_sz[] = { 'a', 0, 'b', 0 };           /* a NUL inside */
    static const WCHAR unterminated[] = { 'x', 'y' };
    static const WCHAR lone_surrogate[] = { 'a', 0xd800, 0 };
    static const WCHAR multi[] = u"one\0two\0";
    DWORD d = 0x12345678, be = 0x78563412;
    ULONGLONG q = 0x0123456789abcdefULL;
    char *text, *text2;
    size_t len, len2;

    key = create(root, u"Software\\Tést\\Sub Key");
    set_sz(key, NULL, REG_SZ, u"the default");
    set_sz(key, u"escapes \"\\", REG_SZ, u"quote\" backslash\\ cr\r lf\n tab\t end");
    set_sz(key, u"unicode", REG_SZ, u"é€\U0001F600");
    set_sz(key, u"expand", REG_EXPAND_SZ, u"%SystemRoot%\\x");
    ck_assert_int_eq(reg_value_set(key, u"multi", REG_MULTI_SZ, multi, sizeof(multi)), 0);
    ck_assert_int_eq(reg_value_set(key, u"binary", REG_BINARY, big, sizeof(big)), 0);
    ck_assert_int_eq(reg_value_set(key, u"dword", REG_DWORD, &d, 4), 0);
    ck_assert_int_eq(reg_value_set(key, u"short dword", REG_DWORD, &d, 3), 0);
    ck_assert_int_eq(reg_value_set(key, u"big endian", REG_DWORD_BIG_ENDIAN, &be, 4), 0);
    ck_assert_int_eq(reg_value_set(key, u"qword", REG_QWORD, &q, 8), 0);
    set_sz(key, u"link", REG_LINK, u"\\Registry\\Machine\\Software");
    ck_assert_int_eq(reg_value_set(key, u"none", REG_NONE, NULL, 0), 0);
    ck_assert_int_eq(reg_value_set(key, u"empty sz", REG_SZ, NULL, 0), 0);
    ck_assert_int_eq(reg_value_set(key, u"odd sz", REG_SZ, odd_sz, sizeof(odd_sz)), 0);
    ck_assert_int_eq(reg_value_set(key, u"odd size", REG_SZ, "abc", 3), 0);
    ck_assert_int_eq(reg_value_set(key, u"unterminated", REG_SZ, unterminated, sizeof(unterminated)), 0);
    ck_assert_int_eq(reg_value_set(key, u"surrogate", REG_SZ, lone_surrogate, sizeof(lone_surrogate)), 0);
    ck_assert_int_eq(reg_value_set(key, u"type 0x12345678", 0x12345678, "xyz", 3), 0);
    reg_key_release(key);
    reg_key_release(create(root, u"Software\\Empty"));

    text = reg_export_text(root, "HKEY_LOCAL_MACHINE", 1, &len);
    ck_assert_ptr_nonnull(text);
    ck_assert_msg(!strncmp(text, "REGEDIT4\n\n[HKEY_LOCAL_MACHINE]\n", 31), "%s", text);
    ck_assert_ptr_nonnull(strstr(text, "@=\"the default\"\n"));
    ck_assert_ptr_nonnull(strstr(text, "\"escapes \\\"\\\\\"=\"quote\\\" backslash\\\\ cr\\r lf\\n tab\t end\"\n"));
    ck_assert_ptr_nonnull(strstr(text, "\"dword\"=dword:12345678\n"));
    ck_assert_ptr_nonnull(strstr(text, "\"qword\"=hex(b):ef,cd,ab,89,67,45,23,01\n"));
    ck_assert_ptr_nonnull(strstr(text, "\"expand\"=hex(2):25,00,53,00"));
    ck_assert_ptr_nonnull(strstr(text, "\"none\"=hex(0):\n"));
    ck_assert_ptr_nonnull(strstr(text, "\"odd sz\"=hex(1):61,00,00,00,62,00,00,00\n"));
    ck_assert_ptr_nonnull(strstr(text, "\"type 0x12345678\"=hex(12345678):78,79,7a\n"));
    ck_assert_ptr_nonnull(strstr(text, "\"unicode\"=\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"\n"));
    /* long hex data wraps with "\" and lines stay within 80 columns */
    for (char *l = text; *l; ) {
        char *e = strchr(l, '\n');
        ck_assert_int_le(e - l, 80);
        l = e + 1;
    }
    ck_assert_ptr_nonnull(strstr(text, ",\\\n  "));

    ck_assert_int_eq(reg_import_text(text, len, &r, 1, &err), STATUS_SUCCESS);
    assert_same_tree(root, copy);
    text2 = reg_export_text(copy, "HKEY_LOCAL_MACHINE", 1, &len2);
    ck_assert_str_eq(text, text2);
    free(text);
    free(text2);
    reg_key_release(root);
    reg_key_release(copy);
}
END_TEST

START_TEST(reads_what_regedit_writes)
{
    /* CRLF, comments, abbreviations, case, spaces, continuation lines,
     * a value deleted and a key deleted */
    static const char text[] =
        "REGEDIT4\r\n\r\n; a comment\r\n[hklm\\Software\\A]\r\n"
        "\"s\" = \"v\"   ; trailing comment\r\n@=\"def\"\r\n"
        "\"h\"=hex:01,02,\\\r\n   03,\\\r\n  04\r\n"
        "\"e\"=hex(2):41,00,00,00\r\n\"gone\"=\"x\"\r\n\"gone\"=-\r\n"
        "[HKEY_LOCAL_MACHINE\\Software\\B\\C]\r\n[-HKEY_LOCAL_MACHINE\\Software\\B]\r\n"
        "[HKEY_LOCAL_MACHINE\\Software\\Missing]\r\n\"d\"=DWORD:A\r\n";
    struct reg_key *root = reg_root_new(), *key;
    const struct reg_value *v;
    struct reg_error err;

    ck_assert_int_eq(import_one(root, text, &err), STATUS_SUCCESS);
    ck_assert_int_eq(reg_key_open(root, u"software\\a", -1, &key), 0);
    ck_assert_int_eq(reg_value_get(key, u"S", &v), 0);
    ck_assert_uint_eq(v->type, REG_SZ);
    ck_assert_int_eq(memcmp(v->data, u"v", 4), 0);
    ck_assert_int_eq(reg_value_get(key, u"", &v), 0);
    ck_assert_int_eq(memcmp(v->data, u"def", 8), 0);
    ck_assert_int_eq(reg_value_get(key, u"h", &v), 0);
    ck_assert_uint_eq(v->size, 4);
    ck_assert_int_eq(memcmp(v->data, "\1\2\3\4", 4), 0);
    ck_assert_int_eq(reg_value_get(key, u"e", &v), 0);
    ck_assert_uint_eq(v->type, REG_EXPAND_SZ);
    ck_assert_int_eq(memcmp(v->data, u"A", 4), 0);
    ck_assert_int_eq(reg_value_get(key, u"gone", &v), STATUS_OBJECT_NAME_NOT_FOUND);
    reg_key_release(key);
    ck_assert_int_eq(reg_key_open(root, u"Software\\B", -1, &key), STATUS_OBJECT_NAME_NOT_FOUND);
    ck_assert_int_eq(reg_key_open(root, u"Software\\Missing", -1, &key), 0);
    ck_assert_int_eq(reg_value_get(key, u"d", &v), 0);
    ck_assert_uint_eq(v->type, REG_DWORD);
    ck_assert_uint_eq(*(DWORD *)v->data, 10);
    reg_key_release(key);
    reg_key_release(root);
}
END_TEST

START_TEST(reads_utf16_files)
{
    static const char utf8[] = "Windows Registry Editor Version 5.00\r\n\r\n[HKLM\\X]\r\n\"n\"=\"\xc3\xa9\"\r\n";
    WCHAR w[128];
    char bytes[260];
    int n = utf8_to_utf16(utf8, sizeof(utf8) - 1, w, 128);
    struct reg_key *root = reg_root_new(), *key;
    struct reg_root_name r = { "HKEY_LOCAL_MACHINE", "HKLM", root };
    const struct reg_value *v;
    struct reg_error err;

    bytes[0] = (char)0xff;
    bytes[1] = (char)0xfe;
    memcpy(bytes + 2, w, n * 2);
    ck_assert_int_eq(reg_import_text(bytes, 2 + n * 2, &r, 1, &err), STATUS_SUCCESS);
    ck_assert_int_eq(reg_key_open(root, u"x", -1, &key), 0);
    ck_assert_int_eq(reg_value_get(key, u"N", &v), 0);
    ck_assert_int_eq(memcmp(v->data, u"é", 4), 0);
    reg_key_release(key);
    reg_key_release(root);
}
END_TEST

START_TEST(corrupt_files_rejected_with_line)
{
    static const struct { const char *text; unsigned line; const char *reason; } cases[] = {
        { "", 1, "not a registry file" },
        { "REGEDIT5\n", 1, "not a registry file" },
        { "REGEDIT4\n\"a\"=\"b\"\n", 2, "outside of a [key]" },
        { "REGEDIT4\n[HKLM\\A]\n\"a\"=\"b\n", 3, "closing '\"'" },
        { "REGEDIT4\n[HKLM\\A\n", 2, "closing ']'" },
        { "REGEDIT4\n\n[HKCU\\A]\n", 3, "unknown or unexpected root" },
        { "REGEDIT4\n[HKLM\\A]\n\"a\"=dword:123456789\n", 3, "bad dword" },
        { "REGEDIT4\n[HKLM\\A]\n\"a\"=dword:xyz\n", 3, "bad dword" },
        { "REGEDIT4\n[HKLM\\A]\n\"a\"=hex:01,zz\n", 3, "bad hex data" },
        { "REGEDIT4\n[HKLM\\A]\n\"a\"=hex:01,\n", 3, "bad hex data" },
        { "REGEDIT4\n[HKLM\\A]\n\"a\"=hex(q):01\n", 3, "hex(N)" },
        { "REGEDIT4\n[HKLM\\A]\n\"a\"=hex:01,\\\n", 3, "past the end" },
        { "REGEDIT4\n[HKLM\\A]\n\"a\"=str:\"x\"\n", 3, "unknown data" },
        { "REGEDIT4\n[HKLM\\A]\n\"a\"\"b\"\n", 3, "expected '='" },
        { "REGEDIT4\n[HKLM\\A]\ngarbage\n", 3, "unexpected text" },
        { "REGEDIT4\n[HKLM\\A\\\\B]\n", 2, "empty key name" },
        { "REGEDIT4\n[-HKLM]\n", 2, "cannot be deleted" },
        { "REGEDIT4\n[-HKLM\\A]\n\"a\"=\"b\"\n", 3, "[-key] section" },
        { "REGEDIT4\n[HKLM\\A]\n\"a\"=\"b\" x\n", 3, "after the closing" },
        { "REGEDIT4\n[HKLM\\A]\n\"a\"=\"\xff\"\n", 3, "not UTF-8" },
        { "REGEDIT4\n[HKLM\\A]\n\n\n\"a\"=\"b\\0\"\n", 5, "\\0" },
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct reg_key *root = reg_root_new(), *key;
        struct reg_error err;
        ck_assert_msg(import_one(root, cases[i].text, &err) != STATUS_SUCCESS, "case %zu accepted", i);
        ck_assert_msg(err.line == cases[i].line, "case %zu: line %u, not %u (%s)", i, err.line, cases[i].line,
                      err.reason);
        ck_assert_msg(strstr(err.reason, cases[i].reason), "case %zu: reason '%s'", i, err.reason);
        /* nothing of a rejected text is applied */
        ck_assert_int_eq(reg_key_open(root, u"A", -1, &key), STATUS_OBJECT_NAME_NOT_FOUND);
        ck_assert_uint_eq(reg_root_changes(root), 0);
        reg_key_release(root);
    }
}
END_TEST

START_TEST(case_insensitive_names)
{
    struct reg_key *root = reg_root_new(), *a, *b;
    const struct reg_value *v;
    int created = -1;

    a = create(root, u"Software\\MyKey\\ÄÖ");
    ck_assert_int_eq(reg_key_create(root, u"SOFTWARE\\mykey\\äö", -1, 0, &b, &created), 0);
    ck_assert_int_eq(created, 0);
    ck_assert_ptr_eq(a, b);
    ck_assert_int_eq(wcs_cmp(reg_key_name(b), u"ÄÖ"), 0);   /* the name keeps its first spelling */
    reg_key_release(b);
    ck_assert_int_eq(reg_key_open(root, u"software\\MYKEY\\äÖ\\", -1, &b), 0);   /* one trailing '\' is fine */
    ck_assert_ptr_eq(a, b);
    reg_key_release(b);
    ck_assert_int_eq(reg_key_open(root, u"\\software", -1, &b), STATUS_OBJECT_NAME_INVALID);
    ck_assert_int_eq(reg_key_open(root, u"software\\\\mykey", -1, &b), STATUS_OBJECT_NAME_INVALID);
    ck_assert_int_eq(reg_key_open(root, u"softwar", -1, &b), STATUS_OBJECT_NAME_NOT_FOUND);
    /* ß has no simple upper case: it matches only itself */
    reg_key_release(create(root, u"straße"));
    ck_assert_int_eq(reg_key_open(root, u"STRASSE", -1, &b), STATUS_OBJECT_NAME_NOT_FOUND);
    ck_assert_int_eq(reg_key_open(root, u"STRAßE", -1, &b), 0);
    reg_key_release(b);

    set_sz(a, u"Value", REG_SZ, u"1");
    set_sz(a, u"VALUE", REG_SZ, u"2");   /* the same value */
    ck_assert_int_eq(reg_value_get(a, u"value", &v), 0);
    ck_assert_int_eq(wcs_cmp(v->name, u"Value"), 0);
    ck_assert_int_eq(memcmp(v->data, u"2", 4), 0);
    ck_assert_int_eq(reg_value_delete(a, u"vAlUe"), 0);
    ck_assert_int_eq(reg_value_get(a, u"value", &v), STATUS_OBJECT_NAME_NOT_FOUND);
    reg_key_release(a);
    reg_key_release(root);
}
END_TEST

START_TEST(enumeration_order)
{
    static const WCHAR *const names[] = { u"b", u"_x", u"A", u"c", u"a1", u"B2" };
    static const WCHAR *const sorted[] = { u"A", u"a1", u"b", u"B2", u"c", u"_x" };   /* '_' > 'Z' */
    struct reg_key *root = reg_root_new(), *sub;
    const struct reg_value *v;
    for (size_t i = 0; i < 6; i++) {
        reg_key_release(create(root, names[i]));
        set_sz(root, names[i], REG_SZ, u"");
    }
    for (DWORD i = 0; i < 6; i++) {
        ck_assert_int_eq(reg_key_enum_subkey(root, i, &sub), 0);
        ck_assert_int_eq(wcs_cmp(reg_key_name(sub), sorted[i]), 0);
        ck_assert_int_eq(reg_key_enum_value(root, i, &v), 0);   /* values: in creation order */
        ck_assert_int_eq(wcs_cmp(v->name, names[i]), 0);
    }
    ck_assert_int_eq(reg_key_enum_subkey(root, 6, &sub), STATUS_NO_MORE_ENTRIES);
    ck_assert_int_eq(reg_key_enum_value(root, 6, &v), STATUS_NO_MORE_ENTRIES);
    reg_key_release(root);
}
END_TEST

/* HKEY_CLASSES_ROOT's merged view: TOP's names hide BASE's, subkeys in
 * order, TOP's values first, counts as the enumeration. */
START_TEST(merged_view)
{
    static const WCHAR *const top_keys[] = { u"b", u"D" }, *const base_keys[] = { u"B", u"a", u"c" };
    static const WCHAR *const merged[] = { u"a", u"b", u"c", u"D" };
    struct reg_key *top = reg_root_new(), *base = reg_root_new(), *sub;
    const struct reg_value *v;
    struct reg_key_info info;

    for (size_t i = 0; i < 2; i++) reg_key_release(create(top, top_keys[i]));
    for (size_t i = 0; i < 3; i++) reg_key_release(create(base, base_keys[i]));
    set_sz(top, u"x", REG_SZ, u"top");
    set_sz(base, u"y", REG_SZ, u"base");
    set_sz(base, u"X", REG_SZ, u"hidden");
    for (DWORD i = 0; i < 4; i++) {
        ck_assert_int_eq(reg_merged_enum_subkey(top, base, i, &sub), 0);
        ck_assert_int_eq(wcs_cmp(reg_key_name(sub), merged[i]), 0);
    }
    ck_assert_int_eq(reg_merged_enum_subkey(top, base, 1, &sub), 0);
    ck_assert_ptr_eq(reg_key_parent(sub), top);   /* "b" of both is TOP's */
    ck_assert_int_eq(reg_merged_enum_subkey(top, base, 4, &sub), STATUS_NO_MORE_ENTRIES);
    ck_assert_int_eq(reg_merged_enum_value(top, base, 0, &v), 0);
    ck_assert_int_eq(wcs_cmp(v->name, u"x"), 0);
    ck_assert_int_eq(reg_merged_enum_value(top, base, 1, &v), 0);
    ck_assert_int_eq(wcs_cmp(v->name, u"y"), 0);
    ck_assert_int_eq(reg_merged_enum_value(top, base, 2, &v), STATUS_NO_MORE_ENTRIES);
    ck_assert_int_eq(reg_merged_value_get(top, base, u"X", &v), 0);
    ck_assert_int_eq(wcs_cmp((const WCHAR *)v->data, u"top"), 0);
    ck_assert_int_eq(reg_merged_query_info(top, base, &info), 0);
    ck_assert_uint_eq(info.subkeys, 4);
    ck_assert_uint_eq(info.values, 2);
    reg_key_release(top);
    reg_key_release(base);
}
END_TEST

/* A root named by several components (HKEY_USERS\.DEFAULT) reads back. */
START_TEST(multi_component_root)
{
    struct reg_key *root = reg_root_new(), *key;
    struct reg_root_name r = { "HKEY_USERS\\.DEFAULT", "HKU\\.DEFAULT", root };
    struct reg_error err;
    static const char text[] = "REGEDIT4\n\n[HKEY_USERS\\.DEFAULT\\Software\\A]\n\"v\"=\"1\"\n\n"
                               "[HKU\\.DEFAULT\\Software\\B]\n";
    ck_assert_int_eq(reg_import_text(text, strlen(text), &r, 1, &err), 0);
    ck_assert_int_eq(reg_key_open(root, u"Software\\A", -1, &key), 0);
    reg_key_release(key);
    ck_assert_int_eq(reg_key_open(root, u"Software\\B", -1, &key), 0);
    reg_key_release(key);
    static const char other[] = "REGEDIT4\n\n[HKEY_USERS\\Other]\n";   /* not this root */
    ck_assert_int_ne(reg_import_text(other, strlen(other), &r, 1, &err), 0);
    ck_assert_int_ne(strstr(err.reason, "root") != NULL, 0);
    reg_key_release(root);
}
END_TEST

START_TEST(delete_semantics)
{
    struct reg_key *root = reg_root_new(), *a, *b, *c;
    const struct reg_value *v;
    a = create(root, u"a");
    b = create(root, u"a\\b");
    c = create(root, u"a\\b\\c");
    set_sz(c, u"v", REG_SZ, u"x");
    ck_assert_int_eq(reg_key_delete(a), STATUS_CANNOT_DELETE);
    ck_assert_int_eq(reg_key_delete(root), STATUS_ACCESS_DENIED);
    ck_assert_int_eq(reg_value_delete(a, u"nothing"), STATUS_OBJECT_NAME_NOT_FOUND);
    ck_assert_int_eq(reg_key_delete(c), 0);
    /* the handle stays usable and says the key is gone */
    ck_assert_int_eq(reg_key_is_deleted(c), 1);
    ck_assert_int_eq(reg_value_get(c, u"v", &v), STATUS_KEY_DELETED);
    ck_assert_int_eq(reg_value_set(c, u"v", REG_SZ, NULL, 0), STATUS_KEY_DELETED);
    ck_assert_int_eq(reg_key_delete(c), STATUS_KEY_DELETED);
    reg_key_release(c);
    c = create(root, u"a\\b\\c");
    reg_key_release(c);
    set_sz(b, u"v", REG_SZ, u"x");
    ck_assert_int_eq(reg_key_delete_tree(a), 0);   /* below a goes; a stays */
    ck_assert_int_eq(reg_key_is_deleted(a), 0);
    ck_assert_int_eq(reg_key_is_deleted(b), 1);
    ck_assert_int_eq(reg_key_open(root, u"a\\b", -1, &c), STATUS_OBJECT_NAME_NOT_FOUND);
    ck_assert_int_eq(reg_key_delete(a), 0);
    ck_assert_int_eq(reg_key_open(root, u"a", -1, &c), STATUS_OBJECT_NAME_NOT_FOUND);
    reg_key_release(b);
    reg_key_release(a);
    reg_key_release(root);
}
END_TEST

START_TEST(info_limits_and_times)
{
    struct reg_key *root = reg_root_new(), *k, *sub;
    struct reg_key_info info;
    WCHAR long_name[300];
    int created;
    BYTE data[77] = { 0 };
    ULONGLONG before;

    k = create(root, u"k");
    reg_key_set_time(k, 1);
    reg_key_release(create(k, u"abc"));
    ck_assert_uint_gt(reg_key_last_write(k), 1);   /* a new subkey changes the parent's time */
    reg_key_release(create(k, u"abcdefg"));
    set_sz(k, u"vv", REG_SZ, u"12345");
    ck_assert_int_eq(reg_value_set(k, u"", REG_BINARY, data, sizeof(data)), 0);
    reg_key_set_time(k, 5);
    before = reg_now();
    set_sz(k, u"x", REG_SZ, u"");
    ck_assert_int_eq(reg_key_query_info(k, &info), 0);
    ck_assert_uint_eq(info.subkeys, 2);
    ck_assert_uint_eq(info.max_subkey_name, 14);
    ck_assert_uint_eq(info.values, 3);
    ck_assert_uint_eq(info.max_value_name, 4);
    ck_assert_uint_eq(info.max_value_data, 77);
    ck_assert_uint_ge(info.last_write, before);
    /* FILETIME of 2020 onwards */
    ck_assert_uint_gt(info.last_write, 132223104000000000ULL);
    reg_key_release(k);

    for (int i = 0; i < 256; i++) long_name[i] = 'n';
    long_name[256] = 0;
    ck_assert_int_eq(reg_key_create(root, long_name, -1, 0, &sub, &created), STATUS_INVALID_PARAMETER);
    long_name[255] = 0;
    ck_assert_int_eq(reg_key_create(root, long_name, -1, 0, &sub, &created), 0);
    ck_assert_int_eq(created, 1);
    reg_key_release(sub);

    /* volatile keys: not below a non-volatile one, never saved */
    ck_assert_int_eq(reg_key_create(root, u"vol", -1, 1, &sub, &created), 0);
    ck_assert_int_eq(reg_key_create(sub, u"child", -1, 0, &k, &created), STATUS_CHILD_MUST_BE_VOLATILE);
    reg_key_release(sub);
    {
        char *text = reg_export_text(root, "HKEY_LOCAL_MACHINE", 1, NULL);
        ck_assert_ptr_null(strstr(text, "vol"));
        free(text);
    }
    reg_key_release(root);
}
END_TEST

START_TEST(defaults_content)
{
    struct reg_key *m = reg_root_new(), *u = reg_root_new(), *k, *copy = reg_root_new();
    struct reg_root_name r = { "HKEY_CURRENT_USER", "HKCU", copy };
    const struct reg_value *v;
    struct reg_error err;
    size_t len;
    char *text;

    ck_assert_int_eq(reg_add_defaults(m, u, "alice"), 0);
    ck_assert_int_eq(reg_key_open(m, u"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", -1, &k), 0);
    ck_assert_int_eq(reg_value_get(k, u"ProductName", &v), 0);
    ck_assert_int_eq(wcs_cmp((const WCHAR *)v->data, u"Windows 10 Pro"), 0);
    ck_assert_int_eq(reg_value_get(k, u"CurrentBuildNumber", &v), 0);
    ck_assert_int_eq(wcs_cmp((const WCHAR *)v->data, u"19045"), 0);
    ck_assert_int_eq(reg_value_get(k, u"CurrentMajorVersionNumber", &v), 0);
    ck_assert_uint_eq(v->type, REG_DWORD);
    ck_assert_uint_eq(*(DWORD *)v->data, 10);
    reg_key_release(k);
    ck_assert_int_eq(reg_key_open(u, u"Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\Shell Folders", -1, &k), 0);
    ck_assert_int_eq(reg_value_get(k, u"AppData", &v), 0);
    ck_assert_int_eq(wcs_cmp((const WCHAR *)v->data, u"C:\\users\\alice\\AppData\\Roaming"), 0);
    reg_key_release(k);

    text = reg_export_text(u, "HKEY_CURRENT_USER", 1, &len);
    ck_assert_int_eq(reg_import_text(text, len, &r, 1, &err), 0);
    assert_same_tree(u, copy);
    free(text);
    reg_key_release(m);
    reg_key_release(u);
    reg_key_release(copy);
}
END_TEST

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "r");
    static char buf[1 << 16];
    size_t n;
    if (!f) return NULL;
    n = fread(buf, 1, sizeof(buf) - 1, f);
    buf[n] = 0;
    fclose(f);
    return strdup(buf);
}

static int count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    while ((e = readdir(d))) n += e->d_name[0] != '.';
    closedir(d);
    return n;
}

START_TEST(atomic_save)
{
    char dir[] = "/tmp/winrun-regtest-XXXXXX", path[64];
    struct reg_key *root = reg_root_new(), *k, *loaded = reg_root_new();
    struct reg_root_name r = { "HKEY_LOCAL_MACHINE", "HKLM", loaded };
    struct reg_error err;
    char *before, *after;
    BYTE big[100000];
    pid_t pid;
    int status;

    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/system.reg", dir);
    k = create(root, u"Software\\Saved");
    set_sz(k, u"v", REG_SZ, u"first");
    ck_assert_int_eq(reg_save_file(root, "HKEY_LOCAL_MACHINE", path, &err), 0);
    ck_assert_int_eq(reg_import_file(path, &r, 1, &err), 0);
    assert_same_tree(root, loaded);
    before = slurp(path);

    /* the write fails half-way (file size limit, which binds root too) */
    memset(big, 0x5a, sizeof(big));
    ck_assert_int_eq(reg_value_set(k, u"big", REG_BINARY, big, sizeof(big)), 0);
    pid = fork();
    if (!pid) {
        struct rlimit lim = { 4096, 4096 };
        signal(SIGXFSZ, SIG_IGN);
        setrlimit(RLIMIT_FSIZE, &lim);
        _exit(reg_save_file(root, "HKEY_LOCAL_MACHINE", path, &err) != 0 && strstr(err.reason, "cannot write") ? 0 : 1);
    }
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the failing save did not fail cleanly");
    after = slurp(path);
    ck_assert_str_eq(before, after);
    ck_assert_int_eq(count_entries(dir), 1);   /* no temporary file left */
    free(after);

    /* a directory we may not write to (root ignores the mode: skip then) */
    if (geteuid()) {
        chmod(dir, 0555);
        ck_assert_int_ne(reg_save_file(root, "HKEY_LOCAL_MACHINE", path, &err), 0);
        ck_assert_ptr_nonnull(strstr(err.reason, "cannot create a temporary file"));
        chmod(dir, 0755);
        after = slurp(path);
        ck_assert_str_eq(before, after);
        free(after);
    }
    ck_assert_int_eq(reg_save_file(root, "HKEY_LOCAL_MACHINE", path, &err), 0);
    after = slurp(path);
    ck_assert_ptr_nonnull(strstr(after, "\"big\"=hex:5a,5a"));
    free(after);
    free(before);
    unlink(path);
    rmdir(dir);
    reg_key_release(k);
    reg_key_release(root);
    reg_key_release(loaded);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("registry");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, round_trip_every_type);
    tcase_add_test(tc, reads_what_regedit_writes);
    tcase_add_test(tc, reads_utf16_files);
    tcase_add_test(tc, corrupt_files_rejected_with_line);
    tcase_add_test(tc, case_insensitive_names);
    tcase_add_test(tc, enumeration_order);
    tcase_add_test(tc, delete_semantics);
    tcase_add_test(tc, merged_view);
    tcase_add_test(tc, multi_component_root);
    tcase_add_test(tc, info_limits_and_times);
    tcase_add_test(tc, defaults_content);
    tcase_add_test(tc, atomic_save);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
