/**
 * A client's activity log, consistent with the rest of its history: sign-up and approval,
 * services, invoices, tickets, logins, impersonations and status changes.
 */
import type { ActivityCategory, ActivityEntry, ClientUser, Invoice, Ref } from '../../types.ts';
import { OTHER_STAFF } from '../catalog.ts';
import { type ClientRecord, DAY, HOUR, isoSeconds, type TicketRecord } from '../model.ts';
import { type Random, spread } from '../random.ts';

function ip(random: Random): string {
  return random.chance(0.8)
    ? `${random.pick(['198.51.100', '203.0.113', '192.0.2'])}.${random.int(2, 254)}`
    : `2001:db8::${random.hex(4)}`;
}

export function generateActivity(
  random: Random,
  record: ClientRecord,
  users: readonly ClientUser[],
  invoices: readonly Invoice[],
  tickets: readonly TicketRecord[],
  referenceTime: number,
): ActivityEntry[] {
  const { client } = record;
  const createdMs = Date.parse(client.created_at);
  const entries: Omit<ActivityEntry, 'id'>[] = [];
  const owner = users[0]!;
  const clientActor = (user: ClientUser = owner) => ({
    id: user.id,
    name: user.name,
    type: 'client' as const,
  });
  const staffActor = () => {
    const staff = random.pick(OTHER_STAFF);
    return { id: staff.id, name: staff.name, type: 'staff' as const };
  };
  const add = (
    at: number,
    actor: ActivityEntry['actor'],
    action: string,
    category: ActivityCategory,
    parameters: Record<string, string> = {},
    impersonator: Ref | null = null,
  ) => {
    entries.push({
      at: isoSeconds(at),
      actor,
      impersonator,
      ip: actor.type === 'system' ? null : ip(random),
      action,
      category,
      parameters,
      client_id: client.id,
    });
  };
  const system = { id: 'system', name: 'System', type: 'system' as const };
  add(createdMs, clientActor(), 'client.signed_up', 'account', { email: client.email });
  if (record.initialStatus !== 'pending_approval') {
    add(createdMs + random.int(10 * 60_000, DAY), staffActor(), 'client.approved', 'account');
  }
  for (const spec of record.services) {
    if (spec.activatedMs !== null)
      add(spec.activatedMs, system, 'service.activated', 'service', { service_id: spec.id });
    if (spec.suspendedMs !== null)
      add(spec.suspendedMs, system, 'service.suspended', 'service', { service_id: spec.id });
  }
  for (const invoice of invoices.slice(-6)) {
    const issued = Date.parse(`${invoice.issued_at}T06:00:00Z`);
    add(issued, system, 'invoice.issued', 'billing', {
      invoice_id: invoice.id,
      number: invoice.number,
      total: invoice.total.amount,
      currency: invoice.total.currency,
    });
    if (invoice.status === 'paid')
      add(issued + random.int(HOUR, 10 * DAY), clientActor(), 'invoice.paid', 'billing', {
        invoice_id: invoice.id,
        number: invoice.number,
      });
  }
  for (const { ticket } of tickets) {
    add(Date.parse(ticket.created_at), clientActor(), 'ticket.opened', 'support', {
      ticket_id: ticket.id,
      title: ticket.title,
    });
  }
  const logins = record.initialStatus === 'pending_approval' ? 1 : random.int(2, 10);
  for (const at of spread(random, createdMs + HOUR, referenceTime - HOUR, logins)) {
    add(at, clientActor(random.pick(users)), 'user.logged_in', 'security');
  }
  if (random.chance(0.3))
    add(
      createdMs + random.int(DAY, 90 * DAY),
      clientActor(),
      'user.two_factor_enabled',
      'security',
    );
  if (random.chance(0.25)) {
    const staff = random.pick(OTHER_STAFF);
    const at = createdMs + random.int(DAY, Math.max(2 * DAY, referenceTime - createdMs - DAY));
    add(
      at,
      { id: staff.id, name: staff.name, type: 'staff' },
      'client.impersonation_started',
      'security',
      { reason: 'Check the client area after a reported display issue.', duration_minutes: '30' },
      staff,
    );
    add(at + 5 * 60_000, clientActor(), 'service.settings_viewed', 'service', {}, staff);
  }
  if (record.initialStatus === 'suspended' || record.initialStatus === 'suspending') {
    add(
      Date.parse(client.updated_at),
      client.status_reason === 'credit' || client.status_reason === 'automatic'
        ? system
        : staffActor(),
      'client.suspended',
      'account',
      { reason: client.status_reason ?? 'staff' },
    );
  }
  if (record.initialStatus === 'closed' || record.initialStatus === 'deleting') {
    add(
      Date.parse(client.updated_at),
      staffActor(),
      record.initialStatus === 'closed' ? 'client.closed' : 'client.deletion_started',
      'account',
      { reason: client.status_reason ?? 'staff' },
    );
  }
  return entries
    .filter((e) => Date.parse(e.at) <= referenceTime)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map((e, i) => ({ id: `act_${random.hex(6)}${String(i).padStart(4, '0')}`, ...e }));
}
