/* cxx_eh_msvc.cpp - C++ exceptions of the MSVC ABI (built by clang for
 * x86_64-pc-windows-msvc: _CxxThrowException and __CxxFrameHandler3 from
 * msvcrt.dll): catching by value, reference, pointer, base class and
 * catch(...), rethrow, destructors while unwinding, nested exceptions,
 * the exception object's copies and lifetime, per-thread state, and
 * terminate() for what nothing catches.
 *
 *   cxx_eh_msvc                 the checks
 *   cxx_eh_msvc uncaught        an uncaught exception: terminate() -> abort(), exit code 3
 *   cxx_eh_msvc handler         the same with a set_terminate handler, which exits with 42
 *
 * No MSVC STL here: the std::exception-like classes are the test's own.
 */
#include "test.h"

typedef void (*terminate_function)();
terminate_function set_terminate(terminate_function);
void terminate();
extern "C" int __cdecl __uncaught_exception(void);

static char trail[512];

static void mark(const char *s)
{
    if (strlen(trail) + strlen(s) + 2 < sizeof(trail)) {
        strcat(trail, s);
        strcat(trail, " ");
    }
}

/* ---- objects that count themselves ---- */

static int constructed, copied, destroyed;

struct Counted {
    int value;
    explicit Counted(int v) : value(v) { constructed++; }
    Counted(const Counted &other) : value(other.value) { copied++; }
    ~Counted() { destroyed++; }
};

struct Guard {
    const char *name;
    explicit Guard(const char *n) : name(n) {}
    ~Guard()
    {
        char buf[64];
        _snprintf(buf, sizeof(buf), "~%s%s", name, __uncaught_exception() ? "!" : "");
        mark(buf);
    }
};

/* ---- a std::exception-like hierarchy ---- */

class exception {
public:
    exception() : msg("unknown") {}
    explicit exception(const char *m) : msg(m) {}
    virtual ~exception() {}
    virtual const char *what() const { return msg; }
private:
    const char *msg;
};

class runtime_error : public exception {
public:
    explicit runtime_error(const char *m) : exception(m) {}
};

class range_error : public runtime_error {
public:
    explicit range_error(const char *m) : runtime_error(m) {}
    const char *what() const override { return "range_error"; }
};

class logic_error : public exception {
public:
    explicit logic_error(const char *m) : exception(m) {}
};

/* ---- classes with several bases, to move the pointer ---- */

struct Left { int left; Left() : left(1) {} virtual ~Left() {} };
struct Right { int right; Right() : right(2) {} virtual ~Right() {} };
struct Both : Left, Right { int both; Both() : both(3) {} };

struct VBase { int v; VBase() : v(77) {} };
struct VLeft : virtual VBase { int l; VLeft() : l(5) {} };
struct VRight : virtual VBase { int r; VRight() : r(6) {} };
struct Diamond : VLeft, VRight { int d; Diamond() : d(8) {} };

/* ---- the checks ---- */

static void __declspec(noinline) throw_int(int v)
{
    throw v;
}

static int __declspec(noinline) deep(int n)
{
    Guard g(n == 0 ? "d0" : n == 1 ? "d1" : n == 2 ? "d2" : "d");
    if (!n) throw Counted(100);
    return deep(n - 1) + 1;
}

static void test_basic_types()
{
    int got = 0;
    try {
        throw_int(42);
    } catch (int v) {
        got = v;
    }
    ok(got == 42, "catch (int): got %d", got);

    got = 0;
    try {
        throw_int(7);
    } catch (long) {
        got = -1;
    } catch (unsigned int) {
        got = -2;
    } catch (const int &v) {
        got = v;
    }
    ok(got == 7, "the matching clause of several: got %d", got);

    const char *s = NULL;
    try {
        try {
            throw "text";
        } catch (char *) {
            s = "non-const";
        }
    } catch (const char *p) {
        s = p;
    }
    ok(s && !strcmp(s, "text"), "a const char * is not caught as char *: got %s", s ? s : "(null)");

    got = 0;
    try {
        throw 1.5;
    } catch (...) {
        got = 1;
    }
    ok(got == 1, "catch (...) takes a double");
}

static void test_deep_unwind()
{
    trail[0] = 0;
    constructed = copied = destroyed = 0;
    int value = 0;
    try {
        deep(5);
    } catch (Counted &c) {
        value = c.value;
        ok(__uncaught_exception() == 0, "no uncaught exception inside the catch block");
    }
    ok(value == 100, "thrown across 6 frames: value %d", value);
    ok(!strcmp(trail, "~d0! ~d1! ~d2! ~d! ~d! ~d! "), "destructors innermost first, while uncaught: %s", trail);
    ok(constructed == 1 && copied == 0 && destroyed == 1,
       "the exception object is built once and destroyed after the catch: %d/%d/%d", constructed, copied, destroyed);
}

static void test_hierarchy()
{
    const char *what = NULL;
    int which = 0;

    try {
        throw range_error("out of range");
    } catch (logic_error &) {
        which = 1;
    } catch (runtime_error &e) {
        which = 2;
        what = e.what();
    } catch (exception &) {
        which = 3;
    }
    ok(which == 2 && what && !strcmp(what, "range_error"), "caught as the base runtime_error&: %d %s", which,
       what ? what : "(null)");

    which = 0;
    try {
        throw logic_error("bad logic");
    } catch (runtime_error &) {
        which = 1;
    } catch (const exception &e) {
        which = 2;
        what = e.what();
    }
    ok(which == 2 && !strcmp(what, "bad logic"), "caught as const exception&: %d %s", which, what);

    /* by value: a sliced copy */
    which = 0;
    try {
        throw range_error("sliced");
    } catch (exception e) {
        which = 1;
        what = e.what();
    }
    ok(which == 1 && !strcmp(what, "sliced"), "caught by value as the base: the base's what(): %s", what);
}

static void test_pointers()
{
    static Both both;
    Right *got = NULL;
    Left *got_left = NULL;

    try {
        throw &both;
    } catch (Right *p) {
        got = p;
    }
    ok(got == static_cast<Right *>(&both) && got->right == 2, "a pointer caught as its second base: %p %p",
       (void *)got, (void *)static_cast<Right *>(&both));

    try {
        throw &both;
    } catch (Left *p) {
        got_left = p;
    }
    ok(got_left == static_cast<Left *>(&both), "and as its first base: %p", (void *)got_left);

    Both *null_both = NULL;
    got = &both;
    try {
        throw null_both;
    } catch (Right *p) {
        got = p;
    }
    ok(got == NULL, "a null pointer stays null: %p", (void *)got);

    void *any = NULL;
    try {
        throw &both;
    } catch (void *p) {
        any = p;
    }
    ok(any == &both, "caught as void *: %p", any);
}

static void test_virtual_base()
{
    int v = 0, l = 0;
    try {
        throw Diamond();
    } catch (VBase &b) {
        v = b.v;
    }
    ok(v == 77, "a virtual base found through the vbtable: %d", v);

    try {
        throw Diamond();
    } catch (VRight r) {
        l = r.r * 100 + r.v;
    }
    ok(l == 677, "a class with a virtual base copied: %d", l);
}

static void test_copies()
{
    constructed = copied = destroyed = 0;
    try {
        Counted local(5);
        throw local;                 /* copied into the exception object */
    } catch (Counted c) {            /* and copied again into c */
        ok(c.value == 5, "catch by value: %d", c.value);
        ok(constructed == 1 && copied == 2 && destroyed == 1, "inside the catch: %d/%d/%d", constructed, copied,
           destroyed);
    }
    ok(constructed == 1 && copied == 2 && destroyed == 3, "after the catch: %d/%d/%d", constructed, copied,
       destroyed);
}

static void test_rethrow()
{
    constructed = copied = destroyed = 0;
    Counted *inner = NULL, *outer = NULL;
    trail[0] = 0;
    try {
        try {
            throw Counted(9);
        } catch (Counted &c) {
            inner = &c;
            mark("inner");
            throw;
        }
    } catch (Counted &c) {
        outer = &c;
        mark("outer");
        ok(destroyed == 0, "a rethrown object is not destroyed by the catch it leaves: %d", destroyed);
    }
    ok(inner && inner == outer, "the rethrow carries the same object: %p %p", (void *)inner, (void *)outer);
    ok(constructed == 1 && copied == 0 && destroyed == 1, "one object, destroyed once: %d/%d/%d", constructed,
       copied, destroyed);
    ok(!strcmp(trail, "inner outer "), "order: %s", trail);

    /* rethrow from a function called by the catch block */
    int got = 0;
    struct local { static void __declspec(noinline) rethrow() { throw; } };
    try {
        try {
            throw_int(11);
        } catch (int) {
            local::rethrow();
        }
    } catch (int v) {
        got = v;
    }
    ok(got == 11, "rethrown from a callee of the catch block: %d", got);
}

static void test_nested()
{
    constructed = copied = destroyed = 0;
    trail[0] = 0;
    int got = 0;

    /* an exception thrown and caught inside a catch block */
    try {
        throw Counted(1);
    } catch (Counted &first) {
        try {
            throw Counted(2);
        } catch (Counted &second) {
            got = first.value * 10 + second.value;
        }
        ok(destroyed == 1, "the inner exception is destroyed when its catch ends: %d", destroyed);
        ok(first.value == 1, "the outer exception object is intact: %d", first.value);
    }
    ok(got == 12, "both objects seen in the inner catch: %d", got);
    ok(destroyed == 2, "both destroyed: %d", destroyed);

    /* a new exception leaving a catch block ends it: its object goes */
    constructed = copied = destroyed = 0;
    got = 0;
    try {
        Guard g("outer");
        try {
            Guard g2("inner");
            throw Counted(3);
        } catch (Counted &c) {
            Guard g3("catch");
            mark("throwing");
            throw Counted(c.value + 1);
        }
    } catch (Counted &c) {
        got = c.value;
        ok(destroyed == 1, "the first exception object was destroyed on leaving its catch: %d", destroyed);
    }
    ok(got == 4, "the exception thrown by the catch block is caught outside: %d", got);
    ok(destroyed == 2, "both objects destroyed: %d", destroyed);
    ok(!strcmp(trail, "~inner! throwing ~catch! ~outer! "), "unwinding order: %s", trail);

    /* a catch clause next to the running one does not take its exception */
    got = 0;
    try {
        try {
            throw_int(1);
        } catch (int) {
            throw 2.0;
        } catch (double) {
            got = -1;
        }
    } catch (double d) {
        got = (int)d;
    }
    ok(got == 2, "an exception from a catch block skips its sibling clauses: %d", got);

    /* deep nesting: each level catches, throws a new one */
    got = 0;
    try {
        try {
            try {
                throw_int(1);
            } catch (int v) {
                throw_int(v + 1);
            }
        } catch (int v) {
            throw_int(v + 1);
        }
    } catch (int v) {
        got = v;
    }
    ok(got == 3, "three levels of throw from catch: %d", got);
}

static void test_uncaught_flag()
{
    trail[0] = 0;
    ok(__uncaught_exception() == 0, "nothing uncaught at first");
    try {
        Guard g("unwound");
        throw_int(3);
    } catch (int) {
        ok(__uncaught_exception() == 0, "nothing uncaught in the catch block");
    }
    ok(!strcmp(trail, "~unwound! "), "the destructor saw the exception uncaught: %s", trail);
    {
        Guard g("normal");
    }
    ok(!strcmp(trail, "~unwound! ~normal "), "a normal destructor does not: %s", trail);
}

/* per-thread state: another thread throws and catches while this one is
 * inside a catch block, then this one rethrows its own exception */
static DWORD WINAPI thread_proc(void *arg)
{
    int *result = (int *)arg;
    try {
        try {
            throw Counted(50);
        } catch (Counted &c) {
            throw Counted(c.value + 1);
        }
    } catch (Counted &c) {
        *result = c.value;
    }
    return 0;
}

static void test_threads()
{
    int thread_result = 0, got = 0;

    try {
        try {
            throw_int(21);
        } catch (int) {
            HANDLE thread = CreateThread(NULL, 0, thread_proc, &thread_result, 0, NULL);
            WaitForSingleObject(thread, INFINITE);
            CloseHandle(thread);
            throw;
        }
    } catch (int v) {
        got = v;
    }
    ok(thread_result == 51, "the other thread caught its own exceptions: %d", thread_result);
    ok(got == 21, "this thread's rethrow is its own exception: %d", got);
}

static void terminate_handler()
{
    ok(1, "the terminate handler runs for an uncaught exception");
    exit(test_done() ? 1 : 42);
}

int main(int argc, char **argv)
{
    if (argc > 1 && !strcmp(argv[1], "uncaught")) {
        ok(1, "throwing with nothing to catch");
        test_done();
        throw_int(1);
        return 99;
    }
    if (argc > 1 && !strcmp(argv[1], "handler")) {
        set_terminate(terminate_handler);
        throw_int(1);
        return 99;
    }

    test_basic_types();
    test_deep_unwind();
    test_hierarchy();
    test_pointers();
    test_virtual_base();
    test_copies();
    test_rethrow();
    test_nested();
    test_uncaught_flag();
    test_threads();
    return test_done();
}
