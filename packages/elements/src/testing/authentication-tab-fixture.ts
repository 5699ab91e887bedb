import { html, render } from 'lit';
import { beforeEach } from 'vitest';
import { page } from 'vitest/browser';
import type { ClientAuthenticationTab } from '../client-detail-tabs/tabs/authentication/authentication-tab.ts';
import { AUTH_CLIENT, type AuthBackend } from './authentication.ts';
import { useListContainer } from './list-fixture.ts';

/** A container per test and the way to mount `<client-authentication-tab>` in it, over a fake API. */
export function useAuthTabFixture() {
  const container = useListContainer();
  // A desktop's width: the tables stack their rows below 40rem of their own.
  beforeEach(() => {
    container().style.inlineSize = '1200px';
  });

  function tab(): ClientAuthenticationTab {
    return container().querySelector('client-authentication-tab')!;
  }

  function mount(
    server: AuthBackend,
    options: { token?: string; clientId?: string; lang?: string } = {},
  ): ClientAuthenticationTab {
    render(
      html`<clientele-provider
        lang=${options.lang ?? 'en'}
        .client=${server.api.client({ token: options.token ?? 'admin-token' })}
      >
        <client-authentication-tab client-id=${options.clientId ?? AUTH_CLIENT}></client-authentication-tab>
      </clientele-provider>`,
      container(),
    );
    return tab();
  }

  /** The open dialog. */
  const dialog = () => page.getByRole('dialog');
  /** A button by its accessible name. */
  const button = (name: string | RegExp) => page.getByRole('button', { name, exact: true });
  /** The tab's polite status line. */
  const announced = () => page.getByRole('status').filter({ hasText: /\w/ });

  return { container, tab, mount, dialog, button, announced };
}
