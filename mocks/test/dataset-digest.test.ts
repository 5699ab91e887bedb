/**
 * Pins the generated data itself: a digest of everything `generateDataset` builds (the
 * eager lists, the catalog and every client's lazily generated details) for the default
 * seed and reference time, and for another seed and reference time. A refactoring of the
 * generators must leave these unchanged; a deliberate change of the data updates them.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type DatasetOptions, generateDataset } from '../src/data/dataset.ts';

function digest(options: DatasetOptions): string {
  const dataset = generateDataset(options);
  const hash = createHash('sha256');
  const feed = (value: unknown) => hash.update(`${JSON.stringify(value)}\n`);
  feed({ seed: dataset.seed, size: dataset.size, referenceTime: dataset.referenceTime });
  feed(dataset.catalog);
  feed(dataset.groups());
  feed(dataset.directory);
  feed(dataset.clients);
  feed(dataset.tickets);
  for (const record of dataset.clients) feed(dataset.detailsFor(record));
  // Clients created through the API start from fresh (empty) details.
  for (const record of dataset.clients.slice(0, 5))
    feed(dataset.detailsFor(record, { fresh: true }));
  return hash.digest('hex');
}

describe('generated data', () => {
  it('is byte for byte the same for the default seed, size and reference time', () => {
    expect(digest({})).toBe('f5c26e6b433b2839808239dfffc60b64cad5cbb1d0ebd159d3fb26fecb8539e3');
  });

  it('is byte for byte the same for another seed and reference time', () => {
    expect(digest({ seed: 7, size: 120, referenceTime: '2026-11-15T12:00:00Z' })).toBe(
      '02973df0a68366e31198c4c31140cae9c014e4c80789a9a72be60d012b1f58ba',
    );
  });
});
