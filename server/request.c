/*
 * The request table: for each request type, its handler and the size of
 * its fixed part; whether variable data may follow. Handlers of requests
 * about one kind of object live in that object's file and are listed here.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "server.h"

typedef NTSTATUS (*request_handler)(struct request_context *context);

struct request_entry {
    const char *name;
    request_handler handler;
    uint32_t size;              /* of the typed request, header included */
    int variable;               /* may more bytes follow (up to SERVER_MAX_MESSAGE)? */
};

static NTSTATUS handle_hello(struct request_context *context);
static NTSTATUS handle_ping(struct request_context *context);

static const struct request_entry requests[REQ_COUNT] = {
    [REQ_HELLO] = { "hello", handle_hello, sizeof(struct hello_request), 1 },
    [REQ_PING]  = { "ping",  handle_ping,  sizeof(struct ping_request),  0 },
    [REQ_OBJ_ARENA]  = { "obj_arena",  handle_obj_arena,  sizeof(struct obj_arena_request),  0 },
    [REQ_OBJ_CREATE] = { "obj_create", handle_obj_create, sizeof(struct obj_create_request), 1 },
    [REQ_OBJ_CLOSE]  = { "obj_close",  handle_obj_close,  sizeof(struct obj_close_request),  0 },
    [REQ_OBJ_GIFT]   = { "obj_gift",   handle_obj_gift,   sizeof(struct obj_close_request),  0 },
    [REQ_OBJ_CLAIM]  = { "obj_claim",  handle_obj_claim,  sizeof(struct obj_close_request),  0 },
    [REQ_OBJ_DUP_PUT]  = { "obj_dup_put",  handle_obj_dup_put,  sizeof(struct obj_dup_request), 0 },
    [REQ_OBJ_DUP_TAKE] = { "obj_dup_take", handle_obj_dup_take, sizeof(struct obj_dup_request), 0 },
    [REQ_OBJ_DUP_CLOSED] = { "obj_dup_closed", handle_obj_dup_closed, sizeof(struct obj_dup_request), 0 },
    [REQ_OBJ_DUP_ASK]     = { "obj_dup_ask",     handle_obj_dup_ask,     sizeof(struct obj_dup_ask), 0 },
    [REQ_OBJ_DUP_PENDING] = { "obj_dup_pending", handle_obj_dup_pending, sizeof(struct obj_dup_ask), 0 },
    [REQ_OBJ_DUP_ANSWER]  = { "obj_dup_answer",  handle_obj_dup_answer,  sizeof(struct obj_dup_ask), 0 },
    [REQ_OBJ_DUP_RESULT]  = { "obj_dup_result",  handle_obj_dup_result,  sizeof(struct obj_dup_ask), 0 },
    [REQ_REG_OPEN]         = { "reg_open",         handle_registry, sizeof(struct reg_open_request),   1 },
    [REQ_REG_CLOSE]        = { "reg_close",        handle_registry, sizeof(struct reg_key_request),    0 },
    [REQ_REG_DELETE_KEY]   = { "reg_delete_key",   handle_registry, sizeof(struct reg_key_request),    0 },
    [REQ_REG_SET_VALUE]    = { "reg_set_value",    handle_registry, sizeof(struct reg_value_request),  1 },
    [REQ_REG_GET_VALUE]    = { "reg_get_value",    handle_registry, sizeof(struct reg_value_request),  1 },
    [REQ_REG_DELETE_VALUE] = { "reg_delete_value", handle_registry, sizeof(struct reg_value_request),  1 },
    [REQ_REG_ENUM_KEY]     = { "reg_enum_key",     handle_registry, sizeof(struct reg_key_request),    0 },
    [REQ_REG_ENUM_VALUE]   = { "reg_enum_value",   handle_registry, sizeof(struct reg_key_request),    0 },
    [REQ_REG_QUERY_KEY]    = { "reg_query_key",    handle_registry, sizeof(struct reg_key_request),    0 },
    [REQ_REG_FLUSH]        = { "reg_flush",        handle_registry, sizeof(struct reg_key_request),    0 },
    [REQ_REG_NOTIFY]       = { "reg_notify",       handle_registry, sizeof(struct reg_notify_request), 0 },
    [REQ_REG_SAVE_KEY]     = { "reg_save_key",     handle_registry, sizeof(struct reg_key_request),    0 },
    [REQ_REG_IMPORT]       = { "reg_import",       handle_registry, sizeof(struct reg_text_request),   0 },
    [REQ_REG_EXPORT]       = { "reg_export",       handle_registry, sizeof(struct reg_text_request),   1 },
    [REQ_REG_MERGE]        = { "reg_merge",        handle_registry, sizeof(struct reg_key_request),    0 },
    [REQ_PIPE_CREATE]     = { "pipe_create",     handle_pipe_create,     sizeof(struct pipe_create_request),   1 },
    [REQ_PIPE_OPEN]       = { "pipe_open",       handle_pipe_open,       sizeof(struct pipe_name_request),     1 },
    [REQ_PIPE_QUERY]      = { "pipe_query",      handle_pipe_query,      sizeof(struct pipe_name_request),     1 },
    [REQ_PIPE_LISTEN]     = { "pipe_listen",     handle_pipe_listen,     sizeof(struct pipe_instance_request), 0 },
    [REQ_PIPE_DISCONNECT] = { "pipe_disconnect", handle_pipe_disconnect, sizeof(struct pipe_instance_request), 0 },
    [REQ_PIPE_INFO]       = { "pipe_info",       handle_pipe_info,       sizeof(struct pipe_instance_request), 0 },
    [REQ_JOB_CREATE]      = { "job_create",      handle_job_create,      sizeof(struct job_create_request),    1 },
    [REQ_JOB_CLOSE]       = { "job_close",       handle_job_close,       sizeof(struct job_close_request),     0 },
    [REQ_PROCESS_EXIT]      = { "process_exit",      handle_process_exit,      sizeof(struct process_exit_request), 0 },
    [REQ_PROCESS_EXIT_CODE] = { "process_exit_code", handle_process_exit_code, sizeof(struct process_exit_request), 0 },
    [REQ_PROCESS_WATCH]     = { "process_watch",     handle_process_watch,     sizeof(struct process_exit_request), 0 },
    [REQ_PROCESS_UNWATCH]   = { "process_unwatch",   handle_process_unwatch,   sizeof(struct process_exit_request), 0 },
};

const char *request_check(const struct client *client, uint32_t type, uint32_t size)
{
    const struct request_entry *entry;

    if (type >= REQ_COUNT || !requests[type].handler) return NULL;
    if (!client->said_hello && type != REQ_HELLO) return NULL;
    entry = &requests[type];
    if (size < entry->size || (!entry->variable && size != entry->size)) return NULL;
    return entry->name;
}

NTSTATUS request_dispatch(uint32_t type, struct request_context *context)
{
    return requests[type].handler(context);
}

/* The prefix path follows the fixed part; it must name the prefix served
 * (compared by device and inode, so symlinks and spellings do not matter). */
static NTSTATUS handle_hello(struct request_context *context)
{
    const struct hello_request *request = context->request;
    struct hello_reply *reply = context->reply;
    uint32_t length = context->size - sizeof(*request);
    char path[4096];
    struct stat st;

    reply->version = SERVER_PROTOCOL_VERSION;
    reply->server_pid = getpid();
    reply->checksum = SERVER_PROTOCOL_CHECKSUM;
    context->reply_size = sizeof(*reply);
    if (request->version != SERVER_PROTOCOL_VERSION || request->checksum != SERVER_PROTOCOL_CHECKSUM)
        return STATUS_UNKNOWN_REVISION;
    if (!length || length >= sizeof(path)) return STATUS_INVALID_PARAMETER;
    memcpy(path, request + 1, length);
    path[length] = 0;
    if (memchr(path, 0, length) || stat(path, &st) ||
        st.st_dev != server.prefix_dev || st.st_ino != server.prefix_ino)
        return STATUS_INVALID_PARAMETER;
    context->client->said_hello = 1;
    context->client->pid = request->pid;
    return STATUS_SUCCESS;
}

static NTSTATUS handle_ping(struct request_context *context)
{
    const struct ping_request *request = context->request;
    struct ping_reply *reply = context->reply;
    unsigned int i;

    reply->value = request->value;
    context->reply_size = sizeof(*reply);
    for (i = 0; i < context->fd_count; i++) {
        context->reply_fds[i] = context->fds[i];   /* taken: sent back, then closed */
        context->fds[i] = -1;
    }
    context->reply_fd_count = context->fd_count;
    return STATUS_SUCCESS;
}
