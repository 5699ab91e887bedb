import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { configure as configureShadowQueries } from 'shadow-dom-testing-library';
import { configure } from 'storybook/test';
import manifest from '../packages/elements/custom-elements.json';
import { controlsEnhancer } from './controls.ts';
import { cssArgTypesEnhancer, cssRules, withoutCss } from './css-args.ts';
import { type MockParameters, mockLoader } from './mocks.ts';
// The provider every story is wrapped in, and the state views. Each stories file imports the
// define modules of the widgets it shows (stories/registration.test.ts checks it), so the
// first story opened loads one widget's code, not all of them.
import '@clientele/elements/define/clientele-provider';
import '@clientele/elements/define/clientele-state';

// CSS custom properties and parts get controls of their own (css-args.ts).
setCustomElementsManifest(withoutCss(manifest));

// Play functions wait up to 10 s (not testing-library's 1 s) for the page to get there: the
// mock worker answers asynchronously, chunks load on first use, and CI machines are shared
// (a bound, passed as soon as the page is there). Both copies of the DOM testing library
// (storybook/test's and the shadow-DOM queries') get the same setting.
configure({ asyncUtilTimeout: 10_000 });
configureShadowQueries({ asyncUtilTimeout: 10_000 });

const TOKENS = {
  admin: 'admin-token',
  auditor: 'auditor-token',
  support: 'support-token',
} as const;

const preview: Preview = {
  loaders: [mockLoader],
  argTypesEnhancers: [cssArgTypesEnhancer(manifest), controlsEnhancer],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, { args, component, globals, parameters }) => {
      // What the CSS property and part controls set, as rules for the story's element.
      const rules = typeof component === 'string' ? cssRules(component, args) : '';
      const style = rules ? html`<style .textContent=${rules}></style>` : nothing;
      // Stories about the provider itself render their own.
      if (parameters.provider === false) return html`${style}${story()}`;
      const persona = (parameters.mocks as MockParameters | undefined)?.persona ?? 'admin';
      const dark = globals.theme === 'dark';
      return html`${style}<div style="padding: 1rem; background: ${dark ? '#10141b' : 'transparent'}">
        <clientele-provider
          base-url="/api"
          token=${TOKENS[persona]}
          lang=${globals.locale ?? 'en'}
          theme=${globals.theme ?? 'light'}
          >${story()}</clientele-provider
        >
      </div>`;
    },
  ],
  parameters: {
    // axe-core runs on every story; a violation fails the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true },
    // The introduction first, then the list a staff member starts from.
    options: {
      storySort: {
        order: [
          'Introduction',
          'Widgets',
          ['client-grid', 'client-detail-tabs', 'quota-editor', 'units-ledger', 'ticket-list'],
          'Foundation',
        ],
      },
    },
    docs: { story: { inline: false, height: '420px' } },
  },
  tags: ['autodocs'],
};

export default preview;
