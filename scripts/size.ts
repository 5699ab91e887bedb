/**
 * Size report (not a test): bundles each public entry the way a host's bundler would
 * (production, minified, every dependency included: lit, @lit/context, openapi-fetch) and
 * prints raw, gzip and brotli sizes. Run with `pnpm size`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const elementsDefine = readdirSync('packages/elements/src/define')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => [
    `@clientele/elements/define/${file.replace(/\.ts$/, '')}`,
    `packages/elements/src/define/${file}`,
  ]);

const entries: Array<[string, string]> = [
  ['@clientele/sdk', 'packages/sdk/src/index.ts'],
  ['@clientele/elements (every tag)', 'packages/elements/src/index.ts'],
  ...(elementsDefine as Array<[string, string]>),
];

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const rows: string[][] = [];

for (const [name, entry] of entries) {
  const outDir = mkdtempSync(join(tmpdir(), 'clientele-size-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir,
        minify: true,
        sourcemap: false,
        lib: { entry, formats: ['es'], fileName: 'bundle' },
      },
    });
    const code = readdirSync(outDir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(outDir, file)))
      .reduce((all, chunk) => Buffer.concat([all, chunk]), Buffer.alloc(0));
    const gzip = gzipSync(code, { level: 9 }).length;
    const brotli = brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    rows.push([name, kB(code.length), kB(gzip), kB(brotli)]);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const header = ['entry (with its dependencies)', 'minified', 'gzip -9', 'brotli'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
const line = (cells: string[]) =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
console.info(line(header));
console.info(
  `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
);
for (const row of rows) console.info(line(row));
