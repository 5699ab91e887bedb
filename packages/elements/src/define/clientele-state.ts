import { defineElement } from '../base/define.ts';
import { ClienteleState } from '../base/states/clientele-state.ts';

defineElement('clientele-state', ClienteleState);

declare global {
  interface HTMLElementTagNameMap {
    'clientele-state': ClienteleState;
  }
}
