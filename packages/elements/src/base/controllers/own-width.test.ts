import { html, LitElement } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OwnWidth } from './own-width.ts';

/** Records the width each render saw; it draws differently from 400 px of its own on. */
class WidthProbe extends LitElement {
  renders: Array<number | undefined> = [];
  readonly width: OwnWidth = new OwnWidth(this, () => (this.width.px ?? 0) >= 400);

  protected override render() {
    this.renders.push(this.width.px);
    return html`<p>${this.width.px}</p>`;
  }
}
customElements.define('width-probe', WidthProbe);

/** A render at every new width. */
class PlainProbe extends LitElement {
  renders = 0;
  readonly width: OwnWidth = new OwnWidth(this, () => this.width.px);

  protected override render() {
    this.renders++;
    return html`${this.width.rem}`;
  }
}
customElements.define('plain-width-probe', PlainProbe);

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  container.style.inlineSize = '320px';
  document.body.append(container);
});

afterEach(() => {
  container.remove();
});

/** A probe with 10px of padding each side: its content box is 20px narrower than the container. */
function mount<T extends HTMLElement>(tag: string): T {
  const probe = document.createElement(tag) as T;
  probe.style.cssText = 'display: block; box-sizing: border-box; padding: 0 10px';
  container.append(probe);
  return probe;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('OwnWidth', () => {
  it('renders the first time at the measured content width, not unmeasured', async () => {
    const probe = mount<WidthProbe>('width-probe');
    await probe.updateComplete;
    expect(probe.renders[0]).toBe(300);
    const root = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(probe.width.rem).toBe(300 / root);
  });

  it('follows the width, and renders again only when the layout changes', async () => {
    const probe = mount<WidthProbe>('width-probe');
    await probe.updateComplete;
    const first = probe.renders.length;

    container.style.inlineSize = '370px';
    await expect.poll(() => probe.width.px).toBe(350);
    await probe.updateComplete;
    expect(probe.renders.length).toBe(first); // still under 400: nothing else to draw

    container.style.inlineSize = '520px';
    await expect.poll(() => probe.renders.at(-1)).toBe(500);
    expect(probe.shadowRoot!.textContent).toContain('500');
  });

  it('renders again at every new width when the layout is the width, and keeps the last width while hidden', async () => {
    const probe = mount<PlainProbe>('plain-width-probe');
    await probe.updateComplete;
    const first = probe.renders;

    container.style.inlineSize = '330px';
    await expect.poll(() => probe.width.px).toBe(310);
    await probe.updateComplete;
    expect(probe.renders).toBe(first + 1);

    probe.style.display = 'none';
    await frame();
    await frame();
    await probe.updateComplete;
    expect(probe.width.px).toBe(310);
    expect(probe.renders).toBe(first + 1);
  });
});
