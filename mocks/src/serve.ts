#!/usr/bin/env node
/**
 * Serves the mock API over HTTP for non-JS hosts:
 *
 *   node mocks/src/serve.ts [--port 4010] [--host 127.0.0.1] [--seed 1] [--size 300]
 *                           [--reference-time now|today|2026-03-01T12:00:00Z]
 *   pnpm mocks:serve -- --port 8080
 *
 * The data ends today at 12:00 UTC, as in the demo portal's in-browser mocks (one rule:
 * hostReferenceTime); --reference-time or MOCKS_REFERENCE_TIME pins another time.
 */
import { parseArgs } from 'node:util';
import { hostReferenceTime, isoSeconds, REFERENCE_TIME_ENV } from './data/model.ts';
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

function referenceTime(option: string | undefined): number {
  const [source, value] =
    option === undefined
      ? [REFERENCE_TIME_ENV, process.env[REFERENCE_TIME_ENV]]
      : ['--reference-time', option];
  try {
    return hostReferenceTime(value);
  } catch {
    console.error(
      `${source} must be now, today or an RFC 3339 date-time such as 2026-03-01T12:00:00Z (got ${value})`,
    );
    process.exit(2);
  }
}

const { values } = parseArgs({
  // `pnpm mocks:serve -- --port 8080` passes the `--` separator through.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    seed: { type: 'string' },
    size: { type: 'string' },
    'reference-time': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: false,
});

if (values.help) {
  console.info(
    [
      'Usage: node mocks/src/serve.ts [--port 4010] [--host 127.0.0.1] [--seed 1] [--size 300]',
      '                               [--reference-time now|today|<RFC 3339 date-time>]',
      '',
      '--reference-time  where the generated history ends (the data\'s "now"):',
      '                  now, today (12:00 UTC today, stable for the day) or e.g.',
      `                  2026-11-15T12:00:00Z. Default: $${REFERENCE_TIME_ENV} if set, else today,`,
      '                  as in the demo portal.',
    ].join('\n'),
  );
  process.exit(0);
}

const running = await startHttpServer({
  port: integer('port', values.port, 4010),
  host: values.host ?? '127.0.0.1',
  seed: integer('seed', values.seed, 1),
  size: integer('size', values.size, 300),
  referenceTime: referenceTime(values['reference-time']),
});

console.info(`Clientele mock API listening at ${running.url}`);
console.info(`  data ends at:  ${isoSeconds(running.backend.store.referenceTime)}`);
console.info(`  admin token:   ${TOKENS.admin}   (every permission)`);
console.info(`  auditor token: ${TOKENS.auditor} (read only)`);
console.info(`  support token: ${TOKENS.support} (proposes quota changes)`);
console.info(`  try: curl -H 'Authorization: Bearer ${TOKENS.admin}' ${running.url}/me`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
