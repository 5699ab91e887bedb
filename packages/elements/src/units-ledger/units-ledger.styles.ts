import { css } from 'lit';
import { baseStyles } from '../base/styles/base.ts';
import { uiStyles } from '../ui/ui.styles.ts';

/**
 * `<units-ledger>` on top of the base and ui styles. The entries grid's sheets and the dialogs'
 * are adopted when they load. (Comments about single rules are here, outside the CSS.)
 *
 * - `.balance`: the panel wraps below its own width (a tab panel, a phone): the amount and its
 *   state first, the facts as a grid of as many columns as fit, the actions last.
 * - `.state-*`: the tone is a border and the state's mark; the words say it (never colour alone).
 */
const ledgerStyles = css`
  :host {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
  }
  .balance {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m) var(--_space-xl);
    align-items: start;
    padding: var(--_space-m) var(--_space-l);
    border: 1px solid var(--_color-border);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
  }
  .state-ok {
    border-inline-start-color: var(--_color-status-green-text);
  }
  .state-warn {
    border-inline-start-color: var(--_color-status-amber-text);
  }
  .state-cutoff {
    border-inline-start-color: var(--_color-status-red-text);
  }
  .balance-main {
    display: grid;
    gap: var(--_space-2xs);
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .balance-main p,
  .balance-heading {
    margin: 0;
  }
  .balance-heading {
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    color: var(--_color-text-muted);
  }
  .balance-amount {
    font-size: var(--_font-size-xl);
    font-weight: var(--_font-weight-strong);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .balance-state {
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: baseline;
    justify-self: start;
    padding-block: var(--_space-2xs);
    padding-inline: var(--_space-s);
    border-radius: var(--_radius-pill);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
  }
  .state-ok .balance-state {
    background: var(--_color-status-green);
    color: var(--_color-status-green-text);
  }
  .state-warn .balance-state {
    background: var(--_color-status-amber);
    color: var(--_color-status-amber-text);
  }
  .state-cutoff .balance-state {
    background: var(--_color-status-red);
    color: var(--_color-status-red-text);
  }
  .balance-note,
  .hint {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(8.5rem, 100%), 1fr));
    gap: var(--_space-s) var(--_space-l);
    flex: 3 1 18rem;
    min-inline-size: 0;
    margin: 0;
  }
  .fact dt {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .fact dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .balance-actions {
    display: flex;
    align-items: center;
  }
  .toolbar {
    flex-wrap: wrap;
  }
  .total {
    margin-inline-start: auto;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    font-variant-numeric: tabular-nums;
  }
  .button[aria-disabled='true'] {
    border-color: var(--_color-border);
    background: var(--_color-surface-sunken);
    color: var(--_color-text-muted);
  }
  .empty {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
  }
  .empty p {
    margin: 0;
  }
`;

export const unitsLedgerStyles = [...baseStyles, uiStyles, ledgerStyles];
