import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Storybook's preview registers only the provider and the state views, so that opening one
 * story loads one widget's code; each stories file imports the define modules of the widgets it
 * renders (itself or through a local helper module). A file that forgets one still works when
 * another story registered the tag first, and fails only when opened alone: this catches it.
 */
const here = dirname(fileURLToPath(import.meta.url));
const defineDir = join(here, '../packages/elements/src/define');
const registeredByPreview = new Set(['clientele-provider', 'clientele-state']);
const definable = new Set(
  readdirSync(defineDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -3)),
);

const read = (name: string) => readFileSync(join(here, name), 'utf8');
const TAG = /<([a-z]+(?:-[a-z]+)+)[\s>]/g;
const LOCAL = /from\s+'\.\/([^']+\.ts)'/g;
const DEFINE = /import\s+'@clientele\/elements\/define\/([a-z-]+)'/g;

/** A stories file with the local modules it imports (one level: the shared helpers). */
function withHelpers(file: string): string[] {
  const source = read(file);
  return [source, ...[...source.matchAll(LOCAL)].map((match) => read(match[1] as string))];
}

const storiesFiles = readdirSync(here).filter((name) => name.endsWith('.stories.ts'));

describe('stories register the widgets they render', () => {
  it('finds the stories files and the define modules', () => {
    expect(storiesFiles.length).toBeGreaterThan(10);
    expect(definable).toContain('client-grid');
  });

  it.each(storiesFiles)('%s', (file) => {
    const sources = withHelpers(file);
    const rendered = new Set(
      sources.flatMap((source) => [...source.matchAll(TAG)].map((match) => match[1] as string)),
    );
    const imported = new Set(
      sources.flatMap((source) => [...source.matchAll(DEFINE)].map((match) => match[1] as string)),
    );
    const needed = [...rendered].filter(
      (tag) => definable.has(tag) && !registeredByPreview.has(tag),
    );
    expect(needed.filter((tag) => !imported.has(tag))).toEqual([]);
    // The preview registers every tag no more; a stories file must not bring that back.
    expect(sources.some((source) => source.includes("'@clientele/elements/all'"))).toBe(false);
  });
});

describe('the preview', () => {
  it('registers only the provider and the state views', () => {
    const preview = readFileSync(join(here, '../.storybook/preview.ts'), 'utf8');
    const defined = [...preview.matchAll(DEFINE)].map((match) => match[1]);
    expect(defined.sort()).toEqual([...registeredByPreview].sort());
    expect(preview).not.toContain("'@clientele/elements/all'");
  });
});
