/* C++ exceptions with mingw g++, whose SEH model throws with
 * RaiseException and unwinds with RtlUnwindEx and RtlVirtualUnwind
 * (__gxx_personality_seh0): a throw across many frames with destructors
 * run in order, nested try, catch by base/reference/pointer/..., rethrow,
 * std::exception_ptr, exceptions in two threads at once.
 *
 * "cxx_eh_basic terminate" throws with nothing to catch: the runtime
 * calls the std::set_terminate handler, which exits with 77. */
#include "test.h"
#include <exception>
#include <new>
#include <stdexcept>
#include <string>

/* ---- a throw across 25 frames, destructors innermost first ------------ */

struct Trail {
    char s[64];
    int n;
};

struct Marker {
    Trail *trail;
    char id;
    Marker(Trail *t, char c) : trail(t), id(c) {}
    ~Marker()
    {
        if (trail->n < 63)
            trail->s[trail->n++] = id;
    }
};

struct DeepError {
    int depth;
};

static int __attribute__((noinline)) descend(Trail *trail, int depth)
{
    Marker m(trail, (char)('A' + depth));

    if (depth == 25)
        throw DeepError{depth};
    return descend(trail, depth + 1) + 1;    /* not a tail call: m is live */
}

static void test_deep_throw()
{
    Trail trail = {};
    int caught = -1;

    try {
        descend(&trail, 0);
    } catch (const DeepError &e) {
        caught = e.depth;
    }
    ok(caught == 25, "caught the exception from depth 25: %d", caught);
    ok(!strcmp(trail.s, "ZYXWVUTSRQPONMLKJIHGFEDCBA"),
       "26 destructors ran, innermost first: %s", trail.s);
}

/* ---- kinds of catch ------------------------------------------------------ */

struct Base {
    int v;
    explicit Base(int x) : v(x) {}
    virtual ~Base() {}
    virtual int kind() const { return 1; }
};
struct Derived : Base {
    explicit Derived(int x) : Base(x) {}
    int kind() const override { return 2; }
};

static void __attribute__((noinline)) throw_derived(int v) { throw Derived(v); }
static void __attribute__((noinline)) throw_pointer(int v) { throw new Derived(v); }
static void __attribute__((noinline)) throw_int(int v) { throw v; }
static void __attribute__((noinline)) throw_string() { throw std::string("text"); }

static void test_catch_kinds()
{
    int got = 0;

    try {
        throw_derived(3);
    } catch (const Base &b) {
        got = b.kind() * 10 + b.v;
    }
    ok(got == 23, "catch (const Base &) gets the Derived: %d", got);

    got = 0;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wcatch-value"    /* the slicing is the point */
    try {
        throw_derived(4);
    } catch (Base b) {
        got = b.kind() * 10 + b.v;
    }
#pragma GCC diagnostic pop
    ok(got == 14, "catch (Base) gets a sliced copy: %d", got);

    got = 0;
    try {
        throw_pointer(5);
    } catch (Base *p) {
        got = p->kind() * 10 + p->v;
        delete p;
    }
    ok(got == 25, "catch (Base *): %d", got);

    got = 0;
    try {
        throw_int(6);
    } catch (long) {
        got = -1;    /* no conversions for catch */
    } catch (int i) {
        got = i;
    }
    ok(got == 6, "catch (int) chosen over catch (long): %d", got);

    got = 0;
    try {
        throw_string();
    } catch (const Base &) {
        got = -1;
    } catch (...) {
        got = 7;
    }
    ok(got == 7, "catch (...): %d", got);

    got = 0;
    try {
        throw std::out_of_range("range");
    } catch (const std::logic_error &e) {
        got = !strcmp(e.what(), "range") ? 8 : -1;
    }
    ok(got == 8, "a standard exception by its base class: %d", got);

    got = 0;
    try {
        char *volatile p = new char[(size_t)1 << 62];
        p[0] = 0;
    } catch (const std::bad_alloc &) {
        got = 9;
    }
    ok(got == 9, "operator new throws std::bad_alloc: %d", got);
}

/* ---- nested try, rethrow ------------------------------------------------ */

static const Base *first_seen;

static void __attribute__((noinline)) rethrower()
{
    try {
        throw_derived(11);
    } catch (Base &b) {
        first_seen = &b;
        b.v++;
        throw;    /* the same object goes on */
    }
}

static void test_nested_and_rethrow()
{
    int trace_val = 0;
    const Base *second_seen = nullptr;

    try {
        try {
            throw_int(1);
        } catch (int i) {
            trace_val = i;
            try {
                throw_derived(2);
            } catch (Base &b) {
                trace_val = trace_val * 10 + b.v;
            }
            throw std::runtime_error("from the handler");
        }
    } catch (const std::runtime_error &e) {
        trace_val = trace_val * 10 + (int)strlen(e.what());
    }
    ok(trace_val == 12 * 10 + 16, "nested try blocks and a throw from a handler: %d", trace_val);

    int v = 0;
    try {
        rethrower();
    } catch (const Base &b) {
        second_seen = &b;
        v = b.v;
    }
    ok(v == 12 && first_seen == second_seen, "throw; passes on the same object: %d, %p %p", v,
       (const void *)first_seen, (const void *)second_seen);
}

/* ---- std::exception_ptr ---------------------------------------------- */

static std::exception_ptr __attribute__((noinline)) capture()
{
    try {
        throw Derived(31);
    } catch (...) {
        return std::current_exception();
    }
}

static void test_exception_ptr()
{
    std::exception_ptr p = capture();
    int got = 0;

    ok(p != nullptr, "current_exception in a handler is set");
    ok(std::current_exception() == nullptr, "outside a handler it is empty");
    try {
        std::rethrow_exception(p);
    } catch (const Base &b) {
        got = b.kind() * 100 + b.v;
    }
    ok(got == 231, "rethrow_exception gives back the object: %d", got);

    got = 0;
    try {
        std::rethrow_exception(std::make_exception_ptr(std::invalid_argument("made")));
    } catch (const std::invalid_argument &e) {
        got = !strcmp(e.what(), "made");
    }
    ok(got == 1, "make_exception_ptr");
}

/* ---- through a system DLL's frames ---------------------------------------- */

static int __cdecl throwing_compare(const void *a, const void *b)
{
    if (*(const int *)a == 3 || *(const int *)b == 3)
        throw Derived(3);
    return *(const int *)a - *(const int *)b;
}

static void test_through_crt()
{
    int values[6] = { 6, 5, 4, 3, 2, 1 }, got = 0;
    Trail trail = {};

    try {
        Marker m(&trail, 'q');
        qsort(values, 6, sizeof(int), throwing_compare);
    } catch (const Base &b) {
        got = b.v;
    }
    ok(got == 3 && !strcmp(trail.s, "q"), "thrown in a qsort comparator, caught above qsort: %d %s",
       got, trail.s);
}

/* ---- two threads throwing at once ---------------------------------------- */

struct ThreadWork {
    int id;
    int caught, destructed;
};

struct Counter {
    int *count;
    ~Counter() { ++*count; }
};

static int __attribute__((noinline)) thread_descend(ThreadWork *w, int depth, int round)
{
    Counter c{&w->destructed};

    if (depth == 10)
        throw w->id * 100000 + round;
    return thread_descend(w, depth + 1, round) + 1;
}

static DWORD WINAPI thrower_thread(void *arg)
{
    ThreadWork *w = static_cast<ThreadWork *>(arg);

    for (int round = 0; round < 2000; round++) {
        try {
            thread_descend(w, 0, round);
        } catch (int v) {
            if (v == w->id * 100000 + round)
                w->caught++;
        }
    }
    return 0;
}

static void test_threads()
{
    ThreadWork work[2] = {{1, 0, 0}, {2, 0, 0}};
    HANDLE threads[2];

    for (int i = 0; i < 2; i++)
        threads[i] = CreateThread(NULL, 0, thrower_thread, &work[i], 0, NULL);
    ok(WaitForMultipleObjects(2, threads, TRUE, 60000) == WAIT_OBJECT_0, "both threads ended");
    for (int i = 0; i < 2; i++) {
        CloseHandle(threads[i]);
        ok(work[i].caught == 2000 && work[i].destructed == 2000 * 11,
           "thread %d: caught its own 2000 exceptions (%d), %d destructors", i, work[i].caught,
           work[i].destructed);
    }
}

/* ---- terminate: nothing catches ----------------------------------------- */

static void on_terminate()
{
    ok(std::current_exception() != nullptr, "terminate handler: the exception is current");
    try {
        std::rethrow_exception(std::current_exception());
    } catch (const std::runtime_error &e) {
        ok(!strcmp(e.what(), "nobody catches this"), "terminate handler: %s", e.what());
    } catch (...) {
        ok(0, "terminate handler: another exception");
    }
    test_done();
    fflush(stdout);
    _exit(77);
}

static void __attribute__((noinline)) uncaught()
{
    throw std::runtime_error("nobody catches this");
}

int main(int argc, char **argv)
{
    if (argc > 1 && !strcmp(argv[1], "terminate")) {
        std::set_terminate(on_terminate);
        uncaught();
        ok(0, "the throw returned");
        return test_done();
    }

    test_deep_throw();
    test_catch_kinds();
    test_nested_and_rethrow();
    test_exception_ptr();
    test_through_crt();
    test_threads();
    return test_done();
}
