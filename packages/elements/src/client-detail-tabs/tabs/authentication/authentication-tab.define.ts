/**
 * Registers `<client-authentication-tab>` (and the `<clientele-state>` it renders), guarded
 * against a second registration. `<client-detail-tabs>` imports this module when the
 * Authentication tab first opens; a page that shows it alone imports it (or calls
 * `defineClientAuthenticationTab()`).
 */
import { defineElement } from '../../../base/define.ts';
import { ClienteleState } from '../../../base/states/clientele-state.ts';
import { ClientAuthenticationTab } from './authentication-tab.ts';

defineElement('clientele-state', ClienteleState);
defineElement('client-authentication-tab', ClientAuthenticationTab);

declare global {
  interface HTMLElementTagNameMap {
    'client-authentication-tab': ClientAuthenticationTab;
  }
}
