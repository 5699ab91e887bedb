import { css } from 'lit';

/**
 * `<client-resources-tab>` on top of `baseStyles`, `uiStyles`, the status tones and the
 * panels' shared styles (`panelStyles`): the kinds as a segmented control (APG tabs
 * underneath), and the tables, whose rows stack below 40rem of their own width, each cell then
 * labelled (the tab never scrolls sideways).
 */
export const resourcesTabStyles = css`
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2xs);
    margin-block-end: var(--_space-m);
    padding: var(--_space-2xs);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    background: var(--_color-surface-sunken);
    inline-size: fit-content;
    max-inline-size: 100%;
  }
  .kind {
    min-block-size: var(--_control-size);
    padding-block: var(--_space-2xs);
    padding-inline: var(--_space-m);
    border: 1px solid transparent;
    border-radius: var(--_radius-s);
    background: none;
    color: var(--_color-text-muted);
    font: inherit;
    cursor: pointer;
  }
  .kind:hover {
    color: var(--_color-text);
  }
  .kind[aria-selected='true'] {
    border-color: var(--_color-accent);
    background: var(--_color-surface);
    color: var(--_color-text);
    font-weight: var(--_font-weight-strong);
  }
  .kind-panel[hidden] {
    display: none;
  }
  .name {
    font-weight: normal;
  }
  code {
    font-family: var(--_font-family-mono);
    font-size: var(--_font-size-s);
  }
  .created,
  .region {
    white-space: nowrap;
  }
  .details {
    display: grid;
    gap: var(--_space-2xs);
    margin: 0;
    font-size: var(--_font-size-s);
  }
  .details div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-xs);
  }
  .details dt {
    color: var(--_color-text-muted);
  }
  .details dd {
    margin: 0;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    padding-block: var(--_space-s);
  }
  .shown {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    font-variant-numeric: tabular-nums;
  }
  .more-failed {
    margin: 0;
    color: var(--_color-danger);
  }
  @container (inline-size < 40rem) {
    .resources td {
      display: flex;
      gap: var(--_space-s);
    }
    .cell-label {
      display: block;
      flex: none;
      inline-size: 7rem;
      color: var(--_color-text-muted);
      font-size: var(--_font-size-s);
    }
    .created,
    .region {
      white-space: normal;
    }
  }
`;
