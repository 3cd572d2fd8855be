/* (being written) */
#include "server.h"

void process_client_gone(struct client *client)
{
    (void)client;
}
