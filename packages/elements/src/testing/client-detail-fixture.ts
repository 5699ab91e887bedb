import type { Client } from '@clientele/sdk';
import { html, nothing, render } from 'lit';
import type { ClientDetailTabs } from '../client-detail-tabs/client-detail-tabs.ts';
import { type Deferred, fakeApi, json, problem } from './fake-api.ts';
import { useListContainer } from './list-fixture.ts';
import { makeClients, SAMPLE_CONFIGURATIONS, SAMPLE_GROUPS } from './sample-clients.ts';

/**
 * What the `<client-detail-tabs>` tests share: a fake API over one client with real semantics
 * where the widget relies on them (ETag and If-Match on the client, status transitions,
 * impersonation, create similar, email, reference lists, an empty ticket list), answers by
 * token (`admin-token` may do everything, `auditor-token` only read), a way to make the next
 * request to a path fail or wait, and a fixture that mounts the widget in a provider.
 */

const ALL = [
  'clients.read',
  'clients.create',
  'clients.update',
  'clients.delete',
  'clients.suspend',
  'clients.impersonate',
  'clients.approve',
  'clients.email',
  'tickets.read',
  'tickets.create',
];
const PERMISSIONS: Record<string, string[]> = {
  'admin-token': ALL,
  'auditor-token': ['clients.read', 'tickets.read'],
  'no-tickets-token': ['clients.read', 'clients.update'],
};

export function detailBackend(client: Client = { ...makeClients(1)[0]!, status: 'active' }) {
  let record = { ...client };
  let version = 1;
  const failures = new Map<string, Response>();
  const holds = new Map<string, Deferred<void>>();
  const bodies: Array<{ method: string; path: string; body: unknown; ifMatch: string | null }> = [];
  /** Every POST's path and Idempotency-Key, failed ones included, in order. */
  const keys: Array<{ path: string; key: string | null }> = [];
  const etag = () => `"v${version}"`;
  const answer = (status = 200) => {
    const response = json(record, status);
    response.headers.set('ETag', etag());
    return response;
  };
  const change = (patch: Partial<Client>) => {
    record = { ...record, ...patch, updated_at: new Date().toISOString() };
    version += 1;
  };
  const api = fakeApi(async (request, url) => {
    const path = url.pathname.replace(/^\/api/, '');
    const key = `${request.method} ${path}`;
    if (request.method === 'POST') keys.push({ path, key: request.headers.get('Idempotency-Key') });
    const hold = holds.get(key);
    if (hold) await hold.promise;
    const failure = failures.get(key);
    if (failure) {
      failures.delete(key);
      return failure;
    }
    const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
    const permissions = PERMISSIONS[token] ?? ALL;
    if (path === '/me') {
      return json({ id: 'u', name: 'U', email: 'u@x.test', role: 'x', permissions, locale: 'en' });
    }
    if (path === '/client-groups')
      return json({ items: SAMPLE_GROUPS, next_cursor: null, total: SAMPLE_GROUPS.length });
    if (path === '/configurations') {
      return json({
        items: SAMPLE_CONFIGURATIONS,
        next_cursor: null,
        total: SAMPLE_CONFIGURATIONS.length,
      });
    }
    const match = /^\/clients\/([^/]+)(?:\/(.+))?$/.exec(path);
    if (!match || match[1] !== record.id)
      return problem(404, { title: 'Not Found', detail: 'No such client.' });
    const sub = match[2];
    const body =
      request.method === 'GET' || request.method === 'DELETE'
        ? undefined
        : await request.json().catch(() => undefined);
    bodies.push({ method: request.method, path, body, ifMatch: request.headers.get('If-Match') });
    if (!sub && request.method === 'GET') return answer();
    if (!sub && request.method === 'PATCH') {
      if (request.headers.get('If-Match') !== etag())
        return problem(412, { title: 'Precondition Failed' });
      change(body as Partial<Client>);
      return answer();
    }
    if (!sub && request.method === 'DELETE') {
      const ifMatch = request.headers.get('If-Match');
      if (ifMatch && ifMatch !== etag()) return problem(412, { title: 'Precondition Failed' });
      change({ status: 'deleting' });
      return answer(202);
    }
    if (sub === 'suspend') {
      change({
        status: 'suspended',
        status_reason: (body as { reason: Client['status_reason'] }).reason,
      });
      return answer();
    }
    if (sub === 'resume') {
      change({ status: 'active', status_reason: null });
      return answer();
    }
    if (sub === 'approve') {
      change({ status: 'active' });
      return answer();
    }
    if (sub === 'impersonate') {
      return json(
        {
          id: 'ims_1',
          token: 'imp_1',
          url: 'https://panel.test/impersonate?token=imp_1',
          expires_at: '2030-01-01T00:00:00Z',
          client_id: record.id,
          impersonator: { id: 'u', name: 'U' },
          reason: (body as { reason: string }).reason,
        },
        201,
      );
    }
    if (sub === 'create-similar') {
      const b = body as Partial<Client>;
      return json({ ...record, ...b, id: 'cl_new0000000000001' }, 201);
    }
    if (sub === 'email')
      return json({ id: 'em_1', queued_at: '2030-01-01T00:00:00Z', to: record.email }, 202);
    if (sub === 'tickets')
      return json({ items: [], next_cursor: null, total: 0, status_counts: {} });
    return problem(404);
  });
  return {
    api,
    bodies,
    keys,
    get record() {
      return record;
    },
    /** Someone else changes the client (a new version). */
    changeBehind(patch: Partial<Client>) {
      change(patch);
    },
    /** The next `METHOD /path` answers this. */
    fail(key: string, response: Response) {
      failures.set(key, response);
    },
    /** `METHOD /path` waits for the gate (undefined: no more). */
    hold(key: string, gate: Deferred<void> | undefined) {
      if (gate) holds.set(key, gate);
      else holds.delete(key);
    },
  };
}

export type DetailBackend = ReturnType<typeof detailBackend>;

export function useClientDetailFixture() {
  const container = useListContainer();
  const widget = () => container().querySelector('client-detail-tabs') as ClientDetailTabs;
  function mount(
    server: DetailBackend,
    options: { token?: string; clientId?: string; activeTab?: string; tabs?: string } = {},
  ) {
    render(
      html`<clientele-provider .client=${server.api.client({ token: options.token ?? 'admin-token' })}>
        <client-detail-tabs
          client-id=${options.clientId ?? server.record.id}
          active-tab=${options.activeTab ?? nothing}
          tabs=${options.tabs ?? nothing}
        ></client-detail-tabs>
      </clientele-provider>`,
      container(),
    );
    return widget();
  }
  return { container, widget, mount };
}
