/**
 * Contract test for me, the client list (every sort, filter, status and page), and client
 * create, read, update and delete: every response must validate against specs/openapi.yaml.
 * The shared setup and the coverage rule are in support.ts.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT_STATUSES } from '../../src/data/clients.ts';
import { CLIENT_SORTS } from '../../src/handlers/clients.ts';
import { TOKENS } from '../../src/index.ts';
import { UNKNOWN_CLIENT, useContract } from './support.ts';

const { call, store } = useContract('clients');

describe('contract: clients', () => {
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
});
