/* format_message.c - FormatMessageA/W: system texts, the insert language
 * (%1..%99 with !printf! specs, %n %r %t %0 %%), argument arrays and
 * va_lists, buffer rules, width handling and errors. */
#include "test.h"

static const struct { DWORD id; const char *text; } system_texts[] = {
    { ERROR_SUCCESS, "The operation completed successfully.\r\n" },
    { ERROR_INVALID_FUNCTION, "Incorrect function.\r\n" },
    { ERROR_FILE_NOT_FOUND, "The system cannot find the file specified.\r\n" },
    { ERROR_PATH_NOT_FOUND, "The system cannot find the path specified.\r\n" },
    { ERROR_ACCESS_DENIED, "Access is denied.\r\n" },
    { ERROR_INVALID_HANDLE, "The handle is invalid.\r\n" },
    { ERROR_NOT_ENOUGH_MEMORY, "Not enough memory resources are available to process this command.\r\n" },
    { ERROR_INVALID_DATA, "The data is invalid.\r\n" },
    { ERROR_OUTOFMEMORY, "Not enough memory resources are available to complete this operation.\r\n" },
    { ERROR_NO_MORE_FILES, "There are no more files.\r\n" },
    { ERROR_SHARING_VIOLATION,
      "The process cannot access the file because it is being used by another process.\r\n" },
    { ERROR_FILE_EXISTS, "The file exists.\r\n" },
    { ERROR_INVALID_PARAMETER, "The parameter is incorrect.\r\n" },
    { ERROR_INSUFFICIENT_BUFFER, "The data area passed to a system call is too small.\r\n" },
    { ERROR_INVALID_NAME, "The filename, directory name, or volume label syntax is incorrect.\r\n" },
    { ERROR_MOD_NOT_FOUND, "The specified module could not be found.\r\n" },
    { ERROR_PROC_NOT_FOUND, "The specified procedure could not be found.\r\n" },
    { ERROR_DIR_NOT_EMPTY, "The directory is not empty.\r\n" },
    { ERROR_ALREADY_EXISTS, "Cannot create a file when that file already exists.\r\n" },
    { ERROR_FILENAME_EXCED_RANGE, "The filename or extension is too long.\r\n" },
    { ERROR_BROKEN_PIPE, "The pipe has been ended.\r\n" },
    { ERROR_MORE_DATA, "More data is available.\r\n" },
    { WAIT_TIMEOUT, "The wait operation timed out.\r\n" },
    { ERROR_DIRECTORY, "The directory name is invalid.\r\n" },
    { ERROR_NO_UNICODE_TRANSLATION,
      "No mapping for the Unicode character exists in the target multi-byte code page.\r\n" },
    { ERROR_NO_SYSTEM_RESOURCES, "Insufficient system resources exist to complete the requested service.\r\n" },
    { ERROR_RESOURCE_TYPE_NOT_FOUND, "The specified resource type cannot be found in the image file.\r\n" },
};

/* Wine's system message table has short texts of its own ("Access
 * denied." for "Access is denied."), not Windows' ones, and lacks some
 * (WAIT_TIMEOUT). Under Wine the exact-text checks therefore only check
 * the shape of what comes back; the texts asserted are Windows'. */
static int on_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll.dll"), "wine_get_version") != NULL;
}

/* TEXT as Windows has it, or under Wine any one-line text with its CRLF */
static int system_text_ok(const char *got, DWORD len, const char *text)
{
    if (!on_wine()) return len == strlen(text) && !strcmp(got, text);
    return len >= 2 && len == strlen(got) && !strcmp(got + len - 2, "\r\n") == !!strstr(text, "\r\n");
}

/* FormatMessageA over a va_list built from our own arguments */
static DWORD format_va(const char *fmt, char *out, DWORD size, ...)
{
    va_list ap;
    DWORD r;

    va_start(ap, size);
    r = FormatMessageA(FORMAT_MESSAGE_FROM_STRING, fmt, 0, 0, out, size, &ap);
    va_end(ap);
    return r;
}

/* FROM_STRING with an argument array; returns the text (static buffer) */
static const char *fmt_a(DWORD flags, const char *fmt, const DWORD_PTR *args, DWORD *ret)
{
    static char out[512];

    memset(out, 0, sizeof(out));
    *ret = FormatMessageA(FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_ARGUMENT_ARRAY | flags, fmt, 0, 0, out,
                          sizeof(out), (va_list *)args);
    return out;
}

static void check_a(int line, DWORD flags, const char *fmt, const DWORD_PTR *args, const char *expect)
{
    DWORD r;
    const char *got = fmt_a(flags, fmt, args, &r);

    test_ok(__FILE__, line, r == strlen(expect) && !strcmp(got, expect),
            "format \"%s\": got %lu \"%s\", expected \"%s\"", fmt, r, got, expect);
}
#define CHECK_A(flags, fmt, args, expect) check_a(__LINE__, flags, fmt, args, expect)

int main(void)
{
    char buf[512];
    WCHAR wbuf[512];
    DWORD r, i;

    /* system texts, word for word, each with the table's CRLF */
    for (i = 0; i < sizeof(system_texts) / sizeof(system_texts[0]); i++) {
        memset(buf, 0, sizeof(buf));
        r = FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL, system_texts[i].id,
                           0, buf, sizeof(buf), NULL);
        if (on_wine() && system_texts[i].id == WAIT_TIMEOUT) continue;   /* not in Wine's table */
        ok(system_text_ok(buf, r, system_texts[i].text),
           "system text %lu: got %lu \"%s\"", system_texts[i].id, r, buf);
    }

    /* the W version and an English language id find the same text */
    r = FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM, NULL, ERROR_ACCESS_DENIED,
                       MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US), wbuf, 512, NULL);
    WideCharToMultiByte(CP_ACP, 0, wbuf, -1, buf, sizeof(buf), NULL, NULL);
    ok(system_text_ok(buf, r, "Access is denied.\r\n"), "W system text: got %lu %s", r, dbgstr_w(wbuf));

    /* an id without a message */
    SetLastError(0xdeadbeef);
    r = FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM, NULL, 0x2badc0de, 0, buf, sizeof(buf), NULL);
    ok(r == 0 && GetLastError() == ERROR_MR_MID_NOT_FOUND, "unknown id: got %lu err %lu", r, GetLastError());

    /* the maximum width: line breaks of the text become spaces, none are added */
    r = FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_MAX_WIDTH_MASK, NULL, ERROR_FILE_NOT_FOUND, 0,
                       buf, sizeof(buf), NULL);
    ok(system_text_ok(buf, r, "The system cannot find the file specified. ") && buf[r - 1] == ' ',
       "MAX_WIDTH_MASK: got %lu \"%s\"", r, buf);

    /* inserts in a system text, from an argument array */
    {
        DWORD_PTR args[] = { (DWORD_PTR)"1234", (DWORD_PTR)"System" };
        r = FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_ARGUMENT_ARRAY, NULL, ERROR_MR_MID_NOT_FOUND,
                           0, buf, sizeof(buf), (va_list *)args);
        ok(system_text_ok(buf, r, "The system cannot find message text for message number 0x1234 in the message "
                                  "file for System.\r\n") && strstr(buf, "0x1234") && strstr(buf, "System."),
           "317 with inserts: got %lu \"%s\"", r, buf);
    }
    /* a system text with an insert but no arguments */
    SetLastError(0xdeadbeef);
    r = FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM, NULL, ERROR_BAD_EXE_FORMAT, 0, buf, sizeof(buf), NULL);
    ok(r == 0 && GetLastError() == ERROR_INVALID_PARAMETER, "insert without args: got %lu err %lu", r,
       GetLastError());

    /* the insert language */
    {
        DWORD_PTR strs[] = { (DWORD_PTR)"one", (DWORD_PTR)"two", (DWORD_PTR)"three" };
        DWORD_PTR nums[] = { 42, (DWORD_PTR)-5, 0xbeef, 7, 3 };
        DWORD_PTR star[] = { 6, 42, 5, 2, (DWORD_PTR)"abcdef" };
        DWORD_PTR wide[] = { (DWORD_PTR)L"wide", 'x', (DWORD_PTR)L'y' };

        CHECK_A(0, "%1 and %2", strs, "one and two");
        CHECK_A(0, "%3%2%1%3", strs, "threetwoonethree");
        CHECK_A(0, "a%nb%rc%td", strs, "a\r\nb\rc\td");
        CHECK_A(0, "100%% %. %! %  x", strs, "100% . !   x");
        CHECK_A(0, "cut%0here", strs, "cut");
        CHECK_A(0, "line1\nline2\r\nline3", strs, "line1\r\nline2\r\nline3");
        CHECK_A(0, "%1!d! %2!d! %3!x! %3!X! %3!08x!", nums, "42 -5 beef BEEF 0000beef");
        CHECK_A(0, "[%1!5d!] [%1!-5d!] [%4!03u!] [%1!+d!]", nums, "[   42] [42   ] [007] [+42]");
        CHECK_A(0, "[%1!5s!] [%2!-5s!] [%3!.2s!]", strs, "[  one] [two  ] [th]");
        CHECK_A(0, "[%1!*d!] [%3!*.*s!]", star, "[    42] [   ab]");
        CHECK_A(0, "%1!S! %2!c! %3!C!", wide, "wide x y");
        CHECK_A(FORMAT_MESSAGE_IGNORE_INSERTS, "keep %1 and %2!d! as%nis", NULL, "keep %1 and %2!d! as\r\nis");
    }

    /* W: "s" is wide, "S" narrow */
    {
        DWORD_PTR args[] = { (DWORD_PTR)L"w\x00e9", (DWORD_PTR)"narrow", 10 };
        r = FormatMessageW(FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_ARGUMENT_ARRAY, L"%1|%2!S!|%3!04d!", 0, 0,
                           wbuf, 512, (va_list *)args);
        ok(r == 14 && !lstrcmpW(wbuf, L"w\x00e9|narrow|0010"), "W inserts: got %lu %s", r, dbgstr_w(wbuf));
    }

    /* a va_list: inserts taken in order, reusable */
    r = format_va("%2 %1 %2 %3!d!", buf, sizeof(buf), "x", "y", 9);
    ok(r == 7 && !strcmp(buf, "y x y 9"), "va_list: got %lu \"%s\"", r, buf);

    /* inserts without any arguments */
    SetLastError(0xdeadbeef);
    r = FormatMessageA(FORMAT_MESSAGE_FROM_STRING, "test%1", 0, 0, buf, sizeof(buf), NULL);
    ok(r == 0 && GetLastError() == ERROR_INVALID_PARAMETER, "no args: got %lu err %lu", r, GetLastError());

    /* buffer sizes: the NUL must fit */
    SetLastError(0xdeadbeef);
    r = FormatMessageA(FORMAT_MESSAGE_FROM_STRING, "12345", 0, 0, buf, 5, NULL);
    ok(r == 0 && GetLastError() == ERROR_INSUFFICIENT_BUFFER, "too small: got %lu err %lu", r, GetLastError());
    r = FormatMessageA(FORMAT_MESSAGE_FROM_STRING, "12345", 0, 0, buf, 6, NULL);
    ok(r == 5 && !strcmp(buf, "12345"), "exact fit: got %lu \"%s\"", r, buf);

    /* ALLOCATE_BUFFER: a LocalAlloc block the caller frees */
    {
        char *p = NULL;
        WCHAR *wp = NULL;
        r = FormatMessageA(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM, NULL, ERROR_ACCESS_DENIED, 0,
                           (char *)&p, 0, NULL);
        ok(p && system_text_ok(p, r, "Access is denied.\r\n"), "allocated A: got %lu \"%s\"", r, p ? p : "(null)");
        ok(p && LocalFree(p) == NULL, "LocalFree of the A buffer");
        r = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_STRING, L"abc", 0, 0,
                           (WCHAR *)&wp, 100, NULL);
        ok(r == 3 && wp && !lstrcmpW(wp, L"abc") && LocalSize(wp) >= 100 * sizeof(WCHAR),
           "allocated W with a minimum size: got %lu %s", r, dbgstr_w(wp));
        if (wp) LocalFree(wp);
    }

    /* a module without a message table, then with the system as fallback */
    SetLastError(0xdeadbeef);
    r = FormatMessageA(FORMAT_MESSAGE_FROM_HMODULE, NULL, 2, 0, buf, sizeof(buf), NULL);
    ok(r == 0 && GetLastError() != 0xdeadbeef && GetLastError() != NO_ERROR, "exe without table: got %lu err %lu",
       r, GetLastError());
    r = FormatMessageA(FORMAT_MESSAGE_FROM_HMODULE | FORMAT_MESSAGE_FROM_SYSTEM, NULL, 2, 0, buf, sizeof(buf),
                       NULL);
    ok(system_text_ok(buf, r, "The system cannot find the file specified.\r\n"), "fallback to system: got %lu \"%s\"",
       r, buf);

    return test_done();
}
