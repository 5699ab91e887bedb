import { readdirSync, readFileSync } from 'node:fs';
import { loadCsf } from 'storybook/internal/csf-tools';
import { describe, expect, it } from 'vitest';
import { controlFor, controlsEnhancer } from '../.storybook/controls.ts';
import { cssArgTypes, cssRules, type Manifest, withoutCss } from '../.storybook/css-args.ts';
import main from '../.storybook/main.ts';
import manifest from '../packages/elements/custom-elements.json';

// What Storybook makes of its configuration, checked without starting it.

const STORY_FILES = readdirSync('stories').filter((name) => name.endsWith('.stories.ts'));

describe('the story index', () => {
  it('lists only the stories a file declares (no entry for an `export type`)', () => {
    for (const name of STORY_FILES) {
      const code = readFileSync(`stories/${name}`, 'utf8');
      const csf = loadCsf(code, { makeTitle: (title?: string) => title ?? name, fileName: name });
      const indexed = csf.parse().indexInputs.map((input) => input.exportName);
      const declared = [...code.matchAll(/^export const (\w+)\b/gm)].map((match) => match[1]);
      expect(indexed.length, name).toBeGreaterThan(0);
      expect(indexed, name).toEqual(declared);
    }
  });
});

describe('the Storybook UI', () => {
  it('has no "Get started" checklist', () => {
    expect(main.features).toMatchObject({
      sidebarOnboardingChecklist: false,
      menuOnboardingChecklist: false,
    });
  });
});

describe('CSS custom property and part controls', () => {
  const elements = manifest as Manifest;

  it('gives every custom property a colour or text control and every part a text control', () => {
    const argTypes = cssArgTypes(elements, 'ticket-list');
    expect(argTypes['--clientele-color-accent']).toMatchObject({
      control: { type: 'color' },
      table: { category: 'css custom properties' },
    });
    expect(argTypes['--clientele-grid-max-block-size']?.control).toEqual({ type: 'text' });
    // Keyed apart from properties: the `status` part no longer replaces anything.
    expect(argTypes['part:status']).toMatchObject({
      control: { type: 'text' },
      table: { category: 'css shadow parts' },
    });
    for (const argType of Object.values(argTypes)) {
      expect(argType.type).toEqual({ name: 'string', required: false });
    }
  });

  it('leaves the framework a manifest without them (no "Set object" control)', () => {
    const stripped = withoutCss(elements);
    const declarations = stripped.modules.flatMap((module) => module.declarations ?? []);
    expect(declarations.some((d) => d.tagName === 'ticket-list')).toBe(true);
    for (const declaration of declarations) {
      expect(declaration.cssProperties).toBeUndefined();
      expect(declaration.cssParts).toBeUndefined();
    }
  });

  it('turns the values set into style rules for the element, and nothing else', () => {
    expect(
      cssRules('ticket-list', {
        '--clientele-color-accent': '#c2185b',
        'part:toolbar': 'outline: 2px solid red',
        'part:grid': '',
        query: 'ignored',
      }),
    ).toBe(
      'ticket-list { --clientele-color-accent: #c2185b; }\n' +
        'ticket-list::part(toolbar) { outline: 2px solid red }',
    );
    expect(cssRules('ticket-list', { 'part:chip': 'color: red } body { display: none' })).toBe(
      'ticket-list::part(chip) { color: red  body  display: none }',
    );
    expect(cssRules('ticket-list', {})).toBe('');
  });
});

describe('controls for events, properties and attributes', () => {
  it('gives no "Set object" control: literal unions a select, bare types their own', () => {
    expect(controlFor("'list' | 'cards'")).toEqual({ type: 'select', options: ['list', 'cards'] });
    expect(controlFor("'low' | 'high' | undefined")).toEqual({
      type: 'select',
      options: ['low', 'high'],
    });
    expect(controlFor('number')).toEqual({ type: 'number' });
    expect(controlFor('boolean')).toEqual({ type: 'boolean' });
    expect(controlFor('string | null | undefined')).toEqual({ type: 'text' });
    expect(controlFor('ClientDataProvider | undefined')).toBe(false);
    expect(controlFor('ClientFilters', true)).toEqual({ type: 'text' });
  });

  it("leaves events without a control and keeps a story's own control", () => {
    const enhanced = controlsEnhancer({
      argTypes: {
        'client-select': { name: 'client-select', table: { category: 'events' } },
        dataProvider: {
          name: 'dataProvider',
          table: { category: 'properties', type: { summary: 'ClientDataProvider | undefined' } },
        },
        view: {
          name: 'view',
          control: { type: 'inline-radio' },
          table: { category: 'attributes', type: { summary: 'ClientGridView' } },
        },
      },
    } as never);
    expect(enhanced['client-select']?.control).toBe(false);
    expect(enhanced.dataProvider?.control).toBe(false);
    expect(enhanced.view?.control).toEqual({ type: 'inline-radio' });
  });
});
