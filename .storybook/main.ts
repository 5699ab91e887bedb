import type { StorybookConfig } from '@storybook/web-components-vite';
import { msw } from 'msw/vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Serves /mockServiceWorker.js in dev and emits it into storybook-static.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), msw({ mode: 'worker-only' })],
  }),
};

export default config;
