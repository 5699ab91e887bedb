import { html, render } from 'lit';
import { beforeEach } from 'vitest';
import { page } from 'vitest/browser';
import { CLOUD_CLIENT, type CloudBackend } from './cloud-backend.ts';
import { useListContainer } from './list-fixture.ts';

export interface MountOptions {
  token?: string;
  clientId?: string;
  lang?: string;
  /** Attributes of the tab element (e.g. `page-size`). */
  attributes?: Record<string, string>;
}

/**
 * A container per test and the ways to mount `<client-resources-tab>` or
 * `<client-domains-tab>` in it over a fake API (the test imports the tag's define module).
 */
export function useCloudTabFixture<T extends 'client-resources-tab' | 'client-domains-tab'>(
  tag: T,
) {
  const container = useListContainer();
  // A desktop's width: the tables stack their rows below 40rem of their own.
  beforeEach(() => {
    container().style.inlineSize = '1200px';
  });

  function tab(): HTMLElementTagNameMap[T] {
    return container().querySelector(tag) as HTMLElementTagNameMap[T];
  }

  function mount(server: CloudBackend, options: MountOptions = {}) {
    const element = document.createElement(tag) as HTMLElement;
    element.setAttribute('client-id', options.clientId ?? CLOUD_CLIENT);
    for (const [name, value] of Object.entries(options.attributes ?? {})) {
      element.setAttribute(name, value);
    }
    render(
      html`<clientele-provider
        lang=${options.lang ?? 'en'}
        .client=${server.api.client({ token: options.token ?? 'admin-token' })}
      >${element}</clientele-provider>`,
      container(),
    );
    return element;
  }

  /** A row by its text. */
  const row = (text: string) => page.getByRole('row').filter({ hasText: text });
  /** The open dialog. */
  const dialog = () => page.getByRole('dialog');

  return { container, tab, mount, row, dialog };
}
