import { describe, expect, it } from 'vitest';
import { openResource } from './resource-open.ts';

describe('openResource', () => {
  it('fires one bubbling, composed, cancelable resource-open with its kind, id and client', () => {
    const host = document.createElement('div');
    const inner = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    inner.append(button);
    document.body.append(host);
    const seen: CustomEvent[] = [];
    document.body.addEventListener('resource-open', (event) => seen.push(event));
    const detail = {
      kind: 'invoice',
      id: 'inv_1',
      label: 'INV-2026-0001',
      clientId: 'cl_1',
    } as const;
    const kept = openResource(button, detail);
    expect(kept).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.detail).toEqual(detail);
    expect(seen[0]?.composed).toBe(true);
    host.remove();
  });

  it('says when the host cancelled it', () => {
    const button = document.createElement('button');
    document.body.append(button);
    const cancel = (event: Event) => event.preventDefault();
    document.body.addEventListener('resource-open', cancel);
    expect(
      openResource(button, { kind: 'instance', id: 'i-1', label: 'web-1', clientId: 'cl_1' }),
    ).toBe(false);
    document.body.removeEventListener('resource-open', cancel);
    button.remove();
  });
});
