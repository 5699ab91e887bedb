import { defineElement } from '../base/define.ts';
import { UnitsLedger } from '../units-ledger/units-ledger.ts';
import './clientele-state.ts';

defineElement('units-ledger', UnitsLedger);

declare global {
  interface HTMLElementTagNameMap {
    'units-ledger': UnitsLedger;
  }
}
