import { fileURLToPath } from 'node:url';
import { msw } from 'msw/vite';
import { defineConfig } from 'vite';

/**
 * The demo portal. Without API_URL the browser runs the mock backend (MSW service worker);
 * with API_URL=https://your.server/api the dev server proxies `/api` to that server, so the
 * same page talks to a real implementation of specs/openapi.yaml without CORS set-up.
 * MOCKS_REFERENCE_TIME (now, today or an RFC 3339 date-time) pins where the mock data ends;
 * by default today at 12:00 UTC, as with `pnpm mocks:serve`.
 */
export default defineConfig(() => {
  const apiUrl = process.env.API_URL?.replace(/\/+$/, '');
  const port = Number(process.env.PORT ?? 5173);
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    plugins: apiUrl ? [] : [msw({ mode: 'worker-only' })],
    define: {
      __CLIENTELE_USE_MOCKS__: JSON.stringify(!apiUrl),
      __CLIENTELE_TOKEN__: JSON.stringify(process.env.API_TOKEN ?? ''),
      __CLIENTELE_REFERENCE_TIME__: JSON.stringify(process.env.MOCKS_REFERENCE_TIME ?? ''),
    },
    server: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      proxy: apiUrl
        ? {
            '/api': {
              target: apiUrl,
              changeOrigin: true,
              rewrite: (path: string) => path.replace(/^\/api/, ''),
            },
          }
        : undefined,
    },
    preview: { host: '127.0.0.1', port },
    build: { outDir: 'dist', emptyOutDir: true },
  };
});
