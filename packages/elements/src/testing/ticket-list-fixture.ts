import type {
  Ticket,
  TicketPriority,
  TicketSort,
  TicketStatus,
  TicketWaitingOn,
} from '@clientele/sdk';
import { html, render } from 'lit';
import { beforeEach } from 'vitest';
import type { TicketDataProvider, TicketDataRequest } from '../ticket-list/ticket-data.ts';
import type { TicketList } from '../ticket-list/ticket-list.ts';
import { type Deferred, fakeApi, json, problem } from './fake-api.ts';
import { useListContainer } from './list-fixture.ts';
import {
  createTicketArrayDataProvider,
  makeTickets,
  SAMPLE_DEPARTMENTS,
  SAMPLE_TICKET_CLIENTS,
} from './tickets.ts';

/**
 * What the `<ticket-list>` tests share: a thousand tickets, a recording data provider, a fake
 * API over an array (by token: /me, the ticket lists, departments, clients, createTicket),
 * and a fixture that mounts the list in a fresh container per test.
 */

export function recording(provider: TicketDataProvider) {
  const requests: Omit<TicketDataRequest, 'signal'>[] = [];
  const wrapped: TicketDataProvider = (request) => {
    const { signal: _signal, ...rest } = request;
    requests.push(rest);
    return provider(request);
  };
  return { requests, provider: wrapped };
}

export const TICKETS = makeTickets(1000, Date.now());

const PERMISSIONS = {
  'admin-token': ['clients.read', 'tickets.read', 'tickets.create'],
  'auditor-token': ['clients.read', 'tickets.read'],
} as const;

/** A fake API over an array: /me by token, the ticket lists, departments, clients, createTicket. */
export function backend(tickets: Ticket[] = makeTickets(60, Date.now())) {
  const store = [...tickets];
  const created: unknown[] = [];
  /** The Idempotency-Key of each POST /tickets, in order. */
  const keys: (string | null)[] = [];
  let failNext: Response | undefined;
  let hold: Deferred<void> | undefined;
  let holdSearch: Deferred<void> | undefined;
  const api = fakeApi(async (request, url) => {
    const path = url.pathname.replace(/^\/api/, '');
    const p = url.searchParams;
    if (path === '/me') {
      const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
      const permissions = PERMISSIONS[token as keyof typeof PERMISSIONS] ?? [];
      return json({ id: 'u', name: 'U', email: 'u@x.test', role: 'x', permissions, locale: 'en' });
    }
    if (path === '/ticket-departments') {
      return json({ items: SAMPLE_DEPARTMENTS, next_cursor: null, total: 4 });
    }
    if (path === '/clients') {
      if (holdSearch) await holdSearch.promise;
      const needle = (p.get('search') ?? '').toLowerCase();
      const items = SAMPLE_TICKET_CLIENTS.filter((c) => c.name.toLowerCase().includes(needle)).map(
        (c) => ({
          id: c.id,
          company: c.name,
          first_name: 'A',
          last_name: 'B',
          email: `${c.id}@x.test`,
        }),
      );
      return json({ items, next_cursor: null, total: items.length });
    }
    const one = /^\/clients\/([^/]+)\/tickets$/.exec(path);
    if ((path === '/tickets' && request.method === 'GET') || one) {
      if (hold) await hold.promise;
      const clientId = one ? one[1]! : (p.get('client_id') ?? undefined);
      if (one && !SAMPLE_TICKET_CLIENTS.some((c) => c.id === clientId)) {
        return problem(404, { title: 'Not found', detail: 'No such client.' });
      }
      if (failNext) {
        const response = failNext;
        failNext = undefined;
        return response;
      }
      const result = await createTicketArrayDataProvider(store)({
        clientId,
        query: p.get('search') ?? '',
        filters: {
          ...(p.getAll('status').length ? { status: p.getAll('status') as TicketStatus[] } : {}),
          ...(p.get('department_id') ? { department_id: p.get('department_id')! } : {}),
          ...(p.get('priority') ? { priority: p.get('priority') as TicketPriority } : {}),
          ...(p.get('waiting_on') ? { waiting_on: p.get('waiting_on') as TicketWaitingOn } : {}),
        },
        sort: (p.get('sort') ?? '-created_at') as TicketSort,
        cursor: p.get('cursor'),
        limit: Number(p.get('limit') ?? 50),
        signal: request.signal,
      });
      return json({
        items: result.items,
        next_cursor: result.nextCursor,
        total: result.total,
        status_counts: result.statusCounts,
      });
    }
    if (path === '/tickets' && request.method === 'POST') {
      const body = (await request.json()) as Record<string, string>;
      created.push(body);
      keys.push(request.headers.get('Idempotency-Key'));
      if (failNext) {
        const response = failNext;
        failNext = undefined;
        return response;
      }
      const client = SAMPLE_TICKET_CLIENTS.find((c) => c.id === body.client_id)!;
      const department = SAMPLE_DEPARTMENTS.find((d) => d.id === body.department_id)!;
      const ticket: Ticket = {
        id: `T-${200000 + created.length}`,
        title: body.title!,
        client: { ...client },
        department: { ...department },
        priority: body.priority as TicketPriority,
        status: 'open',
        created_at: new Date().toISOString(),
        last_reply_at: null,
        service_id: null,
      };
      store.push(ticket);
      return json(ticket, 201);
    }
    return problem(404);
  });
  return {
    api,
    created,
    keys,
    fail(response: Response) {
      failNext = response;
    },
    hold(gate: Deferred<void> | undefined) {
      hold = gate;
    },
    /** Holds the client picker's searches (`/clients`) until the gate opens. */
    holdSearch(gate: Deferred<void> | undefined) {
      holdSearch = gate;
    },
  };
}

export type TicketBackend = ReturnType<typeof backend>;

/** A container per test (see `useListContainer`) and the ways to mount a list in it. */
export function useTicketListFixture() {
  const container = useListContainer();
  // A desktop's width, for every column (the list fits its columns to its own width).
  beforeEach(() => {
    container().style.inlineSize = '1400px';
  });

  function list(): TicketList {
    return container().querySelector('ticket-list')!;
  }

  /** Text of the data row at a 0-based position. */
  function rowText(index: number): string {
    const row = list().shadowRoot!.querySelector(`[role="row"][aria-rowindex="${index + 2}"]`);
    return row?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function mountWithData(tickets: Ticket[] = TICKETS, attributes: Record<string, string> = {}) {
    const provider = createTicketArrayDataProvider(tickets);
    render(
      html`<ticket-list .dataProvider=${provider} .departments=${SAMPLE_DEPARTMENTS}></ticket-list>`,
      container(),
    );
    for (const [name, value] of Object.entries(attributes)) list().setAttribute(name, value);
    return list();
  }

  function mountWithApi(
    server: TicketBackend,
    options: { token?: string; clientId?: string } = {},
  ) {
    render(
      html`<clientele-provider .client=${server.api.client({ token: options.token ?? 'admin-token' })}>
        <ticket-list client-id=${options.clientId ?? ''}></ticket-list>
      </clientele-provider>`,
      container(),
    );
    return list();
  }

  return { container, list, rowText, mountWithData, mountWithApi };
}
