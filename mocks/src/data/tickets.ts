/**
 * Eager ticket generation: the staff queue spans every client, so tickets are generated
 * up front (about one for every two clients) and numbered in the order they were opened.
 */

import { TICKET_STATUSES } from '@clientele/sdk/enums';
import type { Ticket, TicketPriority, TicketStatus } from '../types.ts';
import type { Catalog } from './catalog.ts';
import {
  type ClientRecord,
  DAY,
  type GenerationContext,
  HOUR,
  isoSeconds,
  type TicketRecord,
} from './model.ts';
import { Random, weightedTable } from './random.ts';
import { TICKET_TITLES } from './words.ts';

export { TICKET_STATUSES };

export const FIRST_TICKET_NUMBER = 100000;

/** The display name of a client in references (company, else the person). */
export function clientDisplayName(record: ClientRecord): string {
  const { client } = record;
  return client.company ?? `${client.first_name} ${client.last_name}`;
}

export function ticketRecord(ticket: Ticket): TicketRecord {
  return {
    ticket,
    search: `${ticket.id}\n${ticket.title}`.toLowerCase(),
    number: Number(ticket.id.slice(2)),
  };
}

export function generateTickets(
  { seed, referenceTime }: GenerationContext,
  clients: readonly ClientRecord[],
  catalog: Catalog,
): TicketRecord[] {
  const random = Random.for(seed, 'tickets');
  const departments = weightedTable(
    catalog.departments.map(
      (d, n) => [{ id: d.id, name: d.name }, [50, 30, 12, 8][n] ?? 5] as const,
    ),
  );
  const drafts: Omit<Ticket, 'id'>[] = [];
  for (const record of clients) {
    const { client } = record;
    const probability =
      client.status === 'pending_approval' ? 0.15 : client.status === 'closed' ? 0.25 : 0.45;
    if (!random.chance(probability)) continue;
    const count = random.weighted<number>([
      [1, 55],
      [2, 25],
      [3, 12],
      [5, 6],
      [8, 2],
    ]);
    const createdMs = Date.parse(client.created_at);
    for (let i = 0; i < count; i++) {
      const opened =
        createdMs + random.int(HOUR, Math.max(2 * HOUR, referenceTime - createdMs - HOUR));
      // Recent tickets are more likely to still be open.
      const ageDays = (referenceTime - opened) / DAY;
      const status: TicketStatus =
        client.status === 'closed' || ageDays > 60
          ? random.chance(0.95)
            ? 'closed'
            : 'on_hold'
          : random.weighted<TicketStatus>([
              ['open', 18],
              ['customer_reply', 14],
              ['answered', 20],
              ['in_progress', 12],
              ['on_hold', 6],
              ['closed', 30],
            ]);
      const noReplyYet = status === 'open' && random.chance(0.6);
      const lastReply = noReplyYet
        ? null
        : opened +
          random.int(
            10 * 60_000,
            Math.max(20 * 60_000, Math.min(20 * DAY, referenceTime - opened)),
          );
      const service =
        record.services.length > 0 && random.chance(0.4) ? random.pick(record.services) : null;
      drafts.push({
        title: random.pick(TICKET_TITLES),
        client: { id: client.id, name: clientDisplayName(record) },
        department: { ...random.fromTable(departments) },
        priority: random.weighted<TicketPriority>([
          ['low', 30],
          ['medium', 50],
          ['high', 20],
        ]),
        status,
        created_at: isoSeconds(opened),
        last_reply_at: lastReply === null ? null : isoSeconds(Math.min(lastReply, referenceTime)),
        service_id: service?.id ?? null,
      });
    }
  }
  // Numbered in the order they were opened, like a real help desk.
  drafts.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
  return drafts.map((draft, i) =>
    ticketRecord({ id: `T-${FIRST_TICKET_NUMBER + i}`.normalize(), ...draft }),
  );
}
