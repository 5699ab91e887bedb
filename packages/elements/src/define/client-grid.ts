import { defineElement } from '../base/define.ts';
import { ClientGrid } from '../client-grid/client-grid.ts';
import './clientele-state.ts';

defineElement('client-grid', ClientGrid);

declare global {
  interface HTMLElementTagNameMap {
    'client-grid': ClientGrid;
  }
}
