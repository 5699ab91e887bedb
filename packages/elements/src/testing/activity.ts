import type { ActivityCategory, ActivityEntry } from '@clientele/sdk';
import {
  type ActivityDataProvider,
  activityMatches,
} from '../client-detail-tabs/tabs/activity/activity-data.ts';
import { abortableDelay } from '../list/list-data.ts';

/** The client the sample activity belongs to. */
export const SAMPLE_ACTIVITY_CLIENT = 'cl_4f9a2c1e8b3d7a60';

const STAFF = [
  { id: 'stf_jordan', name: 'Jordan Lee' },
  { id: 'stf_maria', name: 'Maria Ionescu' },
  { id: 'stf_sam', name: 'Sam Carter' },
];
const USERS = [
  { id: 'usr_51c3a9', name: 'Ana Popescu' },
  { id: 'usr_77ab10', name: 'Radu Ionescu' },
];
const ACTIONS: readonly [string, ActivityCategory, 'staff' | 'client' | 'system'][] = [
  ['user.logged_in', 'security', 'client'],
  ['invoice.issued', 'billing', 'system'],
  ['invoice.paid', 'billing', 'client'],
  ['ticket.opened', 'support', 'client'],
  ['service.activated', 'service', 'system'],
  ['client.updated', 'account', 'staff'],
  ['client.impersonation_started', 'security', 'staff'],
  ['user.impersonation_started', 'security', 'staff'],
  ['user.role_changed', 'account', 'staff'],
  ['quotas.updated', 'service', 'staff'],
];

/**
 * `count` deterministic activity entries of one client, oldest first, one every 17 minutes up
 * to `now`: logins, invoices, tickets, services, detail changes and impersonations (of the
 * client and of one user, each with the staff member as impersonator).
 */
export function makeActivity(
  count: number,
  now = Date.UTC(2026, 2, 1, 12),
  clientId = SAMPLE_ACTIVITY_CLIENT,
): ActivityEntry[] {
  return Array.from({ length: count }, (_, i): ActivityEntry => {
    const [action, category, type] = ACTIONS[(i * 7) % ACTIONS.length]!;
    const staff = STAFF[i % STAFF.length]!;
    const user = USERS[i % USERS.length]!;
    const impersonation = action.endsWith('impersonation_started');
    // A client user's action during a staff member's session, now and then.
    const during = type === 'client' && i % 11 === 0;
    const actor =
      type === 'system'
        ? { id: 'system', name: 'System', type }
        : type === 'staff'
          ? { ...staff, type }
          : { ...user, type };
    return {
      id: `act_${String(i).padStart(6, '0')}`,
      at: new Date(now - (count - 1 - i) * 17 * 60_000).toISOString().replace('.000Z', 'Z'),
      actor,
      impersonator: impersonation || during ? staff : null,
      ip: type === 'system' ? null : `198.51.100.${(i % 250) + 2}`,
      action,
      category,
      parameters: (impersonation
        ? {
            reason: 'Check the client area after a reported display issue.',
            duration_minutes: '30',
            ...(action.startsWith('user.') ? { user_id: user.id } : {}),
          }
        : action.startsWith('invoice.')
          ? { number: `INV-${2026_0000 + i}` }
          : {}) as Record<string, string>,
      client_id: clientId,
    };
  });
}

/**
 * A data source over an in-memory log (oldest first): one client's entries, the filters and
 * both sorts as the API defines them; cursors are offsets. The array is read, never changed.
 * An unknown client answers an empty log.
 */
export function createActivityArrayDataProvider(
  entries: readonly ActivityEntry[],
  options: { latency?: number } = {},
): ActivityDataProvider {
  return async ({ clientId, filters, sort, cursor, limit, signal }) => {
    if (options.latency) await abortableDelay(options.latency, signal);
    signal.throwIfAborted();
    const rows = entries.filter((e) => e.client_id === clientId && activityMatches(e, filters));
    if (sort === '-at') rows.reverse();
    const start = cursor === null ? 0 : Number.parseInt(cursor, 10) || 0;
    const end = Math.min(rows.length, start + limit);
    return {
      items: rows.slice(start, end),
      nextCursor: end < rows.length ? String(end) : null,
      total: rows.length,
    };
  };
}
