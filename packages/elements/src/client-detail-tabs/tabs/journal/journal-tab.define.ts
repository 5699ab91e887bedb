/**
 * Registers `<client-journal-tab>` (and the `<clientele-state>` it renders), guarded against
 * a second registration. `<client-detail-tabs>` imports this module when the Journal tab
 * first opens; a page that shows the journal alone imports it (or calls
 * `defineClientJournalTab()`).
 */
import { defineElement } from '../../../base/define.ts';
import { ClienteleState } from '../../../base/states/clientele-state.ts';
import { ClientJournalTab } from './journal-tab.ts';

defineElement('clientele-state', ClienteleState);
defineElement('client-journal-tab', ClientJournalTab);

declare global {
  interface HTMLElementTagNameMap {
    'client-journal-tab': ClientJournalTab;
  }
}
