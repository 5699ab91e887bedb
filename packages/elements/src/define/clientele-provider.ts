import { ClienteleProvider } from '../provider/clientele-provider.ts';
import { defineElement } from '../shared/define.ts';

defineElement('clientele-provider', ClienteleProvider);

declare global {
  interface HTMLElementTagNameMap {
    'clientele-provider': ClienteleProvider;
  }
}
