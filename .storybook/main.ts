import type { StorybookConfig } from '@storybook/web-components-vite';
import { msw } from 'msw/vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/Introduction.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist in the sidebar or the menu: this is a component library's
  // workshop, not a first Storybook.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // Serves /mockServiceWorker.js in dev and emits it into storybook-static.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), msw({ mode: 'worker-only' })],
  }),
};

export default config;
