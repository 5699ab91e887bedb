/**
 * THE CONTRACT TEST: a broad sweep of requests (every operation, success and error cases,
 * every filter and sort, both tokens, the scenario helpers) through the handlers; every
 * response must be declared by the spec for its operation and status, carry the declared
 * content type and headers, and validate against the declared schema.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CLIENT_STATUSES } from '../../src/data/clients.ts';
import { QUOTA_RESOURCES } from '../../src/data/details/quotas.ts';
import { TICKET_STATUSES } from '../../src/data/tickets.ts';
import { INVOICE_SORTS, INVOICE_STATUSES } from '../../src/handlers/billing.ts';
import { CLIENT_SORTS } from '../../src/handlers/clients.ts';
import { TICKET_PRIORITIES, TICKET_SORTS } from '../../src/handlers/tickets.ts';
import {
  emptyList,
  failOperation,
  forbidOperation,
  LIST_OPERATIONS,
  type ListOperationId,
  notFoundOperation,
  OPERATIONS,
  rateLimitOperation,
  TOKENS,
} from '../../src/index.ts';
import type { OperationId } from '../../src/types.ts';
import { type ApiOptions, type ApiResult, api, BASE, useMockServer } from '../helpers.ts';
import { conformance, specOperations } from './spec.ts';

const { backend, server } = useMockServer({ size: 120, seed: 7 });
const { store } = backend;

const coverage = new Map<string, Set<number>>();

interface CallOptions extends ApiOptions {
  params?: Record<string, string>;
  query?: string;
}

/** Calls an operation by id, checks the response against the spec, records coverage. */
async function call(operationId: OperationId, options: CallOptions = {}): Promise<ApiResult> {
  const { method, path } = OPERATIONS[operationId];
  const resolved = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = options.params?.[name];
    if (value === undefined) throw new Error(`${operationId}: missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
  const result = await api(`${resolved}${options.query ? `?${options.query}` : ''}`, {
    ...options,
    method: method.toUpperCase(),
  });
  expect(
    conformance(operationId, result),
    `${method.toUpperCase()} ${resolved}?${options.query ?? ''}`,
  ).toEqual([]);
  expect(result.headers.get('x-request-id') ?? result.body?.request_id, 'request id').toBeTruthy();
  const statuses = coverage.get(operationId) ?? new Set<number>();
  statuses.add(result.status);
  coverage.set(operationId, statuses);
  return result;
}

function clientWith(predicate: (r: (typeof store.clients)[number]) => boolean): string {
  const record = store.clients.find(predicate);
  if (!record) throw new Error('no client matches the test fixture predicate');
  return record.client.id;
}

const activeId = () =>
  clientWith((r) => r.client.status === 'active' && r.services.some((s) => s.status === 'active'));
const UNKNOWN_CLIENT = 'cl_0000000000000000';

describe('contract: every response validates against specs/openapi.yaml', () => {
  it('the checker itself rejects what the spec does not allow', () => {
    const ok = {
      status: 200,
      contentType: 'application/json',
      headers: new Headers({ ETag: '"c1"' }),
    };
    expect(conformance('getClient', { ...ok, body: {} })[0]).toMatch(/does not match the spec/);
    expect(
      conformance('getClient', {
        ...ok,
        headers: new Headers(),
        body: store.clients[0]!.client,
      })[0],
    ).toMatch(/ETag/);
    expect(conformance('getClient', { ...ok, body: store.clients[0]!.client })).toEqual([]);
    expect(
      conformance('getClient', {
        ...ok,
        body: { ...store.clients[0]!.client, credit: { amount: 12.5, currency: 'EUR' } },
      })[0],
    ).toMatch(/amount/);
    expect(conformance('getMe', { ...ok, status: 404, body: null })[0]).toMatch(/does not declare/);
    expect(conformance('getMe', { ...ok, status: 401, body: null })[0]).toMatch(
      /application\/json; the spec declares application\/problem\+json/,
    );
  });

  it('the operation table matches the spec exactly', () => {
    const fromSpec = [...specOperations.values()]
      .map((o) => `${o.operationId} ${o.method} ${o.path}`)
      .sort();
    const fromTable = Object.entries(OPERATIONS)
      .map(([id, o]) => `${id} ${o.method} ${o.path}`)
      .sort();
    expect(fromTable).toEqual(fromSpec);
  });

  it('me: both tokens, no token, a wrong token', async () => {
    expect((await call('getMe')).body.role).toBe('admin');
    expect((await call('getMe', { token: TOKENS.auditor })).body.role).toBe('auditor');
    expect((await call('getMe', { token: null })).status).toBe(401);
    expect((await call('getMe', { token: 'nope' })).status).toBe(401);
  });

  it('client list: every sort, filter, status, search and page, and bad parameters', async () => {
    for (const sort of CLIENT_SORTS)
      expect((await call('listClients', { query: `sort=${sort}&limit=200` })).status).toBe(200);
    for (const status of CLIENT_STATUSES) await call('listClients', { query: `status=${status}` });
    const filters = [
      'status=active&status=suspended',
      'search=a',
      'search=ZZZ-no-match',
      'created_after=2024-01-01',
      'created_before=2025-06-30',
      'created_after=2024-01-01&created_before=2024-12-31',
      'configuration_id=cfg_postpaid',
      'group_id=grp_resellers',
      'tax_exempt=true',
      'tax_exempt=false',
      'has_instances_in_region=reg_fra1',
      'has_instances_with_flavor=flv_m1_small',
      'has_instances_on_hypervisor=hv_fra1_01',
      'has_billing_agreement=true',
      'has_services=false',
      'has_instances=true',
      'has_services_of_type=st_cloud',
      'has_service_for_product=prd_hosting_pro',
      'limit=1',
    ];
    for (const query of filters) expect((await call('listClients', { query })).status).toBe(200);
    const first = await call('listClients', { query: 'limit=20' });
    expect(
      (await call('listClients', { query: `limit=20&cursor=${first.body.next_cursor}` })).status,
    ).toBe(200);
    for (const query of [
      'limit=0',
      'limit=201',
      'limit=x',
      'cursor=%%%',
      'cursor=eyJ4IjoxfQ',
      'sort=name',
      'status=gone',
      'created_after=2024-13-01',
      'tax_exempt=yes',
    ]) {
      expect((await call('listClients', { query })).status, query).toBe(400);
    }
    expect((await call('listClients', { token: TOKENS.auditor })).status).toBe(200);
    expect((await call('listClients', { token: null })).status).toBe(401);
  });

  it('client create, read, update, delete', async () => {
    const body = {
      first_name: 'Ana',
      last_name: 'Popescu',
      email: 'ana.contract@nimbus.example',
      country: 'RO',
      currency: 'EUR',
    };
    const created = await call('createClient', {
      body,
      headers: { 'Idempotency-Key': 'contract-create-1' },
    });
    expect(created.status).toBe(201);
    expect(
      (
        await call('createClient', { body, headers: { 'Idempotency-Key': 'contract-create-1' } })
      ).headers.get('idempotent-replayed'),
    ).toBe('true');
    expect(
      (
        await call('createClient', {
          body: { ...body, email: 'other@x.example' },
          headers: { 'Idempotency-Key': 'contract-create-1' },
        })
      ).status,
    ).toBe(422);
    expect((await call('createClient', { body })).status).toBe(409);
    expect(
      (await call('createClient', { body: { ...body, email: 'nope', country: 'Romania' } })).status,
    ).toBe(422);
    expect((await call('createClient', { body: '{not json' })).status).toBe(400);
    expect((await call('createClient', { body, token: TOKENS.auditor })).status).toBe(403);
    expect(
      (
        await call('createClient', {
          body: {
            ...body,
            email: 'full@x.example',
            company: 'Nimbus Labs SRL',
            type: 'organization',
            payment_mode: 'postpaid',
            group_id: null,
            configuration_id: 'cfg_postpaid',
            tax_exempt: true,
            notes: 'VIP',
          },
        })
      ).status,
    ).toBe(201);

    const id = created.body.id as string;
    const read = await call('getClient', { params: { client_id: id } });
    const etag = read.headers.get('etag')!;
    expect((await call('getClient', { params: { client_id: UNKNOWN_CLIENT } })).status).toBe(404);
    expect(
      (await call('getClient', { params: { client_id: id }, token: TOKENS.auditor })).status,
    ).toBe(200);

    const patch = { phone: '+40 721 000 111', vat_id: null, group_id: 'grp_startups' };
    expect((await call('updateClient', { params: { client_id: id }, body: patch })).status).toBe(
      428,
    );
    expect(
      (
        await call('updateClient', {
          params: { client_id: id },
          body: patch,
          headers: { 'If-Match': '"c999"' },
        })
      ).status,
    ).toBe(412);
    expect(
      (
        await call('updateClient', {
          params: { client_id: id },
          body: { email: 'x' },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('updateClient', {
          params: { client_id: id },
          body: 'nope',
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(400);
    const taken = store.clients[0]!.client.email;
    expect(
      (
        await call('updateClient', {
          params: { client_id: id },
          body: { email: taken },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call('updateClient', {
          params: { client_id: id },
          body: patch,
          headers: { 'If-Match': etag },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    const updated = await call('updateClient', {
      params: { client_id: id },
      body: patch,
      headers: { 'If-Match': etag },
    });
    expect(updated.status).toBe(200);
    expect(
      (
        await call('updateClient', {
          params: { client_id: UNKNOWN_CLIENT },
          body: patch,
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(404);

    expect(
      (await call('deleteClient', { params: { client_id: id }, headers: { 'If-Match': etag } }))
        .status,
    ).toBe(412);
    expect(
      (await call('deleteClient', { params: { client_id: id }, token: TOKENS.auditor })).status,
    ).toBe(403);
    expect((await call('deleteClient', { params: { client_id: id } })).status).toBe(202);
    expect((await call('deleteClient', { params: { client_id: id } })).status).toBe(409);
    expect((await call('deleteClient', { params: { client_id: UNKNOWN_CLIENT } })).status).toBe(
      404,
    );
  });

  it('lifecycle actions', async () => {
    const active = activeId();
    expect(
      (await call('suspendClient', { params: { client_id: active }, body: { reason: 'nope' } }))
        .status,
    ).toBe(422);
    expect((await call('suspendClient', { params: { client_id: active }, body: '{' })).status).toBe(
      400,
    );
    expect(
      (
        await call('suspendClient', {
          params: { client_id: active },
          body: { reason: 'staff' },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('suspendClient', {
          params: { client_id: active },
          body: { reason: 'credit', note: 'Unpaid for 30 days' },
        })
      ).body.status,
    ).toBe('suspending');
    expect((await call('getClient', { params: { client_id: active } })).body.status).toBe(
      'suspended',
    );
    expect(
      (await call('suspendClient', { params: { client_id: active }, body: { reason: 'staff' } }))
        .status,
    ).toBe(409);
    expect(
      (
        await call('suspendClient', {
          params: { client_id: UNKNOWN_CLIENT },
          body: { reason: 'staff' },
        })
      ).status,
    ).toBe(404);
    expect((await call('resumeClient', { params: { client_id: active } })).body.status).toBe(
      'active',
    );
    expect((await call('resumeClient', { params: { client_id: active } })).status).toBe(409);
    expect((await call('resumeClient', { params: { client_id: UNKNOWN_CLIENT } })).status).toBe(
      404,
    );
    expect(
      (await call('resumeClient', { params: { client_id: active }, token: TOKENS.auditor })).status,
    ).toBe(403);

    const pending = clientWith((r) => r.client.status === 'pending_approval');
    expect(
      (await call('approveClient', { params: { client_id: pending }, token: TOKENS.auditor }))
        .status,
    ).toBe(403);
    expect((await call('approveClient', { params: { client_id: pending } })).body.status).toBe(
      'active',
    );
    expect((await call('approveClient', { params: { client_id: pending } })).status).toBe(409);
    expect((await call('approveClient', { params: { client_id: UNKNOWN_CLIENT } })).status).toBe(
      404,
    );

    expect(
      (
        await call('impersonateClient', {
          params: { client_id: active },
          body: { reason: 'Reproduce ticket T-100234', duration_minutes: 15 },
        })
      ).status,
    ).toBe(201);
    expect(
      (await call('impersonateClient', { params: { client_id: active }, body: {} })).status,
    ).toBe(422);
    expect(
      (
        await call('impersonateClient', {
          params: { client_id: active },
          body: { reason: 'ok?', duration_minutes: 500 },
        })
      ).status,
    ).toBe(422);
    expect(
      (await call('impersonateClient', { params: { client_id: active }, body: 'x' })).status,
    ).toBe(400);
    expect(
      (
        await call('impersonateClient', {
          params: { client_id: active },
          body: { reason: 'Check' },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    const closed = clientWith((r) => r.client.status === 'closed');
    expect(
      (
        await call('impersonateClient', {
          params: { client_id: closed },
          body: { reason: 'Check the area' },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call('impersonateClient', {
          params: { client_id: UNKNOWN_CLIENT },
          body: { reason: 'Check the area' },
        })
      ).status,
    ).toBe(404);

    const similar = {
      first_name: 'Mihai',
      last_name: 'Ionescu',
      email: 'mihai.contract@nimbus.example',
      company: 'Nimbus Labs SRL',
    };
    expect(
      (
        await call('createSimilarClient', {
          params: { client_id: active },
          body: similar,
          headers: { 'Idempotency-Key': 'similar-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('createSimilarClient', {
          params: { client_id: active },
          body: similar,
          headers: { 'Idempotency-Key': 'similar-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (await call('createSimilarClient', { params: { client_id: active }, body: similar })).status,
    ).toBe(409);
    expect(
      (
        await call('createSimilarClient', {
          params: { client_id: active },
          body: { first_name: '' },
        })
      ).status,
    ).toBe(422);
    expect(
      (await call('createSimilarClient', { params: { client_id: active }, body: '[' })).status,
    ).toBe(400);
    expect(
      (await call('createSimilarClient', { params: { client_id: UNKNOWN_CLIENT }, body: similar }))
        .status,
    ).toBe(404);
    expect(
      (
        await call('createSimilarClient', {
          params: { client_id: active },
          body: similar,
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);

    expect(
      (
        await call('emailClient', {
          params: { client_id: active },
          body: { subject: 'Maintenance', body: 'Hello' },
        })
      ).status,
    ).toBe(202);
    expect(
      (await call('emailClient', { params: { client_id: active }, body: { subject: '' } })).status,
    ).toBe(422);
    expect((await call('emailClient', { params: { client_id: active }, body: '' })).status).toBe(
      400,
    );
    expect(
      (
        await call('emailClient', {
          params: { client_id: active },
          body: { subject: 'a', body: 'b' },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('emailClient', {
          params: { client_id: UNKNOWN_CLIENT },
          body: { subject: 'a', body: 'b' },
        })
      ).status,
    ).toBe(404);
  });

  it('reference lists, paged, with both tokens', async () => {
    const lists = [
      'listClientGroups',
      'listConfigurations',
      'listRegions',
      'listFlavors',
      'listHypervisors',
      'listProducts',
      'listServiceTypes',
      'listRoles',
      'listTicketDepartments',
      'listUnitOffers',
    ] as const;
    for (const list of lists) {
      const first = await call(list, { query: 'limit=2' });
      expect(first.status).toBe(200);
      if (first.body.next_cursor)
        await call(list, { query: `limit=2&cursor=${first.body.next_cursor}` });
      expect((await call(list, { token: TOKENS.auditor })).status).toBe(200);
      expect((await call(list, { query: 'limit=999' })).status).toBe(400);
      expect((await call(list, { token: null })).status).toBe(401);
    }
  });

  it('invoices and journal', async () => {
    const id = activeId();
    for (const sort of INVOICE_SORTS)
      await call('listClientInvoices', { params: { client_id: id }, query: `sort=${sort}` });
    for (const status of INVOICE_STATUSES)
      await call('listClientInvoices', { params: { client_id: id }, query: `status=${status}` });
    expect(
      (await call('listClientInvoices', { params: { client_id: id }, query: 'status=late' }))
        .status,
    ).toBe(400);
    expect(
      (await call('listClientInvoices', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    const invoice = {
      due_at: '2027-01-15',
      lines: [
        { description: 'Migration assistance (3 hours)', quantity: '3', unit_price: '40.00' },
        { description: 'Discount', quantity: '1', unit_price: '-10.00' },
      ],
    };
    expect(
      (
        await call('createClientInvoice', {
          params: { client_id: id },
          body: invoice,
          headers: { 'Idempotency-Key': 'inv-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('createClientInvoice', {
          params: { client_id: id },
          body: invoice,
          headers: { 'Idempotency-Key': 'inv-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('createClientInvoice', {
          params: { client_id: id },
          body: { due_at: 'soon', lines: [] },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('createClientInvoice', {
          params: { client_id: id },
          body: {
            due_at: '2027-01-15',
            lines: [{ description: 'x', quantity: 3, unit_price: '1' }],
          },
        })
      ).status,
    ).toBe(422);
    expect(
      (await call('createClientInvoice', { params: { client_id: id }, body: 'nope' })).status,
    ).toBe(400);
    expect(
      (
        await call('createClientInvoice', {
          params: { client_id: id },
          body: invoice,
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (await call('createClientInvoice', { params: { client_id: UNKNOWN_CLIENT }, body: invoice }))
        .status,
    ).toBe(404);
    const closed = clientWith((r) => r.client.status === 'closed');
    expect(
      (await call('createClientInvoice', { params: { client_id: closed }, body: invoice })).status,
    ).toBe(409);
    for (const record of store.clients.slice(0, 25)) {
      await call('listClientInvoices', {
        params: { client_id: record.client.id },
        query: 'limit=200',
      });
      await call('listClientJournal', {
        params: { client_id: record.client.id },
        query: 'limit=200',
      });
    }
    expect(
      (await call('listClientJournal', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    expect(
      (await call('listClientJournal', { params: { client_id: id }, query: 'limit=-1' })).status,
    ).toBe(400);
  });

  it('services', async () => {
    const record = store.clients.find((r) =>
      r.services.some((s) => s.status === 'active' && s.productId === 'prd_hosting_pro'),
    )!;
    const id = record.client.id;
    for (const r of store.clients.slice(0, 25))
      await call('listClientServices', { params: { client_id: r.client.id } });
    expect(
      (await call('listClientServices', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    expect(
      (await call('listClientServices', { params: { client_id: id }, query: 'cursor=bad!' }))
        .status,
    ).toBe(400);
    const service = record.services.find(
      (s) => s.status === 'active' && s.productId === 'prd_hosting_pro',
    )!;
    const params = { client_id: id, service_id: service.id };
    expect(
      (await call('changeServicePlan', { params, body: { plan_id: 'pln_hosting_pro_y' } })).status,
    ).toBe(200);
    expect(
      (await call('changeServicePlan', { params, body: { plan_id: 'pln_domain_1y' } })).status,
    ).toBe(422);
    expect((await call('changeServicePlan', { params, body: '{' })).status).toBe(400);
    expect(
      (
        await call('changeServicePlan', {
          params,
          body: { plan_id: 'pln_hosting_pro_m' },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('changeServicePlan', {
          params: { ...params, service_id: 'svc_missing' },
          body: { plan_id: 'x' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call('terminateService', {
          params,
          body: { reason: 'Client asked' },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect((await call('terminateService', { params, body: { reason: 1 } })).status).toBe(422);
    expect((await call('terminateService', { params, body: 'x' })).status).toBe(400);
    expect((await call('terminateService', { params })).status).toBe(200);
    expect((await call('terminateService', { params, body: {} })).status).toBe(409);
    expect(
      (await call('changeServicePlan', { params, body: { plan_id: 'pln_hosting_pro_m' } })).status,
    ).toBe(409);
    expect(
      (
        await call('terminateService', {
          params: { client_id: UNKNOWN_CLIENT, service_id: service.id },
        })
      ).status,
    ).toBe(404);
  });

  it('client users', async () => {
    const record = store.clients.find(
      (r) => r.client.status === 'active' && r.client.type === 'organization',
    )!;
    const id = record.client.id;
    const users = (await call('listClientUsers', { params: { client_id: id } })).body.items;
    expect((await call('listClientUsers', { params: { client_id: UNKNOWN_CLIENT } })).status).toBe(
      404,
    );
    expect(
      (await call('listClientUsers', { params: { client_id: id }, query: 'limit=abc' })).status,
    ).toBe(400);
    const newcomer = store.directory[0]!.id;
    expect(
      (
        await call('associateClientUser', {
          params: { client_id: id },
          body: { user_id: newcomer, role_id: 'role_member' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('associateClientUser', {
          params: { client_id: id },
          body: { user_id: newcomer, role_id: 'role_member' },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call('associateClientUser', {
          params: { client_id: id },
          body: { user_id: store.directory[1]!.id, role_id: 'role_nope' },
        })
      ).status,
    ).toBe(422);
    expect(
      (await call('associateClientUser', { params: { client_id: id }, body: 'x' })).status,
    ).toBe(400);
    expect(
      (
        await call('associateClientUser', {
          params: { client_id: id },
          body: { user_id: newcomer, role_id: 'role_member' },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('associateClientUser', {
          params: { client_id: UNKNOWN_CLIENT },
          body: { user_id: newcomer, role_id: 'role_member' },
        })
      ).status,
    ).toBe(404);
    const owner = users.find(
      (u: { id: string; role: { id: string } }) => u.role.id === 'role_owner',
    )!.id;
    const ownerParams = { client_id: id, user_id: owner };
    expect(
      (await call('updateClientUser', { params: ownerParams, body: { role_id: 'role_billing' } }))
        .status,
    ).toBe(409);
    expect(
      (await call('updateClientUser', { params: ownerParams, body: { role_id: 7 } })).status,
    ).toBe(422);
    expect((await call('updateClientUser', { params: ownerParams, body: '' })).status).toBe(400);
    expect(
      (
        await call('updateClientUser', {
          params: ownerParams,
          body: { role_id: 'role_owner' },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('updateClientUser', {
          params: { client_id: id, user_id: 'usr_missing' },
          body: { role_id: 'role_owner' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call('updateClientUser', {
          params: { client_id: id, user_id: newcomer },
          body: { role_id: 'role_billing' },
        })
      ).status,
    ).toBe(200);
    expect((await call('dissociateClientUser', { params: ownerParams })).status).toBe(409);
    expect(
      (
        await call('dissociateClientUser', {
          params: { client_id: id, user_id: newcomer },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (await call('dissociateClientUser', { params: { client_id: id, user_id: newcomer } })).status,
    ).toBe(204);
    expect(
      (await call('dissociateClientUser', { params: { client_id: id, user_id: newcomer } })).status,
    ).toBe(404);
  });

  it('configuration', async () => {
    const id = activeId();
    const read = await call('getClientConfiguration', { params: { client_id: id } });
    const etag = read.headers.get('etag')!;
    expect(
      (await call('getClientConfiguration', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    expect(
      (
        await call('setClientConfiguration', {
          params: { client_id: id },
          body: { configuration_id: 'cfg_enterprise' },
        })
      ).status,
    ).toBe(428);
    expect(
      (
        await call('setClientConfiguration', {
          params: { client_id: id },
          body: { configuration_id: 'cfg_enterprise' },
          headers: { 'If-Match': '"g0"' },
        })
      ).status,
    ).toBe(412);
    expect(
      (
        await call('setClientConfiguration', {
          params: { client_id: id },
          body: { configuration_id: 'cfg_nope' },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('setClientConfiguration', {
          params: { client_id: id },
          body: '{',
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('setClientConfiguration', {
          params: { client_id: id },
          body: { configuration_id: 'cfg_enterprise' },
          headers: { 'If-Match': etag },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('setClientConfiguration', {
          params: { client_id: UNKNOWN_CLIENT },
          body: { configuration_id: 'cfg_enterprise' },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call('setClientConfiguration', {
          params: { client_id: id },
          body: { configuration_id: 'cfg_enterprise' },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(200);
  });

  it('cloud resources of every kind, domains and activity', async () => {
    const record = store.clients.find((r) => r.instances.length > 2)!;
    for (const kind of [
      'instances',
      'volumes',
      'networks',
      'routers',
      'ssh-keys',
      'images',
      'ports',
    ]) {
      for (const r of [record, ...store.clients.slice(0, 10)]) {
        expect(
          (await call('listClientResources', { params: { client_id: r.client.id, kind } })).status,
        ).toBe(200);
      }
    }
    expect(
      (
        await call('listClientResources', {
          params: { client_id: record.client.id, kind: 'buckets' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call('listClientResources', { params: { client_id: UNKNOWN_CLIENT, kind: 'ports' } }))
        .status,
    ).toBe(404);
    expect(
      (
        await call('listClientResources', {
          params: { client_id: record.client.id, kind: 'ports' },
          query: 'limit=0',
        })
      ).status,
    ).toBe(400);

    const id = activeId();
    for (const r of store.clients.slice(0, 25))
      await call('listClientDomains', { params: { client_id: r.client.id } });
    expect(
      (await call('listClientDomains', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    expect(
      (await call('listClientDomains', { params: { client_id: id }, query: 'limit=1000' })).status,
    ).toBe(400);
    expect(
      (
        await call('registerClientDomain', {
          params: { client_id: id },
          body: { name: 'nimbus-contract.example', years: 2 },
          headers: { 'Idempotency-Key': 'dom-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('registerClientDomain', {
          params: { client_id: id },
          body: { name: 'nimbus-contract.example', years: 2 },
          headers: { 'Idempotency-Key': 'dom-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('registerClientDomain', {
          params: { client_id: id },
          body: { name: 'nimbus-contract.example' },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call('registerClientDomain', {
          params: { client_id: id },
          body: { name: 'Not A Domain' },
        })
      ).status,
    ).toBe(422);
    expect(
      (await call('registerClientDomain', { params: { client_id: id }, body: '}' })).status,
    ).toBe(400);
    expect(
      (
        await call('registerClientDomain', {
          params: { client_id: id },
          body: { name: 'x-y.example' },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('registerClientDomain', {
          params: { client_id: UNKNOWN_CLIENT },
          body: { name: 'x-y.example' },
        })
      ).status,
    ).toBe(404);

    for (const query of [
      'sort=at',
      'sort=-at',
      'category=security',
      'category=billing&category=account',
      'limit=200',
    ]) {
      await call('listClientActivity', { params: { client_id: id }, query });
    }
    for (const r of store.clients.slice(0, 25))
      await call('listClientActivity', { params: { client_id: r.client.id }, query: 'limit=200' });
    expect(
      (await call('listClientActivity', { params: { client_id: id }, query: 'category=fun' }))
        .status,
    ).toBe(400);
    expect(
      (await call('listClientActivity', { params: { client_id: id }, query: 'sort=when' })).status,
    ).toBe(400);
    expect(
      (await call('listClientActivity', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
  });

  it('tickets: queue and per client, every filter and sort, create', async () => {
    for (const sort of TICKET_SORTS) await call('listTickets', { query: `sort=${sort}&limit=200` });
    for (const status of TICKET_STATUSES) await call('listTickets', { query: `status=${status}` });
    for (const priority of TICKET_PRIORITIES)
      await call('listTickets', { query: `priority=${priority}` });
    const client = store.tickets[0]!.ticket.client.id;
    for (const query of [
      'waiting_on=staff',
      'waiting_on=client',
      'waiting_on=staff&status=open',
      'search=invoice',
      'search=T-1000',
      'department_id=dep_billing',
      `client_id=${client}`,
      'client_id=cl_0000000000000000',
    ]) {
      await call('listTickets', { query });
    }
    for (const query of [
      'sort=title',
      'status=new',
      'priority=urgent',
      'waiting_on=nobody',
      'limit=0',
    ]) {
      expect((await call('listTickets', { query })).status, query).toBe(400);
    }
    expect((await call('listTickets', { token: TOKENS.auditor })).status).toBe(200);
    expect((await call('listTickets', { token: null })).status).toBe(401);
    for (const query of ['', 'sort=priority', 'waiting_on=client', 'status=closed']) {
      await call('listClientTickets', { params: { client_id: client }, query });
    }
    expect(
      (await call('listClientTickets', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    expect(
      (await call('listClientTickets', { params: { client_id: client }, query: 'sort=x' })).status,
    ).toBe(400);

    const ticket = {
      client_id: activeId(),
      department_id: 'dep_billing',
      priority: 'medium',
      title: 'Invoice needs a PO number',
      message: 'Please add PO 4411.',
    };
    expect(
      (await call('createTicket', { body: ticket, headers: { 'Idempotency-Key': 'ticket-1' } }))
        .status,
    ).toBe(201);
    expect(
      (await call('createTicket', { body: ticket, headers: { 'Idempotency-Key': 'ticket-1' } }))
        .status,
    ).toBe(201);
    expect(
      (
        await call('createTicket', {
          body: { ...ticket, title: 'Other' },
          headers: { 'Idempotency-Key': 'ticket-1' },
        })
      ).status,
    ).toBe(422);
    expect(
      (await call('createTicket', { body: { ...ticket, client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(422);
    expect((await call('createTicket', { body: { ...ticket, title: 'x' } })).status).toBe(422);
    expect((await call('createTicket', { body: '[' })).status).toBe(400);
    expect((await call('createTicket', { body: ticket, token: TOKENS.auditor })).status).toBe(403);
    const closed = clientWith((r) => r.client.status === 'closed');
    expect((await call('createTicket', { body: { ...ticket, client_id: closed } })).status).toBe(
      409,
    );
  });

  it('quotas', async () => {
    const record = store.clients.find((r) => r.instances.length > 1)!;
    const id = record.client.id;
    const read = await call('getClientQuotas', { params: { client_id: id } });
    let etag = read.headers.get('etag')!;
    expect((await call('getClientQuotas', { params: { client_id: UNKNOWN_CLIENT } })).status).toBe(
      404,
    );
    expect(
      (await call('getClientQuotas', { params: { client_id: id }, token: TOKENS.auditor })).status,
    ).toBe(200);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: { limits: { instances: 20 } },
        })
      ).status,
    ).toBe(428);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: { limits: { instances: 20 } },
          headers: { 'If-Match': '"q0"' },
        })
      ).status,
    ).toBe(412);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: { limits: { instances: 0 } },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: { limits: { widgets: 1 } },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: { limits: { vcpus: -1 } },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: 'x',
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: { limits: { instances: 20 } },
          headers: { 'If-Match': etag },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: UNKNOWN_CLIENT },
          body: { limits: { instances: 20 } },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(404);
    const usage = new Map<string, number>(
      read.body.items.map((q: { resource: string; in_use: number; reserved: number }) => [
        q.resource,
        q.in_use + q.reserved,
      ]),
    );
    const limits = Object.fromEntries(
      QUOTA_RESOURCES.map((r, i) => [r, i % 3 === 0 ? null : usage.get(r)! + 5]),
    );
    const updated = await call('updateClientQuotas', {
      params: { client_id: id },
      body: { limits },
      headers: { 'If-Match': etag },
    });
    expect(updated.status).toBe(200);
    etag = updated.headers.get('etag')!;
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: { limits: { instances: 0 }, force: true },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call('resetClientQuotas', {
          params: { client_id: id },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(412);
    expect(
      (await call('resetClientQuotas', { params: { client_id: id }, token: TOKENS.auditor }))
        .status,
    ).toBe(403);
    expect(
      (await call('resetClientQuotas', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    expect((await call('resetClientQuotas', { params: { client_id: id } })).status).toBe(200);
    for (const r of store.clients.slice(0, 25))
      await call('getClientQuotas', { params: { client_id: r.client.id } });
  });

  it('units: balance, levels, entries, debits and credits, reversals, offers', async () => {
    const record = store.clients.find(
      (r) => r.instances.length > 0 && r.client.status === 'active',
    )!;
    const id = record.client.id;
    const balance = await call('getClientUnitBalance', { params: { client_id: id } });
    let etag = balance.headers.get('etag')!;
    expect(
      (await call('getClientUnitBalance', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: id },
          body: { warn_level: '200' },
        })
      ).status,
    ).toBe(428);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: id },
          body: { warn_level: '200' },
          headers: { 'If-Match': '"u0"' },
        })
      ).status,
    ).toBe(412);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: id },
          body: { warn_level: '-99999' },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: id },
          body: { cutoff: '-99999', warn_level: '10' },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: id },
          body: { warn_level: 200 },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: id },
          body: '{',
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: id },
          body: { warn_level: '300' },
          headers: { 'If-Match': etag },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: UNKNOWN_CLIENT },
          body: { warn_level: '300' },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(404);
    const levels = await call('updateClientUnitBalance', {
      params: { client_id: id },
      body: { warn_level: '300', cutoff: '0' },
      headers: { 'If-Match': etag },
    });
    expect(levels.status).toBe(200);
    etag = levels.headers.get('etag')!;

    for (const query of [
      '',
      'kind=debit',
      'kind=credit&kind=offer',
      'kind=reversal',
      'limit=200',
    ]) {
      await call('listClientUnitEntries', { params: { client_id: id }, query });
    }
    expect(
      (await call('listClientUnitEntries', { params: { client_id: id }, query: 'kind=gift' }))
        .status,
    ).toBe(400);
    expect(
      (await call('listClientUnitEntries', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);

    const credit = {
      kind: 'credit',
      amount: '250',
      description: 'Goodwill credit for the March outage',
    };
    const created = await call('createClientUnitEntry', {
      params: { client_id: id },
      body: credit,
      headers: { 'Idempotency-Key': 'ue-1' },
    });
    expect(created.status).toBe(201);
    expect(
      (
        await call('createClientUnitEntry', {
          params: { client_id: id },
          body: credit,
          headers: { 'Idempotency-Key': 'ue-1' },
        })
      ).headers.get('idempotent-replayed'),
    ).toBe('true');
    expect(
      (
        await call('createClientUnitEntry', {
          params: { client_id: id },
          body: { ...credit, amount: '251' },
          headers: { 'Idempotency-Key': 'ue-1' },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('createClientUnitEntry', {
          params: { client_id: id },
          body: { ...credit, amount: '0' },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('createClientUnitEntry', {
          params: { client_id: id },
          body: { ...credit, amount: 5 },
        })
      ).status,
    ).toBe(422);
    expect(
      (await call('createClientUnitEntry', { params: { client_id: id }, body: 'x' })).status,
    ).toBe(400);
    expect(
      (
        await call('createClientUnitEntry', {
          params: { client_id: id },
          body: credit,
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (await call('createClientUnitEntry', { params: { client_id: UNKNOWN_CLIENT }, body: credit }))
        .status,
    ).toBe(404);
    const ledger = store.detailsOf(record).units.balance;
    const toCutoff = (Number(ledger.balance) - Number(ledger.cutoff) + 1).toFixed(2);
    expect(
      (
        await call('createClientUnitEntry', {
          params: { client_id: id },
          body: { kind: 'debit', amount: toCutoff, description: 'Backup usage' },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('createClientUnitEntry', {
          params: { client_id: id },
          body: {
            kind: 'debit',
            amount: '99999999',
            description: 'Too much',
            allow_below_cutoff: true,
          },
        })
      ).status,
    ).toBe(422);
    const closed = clientWith((r) => r.client.status === 'closed');
    expect(
      (await call('createClientUnitEntry', { params: { client_id: closed }, body: credit })).status,
    ).toBe(409);

    const entryId = created.body.id as string;
    const reverse = { reason: 'Credit applied to the wrong client.' };
    expect(
      (
        await call('reverseClientUnitEntry', {
          params: { client_id: id, entry_id: entryId },
          body: reverse,
          headers: { 'Idempotency-Key': 'rev-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('reverseClientUnitEntry', {
          params: { client_id: id, entry_id: entryId },
          body: reverse,
          headers: { 'Idempotency-Key': 'rev-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('reverseClientUnitEntry', {
          params: { client_id: id, entry_id: entryId },
          body: reverse,
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call('reverseClientUnitEntry', {
          params: { client_id: id, entry_id: entryId },
          body: {},
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('reverseClientUnitEntry', {
          params: { client_id: id, entry_id: entryId },
          body: '{',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('reverseClientUnitEntry', {
          params: { client_id: id, entry_id: 'ue_missing' },
          body: reverse,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call('reverseClientUnitEntry', {
          params: { client_id: id, entry_id: entryId },
          body: reverse,
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);

    for (const offer of store.catalog.unitOffers) {
      expect(
        (await call('applyClientUnitOffer', { params: { client_id: id, offer_id: offer.id } }))
          .status,
      ).toBe(201);
    }
    expect(
      (
        await call('applyClientUnitOffer', {
          params: { client_id: id, offer_id: 'off_starter_1000' },
          headers: { 'Idempotency-Key': 'offer-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('applyClientUnitOffer', {
          params: { client_id: id, offer_id: 'off_starter_1000' },
          headers: { 'Idempotency-Key': 'offer-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('applyClientUnitOffer', {
          params: { client_id: id, offer_id: 'off_trial_100' },
          headers: { 'Idempotency-Key': 'offer-1' },
        })
      ).status,
    ).toBe(422);
    expect(
      (await call('applyClientUnitOffer', { params: { client_id: id, offer_id: 'off_nope' } }))
        .status,
    ).toBe(404);
    expect(
      (
        await call('applyClientUnitOffer', {
          params: { client_id: closed, offer_id: 'off_trial_100' },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call('applyClientUnitOffer', {
          params: { client_id: id, offer_id: 'off_trial_100' },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    await call('listClientInvoices', { params: { client_id: id } });
    for (const r of store.clients.slice(0, 25)) {
      await call('getClientUnitBalance', { params: { client_id: r.client.id } });
      await call('listClientUnitEntries', {
        params: { client_id: r.client.id },
        query: 'limit=200',
      });
    }
  });

  it('scenario helpers answer what the spec declares', async () => {
    for (const [operationId] of Object.entries(LIST_OPERATIONS) as [ListOperationId, string][]) {
      server.use(emptyList(operationId, { baseUrl: BASE, once: true }));
      const params = { client_id: activeId(), kind: 'instances' };
      const result = await call(operationId, { params });
      expect(result.body.items).toEqual([]);
    }
    server.use(failOperation('listClients', { baseUrl: BASE, once: true }));
    expect((await call('listClients')).status).toBe(500);
    server.use(rateLimitOperation('listTickets', { baseUrl: BASE, retryAfter: 5, once: true }));
    const limited = await call('listTickets');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('5');
    server.use(forbidOperation('getClientQuotas', { baseUrl: BASE, once: true }));
    expect((await call('getClientQuotas', { params: { client_id: activeId() } })).status).toBe(403);
    server.use(notFoundOperation('getClient', { baseUrl: BASE, once: true }));
    expect((await call('getClient', { params: { client_id: activeId() } })).status).toBe(404);
  });

  afterAll(() => {
    // Every operation was exercised, with a success and at least one error.
    for (const operationId of specOperations.keys()) {
      const statuses = [...(coverage.get(operationId) ?? [])];
      expect(
        statuses.some((s) => s < 300),
        `${operationId} never succeeded`,
      ).toBe(true);
      expect(
        statuses.some((s) => s >= 400),
        `${operationId} never failed`,
      ).toBe(true);
    }
  });
});
