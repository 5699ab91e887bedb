#!/usr/bin/env node
/**
 * Serves the mock API over HTTP for non-JS hosts:
 *
 *   node mocks/src/serve.ts [--port 4010] [--host 127.0.0.1] [--seed 1] [--size 300]
 *   pnpm mocks:serve -- --port 8080
 */
import { parseArgs } from 'node:util';
import { startHttpServer } from './http.ts';
import { TOKENS } from './index.ts';

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    console.error(`--${name} must be a non-negative integer (got ${value})`);
    process.exit(2);
  }
  return parsed;
}

const { values } = parseArgs({
  // `pnpm mocks:serve -- --port 8080` passes the `--` separator through.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    seed: { type: 'string' },
    size: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: false,
});

if (values.help) {
  console.info(
    'Usage: node mocks/src/serve.ts [--port 4010] [--host 127.0.0.1] [--seed 1] [--size 300]',
  );
  process.exit(0);
}

const running = await startHttpServer({
  port: integer('port', values.port, 4010),
  host: values.host ?? '127.0.0.1',
  seed: integer('seed', values.seed, 1),
  size: integer('size', values.size, 300),
});

console.info(`Clientele mock API listening at ${running.url}`);
console.info(`  admin token:   ${TOKENS.admin}   (every permission)`);
console.info(`  auditor token: ${TOKENS.auditor} (read only)`);
console.info(`  try: curl -H 'Authorization: Bearer ${TOKENS.admin}' ${running.url}/me`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
