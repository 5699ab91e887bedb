/**
 * Pins the generated data itself: a digest of everything `generateDataset` builds (the
 * eager lists, the catalog and every client's lazily generated details) for the default
 * seed and reference time, and for another seed and reference time. A refactoring of the
 * generators must leave these unchanged; a deliberate change of the data updates them (the
 * last: each client's sign-in security, and the sign-in blocks it adds to the activity log).
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
    expect(digest({})).toBe('0a28c56914b87e9e285c0113cdf38393fae9e14d1b719c0cca3a436cbeee81d4');
  });

  it('is byte for byte the same for another seed and reference time', () => {
    expect(digest({ seed: 7, size: 120, referenceTime: '2026-11-15T12:00:00Z' })).toBe(
      'a0ca83abbda2c91ac688d2b88615318b0bd520f79db1bc9481d7f346bc94ca81',
    );
  });
});
