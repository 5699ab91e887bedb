import { defineElement } from '../shared/define.ts';
import { ClienteleState } from '../states/clientele-state.ts';

defineElement('clientele-state', ClienteleState);

declare global {
  interface HTMLElementTagNameMap {
    'clientele-state': ClienteleState;
  }
}
