import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The elements package's layers (see its README): imports point down only.
 * base <- ui <- list <- client <- one folder per widget; the entries (define/, index.ts,
 * all-messages.ts), testing/ and the tests sit on top and may import anything (a test
 * registers the tags it exercises and may check a widget's catalog against the shared one).
 */
const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const LAYERS = ['base', 'ui', 'list', 'client'] as const;
const TOP = new Set(['define', 'testing', 'index.ts', 'all.ts', 'autoload.ts', 'all-messages.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The first folder of a path inside src (or the file name for a top-level file). */
function area(path: string): string {
  return relative(src, path).split('/')[0] ?? '';
}

/** What an area may import from inside the package, besides itself. */
function allowed(from: string, to: string, isTest: boolean): boolean {
  if (isTest || from === to || TOP.has(from)) return true;
  const rank = (name: string) => LAYERS.indexOf(name as (typeof LAYERS)[number]);
  if (rank(to) === -1) return false; // a widget, an entry or testing: never from below
  if (rank(from) === -1) return true; // a widget may import every layer
  return rank(to) < rank(from);
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)[^'";]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function internalImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => resolve(dirname(file), (m[1] ?? m[2]) as string));
}

describe('elements layers', () => {
  const files = sourceFiles(src);

  it('finds the layers and the widgets', () => {
    const areas = new Set(files.map(area));
    for (const layer of [...LAYERS, 'client-grid', 'ticket-list', 'define']) {
      expect(areas).toContain(layer);
    }
  });

  it('imports only point down: base <- ui <- list <- client <- widgets', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = area(file);
      for (const target of internalImports(file)) {
        if (!target.startsWith(src)) continue;
        const to = area(target);
        if (!allowed(from, to, file.endsWith('.test.ts'))) {
          wrong.push(`${relative(src, file)} imports ${relative(src, target)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('catches an import that points up (the rule itself works)', () => {
    expect(allowed('base', 'client-grid', false)).toBe(false);
    expect(allowed('ui', 'list', false)).toBe(false);
    expect(allowed('list', 'ticket-list', false)).toBe(false);
    expect(allowed('client-grid', 'ticket-list', false)).toBe(false);
    expect(allowed('client-grid', 'list', false)).toBe(true);
    expect(allowed('client-grid', 'client', false)).toBe(true);
    expect(allowed('client', 'list', false)).toBe(true);
    expect(allowed('client', 'client-grid', false)).toBe(false);
    expect(allowed('list', 'client', false)).toBe(false);
    expect(allowed('base', 'testing', false)).toBe(false);
    expect(allowed('base', 'define', true)).toBe(true);
  });
});
