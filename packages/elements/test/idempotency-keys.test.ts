import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IDEMPOTENT_POST_ENDINGS } from '../../sdk/src/idempotent-operations.ts';

/**
 * Every POST the widgets send to an operation that takes an Idempotency-Key carries the
 * widget's own key (`SubmissionKey`, one per submission). The SDK adds a key to a request
 * without one, but that key only covers the SDK's automatic retries: a user's Retry is a new
 * request, and with a new key a lost answer would create the record twice.
 */
const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** `api.POST('/path', { ...options })`: the path and the options' text (up to its closing brace). */
const POST = /\.POST\(\s*'([^']+)',\s*\{/g;

function optionsAt(text: string, start: number): string {
  let depth = 1;
  let i = start;
  while (i < text.length && depth > 0) {
    const char = text[i++];
    if (char === '{') depth++;
    else if (char === '}') depth--;
  }
  return text.slice(start, i);
}

const calls = sourceFiles(src).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(POST)].map((match) => ({
    where: relative(src, file),
    path: match[1]!,
    options: optionsAt(text, match.index + match[0].length),
  }));
});

describe('idempotent POSTs from the widgets', () => {
  it('finds the widgets’ POSTs, some of them idempotent', () => {
    const idempotent = calls.filter((c) =>
      (IDEMPOTENT_POST_ENDINGS as readonly string[]).includes(c.path.split('/').pop()!),
    );
    expect(calls.length).toBeGreaterThan(10);
    expect(idempotent.map((c) => c.path)).toContain('/tickets');
  });

  it.each(
    calls
      .filter((c) =>
        (IDEMPOTENT_POST_ENDINGS as readonly string[]).includes(c.path.split('/').pop()!),
      )
      .map((c) => [c.path, c.where, c.options] as const),
  )('POST %s (%s) sends the widget’s Idempotency-Key', (_path, _where, options) => {
    expect(options).toMatch(/'Idempotency-Key':\s*\S/);
  });
});
