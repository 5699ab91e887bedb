import { defineElement } from '../base/define.ts';
import { ClienteleProvider } from '../base/provider/clientele-provider.ts';

defineElement('clientele-provider', ClienteleProvider);

declare global {
  interface HTMLElementTagNameMap {
    'clientele-provider': ClienteleProvider;
  }
}
