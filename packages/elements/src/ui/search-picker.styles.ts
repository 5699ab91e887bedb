import { css } from 'lit';

/** The search picker's field and its suggestions list (overlaying what follows). */
export const searchPickerStyles = css`
  .combo {
    position: relative;
  }
  .listbox {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    inset-block-start: calc(100% + var(--_space-2xs));
    max-block-size: 12rem;
    margin: 0;
    padding: var(--_space-2xs);
    overflow: auto;
    list-style: none;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    background: var(--_color-surface);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    display: grid;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border-radius: var(--_radius-s);
    cursor: pointer;
  }
  .option:hover {
    background: var(--_color-surface-sunken);
  }
  .option[aria-selected='true'] {
    background: color-mix(in srgb, var(--_color-accent) 14%, var(--_color-surface));
    outline: var(--_focus-ring-width) solid var(--_color-focus-ring);
    outline-offset: calc(-1 * var(--_focus-ring-width));
  }
  .option-detail {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
`;
