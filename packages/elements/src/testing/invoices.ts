import type { Invoice, InvoiceStatus } from '@clientele/sdk';
import { type Deferred, fakeApi, json, problem } from './fake-api.ts';

/**
 * A fake API for `<client-invoices-tab>` tests: one client (EUR, taxed at 19 %) with its
 * invoices; the list with the API's status filter, sorts and cursor paging; and
 * `createClientInvoice` with the API's rules: exact totals, a due date on or after today,
 * and an Idempotency-Key that makes a repeated request (same key, same body) answer the first
 * invoice again instead of making another (same key, other body: 422). `created` counts the
 * invoices made. `loseNextAnswer()` makes the next creation happen on the server but its
 * answer never arrive (the fetch fails, as when a connection drops).
 */

export const INVOICES_CLIENT = 'cl_4f9a2c1e8b3d7a60';

const STATUSES: readonly InvoiceStatus[] = [
  'paid',
  'paid',
  'unpaid',
  'overdue',
  'cancelled',
  'refunded',
];

/** `count` invoices, the first issued in January 2025, one a month; amounts exact decimals. */
export function makeInvoices(count: number): Invoice[] {
  return Array.from({ length: count }, (_, i): Invoice => {
    const issued = new Date(Date.UTC(2025, i, 1));
    const due = new Date(Date.UTC(2025, i, 15));
    const cents = 10_000 + ((i * 7919) % 90_000);
    const subtotal = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    const tax = taxOf(subtotal);
    return {
      id: `inv_${String(i + 1).padStart(6, '0')}`,
      number: `INV-${issued.getUTCFullYear()}-${String(i + 1).padStart(4, '0')}`,
      status: STATUSES[i % STATUSES.length]!,
      issued_at: issued.toISOString().slice(0, 10),
      due_at: due.toISOString().slice(0, 10),
      subtotal: { amount: subtotal, currency: 'EUR' },
      tax: { amount: tax, currency: 'EUR' },
      total: { amount: addCents(subtotal, tax), currency: 'EUR' },
      lines: [],
      credit_note_of: i % 6 === 5 ? `inv_${String(i).padStart(6, '0')}` : null,
    };
  });
}

const cents = (amount: string) => {
  const [whole, fraction = ''] = amount.replace('-', '').split('.');
  const value = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
  return amount.startsWith('-') ? -value : value;
};
const fromCents = (value: bigint) => {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
};
const addCents = (a: string, b: string) => fromCents(cents(a) + cents(b));
/** 19 %, rounded half up to the cent. */
const taxOf = (subtotal: string) => fromCents((cents(subtotal) * 19n + 50n) / 100n);

/** `quantity × unit price` to the cent, half away from zero (the API's rounding). */
function lineAmount(quantity: string, unitPrice: string): string {
  const scale = (s: string) => s.split('.')[1]?.length ?? 0;
  const units = (s: string) => BigInt(s.replace('.', ''));
  const product = units(quantity) * units(unitPrice);
  const digits = scale(quantity) + scale(unitPrice);
  if (digits <= 2) return fromCents(product * 10n ** BigInt(2 - digits));
  const divisor = 10n ** BigInt(digits - 2);
  const magnitude = product < 0n ? -product : product;
  let rounded = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) rounded += 1n;
  return fromCents(product < 0n ? -rounded : rounded);
}

const PERMISSIONS = {
  'admin-token': ['clients.read', 'invoices.create'],
  'auditor-token': ['clients.read'],
} as const;

const SORT_KEYS: Record<string, (i: Invoice) => string | bigint> = {
  issued_at: (i) => i.issued_at,
  due_at: (i) => i.due_at,
  total: (i) => cents(i.total.amount),
};

interface Body {
  due_at: string;
  lines: { description: string; quantity: string; unit_price: string }[];
}

export function invoicesBackend(initial: Invoice[] = makeInvoices(14)) {
  const invoices = [...initial];
  const created: Invoice[] = [];
  const keys = new Map<string, { body: string; invoice: Invoice }>();
  const failures: { method: string; path: RegExp; response: Response }[] = [];
  const received: { method: string; url: URL; body: unknown; key: string | null }[] = [];
  let hold: Deferred<void> | undefined;
  let loseNext = false;
  const today = new Date().toISOString().slice(0, 10);
  const api = fakeApi(async (request, url) => {
    const path = url.pathname.replace(/^\/api/, '');
    const text = request.method === 'POST' ? await request.text() : '';
    const key = request.headers.get('Idempotency-Key');
    received.push({ method: request.method, url, body: text ? JSON.parse(text) : undefined, key });
    if (path === '/me') {
      const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
      const permissions = PERMISSIONS[token as keyof typeof PERMISSIONS] ?? [];
      return json({ id: 'u', name: 'U', email: 'u@x.test', role: 'x', permissions, locale: 'en' });
    }
    const failure = failures.findIndex((f) => f.method === request.method && f.path.test(path));
    if (failure >= 0) return failures.splice(failure, 1)[0]!.response;
    if (hold) await hold.promise;
    const match = /^\/clients\/([^/]+)(\/invoices)?$/.exec(path);
    if (!match) return problem(404);
    if (match[1] !== INVOICES_CLIENT)
      return problem(404, { title: 'Not found', detail: 'No client.' });
    if (!match[2]) return json({ id: INVOICES_CLIENT, currency: 'EUR', tax_exempt: false });
    if (request.method === 'GET') {
      const statuses = url.searchParams.getAll('status');
      const sort = url.searchParams.get('sort') ?? '-issued_at';
      const field = sort.replace(/^-/, '');
      const keyOf = SORT_KEYS[field] ?? SORT_KEYS.issued_at!;
      const rows = invoices
        .filter((i) => statuses.length === 0 || statuses.includes(i.status))
        .sort((a, b) => {
          const [x, y] = [keyOf(a), keyOf(b)];
          const order = x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
          return sort.startsWith('-') ? -order : order;
        });
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const end = Math.min(rows.length, start + Number(url.searchParams.get('limit') ?? 50));
      return json({
        items: rows.slice(start, end),
        next_cursor: end < rows.length ? String(end) : null,
        total: rows.length,
      });
    }
    if (key) {
      const first = keys.get(key);
      if (first && first.body !== text) {
        return problem(422, {
          title: 'Idempotency key reused',
          detail: 'Another request used it.',
        });
      }
      if (first) return json(first.invoice, 201);
    }
    const body = JSON.parse(text) as Body;
    if (body.due_at < today) {
      return problem(422, {
        type: 'https://clientele.dev/problems/validation',
        title: 'Validation failed',
        errors: [{ field: 'due_at', code: 'minimum', message: `Must be on or after ${today}.` }],
      });
    }
    const amounts = body.lines.map((l) => lineAmount(l.quantity, l.unit_price));
    const subtotal = amounts.reduce(addCents, '0.00');
    const tax = taxOf(subtotal);
    const seq = invoices.length + 1;
    const invoice: Invoice = {
      id: `inv_new_${seq}`,
      number: `INV-2026-${String(seq).padStart(4, '0')}`,
      status: 'unpaid',
      issued_at: today,
      due_at: body.due_at,
      subtotal: { amount: subtotal, currency: 'EUR' },
      tax: { amount: tax, currency: 'EUR' },
      total: { amount: addCents(subtotal, tax), currency: 'EUR' },
      lines: body.lines.map((l, i) => ({
        description: l.description,
        quantity: l.quantity,
        unit_price: { amount: l.unit_price, currency: 'EUR' },
        amount: { amount: amounts[i]!, currency: 'EUR' },
      })),
      credit_note_of: null,
    };
    invoices.push(invoice);
    created.push(invoice);
    if (key) keys.set(key, { body: text, invoice });
    if (loseNext) {
      loseNext = false;
      throw new TypeError('Failed to fetch');
    }
    return json(invoice, 201);
  });
  return {
    api,
    invoices,
    created,
    received,
    /** The requests that created or replayed an invoice (POSTs), in order. */
    posts: () => received.filter((r) => r.method === 'POST'),
    fail(method: string, path: RegExp, response: Response) {
      failures.push({ method, path, response });
    },
    /** Requests wait for `gate` (undefined: answer at once). */
    hold(gate: Deferred<void> | undefined) {
      hold = gate;
    },
    /** The next creation is made, but its answer is lost on the way. */
    loseNextAnswer() {
      loseNext = true;
    },
  };
}

export type InvoicesBackend = ReturnType<typeof invoicesBackend>;
