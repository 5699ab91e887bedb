/**
 * Bundles one entry the way a host's app build does (minified, split at dynamic imports, every
 * dependency included) and measures what a page downloads before the first paint (the entry
 * chunk and every chunk it imports statically, each gzipped as served) and each chunk loaded on
 * first use. Used by `pnpm size` and by the side-by-side benchmark.
 *
 * An entry of `@clientele/elements` is bundled from what the package publishes: its `build`
 * (tsc into dist/, then scripts/minify-literals.ts) runs once per process and the entry's
 * `src/….ts` is read as `dist/….js`. Bundling the source instead would measure templates and
 * styles with every indent, which is not what a host gets. That file is bundled as a page
 * imports it for its tags (`import '…/define/client-grid.js'`): exports the page does not use
 * are not measured (see hostPage).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, minifySync, type Rolldown } from 'vite';

export interface Sizes {
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

export interface BundleReport {
  initial: Sizes;
  lazy: Array<{ name: string; sizes: Sizes }>;
}

const ELEMENTS = resolve(import.meta.dirname, '../packages/elements');
let elementsBuilt = false;

/** The published file of an elements entry (building the package first), else `path` itself. */
function publishedEntry(path: string): string {
  const inSource = relative(join(ELEMENTS, 'src'), resolve(path));
  if (inSource.startsWith('..')) return path;
  if (!elementsBuilt) {
    const build = spawnSync(
      'pnpm',
      ['--filter', '@clientele/elements', 'run', '--silent', 'build'],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (build.status !== 0) throw new Error('@clientele/elements: its build failed');
    elementsBuilt = true;
  }
  return join(ELEMENTS, 'dist', inSource.replace(/\.ts$/, '.js'));
}

/**
 * The host page's own module for an elements entry: `import '<entry>';`, as a page that uses
 * the tags writes it. Its bundle keeps what registering the tags runs and drops the entry's
 * exports that the page does not use (the message catalogs, the classes and helpers a page
 * may import by name), as the host's bundler does (the package declares its define modules
 * and main entry as its only side effects).
 */
function hostPage(entry: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-size-'));
  const page = join(dir, 'page.js');
  writeFileSync(page, `import ${JSON.stringify(entry)};\n`);
  return page;
}

/** The chunks of an app build of the entry, and the names of those its first paint loads. */
async function bundle(path: string, minify: boolean) {
  const published = publishedEntry(path);
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify,
      sourcemap: false,
      modulePreload: false,
      rolldownOptions: {
        input: published === path ? path : hostPage(published),
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
  return { chunks, initial };
}

export async function bundleEntry(path: string): Promise<BundleReport> {
  const { chunks, initial } = await bundle(path, true);
  let sizes = ZERO;
  const lazy: BundleReport['lazy'] = [];
  for (const chunk of chunks) {
    const chunkSizes = measure(chunk.code);
    if (initial.has(chunk.fileName)) sizes = add(sizes, chunkSizes);
    else lazy.push({ name: chunk.fileName, sizes: chunkSizes });
  }
  lazy.sort((a, b) => b.sizes.gzip - a.sizes.gzip);
  return { initial: sizes, lazy };
}

/** One module's share of what a page downloads before the first paint. */
export interface ModuleShare {
  /** Its path in the repository, or `package/path` for a dependency. */
  module: string;
  /** Gzip bytes the first paint's chunks lose without it. */
  gzip: number;
}

// No dead-code removal: without a module, the code only it used would go too and be counted
// as its share. Mangled all the same, as a host's minifier would.
const KEEP_UNUSED = { compress: false, mangle: { toplevel: true } } as const;

/**
 * Where the bytes before an entry's first paint are: for each module in the chunks the first
 * paint loads, how much smaller those chunks are (gzipped, minified without dead-code removal)
 * with the module's code cut out. An estimate (names and compression shift a little without
 * it; the shares add up to a bit more than the whole), sorted largest first. For
 * `pnpm size --why`.
 */
export async function explainEntry(path: string): Promise<ModuleShare[]> {
  const { chunks, initial } = await bundle(path, false);
  const gzipOf = (code: string) =>
    gzipSync(minifySync('chunk.js', code, KEEP_UNUSED).code, { level: 9 }).length;
  const shares: ModuleShare[] = [];
  for (const chunk of chunks) {
    if (!initial.has(chunk.fileName)) continue;
    // Unminified, a module's code follows a `// <its path>` line (a module the bundler inlined
    // into another, such as a constant object, counts with that one).
    const headers = new Set(Object.keys(chunk.modules).map((id) => `// ${relative('.', id)}`));
    const lines = chunk.code.split('\n');
    const starts = lines.flatMap((line, index) =>
      headers.has(line) || line.startsWith('// \\0') ? [index] : [],
    );
    const whole = gzipOf(chunk.code);
    starts.forEach((start, i) => {
      const header = lines[start] ?? '';
      // Vite's own helpers (`\0vite/…`) are left out: a minified build drops most of them.
      if (header.startsWith('// \\0')) return;
      const end = starts[i + 1] ?? lines.length;
      const without = [...lines.slice(0, start), ...lines.slice(end)].join('\n');
      const module = header.slice(3).replace(/^.*\/node_modules\//, '');
      shares.push({ module, gzip: whole - gzipOf(without) });
    });
  }
  return shares.sort((a, b) => b.gzip - a.gzip);
}
