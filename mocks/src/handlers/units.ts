/**
 * The units ledger: balance (get; warn level, cutoff, credit limit and credit-customer flag
 * with If-Match), entries newest first (or oldest, filtered by kind, date range and text),
 * credits and debits with the cutoff and credit-limit rules (refused as problems, never
 * clamped), reversals, and unit offers (credited, and invoiced when not free, the entry linking
 * the invoice). Append-only: every entry records the balance after it.
 */

import { UNIT_ENTRY_KINDS, UNIT_ENTRY_SORTS } from '@clientele/sdk/enums';
import { UNLINKED_UNIT_ENTRY, type UnitsLedger } from '../data/details/units.ts';
import { type ClientRecord, DAY, isoSeconds } from '../data/model.ts';
import { fromEur } from '../data/money.ts';
import { add, canonical, compare, negate } from '../decimal.ts';
import { fieldError, ProblemError, problems } from '../problems.ts';
import {
  dateParam,
  enumListParam,
  enumParam,
  pageRequest,
  paginate,
  stringParam,
} from '../query.ts';
import type { MockStore } from '../store.ts';
import type { FieldError, UnitBalance, UnitEntry } from '../types.ts';
import { validate } from '../validation.ts';
import { issueInvoice } from './billing.ts';
import { type OpenApiHttp, type RouteContext, route } from './route.ts';

const MAX_DECIMAL_LENGTH = 40;
/** The ledger's scale: amounts have at most this many fraction digits (the spec's `UnitAmount`). */
const UNIT_SCALE = 4;
const AMOUNT = { type: 'decimal', maxLength: 36, scale: UNIT_SCALE } as const;

/** The lowest the balance may go: `-credit_limit` for a credit customer, else 0. */
function floorOf(balance: UnitBalance): string {
  return balance.credit_customer ? negate(balance.credit_limit) : '0';
}

/** Whether an entry matches the list's text search (case-insensitive substring). */
function entryMatches(entry: UnitEntry, needle: string): boolean {
  return [
    entry.id,
    entry.description,
    entry.resource?.name,
    entry.actor.name,
    entry.impersonator?.name,
    entry.reverses_entry_id,
    entry.reversed_by_entry_id,
    entry.offer_id,
    entry.invoice_id,
  ].some((text) => text?.toLowerCase().includes(needle));
}

function insufficientCredit(balanceAfter: string, floor: string): ProblemError {
  return new ProblemError(
    422,
    'insufficient-credit',
    `This entry would take the balance to ${balanceAfter} unit; the credit limit allows ${floor}.`,
    {
      errors: [
        fieldError(
          'amount',
          'insufficient_credit',
          `The balance after this entry would be below ${floor}.`,
        ),
      ],
    },
  );
}

function belowCutoff(balanceAfter: string, cutoff: string): ProblemError {
  return new ProblemError(
    422,
    'below-cutoff',
    `This debit would take the balance to ${balanceAfter} unit, below the cutoff of ${cutoff}. Set allow_below_cutoff to proceed.`,
    {
      errors: [
        fieldError(
          'amount',
          'below_cutoff',
          `The balance after this entry would be ${balanceAfter}, below the cutoff ${cutoff}.`,
        ),
      ],
    },
  );
}

function assertOpen(record: ClientRecord): void {
  const { status } = record.client;
  if (status === 'closed' || status === 'deleting') {
    throw problems.invalidTransition(`The ledger of a client in status \`${status}\` is closed.`);
  }
}

/** Recomputes the derived balance fields after the balance or the levels changed. */
function refreshBalance(store: MockStore, ledger: UnitsLedger): void {
  const { balance } = ledger;
  const below = compare(balance.balance, balance.cutoff) < 0;
  if (!below) balance.out_of_credit_since = null;
  else balance.out_of_credit_since ??= store.nowIso();
  balance.warning_sent = compare(balance.balance, balance.warn_level) <= 0;
  balance.updated_at = store.nowIso();
  ledger.version++;
}

/** Appends an entry and moves the balance; returns the entry. */
function append(
  ctx: RouteContext,
  ledger: UnitsLedger,
  entry: Pick<UnitEntry, 'kind' | 'amount' | 'description'> & Partial<UnitEntry>,
): UnitEntry {
  const balanceAfter = add(ledger.balance.balance, entry.amount);
  if (balanceAfter.length > MAX_DECIMAL_LENGTH) {
    throw problems.validation([
      fieldError('amount', 'maximum', 'The resulting balance is too large.'),
    ]);
  }
  const full: UnitEntry = {
    id: ctx.store.newId('ue_', 10),
    created_at: ctx.store.nowIso(),
    balance_after: balanceAfter,
    actor: ctx.actor,
    ...UNLINKED_UNIT_ENTRY,
    ...entry,
  };
  ledger.entries.push(full);
  ledger.balance.balance = balanceAfter;
  refreshBalance(ctx.store, ledger);
  return full;
}

export function unitHandlers(http: OpenApiHttp, store: MockStore) {
  return [
    http.get(
      '/clients/{client_id}/units/balance',
      route(store, 'getClientUnitBalance', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        return response(200).json(store.detailsOf(record).units.balance, {
          headers: { ETag: store.etag('units', record) },
        });
      }),
    ),

    http.patch(
      '/clients/{client_id}/units/balance',
      route(store, 'updateClientUnitBalance', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = await ctx.json();
        ctx.ifMatch('units', record, { required: true, what: 'units balance' });
        const input = validate<{
          warn_level?: string;
          cutoff?: string;
          credit_limit?: string;
          credit_customer?: boolean;
        }>(
          body,
          {
            warn_level: AMOUNT,
            cutoff: AMOUNT,
            credit_limit: { ...AMOUNT, nonNegative: true },
            credit_customer: { type: 'boolean' },
          },
          { minProperties: 1 },
        );
        const ledger = store.detailsOf(record).units;
        const current = ledger.balance;
        const warnLevel =
          input.warn_level === undefined ? current.warn_level : canonical(input.warn_level);
        const cutoff = input.cutoff === undefined ? current.cutoff : canonical(input.cutoff);
        const next: UnitBalance = {
          ...current,
          warn_level: warnLevel,
          cutoff,
          credit_limit:
            input.credit_limit === undefined ? current.credit_limit : canonical(input.credit_limit),
          credit_customer: input.credit_customer ?? current.credit_customer,
        };
        const errors: FieldError[] = [];
        if (compare(warnLevel, cutoff) < 0) {
          errors.push(
            fieldError(
              input.warn_level === undefined ? 'cutoff' : 'warn_level',
              'minimum',
              `The warn level (${warnLevel}) must not be below the cutoff (${cutoff}).`,
            ),
          );
        }
        const floor = floorOf(next);
        if (compare(cutoff, floor) < 0) {
          errors.push(
            fieldError(
              'cutoff',
              'minimum',
              next.credit_customer
                ? `The cutoff must not be below -credit_limit (${floor}).`
                : `The cutoff must not be below 0 for a client who is not a credit customer.`,
            ),
          );
        }
        if (errors.length > 0) throw problems.validation(errors);
        ledger.balance = next;
        refreshBalance(store, ledger);
        ctx.recordActivity(record, {
          action: 'units.levels_changed',
          category: 'billing',
          parameters: {
            warn_level: next.warn_level,
            cutoff: next.cutoff,
            credit_limit: next.credit_limit,
            credit_customer: String(next.credit_customer),
          },
        });
        return response(200).json(ledger.balance, {
          headers: { ETag: store.etag('units', record) },
        });
      }),
    ),

    http.get(
      '/clients/{client_id}/units/entries',
      route(store, 'listClientUnitEntries', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const page = pageRequest(ctx.query);
        const kinds = enumListParam(ctx.query, 'kind', UNIT_ENTRY_KINDS);
        const sort = enumParam(ctx.query, 'sort', UNIT_ENTRY_SORTS) ?? '-created_at';
        const needle = stringParam(ctx.query, 'search')?.toLowerCase();
        const after = dateParam(ctx.query, 'created_after');
        const before = dateParam(ctx.query, 'created_before');
        // Entries are appended in time order: oldest first as stored.
        const entries = store
          .detailsOf(record)
          .units.entries.filter(
            (e) =>
              (kinds.length === 0 || kinds.includes(e.kind)) &&
              (after === undefined || e.created_at.slice(0, 10) >= after) &&
              (before === undefined || e.created_at.slice(0, 10) <= before) &&
              (needle === undefined || entryMatches(e, needle)),
          );
        if (sort === '-created_at') entries.reverse();
        return response(200).json(paginate(entries, page));
      }),
    ),

    http.post(
      '/clients/{client_id}/units/entries',
      route(store, 'createClientUnitEntry', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = await ctx.json();
        return ctx.idempotent(body, () => {
          const input = validate<{
            kind: 'credit' | 'debit';
            amount: string;
            description: string;
            allow_below_cutoff?: boolean;
          }>(body, {
            kind: { type: 'string', enum: ['credit', 'debit'], required: true },
            amount: { ...AMOUNT, positive: true, required: true },
            description: { type: 'string', minLength: 1, maxLength: 500, required: true },
            allow_below_cutoff: { type: 'boolean' },
          });
          if (
            input.allow_below_cutoff &&
            !ctx.staff.me.permissions.includes('units.allow_below_cutoff')
          ) {
            throw problems.forbidden('units.allow_below_cutoff');
          }
          assertOpen(record);
          const ledger = store.detailsOf(record).units;
          const amount =
            input.kind === 'debit' ? negate(canonical(input.amount)) : canonical(input.amount);
          if (input.kind === 'debit') {
            const after = add(ledger.balance.balance, amount);
            if (compare(after, floorOf(ledger.balance)) < 0)
              throw insufficientCredit(after, floorOf(ledger.balance));
            if (compare(after, ledger.balance.cutoff) < 0 && !input.allow_below_cutoff)
              throw belowCutoff(after, ledger.balance.cutoff);
          }
          const entry = append(ctx, ledger, {
            kind: input.kind,
            amount,
            description: input.description,
          });
          ctx.recordActivity(record, {
            action: `units.${input.kind === 'debit' ? 'debited' : 'credited'}`,
            category: 'billing',
            parameters: {
              entry_id: entry.id,
              amount: entry.amount,
              balance_after: entry.balance_after,
            },
          });
          return response(201).json(entry);
        });
      }),
    ),

    http.post(
      '/clients/{client_id}/units/entries/{entry_id}/reverse',
      route(store, 'reverseClientUnitEntry', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const ledger = store.detailsOf(record).units;
        const original = ledger.entries.find((e) => e.id === params.entry_id);
        if (!original) throw problems.notFound('ledger entry', params.entry_id);
        const body = await ctx.json();
        return ctx.idempotent(body, () => {
          const { reason } = validate<{ reason: string }>(body, {
            reason: { type: 'string', minLength: 1, maxLength: 500, required: true },
          });
          if (original.kind === 'reversal')
            throw problems.conflict(`\`${original.id}\` is itself a reversal.`);
          if (original.reversed_by_entry_id) {
            throw problems.conflict(
              `\`${original.id}\` was already reversed by \`${original.reversed_by_entry_id}\`.`,
            );
          }
          assertOpen(record);
          const amount = negate(original.amount);
          const after = add(ledger.balance.balance, amount);
          if (compare(after, floorOf(ledger.balance)) < 0)
            throw insufficientCredit(after, floorOf(ledger.balance));
          const reversal = append(ctx, ledger, {
            kind: 'reversal',
            amount,
            description: reason,
            reverses_entry_id: original.id,
            resource: original.resource,
          });
          original.reversed_by_entry_id = reversal.id;
          ctx.recordActivity(record, {
            action: 'units.entry_reversed',
            category: 'billing',
            parameters: { entry_id: original.id, reversal_id: reversal.id, reason },
          });
          return response(201).json(reversal);
        });
      }),
    ),

    http.post(
      '/clients/{client_id}/units/offers/{offer_id}/apply',
      route(store, 'applyClientUnitOffer', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const offer = store.catalog.unitOffers.find((o) => o.id === params.offer_id);
        if (!offer) throw problems.notFound('unit offer', params.offer_id);
        return ctx.idempotent({}, () => {
          assertOpen(record);
          const details = store.detailsOf(record);
          const now = store.now().getTime();
          const price = fromEur(offer.price.amount, record.client.currency);
          let invoiceId: string | null = null;
          if (compare(price, '0') > 0) {
            const invoice = issueInvoice(store, record, {
              issuedMs: now,
              dueAt: isoSeconds(now + 14 * DAY).slice(0, 10),
              lines: [
                {
                  description: `${offer.name} (${offer.units} ${offer.unit})`,
                  quantity: '1',
                  unitPrice: price,
                },
              ],
            });
            details.invoices.push(invoice);
            invoiceId = invoice.id;
          }
          const entry = append(ctx, details.units, {
            kind: 'offer',
            amount: offer.units,
            description: offer.name,
            offer_id: offer.id,
            invoice_id: invoiceId,
            period_start: isoSeconds(now),
            period_end:
              offer.validity_days === null ? null : isoSeconds(now + offer.validity_days * DAY),
          });
          ctx.recordActivity(record, {
            action: 'units.offer_applied',
            category: 'billing',
            parameters: { entry_id: entry.id, offer_id: offer.id, units: offer.units },
          });
          return response(201).json(entry);
        });
      }),
    ),
  ];
}
