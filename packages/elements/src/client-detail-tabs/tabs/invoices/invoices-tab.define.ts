/**
 * Registers `<client-invoices-tab>` (and the `<clientele-state>` it renders), guarded against
 * a second registration. `<client-detail-tabs>` imports this module when the Invoices tab
 * first opens; a page that shows the invoices alone imports it (or calls
 * `defineClientInvoicesTab()`).
 */
import { defineElement } from '../../../base/define.ts';
import { ClienteleState } from '../../../base/states/clientele-state.ts';
import { ClientInvoicesTab } from './invoices-tab.ts';

defineElement('clientele-state', ClienteleState);
defineElement('client-invoices-tab', ClientInvoicesTab);

declare global {
  interface HTMLElementTagNameMap {
    'client-invoices-tab': ClientInvoicesTab;
  }
}
