import { css } from 'lit';
import { baseStyles } from '../base/styles/base.ts';
import { uiStyles } from '../ui/ui.styles.ts';
import { dataGridStyles } from './data-grid.styles.ts';

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
 * The sheets a list widget's first paint is built from, in cascade order (the widget adds its
 * own last): no menu or dialog, which a widget may load on first use.
 */
export const listChromeStyles = [...baseStyles, dataGridStyles, uiStyles, listViewStyles];
