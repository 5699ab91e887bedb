/**
 * Contract test for the reference lists: every response must validate against
 * specs/openapi.yaml. The shared setup and the coverage rule are in support.ts.
 */
import { describe, expect, it } from 'vitest';
import { TOKENS } from '../../src/index.ts';
import { CONTRACT_DOMAINS, useContract } from './support.ts';

const { call } = useContract('reference');

describe('contract: reference', () => {
  it('reference lists, paged, with both tokens', async () => {
    // The reference lists are the operations this file owns.
    const lists = CONTRACT_DOMAINS.reference;
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
});
