// CSS custom properties and parts as usable controls. Storybook's web-components framework
// lists them with no type ("Set object" controls that do nothing, since every story renders
// its own template), and keys parts by bare name, so a part called `error` or `status`
// replaced the property of that name. Here the framework gets the manifest without them, and
// they come back as a colour or text control per custom property (`--clientele-…`) and a
// text control of CSS declarations per part (`part:title`), which the preview applies to the
// story's element as a style rule. The docs tables still list both, in their categories.

import type { Args, WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictArgTypes } from 'storybook/internal/types';

interface Named {
  name: string;
  description?: string;
  default?: string;
}

interface Declaration {
  tagName?: string;
  cssProperties?: Named[];
  cssParts?: Named[];
}

export interface Manifest {
  modules: Array<{ declarations?: Declaration[] }>;
}

const PART_PREFIX = 'part:';

function declarationOf(manifest: Manifest, tag: string): Declaration | undefined {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) return declaration;
    }
  }
  return undefined;
}

/** The manifest for the framework's own extraction: the same, less CSS properties and parts. */
export function withoutCss<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map(
        ({ cssProperties: _props, cssParts: _parts, ...rest }) => rest,
      ),
    })),
  };
}

/** One control per CSS custom property and per part of `tag`, from the full manifest. */
export function cssArgTypes(manifest: Manifest, tag: string): StrictArgTypes {
  const declaration = declarationOf(manifest, tag);
  const argTypes: StrictArgTypes = {};
  for (const property of declaration?.cssProperties ?? []) {
    argTypes[property.name] = {
      name: property.name,
      description: property.description,
      type: { name: 'string', required: false },
      control: /colou?r/i.test(property.name) ? { type: 'color' } : { type: 'text' },
      table: {
        category: 'css custom properties',
        type: { summary: 'CSS value' },
        defaultValue: property.default === undefined ? undefined : { summary: property.default },
      },
    };
  }
  for (const part of declaration?.cssParts ?? []) {
    argTypes[`${PART_PREFIX}${part.name}`] = {
      name: `${PART_PREFIX}${part.name}`,
      description: `${part.description ?? ''} CSS declarations for \`${tag}::part(${part.name})\`, e.g. \`outline: 2px solid red\`.`,
      type: { name: 'string', required: false },
      control: { type: 'text' },
      table: { category: 'css shadow parts', type: { summary: 'CSS declarations' } },
    };
  }
  return argTypes;
}

/** Adds the CSS controls of the story's component (`component: 'client-grid'`). */
export function cssArgTypesEnhancer(manifest: Manifest): ArgTypesEnhancer<WebComponentsRenderer> {
  return ({ argTypes, component }) => {
    if (typeof component !== 'string') return argTypes;
    // After the component's own properties; a story's argTypes of the same name still win.
    const css = Object.entries(cssArgTypes(manifest, component));
    return { ...argTypes, ...Object.fromEntries(css.filter(([key]) => !(key in argTypes))) };
  };
}

/** A value as it may stand in a declaration block: no way out of the block or the element. */
function safe(value: string): string {
  return value.replace(/[{}<>]/g, '').trim();
}

/** The style rules for the CSS args a story has set; empty when it has set none. */
export function cssRules(tag: string, args: Args): string {
  const properties: string[] = [];
  const rules: string[] = [];
  for (const [key, value] of Object.entries(args)) {
    if (typeof value !== 'string' || !safe(value)) continue;
    if (key.startsWith('--')) properties.push(`${key}: ${safe(value)};`);
    else if (key.startsWith(PART_PREFIX)) {
      const part = key.slice(PART_PREFIX.length).replace(/[^\w-]/g, '');
      rules.push(`${tag}::part(${part}) { ${safe(value)} }`);
    }
  }
  if (properties.length) rules.unshift(`${tag} { ${properties.join(' ')} }`);
  return rules.join('\n');
}
