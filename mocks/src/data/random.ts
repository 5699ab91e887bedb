/**
 * A small seeded pseudo-random generator (mulberry32) with the helpers the dataset needs.
 * The same seed always gives the same sequence, on every platform.
 */

/** FNV-1a over a string: turns names like `"1:cl_ab12:invoices"` into 32-bit seeds. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Flattens a string built by concatenation. V8 keeps `a + b` as a tree of parts until
 * something reads it; for 100,000 clients those trees cost hundreds of megabytes.
 * `normalize()` leaves the (NFC) text unchanged and returns one flat string.
 */
export function flat(text: string): string {
  return text.normalize();
}

const HEX_BYTES = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A weighted choice prepared once (cumulative weights), for hot loops. */
export interface WeightedTable<T> {
  readonly values: readonly T[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  let total = 0;
  const cumulative: number[] = [];
  for (const [, weight] of entries) {
    total += weight;
    cumulative.push(total);
  }
  return { values: entries.map(([value]) => value), cumulative, total };
}

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A derived generator for a named sub-stream, so lazy parts do not disturb eager ones. */
  static for(seed: number, ...names: readonly (string | number)[]): Random {
    return new Random(hashString(`${seed}:${names.join(':')}`));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight: `weighted([['a', 3], ['b', 1]])` gives `a` three times in four. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** Picks from a prepared {@link weightedTable}. */
  fromTable<T>(table: WeightedTable<T>): T {
    const roll = this.next() * table.total;
    const { cumulative } = table;
    for (let i = 0; i < cumulative.length; i++) {
      if (roll < cumulative[i]!) return table.values[i] as T;
    }
    return table.values[table.values.length - 1] as T;
  }

  /** `prefix` followed by `length` lowercase hex digits, as one flat string. */
  id(prefix: string, length: number): string {
    return flat(prefix + this.hex(length));
  }

  /** `length` lowercase hex digits. */
  hex(length: number): string {
    let out = '';
    while (out.length < length) {
      const word = Math.floor(this.next() * 0x100000000);
      out +=
        HEX_BYTES[word >>> 24]! +
        HEX_BYTES[(word >>> 16) & 0xff]! +
        HEX_BYTES[(word >>> 8) & 0xff]! +
        HEX_BYTES[word & 0xff]!;
    }
    return flat(out.length === length ? out : out.slice(0, length));
  }

  /** A string of `length` decimal digits (leading zeros allowed). */
  digits(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += String(this.int(0, 9));
    return flat(out);
  }
}

/** `count` times between `fromMs` and `toMs` (epoch ms), oldest first. */
export function spread(random: Random, fromMs: number, toMs: number, count: number): number[] {
  const span = Math.max(1, toMs - fromMs);
  return Array.from({ length: count }, () => fromMs + random.int(0, span)).sort((a, b) => a - b);
}
