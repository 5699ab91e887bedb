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
    const kept = openResource(button, { kind: 'invoice', id: 'inv_1', clientId: 'cl_1' });
    expect(kept).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.detail).toEqual({ kind: 'invoice', id: 'inv_1', clientId: 'cl_1' });
    expect(seen[0]?.composed).toBe(true);
    host.remove();
  });

  it('says when the host cancelled it', () => {
    const button = document.createElement('button');
    document.body.append(button);
    const cancel = (event: Event) => event.preventDefault();
    document.body.addEventListener('resource-open', cancel);
    expect(openResource(button, { kind: 'instance', id: 'i-1', clientId: 'cl_1' })).toBe(false);
    document.body.removeEventListener('resource-open', cancel);
    button.remove();
  });
});
