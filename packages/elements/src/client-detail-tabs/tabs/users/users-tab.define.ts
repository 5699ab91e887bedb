/**
 * Registers `<client-users-tab>` (and the `<clientele-state>` it renders), guarded against a
 * second registration. `<client-detail-tabs>` imports this module when the Users tab first
 * opens; a page that shows the users alone imports it (or calls `defineClientUsersTab()`).
 */
import { defineElement } from '../../../base/define.ts';
import { ClienteleState } from '../../../base/states/clientele-state.ts';
import { ClientUsersTab } from './users-tab.ts';

defineElement('clientele-state', ClienteleState);
defineElement('client-users-tab', ClientUsersTab);

declare global {
  interface HTMLElementTagNameMap {
    'client-users-tab': ClientUsersTab;
  }
}
