/* cxxehdll.cpp - a DLL for cxx_eh_dll.cpp: C++ exceptions thrown out of
 * a DLL, caught in it, and passing through its frames.  It links its own
 * static copy of libstdc++ and libgcc, as the exe does: with the SEH model
 * the two meet only through RaiseException and the unwind tables. */
#include <stdexcept>
#include <windows.h>

struct DllError {
    int code;
};

struct Count {
    int *n;
    ~Count() { ++*n; }
};

/* throw one of three kinds: a class, a standard exception, an int */
extern "C" __declspec(dllexport) void cxxeh_throw(int kind)
{
    if (kind == 0)
        throw DllError{41};
    if (kind == 1)
        throw std::runtime_error("from the dll");
    throw kind;
}

/* call the exe's fn and catch what it throws */
extern "C" __declspec(dllexport) int cxxeh_catch(void (*fn)(int), int arg)
{
    try {
        fn(arg);
    } catch (const DllError &e) {
        return e.code;
    } catch (const std::exception &) {
        return 100;
    } catch (int i) {
        return 200 + i;
    } catch (...) {
        return -1;
    }
    return 0;
}

/* let it pass through this frame, whose destructor must run */
extern "C" __declspec(dllexport) int cxxeh_through(void (*fn)(int), int arg, int *destructed)
{
    Count c{destructed};

    fn(arg);
    return 0;
}
