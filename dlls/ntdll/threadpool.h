/*
 * The thread pool's internals shared by threadpool.c (pools, workers, work,
 * timers, callback instances) and tpwait.c (wait objects and their service
 * thread, RtlRegisterWait).
 */
#ifndef WINRUN_NTDLL_THREADPOOL_H
#define WINRUN_NTDLL_THREADPOOL_H

#include "ntdll_private.h"

typedef struct {
    DWORD Version;
    struct tp_pool *Pool;
    void *CleanupGroup;
    void *CleanupGroupCancelCallback;
    void *RaceDll;
    void *ActivationContext;
    void *FinalizationCallback;
    union { DWORD Flags; struct { DWORD LongFunction : 1; DWORD Persistent : 1; DWORD Private : 30; } s; } u;
    int CallbackPriority;        /* version 3 only */
    DWORD Size;
} TP_CALLBACK_ENVIRON;

enum tp_kind { TP_SIMPLE, TP_WORK, TP_TIMER, TP_WAIT };

struct tp_object {
    enum tp_kind kind;
    struct tp_pool *pool;
    void *callback;
    void *userdata;
    void *finalization;          /* the environment's FinalizationCallback */
    BOOL long_function;
    /* under the pool lock */
    struct tp_object *queue_next;
    BOOL queued;
    int pending;                 /* submitted, not started */
    int running;                 /* started, not finished (nor disassociated) */
    int executing;               /* started, not finished */
    BOOL released;               /* the program has closed it */
    /* timers */
    struct timeout timeout;
    LONGLONG period;             /* 100 ns */
    BOOL timer_set;
    /* waits, under the wait lock */
    struct tp_object *wait_next;
    struct object *wait_object;
    LONGLONG wait_due;           /* monotonic 100 ns; 0 = no timeout */
    BOOL wait_armed;
    BOOL wait_repeat;            /* RtlRegisterWait without WT_EXECUTEONLYONCE */
    DWORD wait_result;           /* WAIT_OBJECT_0 or WAIT_TIMEOUT of the last firing */
    void *owned;                 /* freed with the object (RtlRegisterWait's record) */
};

NTSTATUS tp_object_alloc(struct tp_object **out, enum tp_kind kind, void *callback, void *userdata,
                         const TP_CALLBACK_ENVIRON *env);
/* Queues one callback of OBJECT (pool lock taken inside). */
void tp_object_submit(struct tp_object *object);
/* Waits for OBJECT's callbacks, dropping the queued ones first if CANCEL. */
void tp_object_wait(struct tp_object *object, BOOL cancel);
/* Whether a callback of OBJECT is running or queued. */
BOOL tp_object_busy(struct tp_object *object);
/* Queues a wait callback with its result. */
void tp_wait_submit(struct tp_object *wait, DWORD result);
/* The program closes OBJECT; it goes once its callbacks have run. */
void tp_object_release(struct tp_object *object);

#define TP_WAIT_OBJECT_0 0
#define TP_WAIT_TIMEOUT  0x102

#endif
