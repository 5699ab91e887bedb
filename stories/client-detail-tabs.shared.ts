import type { Meta } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { screen } from 'shadow-dom-testing-library';
import { fn } from 'storybook/test';

/** What the `<client-detail-tabs>` stories share: their args, page widths and one client. */
export interface Args {
  clientId: string;
  activeTab: string;
  tabs: string;
  onTabChange: (event: Event) => void;
  onSelect: (event: Event) => void;
  onImpersonate: (event: Event) => void;
  onChange: (event: Event) => void;
}

/** A client of the seeded mock data: an individual with eight tickets. */
export const CLIENT = 'cl_3edc3d127e45365d';

const VIEWPORTS = {
  wide: { name: 'Wide desktop', styles: { width: '1400px', height: '900px' }, type: 'desktop' },
  laptop: { name: 'Laptop', styles: { width: '1024px', height: '768px' }, type: 'desktop' },
  phone: { name: 'Phone', styles: { width: '390px', height: '844px' }, type: 'mobile' },
} as const;

export const LOAD = { timeout: 15_000 };

// A file's meta spreads this one and must name `parameters: { ...baseMeta.parameters }` itself:
// Storybook's CSF transform writes its own `parameters` into a meta whose literal has none, which
// drops the spread's (the viewports, so every story ran at the default width).
export const baseMeta: Meta<Args> = {
  component: 'client-detail-tabs',
  args: {
    clientId: CLIENT,
    activeTab: '',
    tabs: '',
    onTabChange: fn(),
    onSelect: fn(),
    onImpersonate: fn(),
    onChange: fn(),
  },
  parameters: { viewport: { options: VIEWPORTS } },
  globals: { viewport: { value: 'wide', isRotated: false } },
  render: (args) =>
    html`<client-detail-tabs
      client-id=${args.clientId}
      active-tab=${args.activeTab || nothing}
      tabs=${args.tabs || nothing}
      @client-tab-change=${args.onTabChange}
      @client-select=${args.onSelect}
      @client-impersonate=${args.onImpersonate}
      @client-change=${args.onChange}
    ></client-detail-tabs>`,
};

/** The client's name in the header, once loaded. */
export const header = () => screen.findByShadowRole('heading', { level: 2 }, LOAD);
