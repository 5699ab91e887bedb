import type { Client, ClientStatus } from '@clientele/sdk';

/**
 * Deterministic sample clients (same count, same clients) for tests, stories and the
 * benchmark, when no server or mock library is involved (`@clientele/elements/testing`).
 */

const FIRST = [
  'Ana',
  'Ben',
  'Chloé',
  'Dmitri',
  'Eva',
  'Farid',
  'Greta',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemal',
  'Lena',
];
const LAST = [
  'Popescu',
  'Müller',
  'Nakamura',
  'Okafor',
  'Schmidt',
  'García',
  'Novak',
  'Larsen',
  'Rossi',
  'Weber',
];
const COMPANY = [
  'Nimbus',
  'Stratus',
  'Cirrus',
  'Vortex',
  'Granite',
  'Harbor',
  'Quartz',
  'Aurora',
  'Ember',
  'Summit',
];
const SUFFIX = ['Labs', 'Systems', 'Hosting', 'Cloud', 'Networks', 'Studio', 'Works', 'Digital'];
const COUNTRIES: [string, string][] = [
  ['DE', 'EUR'],
  ['RO', 'EUR'],
  ['US', 'USD'],
  ['GB', 'GBP'],
  ['JP', 'JPY'],
  ['CH', 'CHF'],
];
const STATUSES: ClientStatus[] = [
  'active',
  'active',
  'active',
  'active',
  'active',
  'active',
  'inactive',
  'inactive',
  'suspended',
  'suspending',
  'closed',
  'deleting',
  'pending_approval',
];
export const SAMPLE_GROUPS = [
  { id: 'grp_resellers', name: 'Resellers' },
  { id: 'grp_enterprise', name: 'Enterprise' },
  { id: 'grp_startups', name: 'Startups' },
];
export const SAMPLE_CONFIGURATIONS = [
  { id: 'cfg_default', name: 'Default' },
  { id: 'cfg_postpaid', name: 'Postpaid' },
  { id: 'cfg_trial', name: 'Trial' },
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

/** `count` sample clients, newest last by creation date. */
export function makeClients(count: number, seed = 42): Client[] {
  const next = random(seed);
  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2026, 2, 1) - start;
  const clients: Client[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(next, FIRST);
    const last = pick(next, LAST);
    const [country, currency] = pick(next, COUNTRIES);
    const organization = next() < 0.7;
    const company = organization ? `${pick(next, COMPANY)} ${pick(next, SUFFIX)} ${i + 1}` : null;
    const status = pick(next, STATUSES);
    const cents = Math.floor(next() * 2_000_000) - 400_000;
    const minor = currency === 'JPY' ? 0 : 2;
    const amount =
      minor === 0
        ? String(Math.trunc(cents / 100))
        : `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
    const created = new Date(start + Math.floor((span * i) / Math.max(1, count))).toISOString();
    const services = Math.floor(next() * 4);
    clients.push({
      id: `cl_${(i + 1).toString(16).padStart(16, '0')}`,
      first_name: first,
      last_name: last,
      company,
      email: `${first}.${last}.${i + 1}@example.com`.toLowerCase(),
      phone: null,
      address1: '',
      address2: null,
      city: '',
      state: null,
      zip_code: '',
      country,
      vat_id: null,
      tax_exempt: next() < 0.1,
      currency,
      language: 'en',
      timezone: 'UTC',
      type: organization ? 'organization' : 'individual',
      payment_mode: next() < 0.5 ? 'prepaid' : 'postpaid',
      status,
      status_reason: status === 'suspended' ? 'credit' : null,
      group: next() < 0.2 ? null : pick(next, SAMPLE_GROUPS),
      configuration: pick(next, SAMPLE_CONFIGURATIONS),
      external_billing_id: next() < 0.5 ? `WH-${10000 + i}` : null,
      has_billing_agreement: next() < 0.4,
      uptodate_credit: { amount, currency },
      credit: { amount, currency },
      out_of_credit_since: cents < 0 ? created : null,
      services_count: services,
      instances_count: services > 0 ? Math.floor(next() * 8) : 0,
      notes: '',
      created_at: created.replace(/\.\d{3}Z$/, 'Z'),
      updated_at: created.replace(/\.\d{3}Z$/, 'Z'),
    });
  }
  return clients;
}
