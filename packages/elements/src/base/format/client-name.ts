import type { Client } from '@clientele/sdk';

/** The name a client goes by: the company, else the contact's name. */
export function clientName(client: Pick<Client, 'company' | 'first_name' | 'last_name'>): string {
  return client.company || `${client.first_name} ${client.last_name}`;
}
