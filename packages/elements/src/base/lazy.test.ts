import { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { LazyModule, remember } from './lazy.ts';

class LazyHost extends LitElement {
  updates = 0;
  protected override updated(): void {
    this.updates += 1;
  }
}
customElements.define('lazy-module-host', LazyHost);

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

async function host(): Promise<LazyHost> {
  const element = document.createElement('lazy-module-host') as LazyHost;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

describe('LazyModule', () => {
  it('loads once, tells the host while pending and when loaded', async () => {
    const element = await host();
    let calls = 0;
    const gate = deferred<{ answer: number }>();
    const lazy = new LazyModule(element, () => {
      calls += 1;
      return gate.promise;
    });
    expect(lazy.status).toBe('idle');
    const first = lazy.load();
    const second = lazy.load();
    expect(lazy.status).toBe('loading');
    await element.updateComplete;
    const updatesWhilePending = element.updates;
    gate.resolve({ answer: 42 });
    expect(await first).toEqual({ answer: 42 });
    expect(await second).toBe(await first);
    await element.updateComplete;
    expect(lazy.status).toBe('loaded');
    expect(lazy.module?.answer).toBe(42);
    expect(element.updates).toBeGreaterThan(updatesWhilePending);
    await lazy.load();
    expect(calls).toBe(1);
    element.remove();
  });

  it('keeps the error of a failed load and tries again on the next load()', async () => {
    const element = await host();
    let calls = 0;
    const lazy = new LazyModule(element, async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { ok: true };
    });
    await expect(lazy.load()).rejects.toThrow('Failed to fetch dynamically imported module');
    expect(lazy.status).toBe('error');
    expect(lazy.error).toBeInstanceOf(TypeError);
    expect(await lazy.load()).toEqual({ ok: true });
    expect(lazy.status).toBe('loaded');
    expect(lazy.error).toBeUndefined();
    expect(calls).toBe(2);
    element.remove();
  });

  it('after a failure, load() shows a module loaded elsewhere meanwhile (peek)', async () => {
    const element = await host();
    let loaded: { ok: boolean } | undefined;
    const lazy = new LazyModule(
      element,
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      () => loaded,
    );
    await expect(lazy.load()).rejects.toThrow('Failed to fetch');
    await element.updateComplete;
    const before = element.updates;
    loaded = { ok: true };
    expect(await lazy.load()).toEqual({ ok: true });
    expect(lazy.status).toBe('loaded');
    expect(lazy.error).toBeUndefined();
    await element.updateComplete;
    expect(element.updates).toBe(before + 1);
    element.remove();
  });
});

describe('remember', () => {
  it('has the module at once after a load, forgets a failure, and lets a LazyModule skip the import', async () => {
    let calls = 0;
    let fail = true;
    const load = remember(async () => {
      calls += 1;
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return { answer: 42 };
    });
    expect(load.peek?.()).toBeUndefined();
    await expect(load()).rejects.toThrow('Failed to fetch');
    expect(load.peek?.()).toBeUndefined();
    fail = false;
    // A failed load is imported anew; a loaded one never again.
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    expect(calls).toBe(2);
    expect(load.peek?.()).toEqual({ answer: 42 });

    const element = await host();
    const lazy = new LazyModule(element, load, () => load.peek?.());
    expect(lazy.status).toBe('loaded');
    expect(lazy.module).toEqual({ answer: 42 });
    expect(calls).toBe(2);
  });
});
