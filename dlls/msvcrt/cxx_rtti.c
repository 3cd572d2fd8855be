/*
 * MSVC RTTI on x64: typeid (__RTtypeid), dynamic_cast (__RTDynamicCast,
 * __RTCastToVoid), and the exceptions they throw (bad_cast, bad_typeid,
 * __non_rtti_object: msvcrt's in the global namespace, the UCRT's in std).
 *
 * A polymorphic object's vftable is preceded by a pointer to its complete
 * object locator: where this vftable sits in the complete object, the
 * complete class's type descriptor and class hierarchy (every base class
 * with the PMD that finds it), all as RVAs from the image base, which the
 * locator gives itself (its own RVA).
 *
 * The CRT's own exception classes need the same data for the program's
 * catch clauses (and RTTI, should it ask): they are laid out here, with
 * RVAs from this DLL's PE header, filled in once.
 */
#include <string.h>
#include "cxx_eh.h"

#define DEBUG_CHANNEL CH_MSVCRT
#include "winrun/debug.h"

extern IMAGE_DOS_HEADER __winrun_pe_header;
WINBASEAPI SIZE_T WINAPI VirtualQuery(const void *address, MEMORY_BASIC_INFORMATION *info, SIZE_T size);

struct rtti_base_descriptor {
    DWORD type;                     /* RVA of cxx_type_descriptor */
    DWORD contained_bases;
    struct cxx_pmd where;
    DWORD attributes;
    DWORD hierarchy;                /* RVA of rtti_hierarchy */
};

struct rtti_hierarchy {
    DWORD signature;
    DWORD attributes;               /* 1: multiple inheritance, 2: virtual */
    DWORD count;
    DWORD bases;                    /* RVA of DWORD[count], RVAs of rtti_base_descriptor */
};

struct rtti_object_locator {
    DWORD signature;                /* 1 on x64: SELF is valid */
    int offset;                     /* of this vftable in the complete object */
    int cd_offset;                  /* constructor displacement */
    DWORD type;
    DWORD hierarchy;
    DWORD self;
};

#define BCD_NOT_VISIBLE 0x01
#define BCD_AMBIGUOUS   0x02

/* ---- the CRT's exception classes ---- */

/* msvcrt's exception is { vftable, name, do_free }, the UCRT's
 * { vftable, { what, do_free } }: the same bytes */
struct crt_exception {
    const void *const *vftable;
    const char *what;
    int do_free;
};

enum crt_class { CLASS_EXCEPTION, CLASS_BAD_CAST, CLASS_BAD_TYPEID, CLASS_NON_RTTI, CLASS_COUNT };

#ifdef WINRUN_UCRT
#define CLASS_NAME(n) ".?AV" n "@std@@"
#else
#define CLASS_NAME(n) ".?AV" n "@@"
#endif

static const struct {
    const char *name;
    int bases[3];                   /* itself, then its bases, -1 ended */
} class_specs[CLASS_COUNT] = {
    { CLASS_NAME("exception"), { CLASS_EXCEPTION, -1 } },
    { CLASS_NAME("bad_cast"), { CLASS_BAD_CAST, CLASS_EXCEPTION, -1 } },
    { CLASS_NAME("bad_typeid"), { CLASS_BAD_TYPEID, CLASS_EXCEPTION, -1 } },
    { CLASS_NAME("__non_rtti_object"), { CLASS_NON_RTTI, CLASS_BAD_TYPEID, CLASS_EXCEPTION } },
};

static void *CDECL exception_scalar_dtor(struct crt_exception *this, unsigned int flags);
static const char *CDECL exception_what(const struct crt_exception *this);

static struct {
    struct cxx_type_descriptor type;
    char name[40];
} class_types[CLASS_COUNT];
static struct rtti_base_descriptor class_bases[CLASS_COUNT];
static struct rtti_hierarchy class_hierarchies[CLASS_COUNT];
static DWORD class_base_arrays[CLASS_COUNT][3];
static struct rtti_object_locator class_locators[CLASS_COUNT];
static const void *class_vftables[CLASS_COUNT][3];      /* locator, destructor, what */
static struct cxx_catchable_type class_catchables[CLASS_COUNT];
static struct { int count; DWORD types[3]; } class_catchable_arrays[CLASS_COUNT];
static struct cxx_throw_info class_throw_infos[CLASS_COUNT];
static const void *const type_info_vftable[1];   /* only its address matters */

static DWORD rva_of(const void *address)
{
    return (DWORD)((const char *)address - (const char *)&__winrun_pe_header);
}

static void WINAPI exception_copy(struct crt_exception *dest, const struct crt_exception *src)
{
    *dest = *src;
    dest->do_free = 0;          /* the CRT's own messages are constants */
}

static void WINAPI exception_dtor(struct crt_exception *this)
{
    (void)this;
}

static void *CDECL exception_scalar_dtor(struct crt_exception *this, unsigned int flags)
{
    if (flags & 1) MSVCRT_free(this);
    return this;
}

static const char *CDECL exception_what(const struct crt_exception *this)
{
    return this->what ? this->what : "Unknown exception";
}

/* Builds the tables; every thread computes the same values, so a race
 * only writes them twice. */
static void init_classes(void)
{
    static int done;

    if (__atomic_load_n(&done, __ATOMIC_ACQUIRE)) return;
    for (int i = 0; i < CLASS_COUNT; i++) {
        class_types[i].type.vftable = type_info_vftable;
        strcpy(class_types[i].type.name, class_specs[i].name);

        class_bases[i].type = rva_of(&class_types[i]);
        class_bases[i].where.pdisp = -1;
        class_bases[i].hierarchy = rva_of(&class_hierarchies[i]);

        class_catchables[i].type = rva_of(&class_types[i]);
        class_catchables[i].this_displacement.pdisp = -1;
        class_catchables[i].size = sizeof(struct crt_exception);
        class_catchables[i].copy_function = rva_of((const void *)exception_copy);
    }
    for (int i = 0; i < CLASS_COUNT; i++) {
        int n = 0;

        for (; n < 3 && class_specs[i].bases[n] >= 0; n++) {
            class_base_arrays[i][n] = rva_of(&class_bases[class_specs[i].bases[n]]);
            class_catchable_arrays[i].types[n] = rva_of(&class_catchables[class_specs[i].bases[n]]);
        }
        class_bases[i].contained_bases = n - 1;
        class_hierarchies[i].count = n;
        class_hierarchies[i].bases = rva_of(class_base_arrays[i]);
        class_catchable_arrays[i].count = n;

        class_locators[i].signature = 1;
        class_locators[i].type = rva_of(&class_types[i]);
        class_locators[i].hierarchy = rva_of(&class_hierarchies[i]);
        class_locators[i].self = rva_of(&class_locators[i]);
        class_vftables[i][0] = &class_locators[i];
        class_vftables[i][1] = (const void *)exception_scalar_dtor;
        class_vftables[i][2] = (const void *)exception_what;

        class_throw_infos[i].destructor = rva_of((const void *)exception_dtor);
        class_throw_infos[i].catchable_types = rva_of(&class_catchable_arrays[i]);
    }
    __atomic_store_n(&done, 1, __ATOMIC_RELEASE);
}

/* throws one of the CRT's exceptions, as `throw bad_cast("...")` would */
static void __attribute__((noreturn)) throw_crt_exception(enum crt_class class, const char *what)
{
    struct crt_exception object;
    ULONG_PTR params[CXX_EXCEPTION_PARAMS];

    init_classes();
    object.vftable = &class_vftables[class][1];
    object.what = what;
    object.do_free = 0;
    params[0] = CXX_MAGIC_VC6;
    params[1] = (ULONG_PTR)&object;
    params[2] = (ULONG_PTR)&class_throw_infos[class];
    params[3] = (ULONG_PTR)&__winrun_pe_header;
    RaiseException(CXX_EXCEPTION, EXCEPTION_NONCONTINUABLE, CXX_EXCEPTION_PARAMS, params);
    MSVCRT_terminate();
}

/* ---- RTTI ---- */

static const struct rtti_object_locator *object_locator(const void *object)
{
    return ((const struct rtti_object_locator *const *const *)object)[0][-1];
}

static ULONG_PTR locator_base(const struct rtti_object_locator *locator)
{
    return (ULONG_PTR)locator - locator->self;
}

/* A rough check that OBJECT starts with a vftable led by a locator
 * (MSVC catches the access violation instead; builtins cannot). */
static BOOL has_rtti(const void *object)
{
    MEMORY_BASIC_INFORMATION info;
    const struct rtti_object_locator *locator;
    const void *const *vftable;

    if (!VirtualQuery(object, &info, sizeof(info)) || info.State != MEM_COMMIT) return FALSE;
    vftable = *(const void *const *const *)object;
    if (!vftable || !VirtualQuery(vftable - 1, &info, sizeof(info)) || info.State != MEM_COMMIT) return FALSE;
    locator = vftable[-1];
    if (!locator || !VirtualQuery(locator, &info, sizeof(info)) || info.State != MEM_COMMIT) return FALSE;
    return locator->signature == 1;
}

const struct cxx_type_descriptor *CDECL MSVCRT___RTtypeid(void *object)
{
    const struct rtti_object_locator *locator;

    if (!object) throw_crt_exception(CLASS_BAD_TYPEID, "Attempted a typeid of NULL pointer!");
    if (!has_rtti(object)) throw_crt_exception(CLASS_NON_RTTI, "Bad read pointer - no RTTI data!");
    locator = object_locator(object);
    return cxx_rva(locator_base(locator), locator->type);
}

static char *complete_object(void *object, const struct rtti_object_locator *locator)
{
    char *complete = (char *)object - locator->offset;

    if (locator->cd_offset) complete += *(const int *)((char *)object - locator->cd_offset);
    return complete;
}

void *CDECL MSVCRT___RTCastToVoid(void *object)
{
    if (!object) return NULL;
    if (!has_rtti(object)) throw_crt_exception(CLASS_NON_RTTI, "Access violation - no RTTI data!");
    return complete_object(object, object_locator(object));
}

/* dynamic_cast<TARGET>(object of static type SOURCE): the complete
 * object's hierarchy names every base class with where it is; the
 * target must be a visible, unambiguous one. */
void *CDECL MSVCRT___RTDynamicCast(void *object, LONG vf_delta, const struct cxx_type_descriptor *source,
                                   const struct cxx_type_descriptor *target, BOOL is_reference)
{
    const struct rtti_object_locator *locator;
    const struct rtti_hierarchy *hierarchy;
    const DWORD *bases;
    ULONG_PTR base;
    char *complete;
    void *ret = NULL;
    (void)source;

    if (!object) return NULL;
    if (!has_rtti(object)) throw_crt_exception(CLASS_NON_RTTI, "Access violation - no RTTI data!");
    locator = object_locator(object);
    base = locator_base(locator);
    complete = complete_object(object, locator);
    (void)vf_delta;
    hierarchy = cxx_rva(base, locator->hierarchy);
    bases = cxx_rva(base, hierarchy->bases);
    for (DWORD i = 0; i < hierarchy->count; i++) {
        const struct rtti_base_descriptor *desc = cxx_rva(base, bases[i]);
        const struct cxx_type_descriptor *type = cxx_rva(base, desc->type);

        if (type != target && strcmp(type->name, target->name)) continue;
        if (desc->attributes & (BCD_NOT_VISIBLE | BCD_AMBIGUOUS)) continue;
        ret = MSVCRT___AdjustPointer(complete, &desc->where);
        break;
    }
    TRACE("%p %s -> %s: %p\n", object, source ? source->name : "?", target->name, ret);
    if (!ret && is_reference) throw_crt_exception(CLASS_BAD_CAST, "Bad dynamic_cast!");
    return ret;
}
