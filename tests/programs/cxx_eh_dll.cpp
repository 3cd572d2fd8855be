/* C++ exceptions across a DLL boundary (cxxehdll.dll, each module with
 * its own static libstdc++ and libgcc): thrown in the DLL and caught in
 * the exe, thrown in the exe and caught in the DLL, and passing through
 * the DLL's frames with their destructors run. */
#include "test.h"
#include <stdexcept>

struct DllError {    /* the same type as in the DLL: matched by name */
    int code;
};

extern "C" {
__declspec(dllimport) void cxxeh_throw(int kind);
__declspec(dllimport) int cxxeh_catch(void (*fn)(int), int arg);
__declspec(dllimport) int cxxeh_through(void (*fn)(int), int arg, int *destructed);
}

static void exe_throw(int kind)
{
    if (kind == 0)
        throw DllError{42};
    if (kind == 1)
        throw std::logic_error("from the exe");
    throw kind;
}

static void test_dll_throws()
{
    int got = 0;

    try {
        cxxeh_throw(0);
    } catch (const DllError &e) {
        got = e.code;
    }
    ok(got == 41, "the DLL's DllError caught in the exe: %d", got);

    got = 0;
    try {
        cxxeh_throw(1);
    } catch (const std::runtime_error &e) {
        got = !strcmp(e.what(), "from the dll");
    }
    ok(got == 1, "the DLL's std::runtime_error caught by type in the exe");

    got = 0;
    try {
        cxxeh_throw(7);
    } catch (int i) {
        got = i;
    }
    ok(got == 7, "an int: %d", got);
}

static void test_dll_catches()
{
    int r;

    r = cxxeh_catch(exe_throw, 0);
    ok(r == 42, "the exe's DllError caught in the DLL: %d", r);
    r = cxxeh_catch(exe_throw, 1);
    ok(r == 100, "the exe's std::logic_error caught as std::exception in the DLL: %d", r);
    r = cxxeh_catch(exe_throw, 5);
    ok(r == 205, "an int: %d", r);
    r = cxxeh_catch(cxxeh_throw, 0);
    ok(r == 41, "the DLL catches its own exception: %d", r);
}

static void test_through_dll()
{
    int destructed = 0, got = 0;

    try {
        cxxeh_through(exe_throw, 0, &destructed);
    } catch (const DllError &e) {
        got = e.code;
    }
    ok(got == 42 && destructed == 1, "through the DLL's frame: caught %d, %d destructors", got,
       destructed);

    /* exe -> DLL -> exe -> DLL throws: two crossings out */
    got = 0;
    destructed = 0;
    try {
        cxxeh_through(cxxeh_throw, 1, &destructed);
    } catch (const std::exception &e) {
        got = !strcmp(e.what(), "from the dll");
    }
    ok(got == 1 && destructed == 1, "the DLL's throw through its own frame: %d, %d", got,
       destructed);
}

int main()
{
    test_dll_throws();
    test_dll_catches();
    test_through_dll();
    return test_done();
}
