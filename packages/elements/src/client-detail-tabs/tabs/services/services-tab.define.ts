/**
 * Registers `<client-services-tab>` (and the `<clientele-state>` it renders), guarded against a
 * second registration. `<client-detail-tabs>` imports this module when the Services tab first
 * opens; a page that shows the services alone imports it (or calls `defineClientServicesTab()`).
 */
import { defineElement } from '../../../base/define.ts';
import { ClienteleState } from '../../../base/states/clientele-state.ts';
import { ClientServicesTab } from './services-tab.ts';

defineElement('clientele-state', ClienteleState);
defineElement('client-services-tab', ClientServicesTab);

declare global {
  interface HTMLElementTagNameMap {
    'client-services-tab': ClientServicesTab;
  }
}
