import { html, render } from 'lit';
import { beforeEach } from 'vitest';
import { page } from 'vitest/browser';
import type { ClientUsersTab } from '../client-detail-tabs/tabs/users/users-tab.ts';
import { USERS_CLIENT, type UsersBackend } from './client-users.ts';
import { useListContainer } from './list-fixture.ts';

/** A container per test and the ways to mount `<client-users-tab>` in it, over a fake API. */
export function useUsersTabFixture() {
  const container = useListContainer();
  // A desktop's width: the table stacks its rows below 40rem of its own.
  beforeEach(() => {
    container().style.inlineSize = '1200px';
  });

  function tab(): ClientUsersTab {
    return container().querySelector('client-users-tab')!;
  }

  function mount(
    server: UsersBackend,
    options: { token?: string; clientId?: string; lang?: string } = {},
  ): ClientUsersTab {
    render(
      html`<clientele-provider
        lang=${options.lang ?? 'en'}
        .client=${server.api.client({ token: options.token ?? 'admin-token' })}
      >
        <client-users-tab client-id=${options.clientId ?? USERS_CLIENT}></client-users-tab>
      </clientele-provider>`,
      container(),
    );
    return tab();
  }

  /** A user's row. */
  const row = (name: string) => page.getByRole('row').filter({ hasText: name });

  /** The open dialog. */
  const dialog = () => page.getByRole('dialog');

  return { container, tab, mount, row, dialog };
}
