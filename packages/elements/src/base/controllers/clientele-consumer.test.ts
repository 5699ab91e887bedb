import { html, LitElement, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { ClienteleConsumer } from './clientele-consumer.ts';

// This file defines <clientele-provider> late on purpose: each test file runs in its own page.
class LateProbe extends LitElement {
  readonly context = new ClienteleConsumer(this);
  protected override render() {
    return html`<p>locale: ${this.context.locale}</p>
      <p>user: ${this.context.user?.status ?? 'none'}</p>`;
  }
}
customElements.define('late-probe', LateProbe);

describe('ClienteleConsumer', () => {
  let container: HTMLElement | undefined;
  afterEach(() => container?.remove());

  it('finds a provider whose tag is defined after the widget upgraded', async () => {
    container = document.createElement('div');
    document.body.append(container);
    render(
      html`<clientele-provider lang="de"><late-probe></late-probe></clientele-provider>`,
      container,
    );
    await expect.element(page.getByText('user: none')).toBeVisible();
    expect(customElements.get('clientele-provider')).toBeUndefined();

    await import('../../define/clientele-provider.ts');

    await expect.element(page.getByText('locale: de')).toBeVisible();
    await expect.element(page.getByText('user: idle')).toBeVisible();
  });
});
