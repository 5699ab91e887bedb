/**
 * Registers `<client-activity-tab>` (and the `<clientele-state>` it renders), guarded against
 * a second registration. `<client-detail-tabs>` imports this module when the Activity tab
 * first opens; a page that shows the log alone imports it directly.
 */
import { defineElement } from '../../../base/define.ts';
import { ClienteleState } from '../../../base/states/clientele-state.ts';
import { ClientActivityTab } from './activity-tab.ts';

defineElement('clientele-state', ClienteleState);
defineElement('client-activity-tab', ClientActivityTab);

declare global {
  interface HTMLElementTagNameMap {
    'client-activity-tab': ClientActivityTab;
  }
}
