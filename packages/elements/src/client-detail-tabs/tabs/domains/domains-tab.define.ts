/**
 * Registers `<client-domains-tab>` (and the `<clientele-state>` it renders), guarded against a
 * second registration. `<client-detail-tabs>` imports this module when the Domains tab first
 * opens; a page that shows the domains alone imports it (or calls `defineClientDomainsTab()`).
 */
import { defineElement } from '../../../base/define.ts';
import { ClienteleState } from '../../../base/states/clientele-state.ts';
import { ClientDomainsTab } from './domains-tab.ts';

defineElement('clientele-state', ClienteleState);
defineElement('client-domains-tab', ClientDomainsTab);

declare global {
  interface HTMLElementTagNameMap {
    'client-domains-tab': ClientDomainsTab;
  }
}
