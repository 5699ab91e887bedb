import { html, render } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import '../../define/clientele-provider.ts';
import '../../define/clientele-state.ts';
import type { ClienteleState } from '../states/clientele-state.ts';
import { COLOR_TOKENS, type ColorToken, tokenProperty } from './tokens.ts';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const SCHEMES = [
  ['light', 0],
  ['dark', 1],
] as const;

// Text colour, background, minimum ratio (4.5 for text, 3 for the focus ring).
const PAIRS: Array<[ColorToken, ColorToken, number]> = [
  ['color-text', 'color-surface', 4.5],
  ['color-text', 'color-surface-sunken', 4.5],
  ['color-text-muted', 'color-surface', 4.5],
  ['color-text-muted', 'color-surface-sunken', 4.5],
  ['color-on-accent', 'color-accent', 4.5],
  ['color-on-accent', 'color-accent-hover', 4.5],
  ['color-accent', 'color-surface', 4.5],
  ['color-danger', 'color-surface', 4.5],
  ['color-focus-ring', 'color-surface', 3],
  ...(['green', 'amber', 'grey', 'red', 'blue'] as const).flatMap(
    (status): Array<[ColorToken, ColorToken, number]> => [
      [`color-status-${status}-text`, `color-status-${status}`, 4.5],
      [`color-status-${status}-text`, 'color-surface', 4.5],
    ],
  ),
];

describe('colour tokens', () => {
  for (const [scheme, index] of SCHEMES) {
    it.each(PAIRS)(`${scheme}: %s on %s reaches %s:1`, (fg, bg, minimum) => {
      expect(contrast(COLOR_TOKENS[fg][index], COLOR_TOKENS[bg][index])).toBeGreaterThanOrEqual(
        minimum,
      );
    });
  }
});

describe('theming', () => {
  let container: HTMLElement;
  const rgb = (hex: string) =>
    `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  const [lightText, darkText] = COLOR_TOKENS['color-text'];

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  async function titleColor(): Promise<string> {
    const view = container.querySelector('clientele-state') as ClienteleState;
    await view.updateComplete;
    // The views other than loading arrive on first use.
    await expect.poll(() => view.shadowRoot?.querySelector('[part~="title"]')).toBeTruthy();
    const title = view.shadowRoot?.querySelector('[part~="title"]');
    if (!title) throw new Error('no title rendered');
    return getComputedStyle(title).color;
  }

  it('follows theme="dark" and theme="light" on the element itself', async () => {
    render(html`<clientele-state theme="dark" state="empty"></clientele-state>`, container);
    expect(await titleColor()).toBe(rgb(darkText));

    render(html`<clientele-state theme="light" state="empty"></clientele-state>`, container);
    expect(await titleColor()).toBe(rgb(lightText));
  });

  it('follows the operating system with theme="auto"', async () => {
    render(html`<clientele-state theme="auto" state="empty"></clientele-state>`, container);
    const emulate = (value: string) =>
      cdp().send('Emulation.setEmulatedMedia', {
        features: [{ name: 'prefers-color-scheme', value }],
      });
    try {
      await emulate('dark');
      expect(await titleColor()).toBe(rgb(darkText));
      await emulate('light');
      expect(await titleColor()).toBe(rgb(lightText));
    } finally {
      await emulate('');
    }
  });

  it("follows the provider's theme", async () => {
    render(
      html`<clientele-provider theme="dark"
        ><div><clientele-state state="empty"></clientele-state></div
      ></clientele-provider>`,
      container,
    );
    expect(await titleColor()).toBe(rgb(darkText));
  });

  it('takes a token a host sets on any ancestor, in every scheme', async () => {
    render(
      html`<div style="${tokenProperty('color-text')}: rgb(1, 2, 3)">
        <clientele-provider theme="dark"
          ><clientele-state state="empty"></clientele-state
        ></clientele-provider>
      </div>`,
      container,
    );
    expect(await titleColor()).toBe('rgb(1, 2, 3)');
  });
});
