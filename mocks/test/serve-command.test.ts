/**
 * `pnpm mocks:serve` (src/serve.ts) as a person starts it: its data ends where the demo
 * portal's in-browser mocks end theirs (hostReferenceTime: today at 12:00 UTC), unless
 * MOCKS_REFERENCE_TIME or --reference-time pins another time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { hostReferenceTime, isoSeconds } from '../src/data/model.ts';
import { createMockBackend, TOKENS } from '../src/index.ts';

const SERVE = fileURLToPath(new URL('../src/serve.ts', import.meta.url));
const running: ChildProcess[] = [];

afterEach(() => {
  for (const child of running.splice(0)) child.kill();
});

interface Served {
  url: string;
  dataEndsAt: string;
}

/** Starts the command on a free port; resolves with its URL and its "data ends at" line. */
function serve(args: string[], env: Record<string, string | undefined> = {}): Promise<Served> {
  const childEnv = { ...process.env, MOCKS_REFERENCE_TIME: undefined, ...env };
  const child = spawn(process.execPath, [SERVE, '--port', '0', ...args], { env: childEnv });
  running.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening at (\S+)/.exec(out)?.[1];
      const dataEndsAt = /data ends at:\s+(\S+)/.exec(out)?.[1];
      if (url && dataEndsAt) resolve({ url, dataEndsAt });
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

/** Exit code and standard error of a start that is refused. */
function refused(args: string[], env: Record<string, string>): Promise<[number | null, string]> {
  const child = spawn(process.execPath, [SERVE, '--port', '0', ...args], {
    env: { ...process.env, ...env },
  });
  running.push(child);
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve([code, err])));
}

describe('pnpm mocks:serve', () => {
  it('ends its data today at 12:00 UTC by default, as the demo portal does', async () => {
    const before = hostReferenceTime();
    const served = await serve([]);
    const after = hostReferenceTime();
    // Read twice so that a run across midnight UTC still has the day it started on.
    expect([isoSeconds(before), isoSeconds(after)]).toContain(served.dataEndsAt);
    expect(served.dataEndsAt).toMatch(/T12:00:00Z$/);

    // The same client, the same dates: what the demo's worker would serve for this time.
    const demo = createMockBackend({ referenceTime: served.dataEndsAt });
    const expected = demo.store.clients[3]!.client;
    const response = await fetch(`${served.url}/clients/${expected.id}`, {
      headers: { Authorization: `Bearer ${TOKENS.admin}` },
    });
    expect(response.status).toBe(200);
    const client = (await response.json()) as typeof expected;
    expect(client.created_at).toBe(expected.created_at);
    expect(client.updated_at).toBe(expected.updated_at);
  });

  it('is pinned by MOCKS_REFERENCE_TIME, and --reference-time wins over it', async () => {
    const pinned = await serve([], { MOCKS_REFERENCE_TIME: '2026-11-15T12:00:00Z' });
    expect(pinned.dataEndsAt).toBe('2026-11-15T12:00:00Z');
    const option = await serve(['--reference-time', '2026-03-01T12:00:00Z'], {
      MOCKS_REFERENCE_TIME: '2026-11-15T12:00:00Z',
    });
    expect(option.dataEndsAt).toBe('2026-03-01T12:00:00Z');
  });

  it('refuses a reference time it cannot read, naming where it came from', async () => {
    const [code, message] = await refused([], { MOCKS_REFERENCE_TIME: 'soon' });
    expect(code).toBe(2);
    expect(message).toContain('MOCKS_REFERENCE_TIME');
    const [optionCode, optionMessage] = await refused(['--reference-time', 'soon'], {});
    expect(optionCode).toBe(2);
    expect(optionMessage).toContain('--reference-time');
  });
});
