/* The .spec parser (tools/spec.c): accepted forms and every refusal. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../../tools/spec.h"

static char path[64];

static int parse_text(const char *text, struct spec *spec)
{
    FILE *f;
    snprintf(path, sizeof(path), "/tmp/test_spec_%d.spec", (int)getpid());
    f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
    int ret = spec_parse(path, spec);
    unlink(path);
    return ret;
}

static const struct spec_entry *find(const struct spec *spec, const char *name)
{
    for (int i = 0; i < spec->count; i++)
        if (!strcmp(spec->entries[i].name, name)) return &spec->entries[i];
    return NULL;
}

START_TEST(accepted_forms)
{
    struct spec spec;
    const struct spec_entry *e;
    ck_assert_int_eq(parse_text(
        "# comment line\n"
        "@ stdcall GetLastError()\n"
        "@ stdcall WriteFile(long ptr long ptr ptr)   # trailing comment\n"
        "@ cdecl malloc(long) MSVCRT_malloc\n"
        "@ varargs printf(str) MSVCRT_printf\n"
        "@ stdcall HeapAlloc(long long long) ntdll.RtlAllocateHeap\n"
        "@ extern _iob MSVCRT__iob\n"
        "@ stub _foo\n"
        "10 stdcall -noname Hidden(wstr int64 double float)\n"
        "\n", &spec), 0);
    ck_assert_int_eq(spec.count, 8);
    ck_assert_int_eq(spec.base, 10);
    ck_assert_int_eq(spec.limit, 17);   /* @ entries follow the highest explicit ordinal */
    e = find(&spec, "WriteFile");
    ck_assert_int_eq(e->kind, SPEC_FUNCTION);
    ck_assert_int_eq(e->nargs, 5);
    ck_assert_str_eq(e->argtypes, "lplpp");
    ck_assert_str_eq(e->symbol, "WriteFile");
    e = find(&spec, "malloc");
    ck_assert_str_eq(e->symbol, "MSVCRT_malloc");
    e = find(&spec, "printf");
    ck_assert_int_eq(e->kind, SPEC_VARARGS);
    e = find(&spec, "HeapAlloc");
    ck_assert_str_eq(e->forward, "ntdll.RtlAllocateHeap");
    ck_assert_ptr_null(e->symbol);
    e = find(&spec, "_iob");
    ck_assert_int_eq(e->kind, SPEC_EXTERN);
    ck_assert_str_eq(e->symbol, "MSVCRT__iob");
    e = find(&spec, "_foo");
    ck_assert_int_eq(e->kind, SPEC_STUB);
    ck_assert_ptr_null(e->symbol);
    e = find(&spec, "Hidden");
    ck_assert_int_eq(e->ordinal, 10);
    ck_assert_int_eq(e->noname, 1);
    ck_assert_str_eq(e->argtypes, "wjdf");
    spec_free(&spec);
}
END_TEST

START_TEST(dll_name_from_file)
{
    struct spec spec;
    ck_assert_int_eq(parse_text("@ stub x\n", &spec), 0);
    ck_assert_ptr_nonnull(strstr(spec.dll_name, ".dll"));
    spec_free(&spec);
    ck_assert_int_eq(parse_text("", &spec), 0);
    ck_assert_int_eq(spec.count, 0);
    spec_free(&spec);
}
END_TEST

START_TEST(refusals)
{
    static const char *const bad[] = {
        "@ fastcall Foo()\n",                  /* unknown kind */
        "@ stdcall Foo(long\n",                /* unclosed */
        "@ stdcall Foo(handle)\n",             /* unknown argument type */
        "@ stdcall -weird Foo()\n",            /* unknown flag */
        "0 stdcall Foo()\n",                   /* ordinal out of range */
        "70000 stdcall Foo()\n",
        "x1 stdcall Foo()\n",
        "@ stdcall Foo() Bar Baz\n",           /* trailing text */
        "@ stdcall Foo() 9bad\n",              /* not a C symbol */
        "@ stub Foo Bar\n",                    /* a stub takes no target */
        "@ stdcall Foo()\n@ stdcall Foo()\n",  /* duplicate export */
        "5 stdcall Foo()\n5 stdcall Bar()\n",  /* duplicate ordinal */
        "@ stdcall\n",                         /* no name */
        "@\n",                                 /* no kind */
        "@ stdcall (long) k32.Foo\n",          /* empty name */
        "@ stub Fo\"o\n",                      /* a quote would end the .asciz name */
        "@ stdcall Foo() k32.B\\ar\n",         /* a backslash in a forwarder */
        "@ stub Fo\001o\n",                    /* a control character */
        "@ stdcall Foo(long long long long long long long long long long long long long long long long long)\n",
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        struct spec spec;
        ck_assert_msg(parse_text(bad[i], &spec) == -1, "accepted: %s", bad[i]);
        spec_free(&spec);          /* a refusal keeps what it parsed until freed */
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("spec");
    TCase *tc = tcase_create("parse");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, accepted_forms);
    tcase_add_test(tc, dll_name_from_file);
    tcase_add_test(tc, refusals);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_set_fork_status(sr, CK_NOFORK);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
