import { defineElement } from '../base/define.ts';
import { warmIntl } from '../base/format/warm-intl.ts';
import { UnitsLedger } from '../units-ledger/units-ledger.ts';
import './clientele-state.ts';

defineElement('units-ledger', UnitsLedger);

// The rows format amounts and dates: the engine's locale data loads while idle.
warmIntl();

declare global {
  interface HTMLElementTagNameMap {
    'units-ledger': UnitsLedger;
  }
}
