/**
 * The last step of `@clientele/elements`' published build (its `build` script, after tsc):
 * minifies the markup of every Lit `html` template and the CSS of every `css` literal in
 * `dist/`, in place, with the Lit team's minifier (@lit-labs/rollup-plugin-minify-html-literals:
 * html-minifier-next for markup, Lightning CSS for styles), and carries each file's source map
 * through the change. A host's minifier does not touch the insides of template literals, so
 * without this step every indent and line break of our templates and styles reaches the
 * host's users. `pnpm size` measures this same output.
 *
 * `node scripts/minify-literals.ts <dir>`; a template that cannot be minified fails the build
 * (rather than shipping it as written without saying so).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import remapping from '@jridgewell/remapping';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

export interface MinifyReport {
  files: number;
  before: number;
  after: number;
}

/** Minifies the template literals of every `.js` file under `dir` (and updates its `.js.map`). */
export async function minifyLiteralsIn(dir: string): Promise<MinifyReport> {
  const report: MinifyReport = { files: 0, before: 0, after: 0 };
  const names = await readdir(dir, { recursive: true });
  for (const name of names.filter((n) => n.endsWith('.js')).sort()) {
    const file = join(dir, name);
    const source = await readFile(file, 'utf8');
    let result: Awaited<ReturnType<typeof minifyHTMLLiterals>>;
    try {
      result = await minifyHTMLLiterals(source, { fileName: file });
    } catch (error) {
      throw new Error(`${file}: its template literals could not be minified`, { cause: error });
    }
    if (!result) continue;
    report.files++;
    report.before += source.length;
    report.after += result.code.length;
    await writeFile(file, result.code);
    const mapFile = `${file}.map`;
    const previous = await readFile(mapFile, 'utf8').catch(() => undefined);
    if (previous && result.map) {
      // This step's map (minified -> tsc's output), then tsc's (-> the TypeScript source).
      const map = remapping([JSON.stringify(result.map), previous], () => null);
      map.file = basename(file);
      await writeFile(mapFile, map.toString());
    }
  }
  return report;
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/minify-literals.ts <dir>');
  const { files, before, after } = await minifyLiteralsIn(dir);
  console.info(
    `minify-literals: ${files} files in ${dir}, ${before - after} characters of template whitespace and CSS removed`,
  );
}
