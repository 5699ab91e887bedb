/**
 * A client's units ledger: a trial offer, daily debits for its instances, top-ups before a
 * debit would cross the credit limit, the odd reversal and goodwill credit. Every
 * `balance_after` is the previous one plus the amount.
 */
import { add, compare, negate, subtract } from '../../decimal.ts';
import type { UnitBalance, UnitEntry } from '../../types.ts';
import { OTHER_STAFF, SYSTEM_ACTOR } from '../catalog.ts';
import { type ClientRecord, DAY, HOUR, isoSeconds } from '../model.ts';
import type { Random } from '../random.ts';
import type { InstanceDetails } from './resources.ts';

/** The links an entry leaves empty unless it says otherwise. */
export const UNLINKED_UNIT_ENTRY = {
  impersonator: null,
  reverses_entry_id: null,
  reversed_by_entry_id: null,
  offer_id: null,
  invoice_id: null,
  period_start: null,
  period_end: null,
  resource: null,
} as const satisfies Partial<UnitEntry>;

export interface UnitsLedger {
  balance: UnitBalance;
  /** Oldest first (append-only). */
  readonly entries: UnitEntry[];
  version: number;
}

export function generateUnits(
  random: Random,
  record: ClientRecord,
  instances: readonly InstanceDetails[],
  referenceTime: number,
): UnitsLedger {
  const { client } = record;
  const postpaid = client.payment_mode === 'postpaid';
  const creditLimit = postpaid ? random.pick(['100', '250', '500', '1000']) : '0';
  const cutoff = postpaid && random.chance(0.4) ? negate(random.pick(['50', '100'])) : '0';
  const warnLevel = random.pick(['50', '100', '200']);
  const entries: UnitEntry[] = [];
  let balance = '0';
  let seq = 0;
  const entry = (
    partial: Partial<UnitEntry> & Pick<UnitEntry, 'kind' | 'amount' | 'description' | 'created_at'>,
  ) => {
    balance = add(balance, partial.amount);
    seq++;
    const full: UnitEntry = {
      id: `ue_${random.hex(6)}${String(seq).padStart(4, '0')}`,
      balance_after: balance,
      actor: SYSTEM_ACTOR,
      ...UNLINKED_UNIT_ENTRY,
      ...partial,
    };
    entries.push(full);
    return full;
  };
  const createdMs = Date.parse(client.created_at);
  if (record.initialStatus !== 'pending_approval') {
    const cloud = record.services.find((s) => s.projectId !== null && s.activatedMs !== null);
    const start = cloud?.activatedMs ?? createdMs + HOUR;
    entry({
      kind: 'offer',
      amount: '100',
      description: 'Trial, 100 units',
      created_at: isoSeconds(start),
      offer_id: 'off_trial_100',
      period_start: isoSeconds(start),
      period_end: isoSeconds(start + 30 * DAY),
      actor: random.pick(OTHER_STAFF),
    });
    const debits = instances.length > 0 ? random.int(6, 36) : random.int(0, 3);
    const firstDay = Math.max(start + DAY, referenceTime - debits * DAY - DAY);
    for (let d = 0; d < debits; d++) {
      const dayStart = Math.floor((firstDay + d * DAY) / DAY) * DAY;
      if (dayStart + DAY > referenceTime) break;
      const instance = instances.length > 0 ? random.pick(instances) : null;
      const amount = `${random.int(1, 24)}.${random.digits(2)}`;
      const limit = negate(creditLimit);
      // Top up before a debit would cross the credit limit, as a real client would.
      if (compare(subtract(balance, amount), add(limit, '20')) < 0) {
        const offer = random.chance(0.7)
          ? { id: 'off_starter_1000', units: '1000', name: 'Starter pack, 1000 units' }
          : { id: 'off_burst_250', units: '250.5', name: 'Burst, 250.5 units' };
        entry({
          kind: 'offer',
          amount: offer.units,
          description: offer.name,
          created_at: isoSeconds(dayStart - HOUR),
          offer_id: offer.id,
          actor: random.pick(OTHER_STAFF),
        });
      }
      const debit = entry({
        kind: 'debit',
        amount: negate(amount),
        description: instance ? `Instance ${instance.name}, 24 hours` : 'Backup storage, 24 hours',
        created_at: isoSeconds(dayStart + DAY),
        period_start: isoSeconds(dayStart),
        period_end: isoSeconds(dayStart + DAY),
        resource: instance ? { id: instance.id, name: instance.name } : null,
      });
      if (random.chance(0.05)) {
        const staff = random.pick(OTHER_STAFF);
        const reversal = entry({
          kind: 'reversal',
          amount: amount,
          description: 'Metering error, charged twice',
          created_at: isoSeconds(dayStart + DAY + HOUR),
          actor: staff,
          reverses_entry_id: debit.id,
        });
        debit.reversed_by_entry_id = reversal.id;
      } else if (random.chance(0.04)) {
        entry({
          kind: 'credit',
          amount: String(random.pick([10, 25, 50])),
          description: 'Goodwill credit',
          created_at: isoSeconds(dayStart + DAY + 2 * HOUR),
          actor: random.pick(OTHER_STAFF),
        });
      }
    }
  }
  const below = compare(balance, cutoff) < 0;
  let outOfCreditSince: string | null = null;
  if (below) {
    // The entry that started the current dip below the cutoff.
    for (let i = entries.length - 1; i >= 0; i--) {
      const before = i === 0 ? '0' : entries[i - 1]!.balance_after;
      if (compare(entries[i]!.balance_after, cutoff) < 0 && compare(before, cutoff) >= 0) {
        outOfCreditSince = entries[i]!.created_at;
        break;
      }
    }
  }
  const last = entries[entries.length - 1];
  return {
    balance: {
      client_id: client.id,
      unit: 'unit',
      balance,
      warn_level: warnLevel,
      cutoff,
      credit_limit: creditLimit,
      credit_customer: postpaid,
      out_of_credit_since: outOfCreditSince,
      warning_sent: compare(balance, warnLevel) <= 0,
      updated_at: last?.created_at ?? client.created_at,
    },
    entries,
    version: 1,
  };
}
