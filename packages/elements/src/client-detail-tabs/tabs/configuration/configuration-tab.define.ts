/**
 * Registers `<client-configuration-tab>` (and the `<clientele-state>` it renders), guarded
 * against a second registration. `<client-detail-tabs>` imports this module when the
 * Configuration tab first opens; a page that shows it alone imports it (or calls
 * `defineClientConfigurationTab()`).
 */
import { defineElement } from '../../../base/define.ts';
import { ClienteleState } from '../../../base/states/clientele-state.ts';
import { ClientConfigurationTab } from './configuration-tab.ts';

defineElement('clientele-state', ClienteleState);
defineElement('client-configuration-tab', ClientConfigurationTab);

declare global {
  interface HTMLElementTagNameMap {
    'client-configuration-tab': ClientConfigurationTab;
  }
}
