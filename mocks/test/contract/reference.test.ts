/**
 * Contract test for the reference lists: every response must validate against
 * specs/openapi.yaml. The shared setup and the coverage rule are in support.ts.
 */
import { describe, it } from 'vitest';
import { AS_AUDITOR, CONTRACT_DOMAINS, useContract, WITHOUT_TOKEN } from './support.ts';

const { call, expectStatuses } = useContract('reference');

describe('contract: reference', () => {
  it('reference lists, paged, with both tokens', async () => {
    // The reference lists are the operations this file owns.
    for (const list of CONTRACT_DOMAINS.reference) {
      const [first] = await expectStatuses(list, {}, [[{ query: 'limit=2' }, 200]]);
      const next = first!.body.next_cursor;
      if (next) await call(list, { query: `limit=2&cursor=${next}` });
      await expectStatuses(list, {}, [
        [AS_AUDITOR, 200],
        [{ query: 'limit=999' }, 400],
        [WITHOUT_TOKEN, 401],
      ]);
    }
  });
});
