import { html, render } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { beforeEach } from 'vitest';
import { page } from 'vitest/browser';
import { SERVICES_CLIENT, type ServicesBackend } from './client-services.ts';
import { useListContainer } from './list-fixture.ts';

type Tag = 'client-services-tab' | 'client-configuration-tab';

/**
 * A container per test and the ways to mount `<client-services-tab>` or
 * `<client-configuration-tab>` in it, inside a provider over a fake API.
 */
export function useServicesTabFixture<T extends Tag>(tag: T) {
  const container = useListContainer();
  // A desktop's width: the tables stack their rows in a narrow container.
  beforeEach(() => {
    container().style.inlineSize = '1200px';
  });

  function tab(): HTMLElementTagNameMap[T] {
    return container().querySelector(tag)!;
  }

  function mount(
    server: ServicesBackend,
    options: { token?: string; clientId?: string; lang?: string } = {},
  ): HTMLElementTagNameMap[T] {
    const element = unsafeStatic(tag);
    render(
      html`<clientele-provider
        lang=${options.lang ?? 'en'}
        .client=${server.api.client({ token: options.token ?? 'admin-token' })}
      >
        ${staticHtml`<${element} client-id=${options.clientId ?? SERVICES_CLIENT}></${element}>`}
      </clientele-provider>`,
      container(),
    );
    return tab();
  }

  /** A row of the table, by text in it. */
  const row = (text: string) => page.getByRole('row').filter({ hasText: text });

  /** The open dialog. */
  const dialog = () => page.getByRole('dialog');

  return { container, tab, mount, row, dialog };
}
