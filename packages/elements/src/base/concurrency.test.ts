import { describe, expect, it } from 'vitest';
import { forEachConcurrently } from './concurrency.ts';

describe('forEachConcurrently', () => {
  it('runs every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachConcurrently([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, item % 3));
      seen.push(item);
      running -= 1;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('finishes the other items before rejecting with a failure', async () => {
    const seen: string[] = [];
    const run = forEachConcurrently(['a', 'b', 'c'], 2, async (item) => {
      if (item === 'a') throw new Error('a failed');
      seen.push(item);
    });
    await expect(run).rejects.toThrow('a failed');
    expect(seen).toEqual(['b', 'c']);
  });

  it('does nothing for no items', async () => {
    const seen: unknown[] = [];
    await forEachConcurrently([], 4, async (item) => {
      seen.push(item);
    });
    expect(seen).toEqual([]);
  });
});
