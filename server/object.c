/* (being written) */
#include "server.h"

void object_client_gone(struct client *client)
{
    (void)client;
}
