/* (being written) */
#include "server.h"

void registry_client_gone(struct client *client)
{
    (void)client;
}
