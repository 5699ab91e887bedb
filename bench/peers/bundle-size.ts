/**
 * The gzip size of an entry bundled as a host's app build does: scripts/size.ts's `bundle`
 * (minified, split at dynamic imports, every dependency included), repeated here because that
 * script runs its whole report when imported. Initial = the entry chunk and every chunk it
 * imports statically; lazy = chunks loaded on first use.
 */
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

export interface BundleSize {
  initialGzip: number;
  lazyGzip: number;
}

export async function bundleSize(entry: string): Promise<BundleSize> {
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
        input: entry,
        preserveEntrySignatures: 'strict',
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
  let initialGzip = 0;
  let lazyGzip = 0;
  for (const chunk of chunks) {
    const gzip = gzipSync(Buffer.from(chunk.code), { level: 9 }).length;
    if (initial.has(chunk.fileName)) initialGzip += gzip;
    else lazyGzip += gzip;
  }
  return { initialGzip, lazyGzip };
}
