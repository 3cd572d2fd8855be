/* FILE API round trips in the temp directory: text vs binary, CRLF,
 * Ctrl-Z, ungetc, fseek/ftell in text mode, remove/rename errors. */
#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <stdio.h>
#include "test.h"

int main(void)
{
    char dir[MAX_PATH], path[MAX_PATH], path2[MAX_PATH], buf[64];
    FILE *f;
    size_t n;
    long pos;

    GetTempPathA(sizeof(dir), dir);
    snprintf(path, sizeof(path), "%scrt_file_%lu.txt", dir, GetCurrentProcessId());
    snprintf(path2, sizeof(path2), "%scrt_file_%lu.bak", dir, GetCurrentProcessId());

    f = fopen(path, "w");
    ok(f != NULL, "fopen w: errno %d", errno);
    if (!f) return test_done();
    ok(fputs("one\ntwo\n", f) >= 0 && fputc('3', f) == '3', "fputs/fputc");
    pos = ftell(f);
    ok(pos == 11, "text ftell counts each \\n as CRLF: %ld", pos);
    ok(fclose(f) == 0, "fclose");

    f = fopen(path, "rb");
    n = fread(buf, 1, sizeof(buf), f);
    ok(n == 11 && !memcmp(buf, "one\r\ntwo\r\n3", 11), "binary read sees CRLF: %u bytes", (unsigned)n);
    ok(feof(f) && !ferror(f), "feof after short fread");
    fclose(f);

    f = fopen(path, "r");
    ok(fgets(buf, sizeof(buf), f) && !strcmp(buf, "one\n"), "text fgets: %s", buf);
    pos = ftell(f);
    ok(pos == 5, "text ftell after a line: %ld", pos);
    ok(fgetc(f) == 't' && ungetc('T', f) == 'T' && fgetc(f) == 'T', "ungetc");
    ok(fseek(f, 0, SEEK_SET) == 0 && fgetc(f) == 'o', "fseek to start");
    ok(fseek(f, pos, SEEK_SET) == 0 && fgets(buf, sizeof(buf), f) && !strcmp(buf, "two\n"), "fseek to ftell value: %s", buf);
    ok(fgetc(f) == '3' && fgetc(f) == EOF && feof(f), "EOF");
    clearerr(f);
    ok(!feof(f), "clearerr");
    rewind(f);
    ok(fgetc(f) == 'o', "rewind");
    fclose(f);

    f = fopen(path, "wb");
    fwrite("ab\x1a" "cd", 1, 5, f);
    fclose(f);
    f = fopen(path, "r");
    n = fread(buf, 1, sizeof(buf), f);
    ok(n == 2 && !memcmp(buf, "ab", 2), "Ctrl-Z ends text input: %u", (unsigned)n);
    fclose(f);
    f = fopen(path, "rb");
    ok(fread(buf, 1, sizeof(buf), f) == 5, "binary read passes Ctrl-Z");
    ok(_fileno(f) > 2 && _setmode(_fileno(f), _O_TEXT) == _O_BINARY, "_setmode returns the old mode");
    fclose(f);

    f = fopen(path, "a+");
    ok(f && fputs("Z", f) >= 0, "append");
    fseek(f, 0, SEEK_SET);
    ok(fgetc(f) == 'a', "a+ reads from the start");
    fclose(f);
    f = fopen(path, "rb");
    n = fread(buf, 1, sizeof(buf), f);
    ok(n == 6 && buf[5] == 'Z', "appended at the end: %u", (unsigned)n);
    fclose(f);

    errno = 0;
    ok(fopen(path, "q") == NULL && errno == EINVAL, "bad mode: errno %d", errno);
    remove(path2);
    ok(rename(path, path2) == 0, "rename: errno %d", errno);
    errno = 0;
    ok(fopen(path, "r") == NULL && errno == ENOENT, "old name gone: errno %d", errno);
    ok(_access(path2, 0) == 0, "_access new name");
    ok(remove(path2) == 0, "remove");
    errno = 0;
    ok(remove(path2) == -1 && errno == ENOENT, "remove again: errno %d", errno);
    errno = 0;
    ok(_access(path2, 0) == -1 && errno == ENOENT, "_access missing: errno %d", errno);

    f = tmpfile();
    ok(f != NULL, "tmpfile");
    if (f) {
        fputs("x\ny", f);
        rewind(f);
        n = fread(buf, 1, sizeof(buf), f);
        ok(n == 3, "tmpfile is binary: %u", (unsigned)n);
        fclose(f);
    }
    return test_done();
}
