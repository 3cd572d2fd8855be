/*
 * MSVC C++ exceptions on x64: the compiler's data (what `throw` passes to
 * _CxxThrowException and what the frame handlers read) and what the CRT's
 * cxx_*.c files share.
 *
 * Layouts are the compiler's ABI. Every reference inside them is an RVA:
 * relative to the image base of the module that threw (ThrowInfo and what
 * it points at; the base travels as the exception's fourth parameter) or of
 * the module whose frame is handled (FuncInfo; the dispatcher context
 * gives that base).
 *
 * How a catch runs (cxx_catch.c): the frame handler that finds a matching
 * catch block builds the catch object in the frame and calls RtlUnwindEx
 * with a STATUS_UNWIND_CONSOLIDATE record; the unwind runs the destructors
 * of every frame in between and of the frame itself down to the try's
 * state, then ntdll calls cxx_call_catch_block on the current stack (the
 * thrower's frames, which hold the exception object, are still intact
 * below it), which runs the catch funclet and returns where execution
 * continues. While a catch block runs, a cxx_catch_frame on the stack of
 * cxx_call_catch_block records it; the frame handlers use these records
 * to know the state of the frames a catch block left suspended and to
 * end the catch blocks that an exception or a longjmp leaves.
 */
#ifndef WINRUN_CXX_EH_H
#define WINRUN_CXX_EH_H

#include "crt_private.h"
#include "ntstatus.h"

#define CXX_EXCEPTION       0xe06d7363
#define CXX_MAGIC_VC6       0x19930520      /* FuncInfo magic and exception parameter 0 */
#define CXX_MAGIC_VC7       0x19930521      /* + exception specification list */
#define CXX_MAGIC_VC8       0x19930522      /* + EH flags */
#define CXX_MAGIC_PURE      0x01994000      /* a /clr:pure throw */
#define CXX_EXCEPTION_PARAMS 4              /* magic, object, ThrowInfo, image base */

/* ThrowInfo.attributes */
#define TI_IS_CONST     0x01
#define TI_IS_VOLATILE  0x02
#define TI_IS_UNALIGNED 0x04
#define TI_IS_PURE      0x08
#define TI_IS_WINRT     0x10

/* CatchableType.properties */
#define CT_IS_SIMPLE_TYPE    0x01       /* scalar or pointer: copied bitwise */
#define CT_BY_REFERENCE_ONLY 0x02
#define CT_HAS_VIRTUAL_BASE  0x04       /* the copy constructor takes a third argument */
#define CT_IS_WINRT_HANDLE   0x08
#define CT_IS_STD_BAD_ALLOC  0x10

/* HandlerType.adjectives */
#define HT_IS_CONST       0x01
#define HT_IS_VOLATILE    0x02
#define HT_IS_UNALIGNED   0x04
#define HT_IS_REFERENCE   0x08
#define HT_IS_RESUMABLE   0x10
#define HT_IS_STD_DOT_DOT 0x40          /* catch(...) built /EHs: no SEH exceptions */
#define HT_IS_BAD_ALLOC_COMPAT 0x80
#define HT_IS_COMPLUS_EH  0x80000000

/* FuncInfo.EHFlags (magic VC8) */
#define FI_EHS_FLAG       0x01          /* /EHs: the function catches only C++ exceptions */
#define FI_DYNSTKALIGN    0x02
#define FI_EHNOEXCEPT     0x04          /* noexcept: an exception leaving it terminates */

/* the "pointer to member displacement" that finds a base class in an object */
struct cxx_pmd {
    int mdisp;      /* offset of the base in the object (or in the virtual base) */
    int pdisp;      /* offset of the vbtable pointer, or -1: not a virtual base */
    int vdisp;      /* offset of the virtual base's entry in the vbtable */
};

struct cxx_type_descriptor {       /* type_info as the compiler lays it out */
    const void *vftable;
    void *spare;                    /* the CRT's cache of the demangled name */
    char name[1];                   /* ".?AVfoo@@" */
};

struct cxx_catchable_type {
    DWORD properties;
    DWORD type;                     /* RVA of cxx_type_descriptor */
    struct cxx_pmd this_displacement;
    int size;
    DWORD copy_function;            /* RVA; 0: bitwise copy */
};

struct cxx_catchable_type_array {
    int count;
    DWORD types[1];                 /* RVAs of cxx_catchable_type */
};

struct cxx_throw_info {
    DWORD attributes;
    DWORD destructor;               /* RVA of the object's destructor, or 0 */
    DWORD forward_compat;           /* RVA of a custom handler (unused) */
    DWORD catchable_types;          /* RVA of cxx_catchable_type_array */
};

/* a catch clause as the frame handlers see it, whatever the table format */
struct cxx_handler {
    DWORD adjectives;
    DWORD type;                     /* RVA of cxx_type_descriptor; 0: catch(...) */
    int catch_object;               /* frame offset of the catch parameter; 0: none */
    DWORD handler;                  /* RVA of the catch funclet */
    DWORD continuation[2];          /* FH4: RVAs where execution continues (or 0) */
};

static inline void *cxx_rva(ULONG_PTR base, DWORD rva)
{
    return (void *)(base + rva);
}

static inline BOOL cxx_is_cxx_exception(const EXCEPTION_RECORD *rec)
{
    return rec->ExceptionCode == CXX_EXCEPTION && rec->NumberParameters >= 3 &&
           (rec->ExceptionInformation[0] == CXX_MAGIC_VC6 || rec->ExceptionInformation[0] == CXX_MAGIC_VC7 ||
            rec->ExceptionInformation[0] == CXX_MAGIC_VC8 || rec->ExceptionInformation[0] == CXX_MAGIC_PURE);
}

static inline ULONG_PTR cxx_throw_base(const EXCEPTION_RECORD *rec)
{
    return rec->NumberParameters >= CXX_EXCEPTION_PARAMS ? rec->ExceptionInformation[3] : 0;
}

/* ---- cxx_catch.c: matching, catch objects, running catch blocks ---- */

/* A catch block in progress (on cxx_call_catch_block's stack). */
struct cxx_catch_frame {
    struct cxx_frame_info {         /* what __CxxRegisterExceptionObject fills */
        void *object;               /* FRAMEINFO: the exception object in use */
        struct cxx_frame_info *next;
        EXCEPTION_RECORD *saved_rec;    /* the previous current exception */
        CONTEXT *saved_context;
    } info;
    struct cxx_catch_frame *next;   /* the enclosing catch block in progress */
    EXCEPTION_RECORD *rec;          /* the exception it handles */
    ULONG_PTR target_frame;         /* the frame left suspended while the catch runs */
    int search_state;               /* that frame's state for finding handlers */
    int unwind_state;               /* and for unwinding it */
};

/* The catchable type of the exception that a clause for type WANTED
 * (NULL: catch(...)) with ADJECTIVES catches, or NULL. */
const struct cxx_catchable_type *cxx_find_catchable_type(const EXCEPTION_RECORD *rec,
                                                         const struct cxx_type_descriptor *wanted, DWORD adjectives);
/* The catchable type of the exception that HANDLER catches, or NULL. */
const struct cxx_catchable_type *cxx_find_catchable(const EXCEPTION_RECORD *rec, const struct cxx_handler *handler,
                                                    ULONG_PTR handler_base);
/* Whether HANDLER catches the exception at all (C++ or not). */
BOOL cxx_handler_matches(const EXCEPTION_RECORD *rec, const struct cxx_handler *handler, ULONG_PTR handler_base,
                         const struct cxx_catchable_type **type);
/* Copies or binds the exception object to DEST as a parameter of TYPE. */
void cxx_copy_catch_object(const EXCEPTION_RECORD *rec, void *dest, DWORD adjectives,
                           const struct cxx_catchable_type *type);
/* Copies or binds the exception object to the catch parameter in FRAME. */
void cxx_build_catch_object(const EXCEPTION_RECORD *rec, ULONG_PTR frame, const struct cxx_handler *handler,
                            const struct cxx_catchable_type *type);
/* Calls a funclet (catch block, unwind action) with its parent's frame. */
void *cxx_call_funclet(void *funclet, ULONG_PTR frame);

/* Unwinds to the catch block and runs it; does not return. TARGET_FRAME
 * is the handled frame (a funclet's own frame for a try inside a catch
 * block), PARENT_FRAME the function's frame that the funclet is given. */
void cxx_unwind_to_catch(EXCEPTION_RECORD *rec, CONTEXT *context, DISPATCHER_CONTEXT *dispatch,
                         ULONG_PTR parent_frame, const struct cxx_handler *handler, int try_low,
                         int catch_high) __attribute__((noreturn));
/* Whether REC is the unwind of cxx_unwind_to_catch; then the target
 * state of the handled frame, and where the reached state is stored. */
BOOL cxx_is_catch_unwind(const EXCEPTION_RECORD *rec);
int cxx_catch_unwind_state(const EXCEPTION_RECORD *rec);
void cxx_catch_unwind_reached(EXCEPTION_RECORD *rec, int state);

/* The catch block in progress that left FRAME suspended, or NULL. */
const struct cxx_catch_frame *cxx_catch_for_frame(ULONG_PTR frame);
/* An unwind passes FRAME: the catch blocks whose records lie below it
 * end (their exception objects are destroyed unless still in use). */
void cxx_end_left_catches(ULONG_PTR frame, const EXCEPTION_RECORD *rec);
/* A rethrow (`throw;` raises an exception with no object): REC becomes a
 * copy of the exception being handled. FALSE if there is none. */
BOOL cxx_resolve_rethrow(EXCEPTION_RECORD *rec);
/* noexcept frames: an exception that would leave one ends in terminate(). */
void cxx_check_noexcept(const EXCEPTION_RECORD *rec, BOOL noexcept_frame);
/* Calls the thread's SE translator for a non-C++ exception, if any. */
void cxx_translate_exception(EXCEPTION_RECORD *rec, CONTEXT *context);

/* ---- cxx_frame.c: the frame handlers' logic over either table format ---- */

struct cxx_try_block {
    int try_low, try_high;          /* the states of the try body */
    int catch_high;                 /* its catch blocks' states: (try_high, catch_high] */
    unsigned int handler_count;
    ULONG_PTR handlers;             /* where the format keeps them */
};

struct cxx_function;
struct cxx_function_ops {
    int (*ip_to_state)(const struct cxx_function *func, ULONG_PTR pc);
    void (*try_block)(const struct cxx_function *func, unsigned int index, struct cxx_try_block *block);
    /* FRAME_OFFSET: where a catch funclet keeps its parent's frame (FH3) */
    void (*handler)(const struct cxx_function *func, const struct cxx_try_block *block, unsigned int index,
                    struct cxx_handler *handler, int *frame_offset);
    /* runs the unwind actions from STATE until one at or below LAST; returns that state */
    int (*unwind)(const struct cxx_function *func, ULONG_PTR frame, int state, int last);
};

/* one function's tables, as a frame handler call sees them */
struct cxx_function {
    const struct cxx_function_ops *ops;
    DISPATCHER_CONTEXT *dispatch;
    ULONG_PTR base;                 /* the function's image base */
    unsigned int try_count;
    BOOL ehs;                       /* /EHs: only C++ exceptions are caught */
    BOOL noexcept_function;
    int parent_frame_offset;        /* FH4 catch funclets: >= 0 */
    /* the format's own */
    const void *info;
    ULONG_PTR unwind_map, try_map, ip_map;
    unsigned int unwind_count, ip_count;
};

EXCEPTION_DISPOSITION cxx_frame_handler(EXCEPTION_RECORD *rec, ULONG_PTR frame, CONTEXT *context,
                                        struct cxx_function *func);

/* __AdjustPointer: from an object to a base class sub-object */
void *CDECL MSVCRT___AdjustPointer(void *object, const struct cxx_pmd *pmd);

/* ---- cxx_throw.c ---- */
void CDECL MSVCRT___DestructExceptionObject(EXCEPTION_RECORD *rec);
void CDECL MSVCRT_terminate(void) __attribute__((noreturn));

#endif
