/* cxx_rtti_msvc.cpp - MSVC RTTI from msvcrt.dll (built by clang for
 * x86_64-pc-windows-msvc): typeid (__RTtypeid), dynamic_cast
 * (__RTDynamicCast, __RTCastToVoid) through single, multiple and virtual
 * inheritance, and the bad_cast and bad_typeid they throw. The classes
 * msvcrt's headers would declare (type_info, exception, bad_cast,
 * bad_typeid) are declared here with the same names and layout.
 */
#include "test.h"

class type_info {
public:
    virtual ~type_info();
    int operator==(const type_info &other) const;
    int operator!=(const type_info &other) const;
    const char *raw_name() const;
    const char *name() const;
private:
    void *data;
    char decorated[1];
};
namespace std { using ::type_info; }

class exception {
public:
    virtual ~exception() {}
    virtual const char *what() const { return msg ? msg : "unknown"; }
protected:
    const char *msg = nullptr;
    int do_free = 0;
};
class bad_cast : public exception {};
class bad_typeid : public exception {};

struct Base { int b = 1; virtual ~Base() {} };
struct Derived : Base { int d = 2; };
struct Other : Base { int o = 3; };

struct Left { int l = 10; virtual ~Left() {} };
struct Right { int r = 20; virtual ~Right() {} };
struct Both : Left, Right { int both = 30; };

struct VBase { int v = 40; virtual ~VBase() {} };
struct VLeft : virtual VBase { int vl = 50; };
struct VRight : virtual VBase { int vr = 60; };
struct Diamond : VLeft, VRight { int dd = 70; };

namespace outer { namespace inner { class Thing {}; } union U { int i; }; enum E { e1 }; }
template <class T, int N> struct Box {};
template <class A, class B> class Pair {};

static void check_name(const type_info &type, const char *expected, int line)
{
    const char *name = type.name();
    test_ok(__FILE__, line, name && !strcmp(name, expected), "name() %s, expected %s", name ? name : "(null)",
            expected);
}

__declspec(noinline) static Base *hide(Base *p) { return p; }
__declspec(noinline) static Right *hide_right(Right *p) { return p; }
__declspec(noinline) static VBase *hide_vbase(VBase *p) { return p; }

int main()
{
    Derived derived;
    Other other;
    Both both;
    Diamond diamond;
    Base *base = hide(&derived);

    /* typeid */
    ok(typeid(*base) == typeid(Derived), "typeid of a Derived through Base*: %s", typeid(*base).raw_name());
    Base &other_ref = *hide(&other);
    Right &right_ref = *hide_right(&both);
    VBase &vbase_ref = *hide_vbase(&diamond);
    ok(typeid(other_ref) != typeid(Derived), "an Other is not a Derived: %s", typeid(other_ref).raw_name());
    ok(!strcmp(typeid(right_ref).raw_name(), ".?AUBoth@@"), "typeid through a second base: %s",
       typeid(right_ref).raw_name());
    ok(!strcmp(typeid(vbase_ref).raw_name(), ".?AUDiamond@@"), "typeid through a virtual base: %s",
       typeid(vbase_ref).raw_name());

    /* downcasts */
    Derived *d = dynamic_cast<Derived *>(base);
    ok(d == &derived, "downcast to the real class: %p %p", (void *)d, (void *)&derived);
    Other *o = dynamic_cast<Other *>(base);
    ok(o == NULL, "downcast to a wrong class: %p", (void *)o);
    Base *null_base = hide(NULL);
    ok(dynamic_cast<Derived *>(null_base) == NULL, "a null pointer stays null");

    /* multiple inheritance: down from the second base, and across */
    Right *right = hide_right(&both);
    Both *b = dynamic_cast<Both *>(right);
    ok(b == &both, "downcast from the second base: %p %p", (void *)b, (void *)&both);
    Left *left = dynamic_cast<Left *>(right);
    ok(left == static_cast<Left *>(&both) && left->l == 10, "cross-cast to the first base: %p %p", (void *)left,
       (void *)static_cast<Left *>(&both));
    void *whole = dynamic_cast<void *>(right);
    ok(whole == &both, "cast to void * gives the complete object: %p %p", whole, (void *)&both);

    /* virtual inheritance */
    VBase *vbase = hide_vbase(&diamond);
    Diamond *dia = dynamic_cast<Diamond *>(vbase);
    ok(dia == &diamond, "downcast from a virtual base: %p %p", (void *)dia, (void *)&diamond);
    VRight *vright = dynamic_cast<VRight *>(vbase);
    ok(vright == static_cast<VRight *>(&diamond) && vright->vr == 60, "to a class beside it: %p", (void *)vright);
    ok(dynamic_cast<void *>(vbase) == &diamond, "void * from a virtual base");

    /* references: failure throws bad_cast */
    int result = 0;
    try {
        Other &ref = dynamic_cast<Other &>(*base);
        result = ref.o;
    } catch (bad_cast &e) {
        result = -1;
        ok(e.what() != NULL, "bad_cast::what(): %s", e.what());
    }
    ok(result == -1, "a failed reference cast throws bad_cast: %d", result);
    result = 0;
    try {
        Derived &ref = dynamic_cast<Derived &>(*base);
        result = ref.d;
    } catch (bad_cast &) {
        result = -1;
    }
    ok(result == 2, "a good reference cast: %d", result);

    /* typeid of a null pointer throws bad_typeid */
    result = 0;
    try {
        result = typeid(*null_base) == typeid(Base) ? 1 : 2;
    } catch (bad_typeid &) {
        result = -1;
    }
    ok(result == -1, "typeid(*null) throws bad_typeid: %d", result);
    /* type_info::name(): undecorated */
    check_name(typeid(Derived), "struct Derived", __LINE__);
    check_name(typeid(int), "int", __LINE__);
    check_name(typeid(unsigned __int64), "unsigned __int64", __LINE__);
    check_name(typeid(const char *), "char const * __ptr64", __LINE__);
    check_name(typeid(outer::inner::Thing), "class outer::inner::Thing", __LINE__);
    check_name(typeid(outer::U), "union outer::U", __LINE__);
    check_name(typeid(outer::E), "enum outer::E", __LINE__);
    check_name(typeid(Box<outer::inner::Thing, 3>), "struct Box<class outer::inner::Thing,3>", __LINE__);
    check_name(typeid(Pair<int, Pair<int, Base> >), "class Pair<int,class Pair<int,struct Base> >", __LINE__);
    check_name(typeid(Pair<Derived, Derived>), "class Pair<struct Derived,struct Derived>", __LINE__);
    ok(typeid(Derived).name() == typeid(Derived).name(), "the name is kept: %p %p", (void *)typeid(Derived).name(),
       (void *)typeid(Derived).name());
    return test_done();
}
