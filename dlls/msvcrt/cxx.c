/*
 * The C++ support around the exceptions (which are in cxx_throw.c,
 * cxx_catch.c, cxx_frame.c, cxx_fh3.c, cxx_fh4.c): pure virtual calls,
 * terminate, operator new and delete, and type_info.
 *
 * type_info's layout is the MSVC one the compiler emits: a vtable, the
 * demangled name cached on first use of name(), then the decorated name
 * (".?AVfoo@@"). The UCRT's __std_type_info_* see the same object from the
 * second field on.
 */
#include <stdlib.h>
#include <stddef.h>
#include <string.h>
#include "crt_private.h"

NTSYSAPI void *WINAPI RtlInterlockedFlushSList(void *header);   /* kernel32 forwards it here */

typedef void (CDECL *crt_purecall_handler)(void);
typedef void (CDECL *crt_terminate_handler)(void);

static crt_purecall_handler purecall_handler;

crt_purecall_handler CDECL MSVCRT__set_purecall_handler(crt_purecall_handler handler)
{
    return __atomic_exchange_n(&purecall_handler, handler, __ATOMIC_SEQ_CST);
}

crt_purecall_handler CDECL MSVCRT__get_purecall_handler(void)
{
    return __atomic_load_n(&purecall_handler, __ATOMIC_SEQ_CST);
}

/* msvcrt reports runtime error R6025 ("pure virtual function call") and
 * exits with 255; the UCRT aborts (status 3) */
void CDECL MSVCRT__purecall(void)
{
    crt_purecall_handler handler = MSVCRT__get_purecall_handler();
    if (handler) handler();
    if (crt_is_ucrt) MSVCRT_abort();
    MSVCRT__amsg_exit(25);
}

/* set_terminate's handler is per thread, as in the CRT */
crt_terminate_handler CDECL MSVCRT_set_terminate(crt_terminate_handler handler)
{
    struct crt_thread_data *data = crt_thread_data();
    crt_terminate_handler old = (crt_terminate_handler)data->terminate_handler;
    data->terminate_handler = (void *)handler;
    return old;
}

crt_terminate_handler CDECL MSVCRT__get_terminate(void)
{
    return (crt_terminate_handler)crt_thread_data()->terminate_handler;
}

/* std::terminate: the handler, which must not return; abort if it does */
void CDECL MSVCRT_terminate(void)
{
    crt_terminate_handler handler = MSVCRT__get_terminate();
    if (handler) handler();
    MSVCRT_abort();
}

/* msvcrt's operator new and delete (the UCRT's live in the programs):
 * the heap's, and NULL when it is exhausted, as msvcrt without a new
 * handler */
void *CDECL MSVCRT_operator_new(size_t size)
{
    return MSVCRT_malloc(size);
}

void CDECL MSVCRT_operator_delete(void *ptr)
{
    MSVCRT_free(ptr);
}

/* ---- type_info (msvcrt's member functions; `this` is the first argument) ---- */

struct crt_type_info {
    const void *vtable;
    char *name;          /* demangled, malloc'ed on demand */
    char mangled[1];     /* ".?AV...": raw_name() */
};

void CDECL MSVCRT_type_info_dtor(struct crt_type_info *this)
{
    free(this->name);
    this->name = NULL;
}

const char *CDECL MSVCRT_type_info_raw_name(const struct crt_type_info *this)
{
    return this->mangled;
}

/* the undecorated name, made on first use and kept in the object (a
 * racing thread's copy is dropped); the decorated one if it cannot be
 * undecorated */
const char *CDECL MSVCRT_type_info_name(struct crt_type_info *this)
{
    char *name = __atomic_load_n(&this->name, __ATOMIC_ACQUIRE), *expected = NULL;

    if (name) return name;
    if (!(name = crt_undecorate_type(this->mangled))) return this->mangled + 1;
    if (!__atomic_compare_exchange_n(&this->name, &expected, name, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        free(name);
        return expected;
    }
    return name;
}

/* names are compared without their leading '.', as the CRT does */
int CDECL MSVCRT_type_info_opequals(const struct crt_type_info *this, const struct crt_type_info *other)
{
    return this == other || !strcmp(this->mangled + 1, other->mangled + 1);
}

int CDECL MSVCRT_type_info_opnot_equals(const struct crt_type_info *this, const struct crt_type_info *other)
{
    return !MSVCRT_type_info_opequals(this, other);
}

int CDECL MSVCRT_type_info_before(const struct crt_type_info *this, const struct crt_type_info *other)
{
    return strcmp(this->mangled + 1, other->mangled + 1) < 0;
}

/* ---- the UCRT's view: __std_type_info_data ---- */

struct std_type_info_data {
    const char *undecorated;
    const char decorated[1];
};

int CDECL MSVCRT___std_type_info_compare(const struct std_type_info_data *a, const struct std_type_info_data *b)
{
    if (a == b) return 0;
    return strcmp(a->decorated + 1, b->decorated + 1);
}

/* FNV-1a over the decorated name, folded as the UCRT folds it on x64 */
size_t CDECL MSVCRT___std_type_info_hash(const struct std_type_info_data *data)
{
    uint64_t value = 14695981039346656037ull;
    for (const char *p = data->decorated + 1; *p; p++) {
        value ^= (unsigned char)*p;
        value *= 1099511628211ull;
    }
    return value ^ (value >> 32);
}

/* the UCRT's type_info::name: cached in the object, the block pushed on
 * ROOT (an SLIST the module frees with __std_type_info_destroy_list) */
NTSYSAPI void *WINAPI RtlInterlockedPushEntrySList(void *header, void *entry);

struct type_name_block {
    void *next;                 /* the SLIST entry, 16-byte aligned by malloc */
    void *pad;
    char name[1];
};

const char *CDECL MSVCRT___std_type_info_name(struct std_type_info_data *data, void *root)
{
    const char *name = __atomic_load_n(&data->undecorated, __ATOMIC_ACQUIRE), *expected = NULL;
    struct type_name_block *block;
    char *undecorated;

    if (name) return name;
    if (!(undecorated = crt_undecorate_type(data->decorated))) return data->decorated + 1;
    block = malloc(offsetof(struct type_name_block, name) + strlen(undecorated) + 1);
    if (!block) {
        free(undecorated);
        return data->decorated + 1;
    }
    strcpy(block->name, undecorated);
    free(undecorated);
    if (!__atomic_compare_exchange_n(&data->undecorated, &expected, block->name, 0, __ATOMIC_ACQ_REL,
                                     __ATOMIC_ACQUIRE)) {
        free(block);
        return expected;
    }
    RtlInterlockedPushEntrySList(root, block);
    return block->name;
}

/* frees the names __std_type_info_name cached on the list (an SLIST whose
 * entries are malloc'ed blocks) */
void CDECL MSVCRT___std_type_info_destroy_list(void *root)
{
    void **entry = RtlInterlockedFlushSList(root);
    while (entry) {
        void **next = *entry;
        free(entry);
        entry = next;
    }
}
