import { defineElement } from '../base/define.ts';
import { ClientDetailTabs } from '../client-detail-tabs/client-detail-tabs.ts';
import './clientele-state.ts';
import './client-tabs.ts';

defineElement('client-detail-tabs', ClientDetailTabs);

declare global {
  interface HTMLElementTagNameMap {
    'client-detail-tabs': ClientDetailTabs;
  }
}
