import { defineElement } from '../base/define.ts';
import { ClientDetailTabs } from '../client-detail-tabs/client-detail-tabs.ts';
import { clientDetailParts } from '../client-detail-tabs/detail-parts.ts';
import './clientele-state.ts';
import './client-tabs.ts';

defineElement('client-detail-tabs', ClientDetailTabs);

// The first paint (the loading state) does not need the header and its buttons, the loaded page
// does: their chunk starts loading now, so that it is in when the client's request answers.
// (A failure here is the widget's to show, with Retry.)
void clientDetailParts.page().catch(() => undefined);

declare global {
  interface HTMLElementTagNameMap {
    'client-detail-tabs': ClientDetailTabs;
  }
}
