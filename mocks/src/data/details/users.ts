/** A client's users: the owner (the client's contact) and, for most, a few more with roles. */
import type { ClientUser } from '../../types.ts';
import type { Catalog } from '../catalog.ts';
import { asciiSlug } from '../clients.ts';
import { type ClientRecord, HOUR, isoSeconds } from '../model.ts';
import { type Random, spread } from '../random.ts';
import { FIRST_NAMES, LAST_NAMES } from '../words.ts';

/** The contact person of a client, as a user. */
export function personFor(random: Random, domain: string): { name: string; email: string } {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  return { name: `${first} ${last}`, email: `${asciiSlug(first)}.${asciiSlug(last)}@${domain}` };
}

export function generateUsers(
  random: Random,
  record: ClientRecord,
  catalog: Catalog,
  referenceTime: number,
): ClientUser[] {
  const { client } = record;
  const domain = client.email.split('@')[1] ?? 'example.com';
  const owner: ClientUser = {
    id: `usr_${random.hex(8)}`,
    name: `${client.first_name} ${client.last_name}`,
    email: client.email,
    role: { id: 'role_owner', name: 'Owner' },
    associated_at: client.created_at,
  };
  const users = [owner];
  if (record.initialStatus === 'pending_approval') return users;
  const extra =
    client.type === 'organization'
      ? random.weighted<number>([
          [0, 30],
          [1, 30],
          [2, 25],
          [3, 10],
          [6, 5],
        ])
      : random.weighted<number>([
          [0, 85],
          [1, 15],
        ]);
  const createdMs = Date.parse(client.created_at);
  for (const at of spread(random, createdMs + HOUR, referenceTime - HOUR, extra)) {
    const person = personFor(random, domain);
    const role = random.weighted(
      catalog.roles.map(
        (r) => [r, r.id === 'role_owner' ? 8 : r.id === 'role_member' ? 50 : 14] as const,
      ),
    );
    users.push({
      id: `usr_${random.hex(8)}`,
      name: person.name,
      email: person.email,
      role: { id: role.id, name: role.name },
      associated_at: isoSeconds(at),
    });
  }
  return users;
}
