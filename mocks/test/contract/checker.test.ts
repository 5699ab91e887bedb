/**
 * Contract test for the checker itself, the operation table, and which file owns which
 * operation: every response must validate against specs/openapi.yaml. The shared setup and
 * the coverage rule are in support.ts.
 */
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/index.ts';
import { conformance, specOperations } from './spec.ts';
import { CONTRACT_DOMAINS, useContract } from './support.ts';

const { store } = useContract('checker');

describe('contract: checker', () => {
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

  it('every operation of the spec is owned by exactly one contract test file', () => {
    const owned = Object.values(CONTRACT_DOMAINS).flat() as string[];
    expect([...owned].sort()).toEqual([...specOperations.keys()].sort());
    expect(new Set(owned).size).toBe(owned.length);
  });
});
