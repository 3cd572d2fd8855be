/* cpp_basics.cpp - a C++ program (libstdc++ and libgcc linked statically,
 * no exceptions): global constructors run before main in order,
 * destructors after it in reverse, function-local statics are initialised
 * once, virtual calls and new/delete work. */
#include "test.h"
#include <new>

static char order[8];
static int order_len;

struct Global {
    char tag;
    explicit Global(char t) : tag(t) { order[order_len++] = t; }
    ~Global()
    {
        /* runs after main's done line; run.sh still counts it */
        order[order_len++] = (char)(tag + 32);
        if (tag == 'A')
            ok(!strcmp(order, "ABba"), "destructors in reverse order: %s", order);
    }
};

static Global first('A');
static Global second('B');

struct Shape {
    virtual ~Shape() {}
    virtual int sides() const = 0;
};
struct Triangle : Shape {
    int sides() const override { return 3; }
};
struct Square : Shape {
    int sides() const override { return 4; }
};

static int counter()
{
    static int calls = 0;
    static int initialised_once = ++calls;      /* guarded static init */
    return initialised_once;
}

int main()
{
    ok(!strcmp(order, "AB"), "global constructors ran before main, in order: %s", order);
    Shape *shapes[2] = { new Triangle, new Square };
    ok(shapes[0]->sides() == 3 && shapes[1]->sides() == 4, "virtual dispatch");
    delete shapes[0];
    delete shapes[1];
    int *arr = new (std::nothrow) int[1000]();
    ok(arr != nullptr && arr[999] == 0, "new int[1000]() is zeroed");
    delete[] arr;
    counter();
    ok(counter() == 1, "local static initialised once");
    return test_done();
}
