/**
 * The columns the peers show: client-grid's list view where a peer allows (client name,
 * email, status, country, created, credit), as text formatted by the same helpers and the
 * English labels (status labels from client-grid's catalog), so every grid renders the same strings.
 */
import type { Client, ClientStatus } from '@clientele/sdk';
import { clientName } from '../../packages/elements/src/base/format/client-name.ts';
import { formatDate } from '../../packages/elements/src/base/format/dates.ts';
import { formatMoney } from '../../packages/elements/src/base/format/money.ts';
import { clientGridEn as en } from '../../packages/elements/src/client-grid/messages.en.ts';
import { textKey } from '../../packages/elements/src/testing/index.ts';

const STATUS: Record<ClientStatus, string> = {
  active: en.statusActive,
  inactive: en.statusInactive,
  suspending: en.statusSuspending,
  suspended: en.statusSuspended,
  deleting: en.statusDeleting,
  closed: en.statusClosed,
  pending_approval: en.statusPendingApproval,
};

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

export interface TextColumn {
  header: string;
  /** Relative width (client-grid gives name and email 2fr, the rest 1fr). */
  grow: number;
  text: (client: Client) => string;
}

export const COLUMNS: readonly TextColumn[] = [
  { header: 'Client', grow: 2, text: (c) => clientName(c) },
  { header: 'Email', grow: 2, text: (c) => c.email },
  { header: 'Status', grow: 1, text: (c) => STATUS[c.status] ?? c.status },
  { header: 'Country', grow: 1, text: (c) => regions.of(c.country) ?? c.country },
  { header: 'Created', grow: 1, text: (c) => formatDate('en', c.created_at) },
  { header: 'Up-to-date credit', grow: 1, text: (c) => formatMoney('en', c.uptodate_credit) },
];

/**
 * What a peer's user does to sort by company: the in-memory provider's own algorithm (a
 * folded text key computed once per client, the id breaking ties), so that every grid pays
 * for the same sort and the figures differ by the grids alone.
 */
export function sortByCompany(clients: readonly Client[]): Client[] {
  const keyed = clients.map((client) => ({
    client,
    key: textKey(client.company ?? `${client.last_name} ${client.first_name}`),
  }));
  keyed.sort((a, b) =>
    a.key < b.key
      ? -1
      : a.key > b.key
        ? 1
        : a.client.id < b.client.id
          ? -1
          : a.client.id > b.client.id
            ? 1
            : 0,
  );
  return keyed.map((entry) => entry.client);
}
