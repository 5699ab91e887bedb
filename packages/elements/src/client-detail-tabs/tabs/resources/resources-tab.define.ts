/**
 * Registers `<client-resources-tab>` (and the `<clientele-state>` it renders), guarded against
 * a second registration. `<client-detail-tabs>` imports this module when the Cloud resources
 * tab first opens; a page that shows the resources alone imports it (or calls
 * `defineClientResourcesTab()`).
 */
import { defineElement } from '../../../base/define.ts';
import { ClienteleState } from '../../../base/states/clientele-state.ts';
import { ClientResourcesTab } from './resources-tab.ts';

defineElement('clientele-state', ClienteleState);
defineElement('client-resources-tab', ClientResourcesTab);

declare global {
  interface HTMLElementTagNameMap {
    'client-resources-tab': ClientResourcesTab;
  }
}
