import { css } from 'lit';
import { baseStyles } from '../base/styles/base.ts';
import { uiStyles } from '../ui/ui.styles.ts';

/**
 * The pieces both list widgets draw the same way, on top of `uiStyles`: the search box
 * filling the toolbar (each list sets its own `flex-basis`), a cell's primary and secondary
 * text (own lines, so their own bidi paragraphs, as the cell's in the data grid), and the
 * empty and no-match views.
 */
export const listViewStyles = css`
  .search-field .input {
    inline-size: 100%;
  }
  .cell .primary,
  .cell .secondary {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    unicode-bidi: plaintext;
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  .cell .primary {
    font-weight: var(--_font-weight-strong);
  }
  .secondary,
  .muted {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .empty {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
  }
  .empty p {
    margin: 0;
  }
  .empty-title {
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-strong);
  }
  .empty-message {
    color: var(--_color-text-muted);
  }
`;

/**
 * `listChromeStyles` but the data grid's: for a list whose grid arrives with its rows (a lazily
 * loaded part that adopts `dataGridStyles` when it loads), so a first paint without rows does
 * not carry them. The grid's rules then come after the widget's own: a widget that uses it
 * must not override the grid's rules at equal specificity.
 */
export const listShellStyles = [...baseStyles, uiStyles, listViewStyles];
