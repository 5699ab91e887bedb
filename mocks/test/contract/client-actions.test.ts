/**
 * Contract test for the lifecycle actions (suspend, resume, approve, impersonate, create
 * similar, email): every response must validate against specs/openapi.yaml. The shared setup
 * and the coverage rule are in support.ts.
 */
import { describe, expect, it } from 'vitest';
import { TOKENS } from '../../src/index.ts';
import { UNKNOWN_CLIENT, useContract } from './support.ts';

const { call, clientWith, activeId } = useContract('client-actions');

describe('contract: client-actions', () => {
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
});
