/* UTF-16 helpers (dlls/ntdll/unicode.c). */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "winrun/unicode.h"

START_TEST(utf8_roundtrip)
{
    const char *s = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z";   /* a é € 😀 z */
    WCHAR w[16];
    char back[32];
    int n = utf8_to_utf16(s, -1, w, 16);
    ck_assert_int_eq(n, 7);   /* a é € (2 surrogates) z NUL */
    ck_assert_uint_eq(w[0], 'a');
    ck_assert_uint_eq(w[1], 0xe9);
    ck_assert_uint_eq(w[2], 0x20ac);
    ck_assert_uint_eq(w[3], 0xd83d);
    ck_assert_uint_eq(w[4], 0xde00);
    ck_assert_uint_eq(w[6], 0);
    ck_assert_int_eq(utf16_to_utf8(w, -1, back, sizeof(back)), (int)strlen(s) + 1);
    ck_assert_str_eq(back, s);
}
END_TEST

START_TEST(utf8_measure_and_overflow)
{
    WCHAR w[2];
    ck_assert_int_eq(utf8_to_utf16("hello", 5, NULL, 0), 5);
    ck_assert_int_eq(utf8_to_utf16("hello", 5, w, 2), -1);
    ck_assert_uint_eq(w[0], 'h');
    ck_assert_uint_eq(w[1], 'e');
    ck_assert_int_eq(utf16_to_utf8(u"\x20ac", 1, NULL, 0), 3);
    char b[2];
    ck_assert_int_eq(utf16_to_utf8(u"\x20ac", 1, b, 2), -1);
}
END_TEST

START_TEST(utf8_invalid)
{
    WCHAR w[8];
    /* a stray continuation byte, an overlong '/', a truncated sequence */
    ck_assert_int_eq(utf8_to_utf16("\x80", 1, w, 8), 1);
    ck_assert_uint_eq(w[0], 0xfffd);
    ck_assert_int_eq(utf8_to_utf16("\xc0\xaf", 2, w, 8), 2);
    ck_assert_uint_eq(w[0], 0xfffd);
    ck_assert_uint_eq(w[1], 0xfffd);
    ck_assert_int_eq(utf8_to_utf16("\xe2\x82", 2, w, 8), 2);
    ck_assert_uint_eq(w[0], 0xfffd);
}
END_TEST

START_TEST(lone_surrogate_roundtrip)
{
    /* a file name with an unpaired surrogate survives UTF-8 and back */
    WCHAR w[] = { 'x', 0xd800, 'y', 0 }, back[4];
    char u[16];
    int n = utf16_to_utf8(w, -1, u, sizeof(u));
    ck_assert_int_eq(n, 6);
    ck_assert_int_eq(utf8_to_utf16(u, -1, back, 4), 4);
    ck_assert_mem_eq(w, back, sizeof(w));
}
END_TEST

START_TEST(string_functions)
{
    WCHAR buf[16];
    ck_assert_uint_eq(wcs_len(u"abc"), 3);
    ck_assert_uint_eq(wcs_len(u""), 0);
    wcs_cpy(buf, u"Kernel32.DLL");
    ck_assert_int_eq(wcs_icmp(buf, u"KERNEL32.dll"), 0);
    ck_assert_int_lt(wcs_icmp(u"abc", u"ABD"), 0);
    ck_assert_int_gt(wcs_cmp(u"b", u"a"), 0);
    ck_assert_int_eq(wcs_nicmp(u"abcX", u"ABCY", 3), 0);
    ck_assert_ptr_eq(wcs_chr(buf, '.'), buf + 8);
    {
        const WCHAR *path = u"a\\b\\c";
        ck_assert_ptr_eq(wcs_rchr(path, '\\'), path + 3);
    }
    ck_assert_ptr_null(wcs_chr(buf, 'z'));
    ck_assert_uint_eq(wch_upper(0xe9), 0xc9);
    ck_assert_uint_eq(wch_lower('Q'), 'q');
    WCHAR *d = wcs_dup(u"dup");
    ck_assert_int_eq(wcs_cmp(d, u"dup"), 0);
    free(d);
    char *a = utf16_to_utf8_dup(u"\x00e9t\x00e9");
    ck_assert_str_eq(a, "\xc3\xa9t\xc3\xa9");
    free(a);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("unicode");
    TCase *tc = tcase_create("utf16");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, utf8_roundtrip);
    tcase_add_test(tc, utf8_measure_and_overflow);
    tcase_add_test(tc, utf8_invalid);
    tcase_add_test(tc, lone_surrogate_roundtrip);
    tcase_add_test(tc, string_functions);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
