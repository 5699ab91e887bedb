/**
 * Contract test for me, the client list (every sort, filter, status and page), and client
 * create, read, update and delete: every response must validate against specs/openapi.yaml.
 * The shared setup and the coverage rule are in support.ts.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT_STATUSES } from '../../src/data/clients.ts';
import { CLIENT_SORTS } from '../../src/handlers/clients.ts';
import {
  AS_AUDITOR,
  eachQuery,
  FOR_UNKNOWN_CLIENT,
  idempotencyKey,
  ifMatch,
  malformedBody,
  useContract,
  WITHOUT_HEADERS,
  WITHOUT_TOKEN,
} from './support.ts';

const { call, expectStatuses, store } = useContract('clients');

describe('contract: clients', () => {
  it('me: both tokens, no token, a wrong token', async () => {
    expect((await call('getMe')).body.role).toBe('admin');
    expect((await call('getMe', AS_AUDITOR)).body.role).toBe('auditor');
    await expectStatuses('getMe', {}, [
      [WITHOUT_TOKEN, 401],
      [{ token: 'nope' }, 401],
    ]);
  });

  it('client list: every sort, filter, status, search and page, and bad parameters', async () => {
    await expectStatuses(
      'listClients',
      {},
      eachQuery(
        CLIENT_SORTS.map((sort) => `sort=${sort}&limit=200`),
        200,
      ),
    );
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
    await expectStatuses('listClients', {}, eachQuery(filters, 200));
    const first = await call('listClients', { query: 'limit=20' });
    const bad = [
      'limit=0',
      'limit=201',
      'limit=x',
      'cursor=%%%',
      'cursor=eyJ4IjoxfQ',
      'sort=name',
      'status=gone',
      'created_after=2024-13-01',
      'tax_exempt=yes',
    ];
    await expectStatuses('listClients', {}, [
      [{ query: `limit=20&cursor=${first.body.next_cursor}` }, 200],
      ...eachQuery(bad, 400),
      [AS_AUDITOR, 200],
      [WITHOUT_TOKEN, 401],
    ]);
  });

  it('client create, read, update, delete', async () => {
    const body = {
      first_name: 'Ana',
      last_name: 'Popescu',
      email: 'ana.contract@nimbus.example',
      country: 'RO',
      currency: 'EUR',
    };
    const key = idempotencyKey('contract-create-1');
    const [created] = await expectStatuses('createClient', { body }, [[key, 201]]);
    expect((await call('createClient', { body, ...key })).headers.get('idempotent-replayed')).toBe(
      'true',
    );
    await expectStatuses('createClient', { body }, [
      [{ body: { ...body, email: 'other@x.example' }, ...key }, 422], // the key reused
      [{}, 409], // the email is taken now
      [{ body: { ...body, email: 'nope', country: 'Romania' } }, 422],
      [malformedBody('{not json'), 400],
      [AS_AUDITOR, 403],
      [
        {
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
        },
        201,
      ],
    ]);

    const client = { params: { client_id: created!.body.id as string } };
    const etag = (await call('getClient', client)).headers.get('etag')!;
    await expectStatuses('getClient', client, [
      [FOR_UNKNOWN_CLIENT, 404],
      [AS_AUDITOR, 200],
    ]);

    const patch = { phone: '+40 721 000 111', vat_id: null, group_id: 'grp_startups' };
    const taken = store.clients[0]!.client.email;
    await expectStatuses('updateClient', { ...client, body: patch, ...ifMatch(etag) }, [
      [WITHOUT_HEADERS, 428],
      [ifMatch('"c999"'), 412],
      [{ body: { email: 'x' } }, 422],
      [malformedBody('nope'), 400],
      [{ body: { email: taken } }, 409],
      [AS_AUDITOR, 403],
      [{}, 200],
      [FOR_UNKNOWN_CLIENT, 404],
    ]);

    await expectStatuses('deleteClient', client, [
      [ifMatch(etag), 412], // the etag from before the update
      [AS_AUDITOR, 403],
      [{}, 202],
      [{}, 409], // deleting already
      [FOR_UNKNOWN_CLIENT, 404],
    ]);
  });
});
