import { css } from 'lit';

/** Styles of `ActionMenu`: the popover menu and its items (`.danger` for destructive ones). */
export const menuStyles = css`
  .menu {
    position: fixed;
    inset: auto;
    margin: 0;
    min-inline-size: 12rem;
    padding: var(--_space-xs);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
    color: var(--_color-text);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  .menu-item {
    display: block;
    inline-size: 100%;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 0;
    border-radius: var(--_radius-s);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .menu-item:hover,
  .menu-item:focus-visible {
    background: var(--_color-surface-sunken);
    outline: var(--_focus-ring-width) solid var(--_color-focus-ring);
    outline-offset: calc(-1 * var(--_focus-ring-width));
  }
  .menu-item[aria-disabled='true'] {
    color: var(--_color-text-muted);
    cursor: not-allowed;
  }
  .danger {
    color: var(--_color-danger);
  }
  .menu-reason {
    display: block;
    max-inline-size: 16rem;
    padding-inline: var(--_space-s);
    padding-block-end: var(--_space-xs);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
`;
