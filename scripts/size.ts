/**
 * Size report and budgets: bundles each public entry the way a host's bundler would (a
 * production app build: minified, code split at dynamic imports, every dependency included:
 * lit, @lit/context, openapi-fetch), then prints per entry what a page downloads before the
 * first paint (the entry chunk and every chunk it imports statically, each gzipped as served)
 * and, below it, the chunks loaded on first use. Exits non-zero when an entry's initial size is
 * over its budget. `pnpm size`; `pnpm size --readme` also rewrites the table in README.md;
 * `pnpm size --why client-grid` also lists, for each entry whose name has that text, what each
 * module adds to the gzip before its first paint (largest first: where to cut next).
 *
 * The elements entries are measured as published: `@clientele/elements`' own `build` runs
 * first (tsc into dist/, then scripts/minify-literals.ts, which minifies Lit's `html` templates
 * and `css` literals, whose insides a host's minifier leaves as written) and each
 * `src/define/<tag>.ts` is bundled as the `dist/define/<tag>.js` a host imports (see
 * bundle.ts). The SDK is bundled from its source, which its tsc build only strips of types.
 *
 * Vite's library mode is not used: its ES output keeps whitespace and comments (so that a
 * host's bundler can still tree-shake it), which is not what a host's users download.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type BundleReport, bundleEntry, explainEntry } from './bundle.ts';

/** Budgets in gzip kB (1 kB = 1,024 bytes) of what a page downloads before the first paint. */
const SDK_BUDGET = 5.0;
/** The SDK's optional entries (`@clientele/sdk/enums`, `/versioned`), each on its own. */
const SDK_SUBPATH_BUDGET = 2.0;
const EVERY_TAG_BUDGET = 45;
const DEFINE_BUDGET = 20;

/**
 * Entries not yet down to their budget carry a ceiling at today's size: `pnpm test` fails if
 * one grows past it, and the table says how far each still is from its budget. Lower a ceiling
 * whenever an entry shrinks; delete it once the entry is within budget.
 */
const CEILINGS: Readonly<Record<string, number>> = {};

interface Entry {
  name: string;
  path: string;
  /** None: reported, not limited (the sum of budgets that are). */
  budget?: number;
}

const defines: Entry[] = readdirSync('packages/elements/src/define')
  .filter((file) => file.endsWith('.ts'))
  .sort()
  .map((file) => ({
    name: `@clientele/elements/define/${file.replace(/\.ts$/, '')}`,
    path: `packages/elements/src/define/${file}`,
    budget: DEFINE_BUDGET,
  }));

const entries: Entry[] = [
  { name: '@clientele/sdk', path: 'packages/sdk/src/index.ts', budget: SDK_BUDGET },
  { name: '@clientele/sdk/enums', path: 'packages/sdk/src/enums.ts', budget: SDK_SUBPATH_BUDGET },
  {
    name: '@clientele/sdk/versioned',
    path: 'packages/sdk/src/versioned.ts',
    budget: SDK_SUBPATH_BUDGET,
  },
  {
    name: '@clientele/elements (every tag, registered on first use)',
    path: 'packages/elements/src/index.ts',
    budget: EVERY_TAG_BUDGET,
  },
  // Every widget's first-paint code at once: what the per-widget budgets add up to.
  { name: '@clientele/elements/all (every tag at once)', path: 'packages/elements/src/all.ts' },
  ...defines,
];

interface Report extends BundleReport {
  entry: Entry;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const reports: Report[] = [];
for (const entry of entries) reports.push({ entry, ...(await bundleEntry(entry.path)) });

/** The most an entry may weigh today: its ceiling while it has one, else its budget. */
const limitOf = (entry: Entry): number => CEILINGS[entry.name] ?? entry.budget ?? Infinity;

const header = [
  'entry: before first paint, then loaded on first use',
  'minified',
  'gzip',
  'brotli',
  'budget (gzip)',
];
const rows: string[][] = [];
for (const { entry, initial, lazy } of reports) {
  const { budget } = entry;
  const over = budget !== undefined && initial.gzip > budget * 1024;
  const ceiling = CEILINGS[entry.name];
  rows.push([
    `\`${entry.name}\``,
    kB(initial.raw),
    kB(initial.gzip),
    kB(initial.brotli),
    budget === undefined
      ? 'none'
      : `${budget.toFixed(1)} kB ${
          !over ? '✓' : ceiling === undefined ? '✗ over' : `over (ceiling ${ceiling.toFixed(1)})`
        }`,
  ]);
  for (const chunk of lazy) {
    rows.push([
      `↳ on first use: ${chunk.name}`,
      kB(chunk.sizes.raw),
      kB(chunk.sizes.gzip),
      kB(chunk.sizes.brotli),
      '',
    ]);
  }
}

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
const line = (cells: string[]) =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
const table = [
  line(header),
  // As the formatter writes a Markdown table, so that the README's copy stays as it printed it.
  `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`,
  ...rows.map(line),
].join('\n');
console.info(table);

const why = process.argv[process.argv.indexOf('--why') + 1];
if (process.argv.includes('--why') && why) {
  for (const { entry, initial } of reports.filter((report) => report.entry.name.includes(why))) {
    console.info(`\n${entry.name}: ${kB(initial.gzip)} gzip before the first paint, by module`);
    const shares = await explainEntry(entry.path);
    for (const { module, gzip } of shares.filter((share) => share.gzip >= 20)) {
      console.info(`${kB(gzip).padStart(8)}  ${module}`);
    }
  }
}

if (process.argv.includes('--readme')) {
  const start = '<!-- size:start -->';
  const end = '<!-- size:end -->';
  const readme = readFileSync('README.md', 'utf8');
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`README.md has no ${start} … ${end} section`);
  writeFileSync(
    'README.md',
    `${readme.slice(0, from + start.length)}\n\n${table}\n\n${readme.slice(to)}`,
  );
  console.info('README.md size table updated.');
}

const over = reports.filter(({ entry, initial }) => initial.gzip > limitOf(entry) * 1024);
if (over.length > 0) {
  console.error(
    `\nOver budget: ${over
      .map(
        ({ entry, initial }) =>
          `${entry.name} ${kB(initial.gzip)} > ${limitOf(entry).toFixed(1)} kB`,
      )
      .join('; ')}`,
  );
  process.exitCode = 1;
}
