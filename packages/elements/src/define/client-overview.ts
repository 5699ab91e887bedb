import { defineElement } from '../base/define.ts';
import { ClientOverview } from '../client-detail-tabs/tabs/overview/client-overview.ts';
import './clientele-state.ts';

defineElement('client-overview', ClientOverview);

declare global {
  interface HTMLElementTagNameMap {
    'client-overview': ClientOverview;
  }
}
