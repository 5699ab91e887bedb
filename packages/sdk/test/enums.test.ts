import { describe, expect, it } from 'vitest';
import * as enums from '../src/enums.ts';
import * as generated from '../src/generated/openapi.ts';

describe('enums', () => {
  it('names every list the generator emits, once', () => {
    const generatedLists = Object.entries(generated)
      .filter(([name]) => name.endsWith('Values'))
      .map(([, list]) => list);
    const named = Object.values(enums);
    expect(generatedLists.length).toBeGreaterThan(20);
    expect(new Set(named)).toEqual(new Set(generatedLists));
    expect(named).toHaveLength(generatedLists.length);
  });

  it('keeps the spec order', () => {
    expect(enums.CLIENT_STATUSES).toEqual([
      'active',
      'inactive',
      'suspending',
      'suspended',
      'deleting',
      'closed',
      'pending_approval',
    ]);
    expect(enums.TICKET_PRIORITIES).toEqual(['low', 'medium', 'high']);
    expect(enums.PERMISSIONS).toContain('quotas.update');
  });
});
