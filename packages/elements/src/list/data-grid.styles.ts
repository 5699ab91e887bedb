import { css } from 'lit';

/**
 * Styles of `DataGrid` (add to the host's styles next to `baseStyles`). The grid is its own
 * scroll container with a sticky header; body rows are absolutely placed at `index * height`.
 * (No comments inside the CSS: they would ship.)
 *
 * - Server text in a cell (an email, a name, an amount) reads in its own direction
 *   (`unicode-bidi: plaintext`), so it is the same on a right-to-left page; the cell still
 *   lines up with its column (`match-parent`, `-webkit-` for Chromium and WebKit). Pure CSS: no
 *   element or attribute per cell, nothing for style invalidation to track.
 * - A placeholder cell's skeleton block is its background, not an element.
 * - The sort indicator is two small triangles after the label (▲▼ unsorted, ▲ or ▼ sorted):
 *   no element and no text, so the header's name stays its label; aria-sort says it.
 */
export const dataGridStyles = css`
  .grid {
    position: relative;
    overflow: auto;
    max-block-size: var(--clientele-grid-max-block-size, 70vh);
    min-block-size: calc(var(--_grid-row-height) * 4);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
    overscroll-behavior: contain;
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    min-inline-size: var(--_grid-min-inline-size);
    background: var(--_color-surface-sunken);
    border-block-end: 1px solid var(--_color-border);
  }
  .body {
    position: relative;
    min-inline-size: var(--_grid-min-inline-size);
    contain: strict;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_grid-columns);
    min-inline-size: var(--_grid-min-inline-size);
    align-items: center;
  }
  .data-row {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    block-size: var(--_grid-row-height);
    border-block-end: 1px solid var(--_color-border);
    contain: layout style;
  }
  .data-row:hover,
  .data-row:focus-within {
    background: var(--_color-surface-sunken);
  }
  .data-row[aria-selected='true'] {
    background: color-mix(in srgb, var(--_color-accent) 10%, var(--_color-surface));
  }
  .cell {
    min-inline-size: 0;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    unicode-bidi: plaintext;
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  .placeholder > .cell {
    align-self: stretch;
    background: linear-gradient(var(--_color-skeleton), var(--_color-skeleton)) left center /
      70% 0.75rem no-repeat content-box;
  }
  .placeholder > .cell:dir(rtl) {
    background-position: right center;
  }
  .cell:focus-visible,
  .cell [data-grid-focus]:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus-ring);
    outline-offset: calc(-1 * var(--_focus-ring-width));
  }
  .header-cell {
    font-weight: var(--_font-weight-strong);
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
    padding-block: var(--_space-s);
  }
  .sort-button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    max-inline-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .sort-button::before,
  .sort-button::after {
    content: '';
    order: 1;
    border-inline: 0.3em solid transparent;
    opacity: 0.6;
  }
  .sort-button::before {
    border-block-end: 0.45em solid;
  }
  .sort-button::after {
    border-block-start: 0.45em solid;
    margin-inline-start: calc(0.15em - var(--_space-xs));
  }
  [aria-sort='ascending'] > .sort-button::after,
  [aria-sort='descending'] > .sort-button::before {
    display: none;
  }
  [aria-sort='ascending'] > .sort-button::before,
  [aria-sort='descending'] > .sort-button::after {
    margin-inline-start: 0;
    opacity: 1;
    color: var(--_color-accent);
  }
`;
