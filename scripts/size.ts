/**
 * Size report and budgets: bundles each public entry the way a host's bundler would (a
 * production app build: minified, code split at dynamic imports, every dependency included:
 * lit, @lit/context, openapi-fetch), then prints per entry what a page downloads before the
 * first paint (the entry chunk and every chunk it imports statically, each gzipped as served)
 * and, below it, the chunks loaded on first use. Exits non-zero when an entry's initial size is
 * over its budget. `pnpm size`; `pnpm size --readme` also rewrites the table in README.md.
 *
 * Vite's library mode is not used: its ES output keeps whitespace and comments (so that a
 * host's bundler can still tree-shake it), which is not what a host's users download.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

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
const CEILINGS: Readonly<Record<string, number>> = {
  '@clientele/elements/define/client-grid': 28.0,
  '@clientele/elements/define/ticket-list': 25.5,
};

interface Entry {
  name: string;
  path: string;
  budget: number;
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
    name: '@clientele/elements (every tag)',
    path: 'packages/elements/src/index.ts',
    budget: EVERY_TAG_BUDGET,
  },
  ...defines,
];

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const measure = (code: string): Sizes => {
  const bytes = Buffer.from(code);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const add = (a: Sizes, b: Sizes): Sizes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});
const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

interface Report {
  entry: Entry;
  initial: Sizes;
  lazy: Array<{ name: string; sizes: Sizes }>;
}

async function bundle(entry: Entry): Promise<Report> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      modulePreload: false,
      rolldownOptions: {
        input: entry.path,
        // As in a host's app build, where the entry is the host's own module: its chunk may
        // also hold the modules that it shares with the chunks it loads on first use (Vite's
        // app builds do not preserve entry signatures at all). 'strict' would put each shared
        // module in a chunk of its own, each gzipped apart, which no app build does; the
        // entry's own exports are still kept whole here (so every export is measured).
        preserveEntrySignatures: 'allow-extension',
        output: { format: 'es', entryFileNames: 'entry.js', chunkFileNames: '[name].js' },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((out) => out.output)
    .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set<string>();
  const visit = (fileName: string): void => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
  let sizes = ZERO;
  const lazy: Report['lazy'] = [];
  for (const chunk of chunks) {
    const chunkSizes = measure(chunk.code);
    if (initial.has(chunk.fileName)) sizes = add(sizes, chunkSizes);
    else lazy.push({ name: chunk.fileName, sizes: chunkSizes });
  }
  lazy.sort((a, b) => b.sizes.gzip - a.sizes.gzip);
  return { entry, initial: sizes, lazy };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const reports: Report[] = [];
for (const entry of entries) reports.push(await bundle(entry));

/** The most an entry may weigh today: its ceiling while it has one, else its budget. */
const limitOf = (entry: Entry): number => CEILINGS[entry.name] ?? entry.budget;

const header = [
  'entry: before first paint, then loaded on first use',
  'minified',
  'gzip',
  'brotli',
  'budget (gzip)',
];
const rows: string[][] = [];
for (const { entry, initial, lazy } of reports) {
  const over = initial.gzip > entry.budget * 1024;
  const ceiling = CEILINGS[entry.name];
  rows.push([
    `\`${entry.name}\``,
    kB(initial.raw),
    kB(initial.gzip),
    kB(initial.brotli),
    `${entry.budget.toFixed(1)} kB ${
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
  `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  ...rows.map(line),
].join('\n');
console.info(table);

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
