import { afterEach, describe, expect, it } from 'vitest';
import { AUTOLOADED_TAGS, defineAll, discover, startAutoload } from './autoload.ts';

/*
 * The main entry's on-demand registration. Each test file runs in its own page, so the tags
 * start undefined here (this file imports no define module).
 */
describe('autoload', () => {
  const added: Element[] = [];
  afterEach(() => {
    for (const element of added.splice(0)) element.remove();
  });

  it('leaves widgets unregistered until the page uses one, then registers that one', async () => {
    expect(customElements.get('quota-editor')).toBeUndefined();
    startAutoload();
    startAutoload(); // a second call changes nothing
    expect(customElements.get('units-ledger')).toBeUndefined();
    const ledger = document.createElement('units-ledger');
    const wrapper = document.createElement('div');
    wrapper.append(ledger); // found inside an inserted subtree too
    document.body.append(wrapper);
    added.push(wrapper);
    await expect.poll(() => customElements.get('units-ledger'), { timeout: 10_000 }).toBeDefined();
    expect(ledger.shadowRoot).not.toBeNull(); // upgraded in place
    expect(customElements.get('quota-editor')).toBeUndefined();
  });

  it('registers tags in a shadow root the observer cannot see when asked to discover them', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const editor = document.createElement('quota-editor');
    editor.setAttribute('client-id', 'cl_1');
    root.append(editor);
    document.body.append(host);
    added.push(host);
    await new Promise(requestAnimationFrame); // the observer has had its turn
    expect(customElements.get('quota-editor')).toBeUndefined();
    await discover(root);
    expect(customElements.get('quota-editor')).toBeDefined();
  });

  it('registers every tag at once on request', async () => {
    await defineAll();
    for (const tag of AUTOLOADED_TAGS) expect(customElements.get(tag), tag).toBeDefined();
  });
});
