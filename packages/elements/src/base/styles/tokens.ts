import { css, unsafeCSS } from 'lit';

/**
 * Design tokens. Each is a public custom property `--clientele-<name>` that a host may set on
 * any ancestor (the provider, a widget, `:root`); unset, the default below applies.
 *
 * Colours have a light and a dark default, chosen through CSS `light-dark()` by the element's
 * `color-scheme`, which the `theme` attribute sets (see `themeStyles`). Status colours come as
 * a background and a text colour; each text colour keeps at least 4.5:1 contrast on its
 * background and on the surface (checked by tokens.test.ts).
 */
export const COLOR_TOKENS = {
  'color-surface': ['#ffffff', '#16181d'],
  'color-surface-sunken': ['#f4f5f7', '#1e2127'],
  'color-text': ['#1b1d22', '#e8eaee'],
  'color-text-muted': ['#565c68', '#a7adb8'],
  'color-border': ['#cfd3da', '#3b404a'],
  'color-accent': ['#1d5bbf', '#8ab4ff'],
  'color-accent-hover': ['#174a9c', '#a9c7ff'],
  'color-on-accent': ['#ffffff', '#0c1424'],
  'color-danger': ['#b42318', '#ff9a93'],
  'color-skeleton': ['#e4e7ec', '#2c3039'],
  'color-focus-ring': ['#1d5bbf', '#8ab4ff'],
  'color-status-green': ['#e2f3e7', '#163222'],
  'color-status-green-text': ['#1a6533', '#8fd8a5'],
  'color-status-amber': ['#fcf0d6', '#3b2b0c'],
  'color-status-amber-text': ['#7f4500', '#f3c46c'],
  'color-status-grey': ['#eceef1', '#2a2e36'],
  'color-status-grey-text': ['#4a505c', '#c3c8d1'],
  'color-status-red': ['#fde6e6', '#3f1719'],
  'color-status-red-text': ['#a3161a', '#ff9d99'],
  'color-status-blue': ['#e2ecfb', '#15294a'],
  'color-status-blue-text': ['#1c4e9f', '#9fc3ff'],
} as const satisfies Record<string, readonly [light: string, dark: string]>;

/** Tokens that do not depend on the colour scheme. */
export const SIZE_TOKENS = {
  'font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif",
  'font-family-mono': "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
  'font-size-s': '0.8125rem',
  'font-size-m': '0.875rem',
  'font-size-l': '1rem',
  'font-size-xl': '1.25rem',
  'font-weight-strong': '600',
  'line-height': '1.5',
  'space-2xs': '0.125rem',
  'space-xs': '0.25rem',
  'space-s': '0.5rem',
  'space-m': '0.75rem',
  'space-l': '1rem',
  'space-xl': '1.5rem',
  'space-2xl': '2rem',
  'radius-s': '0.25rem',
  'radius-m': '0.5rem',
  'radius-pill': '999px',
  'focus-ring-width': '2px',
  'focus-ring-offset': '2px',
  'control-size': '2.25rem',
} as const satisfies Record<string, string>;

export type ColorToken = keyof typeof COLOR_TOKENS;
export type SizeToken = keyof typeof SIZE_TOKENS;
export type Token = ColorToken | SizeToken;

/** The public custom property of a token: `tokenProperty('color-accent')` -> '--clientele-color-accent'. */
export function tokenProperty(token: Token): `--clientele-${Token}` {
  return `--clientele-${token}`;
}

// Components read private aliases (`--_color-accent`) resolved once on their :host from the
// public token or its default. Redeclaring the public names on :host instead would shadow the
// values a host sets on an ancestor.
const aliases = [
  ...Object.entries(COLOR_TOKENS).map(
    ([name, [light, dark]]) =>
      `--_${name}: var(--clientele-${name}, light-dark(${light}, ${dark}));`,
  ),
  ...Object.entries(SIZE_TOKENS).map(
    ([name, value]) => `--_${name}: var(--clientele-${name}, ${value});`,
  ),
].join('\n');

/**
 * Every component's token aliases. Built from the constant tables above (never from data),
 * so `unsafeCSS` here is safe.
 */
export const tokenStyles = css`
  :host {
    ${unsafeCSS(aliases)}
  }
`;

/**
 * The `theme` attribute: `light` or `dark` force a scheme, `auto` follows the operating system
 * (`prefers-color-scheme`). Without the attribute an element inherits its parent's scheme, so
 * `theme` on the provider themes every widget inside it.
 */
export const themeStyles = css`
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
`;

/** The values of the `theme` attribute. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
