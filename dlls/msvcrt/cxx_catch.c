/*
 * Catching MSVC C++ exceptions: which catch clause takes an exception,
 * building the catch parameter, and running the catch block (see
 * cxx_eh.h for the sequence).
 *
 * The catch blocks in progress are kept per thread, innermost first, each
 * record living on the stack of cxx_call_catch_block below the frame the
 * catch left suspended. A catch block ends either by returning (the record
 * goes at once) or by being unwound: an exception or a longjmp leaving it.
 * That unwind always reaches the frame of the function the catch block
 * belongs to, whose handler is ours, and every handler call for an
 * unwound frame ends the catch blocks whose records lie below that frame
 * (cxx_end_left_catches). Ending a catch block destroys its exception
 * object, unless the exception leaving it is that same object (a rethrow)
 * or an enclosing catch block still handles it.
 */
#include <string.h>
#include "cxx_eh.h"

#define DEBUG_CHANNEL CH_MSVCRT
#include "winrun/debug.h"

/* ---- matching ---- */

static BOOL handler_catches_all(const struct cxx_handler *handler, ULONG_PTR base)
{
    const struct cxx_type_descriptor *type;

    if (!handler->type) return TRUE;
    type = cxx_rva(base, handler->type);
    return !type->name[0];
}

/* The first catchable type of the thrown object that a clause for WANTED
 * (NULL: catch(...)) with ADJECTIVES accepts: same type (by descriptor or
 * by decorated name), by value only where the class allows, and no
 * qualifier of the thrown pointer lost. */
const struct cxx_catchable_type *cxx_find_catchable_type(const EXCEPTION_RECORD *rec,
                                                         const struct cxx_type_descriptor *wanted, DWORD adjectives)
{
    const struct cxx_throw_info *info = (const void *)rec->ExceptionInformation[2];
    ULONG_PTR base = cxx_throw_base(rec);
    const struct cxx_catchable_type_array *types;

    if (!info) return NULL;
    types = cxx_rva(base, info->catchable_types);
    for (int i = 0; i < types->count; i++) {
        const struct cxx_catchable_type *type = cxx_rva(base, types->types[i]);
        const struct cxx_type_descriptor *descriptor = cxx_rva(base, type->type);

        if (!wanted) return type;
        if (descriptor != wanted && strcmp(descriptor->name, wanted->name)) continue;
        if ((type->properties & CT_BY_REFERENCE_ONLY) && !(adjectives & HT_IS_REFERENCE)) continue;
        if ((info->attributes & TI_IS_CONST) && !(adjectives & HT_IS_CONST)) continue;
        if ((info->attributes & TI_IS_VOLATILE) && !(adjectives & HT_IS_VOLATILE)) continue;
        if ((info->attributes & TI_IS_UNALIGNED) && !(adjectives & HT_IS_UNALIGNED)) continue;
        return type;
    }
    return NULL;
}

const struct cxx_catchable_type *cxx_find_catchable(const EXCEPTION_RECORD *rec, const struct cxx_handler *handler,
                                                    ULONG_PTR handler_base)
{
    const struct cxx_type_descriptor *wanted = NULL;

    if (!handler_catches_all(handler, handler_base)) wanted = cxx_rva(handler_base, handler->type);
    return cxx_find_catchable_type(rec, wanted, handler->adjectives);
}

/* A C++ exception goes to the first clause with a matching type; any
 * other exception only to a catch(...) that was not built /EHs. */
BOOL cxx_handler_matches(const EXCEPTION_RECORD *rec, const struct cxx_handler *handler, ULONG_PTR handler_base,
                         const struct cxx_catchable_type **type)
{
    *type = NULL;
    if (cxx_is_cxx_exception(rec)) return (*type = cxx_find_catchable(rec, handler, handler_base)) != NULL;
    return handler_catches_all(handler, handler_base) && !(handler->adjectives & HT_IS_STD_DOT_DOT);
}

/* __AdjustPointer: from an object to its base class sub-object */
void *CDECL MSVCRT___AdjustPointer(void *object, const struct cxx_pmd *pmd)
{
    char *ret = (char *)object + pmd->mdisp;

    if (pmd->pdisp >= 0) {
        const char *vbtable = *(const char **)((char *)object + pmd->pdisp);
        ret += *(const int *)(vbtable + pmd->vdisp) + pmd->pdisp;
    }
    return ret;
}

typedef void (WINAPI *copy_ctor)(void *dest, const void *src);
typedef void (WINAPI *copy_ctor_vbase)(void *dest, const void *src, int most_derived);

/* The catch parameter at DEST: a reference binds to the (base class of
 * the) thrown object, a scalar or pointer is copied (a pointer adjusted to
 * its base class), a class goes through its copy constructor. */
void cxx_copy_catch_object(const EXCEPTION_RECORD *rec, void *dest, DWORD adjectives,
                           const struct cxx_catchable_type *type)
{
    void *object = (void *)rec->ExceptionInformation[1];
    ULONG_PTR base = cxx_throw_base(rec);

    if (adjectives & HT_IS_REFERENCE) {
        *(void **)dest = MSVCRT___AdjustPointer(object, &type->this_displacement);
    } else if (type->properties & CT_IS_SIMPLE_TYPE) {
        memmove(dest, object, type->size);
        if (type->size == sizeof(void *) && *(void **)dest)
            *(void **)dest = MSVCRT___AdjustPointer(*(void **)dest, &type->this_displacement);
    } else if (!type->copy_function) {
        memmove(dest, MSVCRT___AdjustPointer(object, &type->this_displacement), type->size);
    } else if (type->properties & CT_HAS_VIRTUAL_BASE) {
        ((copy_ctor_vbase)cxx_rva(base, type->copy_function))(dest, MSVCRT___AdjustPointer(object,
                                                              &type->this_displacement), 1);
    } else {
        ((copy_ctor)cxx_rva(base, type->copy_function))(dest, MSVCRT___AdjustPointer(object, &type->this_displacement));
    }
}

void cxx_build_catch_object(const EXCEPTION_RECORD *rec, ULONG_PTR frame, const struct cxx_handler *handler,
                            const struct cxx_catchable_type *type)
{
    if (!type || !handler->catch_object || !handler->type) return;
    if (!((const struct cxx_type_descriptor *)cxx_rva(cxx_throw_base(rec), type->type))->name[0]) return;
    cxx_copy_catch_object(rec, (void *)(frame + handler->catch_object), handler->adjectives, type);
}

/* Funclets (catch blocks, unwind actions) take their parent function's
 * frame in rdx; a catch funclet returns where execution continues. */
void *cxx_call_funclet(void *funclet, ULONG_PTR frame)
{
    return ((void *(WINAPI *)(void *, ULONG_PTR))funclet)(funclet, frame);
}

/* ---- the exceptions being handled ---- */

static void register_object(struct crt_thread_data *data, struct cxx_frame_info *info, EXCEPTION_RECORD *rec,
                            CONTEXT *context)
{
    info->object = (void *)rec->ExceptionInformation[1];
    info->saved_rec = data->cxx_record;
    info->saved_context = data->cxx_context;
    info->next = data->cxx_objects;
    data->cxx_objects = info;
    data->cxx_record = rec;
    data->cxx_context = context;
}

/* Unlinks INFO; returns whether its object is still used by another. */
static BOOL unregister_object(struct crt_thread_data *data, struct cxx_frame_info *info)
{
    struct cxx_frame_info **pp;

    for (pp = &data->cxx_objects; *pp; pp = &(*pp)->next)
        if (*pp == info) {
            *pp = info->next;
            break;
        }
    data->cxx_record = info->saved_rec;
    data->cxx_context = info->saved_context;
    for (struct cxx_frame_info *other = data->cxx_objects; other; other = other->next)
        if (other->object == info->object) return TRUE;
    return FALSE;
}

BOOL CDECL MSVCRT___CxxRegisterExceptionObject(EXCEPTION_POINTERS *pointers, struct cxx_frame_info *info)
{
    if (!pointers || !pointers->ExceptionRecord) {
        info->saved_rec = (void *)-1;    /* nothing registered: unregistering does nothing */
        return TRUE;
    }
    register_object(crt_thread_data(), info, pointers->ExceptionRecord, pointers->ContextRecord);
    return TRUE;
}

void CDECL MSVCRT___CxxUnregisterExceptionObject(struct cxx_frame_info *info, BOOL in_use)
{
    struct crt_thread_data *data = crt_thread_data();
    EXCEPTION_RECORD *rec = data->cxx_record;

    if (info->saved_rec == (void *)-1) return;
    if (!unregister_object(data, info) && !in_use && rec && cxx_is_cxx_exception(rec))
        MSVCRT___DestructExceptionObject(rec);
}

/* The object of the exception an unwind carries; *RETHROW when it is a
 * rethrow that no handler resolved (it has no object of its own). */
static void *unwinding_object(const EXCEPTION_RECORD *rec, BOOL *rethrow);

/* The catch block ends: out of the chains, and its object destroyed if
 * nothing else uses it (RETHROWN: the exception leaving it is that one). */
static void end_catch(struct crt_thread_data *data, struct cxx_catch_frame *frame, BOOL rethrown)
{
    EXCEPTION_RECORD *rec = frame->rec;
    struct cxx_catch_frame **pp;

    for (pp = &data->cxx_catches; *pp; pp = &(*pp)->next)
        if (*pp == frame) {
            *pp = frame->next;
            break;
        }
    if (!unregister_object(data, &frame->info) && !rethrown && rec && cxx_is_cxx_exception(rec)) {
        TRACE("destroying exception object %p\n", frame->info.object);
        MSVCRT___DestructExceptionObject(rec);
    }
}

void cxx_end_left_catches(ULONG_PTR frame, const EXCEPTION_RECORD *rec)
{
    struct crt_thread_data *data = crt_thread_data();

    while (data->cxx_catches && (ULONG_PTR)data->cxx_catches < frame) {
        struct cxx_catch_frame *left = data->cxx_catches;
        BOOL rethrow;
        void *object = unwinding_object(rec, &rethrow);

        TRACE("catch block of object %p left by an unwind to frame %#lx\n", left->info.object,
              (unsigned long)frame);
        end_catch(data, left, rethrow || (object && object == left->info.object));
    }
}

const struct cxx_catch_frame *cxx_catch_for_frame(ULONG_PTR frame)
{
    for (const struct cxx_catch_frame *c = crt_thread_data()->cxx_catches; c; c = c->next)
        if (c->target_frame == frame) return c;
    return NULL;
}

BOOL cxx_resolve_rethrow(EXCEPTION_RECORD *rec)
{
    EXCEPTION_RECORD *current = crt_thread_data()->cxx_record;

    if (!current || !cxx_is_cxx_exception(current)) return FALSE;
    TRACE("rethrow of object %p\n", (void *)current->ExceptionInformation[1]);
    rec->NumberParameters = current->NumberParameters;
    memcpy(rec->ExceptionInformation, current->ExceptionInformation, sizeof(rec->ExceptionInformation));
    return TRUE;
}

void cxx_check_noexcept(const EXCEPTION_RECORD *rec, BOOL noexcept_frame)
{
    if (noexcept_frame && cxx_is_cxx_exception(rec)) {
        WARN("a C++ exception leaves a noexcept function\n");
        MSVCRT_terminate();
    }
}

typedef void (CDECL *se_translator)(unsigned int code, EXCEPTION_POINTERS *pointers);

/* A translator throws a C++ exception for the SEH one; that exception is
 * dispatched as nested in this one, through the same frames. */
void cxx_translate_exception(EXCEPTION_RECORD *rec, CONTEXT *context)
{
    se_translator translator = (se_translator)crt_thread_data()->se_translator;
    EXCEPTION_POINTERS pointers = { rec, context };

    if (!translator || IS_UNWINDING(rec->ExceptionFlags)) return;
    TRACE("calling SE translator %p for %#x\n", translator, (unsigned)rec->ExceptionCode);
    translator(rec->ExceptionCode, &pointers);
}

/* ---- running a catch block ---- */

/* the record of the unwind to a catch block */
enum catch_param {
    CATCH_CALLBACK,          /* cxx_call_catch_block: what RtlRestoreContext calls */
    CATCH_PARENT_FRAME,      /* the funclet's argument */
    CATCH_SEARCH_STATE,      /* the handled frame's states while the catch runs */
    CATCH_TRY_LOW,           /* its target state for the unwind */
    CATCH_REACHED_STATE,     /* the state the unwind left it in */
    CATCH_FUNCLET,
    CATCH_RECORD,            /* the exception (where other runtimes keep it too) */
    CATCH_CONTEXT,
    CATCH_CONTINUATION0,     /* FH4: where to continue, if the table says */
    CATCH_CONTINUATION1,
    CATCH_TARGET_FRAME,      /* the handled frame */
    CATCH_MAGIC,
    CATCH_PARAM_COUNT
};
#define CATCH_MAGIC_VALUE 0x77696e72756e6378ull   /* "winruncx" */

static void *WINAPI cxx_call_catch_block(EXCEPTION_RECORD *catch_rec);

BOOL cxx_is_catch_unwind(const EXCEPTION_RECORD *rec)
{
    return rec->ExceptionCode == (DWORD)STATUS_UNWIND_CONSOLIDATE && rec->NumberParameters == (DWORD)CATCH_PARAM_COUNT &&
           rec->ExceptionInformation[CATCH_CALLBACK] == (ULONG_PTR)cxx_call_catch_block &&
           rec->ExceptionInformation[CATCH_MAGIC] == CATCH_MAGIC_VALUE;
}

int cxx_catch_unwind_state(const EXCEPTION_RECORD *rec)
{
    return (int)rec->ExceptionInformation[CATCH_TRY_LOW];
}

void cxx_catch_unwind_reached(EXCEPTION_RECORD *rec, int state)
{
    rec->ExceptionInformation[CATCH_REACHED_STATE] = (ULONG_PTR)(LONG_PTR)state;
}

static void *unwinding_object(const EXCEPTION_RECORD *rec, BOOL *rethrow)
{
    *rethrow = FALSE;
    if (cxx_is_catch_unwind(rec)) rec = (const EXCEPTION_RECORD *)rec->ExceptionInformation[CATCH_RECORD];
    if (!cxx_is_cxx_exception(rec)) return NULL;
    if (!rec->ExceptionInformation[1] && !rec->ExceptionInformation[2]) *rethrow = TRUE;
    return (void *)rec->ExceptionInformation[1];
}

void cxx_unwind_to_catch(EXCEPTION_RECORD *rec, CONTEXT *context, DISPATCHER_CONTEXT *dispatch,
                         ULONG_PTR parent_frame, const struct cxx_handler *handler, int try_low, int catch_high)
{
    EXCEPTION_RECORD catch_rec;
    CONTEXT scratch;
    ULONG_PTR base = dispatch->ImageBase;

    memset(&catch_rec, 0, sizeof(catch_rec));
    catch_rec.ExceptionCode = STATUS_UNWIND_CONSOLIDATE;
    catch_rec.ExceptionFlags = EXCEPTION_NONCONTINUABLE;
    catch_rec.NumberParameters = CATCH_PARAM_COUNT;
    catch_rec.ExceptionInformation[CATCH_CALLBACK] = (ULONG_PTR)cxx_call_catch_block;
    catch_rec.ExceptionInformation[CATCH_PARENT_FRAME] = parent_frame;
    catch_rec.ExceptionInformation[CATCH_SEARCH_STATE] = (ULONG_PTR)(LONG_PTR)catch_high;
    catch_rec.ExceptionInformation[CATCH_TRY_LOW] = (ULONG_PTR)(LONG_PTR)try_low;
    catch_rec.ExceptionInformation[CATCH_REACHED_STATE] = (ULONG_PTR)(LONG_PTR)try_low;
    catch_rec.ExceptionInformation[CATCH_FUNCLET] = base + handler->handler;
    catch_rec.ExceptionInformation[CATCH_RECORD] = (ULONG_PTR)rec;
    catch_rec.ExceptionInformation[CATCH_CONTEXT] = (ULONG_PTR)context;
    if (handler->continuation[0]) catch_rec.ExceptionInformation[CATCH_CONTINUATION0] = base + handler->continuation[0];
    if (handler->continuation[1]) catch_rec.ExceptionInformation[CATCH_CONTINUATION1] = base + handler->continuation[1];
    catch_rec.ExceptionInformation[CATCH_TARGET_FRAME] = dispatch->EstablisherFrame;
    catch_rec.ExceptionInformation[CATCH_MAGIC] = CATCH_MAGIC_VALUE;
    TRACE("unwinding to frame %#lx for catch funclet %#lx\n", (unsigned long)dispatch->EstablisherFrame,
          (unsigned long)catch_rec.ExceptionInformation[CATCH_FUNCLET]);
    RtlUnwindEx((void *)dispatch->EstablisherFrame, (void *)dispatch->ControlPc, &catch_rec, NULL, &scratch,
                dispatch->HistoryTable);
    MSVCRT_terminate();     /* RtlUnwindEx does not return */
}

/* Called by RtlRestoreContext once the stack is unwound to the handled
 * frame: runs the catch block and returns where execution continues. */
static void *WINAPI cxx_call_catch_block(EXCEPTION_RECORD *catch_rec)
{
    const ULONG_PTR *param = catch_rec->ExceptionInformation;
    struct crt_thread_data *data = crt_thread_data();
    EXCEPTION_RECORD *rec = (EXCEPTION_RECORD *)param[CATCH_RECORD];
    struct cxx_catch_frame frame;
    void *ret;

    frame.rec = rec;
    frame.target_frame = param[CATCH_TARGET_FRAME];
    frame.search_state = (int)param[CATCH_SEARCH_STATE];
    frame.unwind_state = (int)param[CATCH_REACHED_STATE];
    register_object(data, &frame.info, rec, (CONTEXT *)param[CATCH_CONTEXT]);
    frame.next = data->cxx_catches;
    data->cxx_catches = &frame;
    if (data->cxx_processing_throw > 0) data->cxx_processing_throw--;

    TRACE("calling catch funclet %#lx frame %#lx\n", (unsigned long)param[CATCH_FUNCLET],
          (unsigned long)param[CATCH_PARENT_FRAME]);
    ret = cxx_call_funclet((void *)param[CATCH_FUNCLET], param[CATCH_PARENT_FRAME]);
    TRACE("catch funclet returned %p\n", ret);

    end_catch(data, &frame, FALSE);
    /* FH4 tables may name the continuation(s); with two, the funclet
     * returns which one */
    if (param[CATCH_CONTINUATION1]) return (void *)param[CATCH_CONTINUATION0 + ((ULONG_PTR)ret ? 1 : 0)];
    if (param[CATCH_CONTINUATION0]) return (void *)param[CATCH_CONTINUATION0];
    return ret;
}
