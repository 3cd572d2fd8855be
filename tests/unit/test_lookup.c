/* Unit tests of dlls/ntdll/lookup.c: case-insensitive lookup over a real
 * directory, including what Win32 programs cannot make themselves: names
 * that fold alike ("a.TXT" and "A.txt"), and changes made behind the
 * listing cache within one timestamp tick. */
#define _GNU_SOURCE
#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ntdll_private.h"

static char dir[256];

static void touch(const char *name)
{
    char path[512];
    int fd;
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    fd = open(path, O_CREAT | O_WRONLY, 0644);
    ck_assert_int_ge(fd, 0);
    close(fd);
}

static void setup(void)
{
    strcpy(dir, "/tmp/winrun_lookup_XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void)
{
    char cmd[300];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
}

/* lookup of REST under the test directory; *OUT without the directory */
static NTSTATUS look(const WCHAR *rest, char **out)
{
    struct stat st;
    NTSTATUS status = lookup_unix_path(dir, rest, out, &st);
    if (*out) {
        ck_assert_int_eq(strncmp(*out, dir, strlen(dir)), 0);
        memmove(*out, *out + strlen(dir), strlen(*out + strlen(dir)) + 1);
    }
    return status;
}

START_TEST(exact_and_folded)
{
    char *out;
    touch("MixedCase.Txt");
    ck_assert_int_eq(look(u"\\MixedCase.Txt", &out), STATUS_SUCCESS);
    ck_assert_str_eq(out, "/MixedCase.Txt");
    free(out);
    ck_assert_int_eq(look(u"\\MIXEDCASE.TXT", &out), STATUS_SUCCESS);
    ck_assert_str_eq(out, "/MixedCase.Txt");
    free(out);
    ck_assert_int_eq(look(u"\\mixedcase.txt", &out), STATUS_SUCCESS);   /* from the cached listing */
    ck_assert_str_eq(out, "/MixedCase.Txt");
    free(out);
    ck_assert_int_eq(look(u"\\Missing.txt", &out), STATUS_OBJECT_NAME_NOT_FOUND);
    ck_assert_str_eq(out, "/Missing.txt");
    free(out);
}
END_TEST

/* Two names that fold alike: each exact name finds itself, another case
 * one of them, always the same one */
START_TEST(colliding_names)
{
    char *out, *first;
    touch("a.TXT");
    touch("A.txt");
    for (int pass = 0; pass < 2; pass++) {          /* uncached, then cached */
        ck_assert_int_eq(look(u"\\a.TXT", &out), STATUS_SUCCESS);
        ck_assert_str_eq(out, "/a.TXT");
        free(out);
        ck_assert_int_eq(look(u"\\A.txt", &out), STATUS_SUCCESS);
        ck_assert_str_eq(out, "/A.txt");
        free(out);
    }
    ck_assert_int_eq(look(u"\\A.TXT", &first), STATUS_SUCCESS);
    ck_assert(!strcmp(first, "/a.TXT") || !strcmp(first, "/A.txt"));
    ck_assert_int_eq(look(u"\\a.txt", &out), STATUS_SUCCESS);
    ck_assert_str_eq(out, first);
    free(out);
    free(first);
}
END_TEST

/* Changes right after a cached lookup (same tick: the directory's times
 * may not move) are still seen */
START_TEST(changes_behind_the_cache)
{
    char old_path[512], new_path[512], *out;

    touch("Before.txt");
    ck_assert_int_eq(look(u"\\BEFORE.TXT", &out), STATUS_SUCCESS);
    free(out);
    snprintf(old_path, sizeof(old_path), "%s/Before.txt", dir);
    snprintf(new_path, sizeof(new_path), "%s/After.txt", dir);
    ck_assert_int_eq(rename(old_path, new_path), 0);
    ck_assert_int_eq(look(u"\\BEFORE.TXT", &out), STATUS_OBJECT_NAME_NOT_FOUND);
    free(out);
    ck_assert_int_eq(look(u"\\AFTER.TXT", &out), STATUS_SUCCESS);
    ck_assert_str_eq(out, "/After.txt");
    free(out);
    /* a miss, then the file appears */
    ck_assert_int_eq(look(u"\\NEW.TXT", &out), STATUS_OBJECT_NAME_NOT_FOUND);
    free(out);
    touch("New.txt");
    ck_assert_int_eq(look(u"\\NEW.TXT", &out), STATUS_SUCCESS);
    ck_assert_str_eq(out, "/New.txt");
    free(out);
    /* renamed to another case */
    snprintf(old_path, sizeof(old_path), "%s/New.txt", dir);
    snprintf(new_path, sizeof(new_path), "%s/NEW.txt", dir);
    ck_assert_int_eq(rename(old_path, new_path), 0);
    ck_assert_int_eq(look(u"\\new.TXT", &out), STATUS_SUCCESS);
    ck_assert_str_eq(out, "/NEW.txt");
    free(out);
}
END_TEST

START_TEST(directories)
{
    char path[512], *out;
    snprintf(path, sizeof(path), "%s/Sub", dir);
    ck_assert_int_eq(mkdir(path, 0755), 0);
    touch("Sub/Leaf");
    touch("File");
    ck_assert_int_eq(look(u"\\SUB\\LEAF", &out), STATUS_SUCCESS);
    ck_assert_str_eq(out, "/Sub/Leaf");
    free(out);
    /* "." and ".." (literal in \\?\ names) in a directory whose listing is cached */
    ck_assert_int_eq(look(u"\\Sub\\..", &out), STATUS_SUCCESS);
    free(out);
    ck_assert_int_eq(look(u"\\Sub\\.", &out), STATUS_SUCCESS);
    free(out);
    ck_assert_int_eq(look(u"\\SUB\\", &out), STATUS_SUCCESS);
    ck_assert_str_eq(out, "/Sub");
    free(out);
    ck_assert_int_eq(look(u"\\SUB\\none", &out), STATUS_OBJECT_NAME_NOT_FOUND);
    ck_assert_str_eq(out, "/Sub/none");
    free(out);
    ck_assert_int_eq(look(u"\\NONE\\LEAF", &out), STATUS_OBJECT_PATH_NOT_FOUND);
    ck_assert_ptr_null(out);
    ck_assert_int_eq(look(u"\\FILE\\LEAF", &out), STATUS_OBJECT_PATH_NOT_FOUND);
    ck_assert_ptr_null(out);
}
END_TEST

/* The root as a drive ("" for "/", as Z: is) */
START_TEST(root_drive)
{
    struct stat st;
    char *out;
    ck_assert_int_eq(lookup_unix_path("", u"\\", &out, &st), STATUS_SUCCESS);
    ck_assert_str_eq(out, "/");
    free(out);
    ck_assert_int_eq(lookup_unix_path("", u"\\TMP", &out, &st), STATUS_SUCCESS);
    ck_assert_str_eq(out, "/tmp");
    free(out);
    ck_assert_int_eq(lookup_unix_path("/nonexistent-drive", u"\\x", &out, &st), STATUS_OBJECT_PATH_NOT_FOUND);
    ck_assert_ptr_null(out);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("lookup");
    TCase *tc = tcase_create("lookup");
    SRunner *sr;
    int failed;

    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, exact_and_folded);
    tcase_add_test(tc, colliding_names);
    tcase_add_test(tc, changes_behind_the_cache);
    tcase_add_test(tc, directories);
    tcase_add_test(tc, root_drive);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
