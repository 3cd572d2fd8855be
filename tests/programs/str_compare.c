/* str_compare.c - CompareString's linguistic order (letters before case,
 * symbols before digits before letters, word-sort hyphens) and
 * CompareStringOrdinal's code-unit order. */
#include "test.h"

static int cmp(DWORD flags, const WCHAR *a, const WCHAR *b)
{
    return CompareStringW(LOCALE_USER_DEFAULT, flags, a, -1, b, -1);
}

int main(void)
{
    int r;

    ok(cmp(0, L"abc", L"abc") == CSTR_EQUAL, "equal strings");
    ok(cmp(0, L"a", L"A") == CSTR_LESS_THAN, "lowercase sorts before uppercase");
    ok(cmp(0, L"A", L"b") == CSTR_LESS_THAN, "case matters less than the letter");
    ok(cmp(0, L"Ab", L"ab") == CSTR_GREATER_THAN, "case decides only when letters tie");
    ok(cmp(NORM_IGNORECASE, L"HeLLo", L"hello") == CSTR_EQUAL, "NORM_IGNORECASE");
    ok(cmp(0, L"ab", L"abc") == CSTR_LESS_THAN, "a prefix sorts first");
    ok(cmp(0, L"1", L"a") == CSTR_LESS_THAN, "digits before letters");
    ok(cmp(0, L"!", L"1") == CSTR_LESS_THAN, "symbols before digits");
    ok(cmp(0, L"e", L"\x00e9") == CSTR_LESS_THAN, "plain before accented");
    ok(cmp(0, L"\x00e9", L"f") == CSTR_LESS_THAN, "accented e before f");
    ok(cmp(0, L"\x00e9z", L"fa") == CSTR_LESS_THAN, "the letter matters more than the accent");
    ok(cmp(NORM_IGNORENONSPACE, L"\x00e9t\x00e9", L"ete") == CSTR_EQUAL, "NORM_IGNORENONSPACE");
    ok(cmp(0, L"coop", L"co-op") == CSTR_LESS_THAN, "a word-sort hyphen counts last");
    ok(cmp(0, L"co-op", L"cop") == CSTR_LESS_THAN, "the hyphen is skipped when comparing letters");
    ok(cmp(SORT_STRINGSORT, L"co-op", L"coop") == CSTR_LESS_THAN, "SORT_STRINGSORT: hyphen is a symbol");
    ok(cmp(NORM_IGNORESYMBOLS, L"a.b,c", L"abc") == CSTR_EQUAL, "NORM_IGNORESYMBOLS");
    ok(CompareStringW(LOCALE_USER_DEFAULT, 0, L"abcdef", 3, L"abcxyz", 3) == CSTR_EQUAL, "explicit lengths");
    ok(CompareStringA(LOCALE_USER_DEFAULT, NORM_IGNORECASE, "ABC", -1, "abc", -1) == CSTR_EQUAL, "CompareStringA");
    ok(CompareStringA(LOCALE_USER_DEFAULT, 0, "\xe9", -1, "f", -1) == CSTR_LESS_THAN, "CompareStringA uses cp1252");

    SetLastError(0xdeadbeef);
    r = CompareStringW(LOCALE_USER_DEFAULT, 0, NULL, -1, L"a", -1);
    ok(r == 0 && GetLastError() == ERROR_INVALID_PARAMETER, "NULL string: %d err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = CompareStringW(LOCALE_USER_DEFAULT, 0x80000000, L"a", -1, L"a", -1);
    ok(r == 0 && GetLastError() == ERROR_INVALID_FLAGS, "bad flags: %d err %lu", r, GetLastError());

    ok(CompareStringOrdinal(L"B", -1, L"a", -1, FALSE) == CSTR_LESS_THAN, "ordinal: code units");
    ok(CompareStringOrdinal(L"B", -1, L"a", -1, TRUE) == CSTR_GREATER_THAN, "ordinal ignoring case");
    ok(CompareStringOrdinal(L"abc", -1, L"ABC", -1, TRUE) == CSTR_EQUAL, "ordinal equal ignoring case");
    ok(CompareStringOrdinal(L"ab", 2, L"abc", 3, FALSE) == CSTR_LESS_THAN, "ordinal: shorter first");
    return test_done();
}
