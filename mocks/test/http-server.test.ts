import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockHttpServer, startHttpServer } from '../src/http.ts';

let running: MockHttpServer;

beforeAll(async () => {
  running = await startHttpServer({ port: 0, size: 40, seed: 2 });
});
afterAll(async () => {
  await running.close();
});

const auth = { Authorization: 'Bearer admin-token' };

describe('the HTTP server', () => {
  it('listens on a free port and serves the API under /api', async () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    const me = await fetch(`${running.url}/me`, { headers: auth });
    expect(me.status).toBe(200);
    expect(me.headers.get('content-type')).toBe('application/json');
    expect(me.headers.get('x-request-id')).toMatch(/^req_/);
    expect((await me.json()).id).toBe('stf_admin');
    const page = await (
      await fetch(`${running.url}/clients?limit=3&sort=company`, { headers: auth })
    ).json();
    expect(page.items).toHaveLength(3);
    expect(page.total).toBe(40);
  });

  it('answers problems as application/problem+json (401, unknown route 404)', async () => {
    const unauthorized = await fetch(`${running.url}/clients`);
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('content-type')).toBe('application/problem+json');
    const unknown = await fetch(`${running.url}/nothing-here`, { headers: auth });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).type).toBe('https://clientele.dev/problems/not-found');
  });

  it('carries bodies, If-Match, ETag and idempotency replays across the wire', async () => {
    const id = running.backend.store.clients[0]!.client.id;
    const read = await fetch(`${running.url}/clients/${id}`, { headers: auth });
    const etag = read.headers.get('etag')!;
    const updated = await fetch(`${running.url}/clients/${id}`, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': etag },
      body: JSON.stringify({ notes: 'Over HTTP' }),
    });
    expect(updated.status).toBe(200);
    expect((await updated.json()).notes).toBe('Over HTTP');
    const headers = { ...auth, 'Content-Type': 'application/json', 'Idempotency-Key': 'http-1' };
    const body = JSON.stringify({ kind: 'credit', amount: '12.5', description: 'Over HTTP' });
    const first = await fetch(`${running.url}/clients/${id}/units/entries`, {
      method: 'POST',
      headers,
      body,
    });
    const again = await fetch(`${running.url}/clients/${id}/units/entries`, {
      method: 'POST',
      headers,
      body,
    });
    expect(first.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
  });

  it('allows browsers in with CORS, preflight included, exposing the API headers', async () => {
    const preflight = await fetch(`${running.url}/clients/x`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://portal.example',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization, if-match, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://portal.example');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('if-match');
    const simple = await fetch(`${running.url}/me`, {
      headers: { ...auth, Origin: 'http://portal.example' },
    });
    expect(simple.headers.get('access-control-allow-origin')).toBe('http://portal.example');
    for (const name of ['ETag', 'Idempotent-Replayed', 'Retry-After', 'X-Request-Id']) {
      expect(simple.headers.get('access-control-expose-headers')).toContain(name);
    }
  });

  it('describes itself at the root', async () => {
    const index = await (await fetch(running.url.replace(/\/api$/, '/'))).json();
    expect(index).toMatchObject({
      api: running.url,
      tokens: { admin: 'admin-token', auditor: 'auditor-token' },
    });
  });
});
