import { css } from 'lit';
import { baseStyles } from '../base/styles/base.ts';
import { statusToneStyles } from '../client/status-badge.styles.ts';

const pageStyles = css`
  .header {
    display: grid;
    gap: var(--_space-m);
    padding-block-end: var(--_space-l);
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }
  .name {
    margin: 0;
    font-size: var(--_font-size-xl);
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .status {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .status-reason,
  .fact dt,
  .denied {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .badge {
    display: inline-block;
    border: 1px solid color-mix(in srgb, currentColor 70%, transparent);
    padding-block: var(--_space-2xs);
    padding-inline: var(--_space-s);
    border-radius: var(--_radius-pill);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    white-space: nowrap;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: var(--_space-s) var(--_space-l);
    margin: 0;
  }
  .narrow .facts {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
  .fact {
    min-inline-size: 0;
  }
  .fact dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .mono {
    font-family: var(--_font-family-mono);
    font-size: var(--_font-size-s);
  }
  .money {
    font-variant-numeric: tabular-nums;
  }
  .negative {
    color: var(--_color-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .narrow .actions > .button {
    flex: 1 1 auto;
  }
  .button.danger-outline {
    color: var(--_color-danger);
  }
  .denied {
    margin: 0;
  }
  .spinner {
    inline-size: 0.875em;
    block-size: 0.875em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
  .tablist {
    display: flex;
    gap: var(--_space-2xs);
    overflow-x: auto;
    border-block-end: 1px solid var(--_color-border);
    scrollbar-width: thin;
  }
  .tab {
    flex: none;
    min-block-size: var(--_control-size);
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m);
    border: 0;
    border-block-end: 3px solid transparent;
    background: none;
    color: var(--_color-text-muted);
    font: inherit;
    font-weight: var(--_font-weight-strong);
    cursor: pointer;
  }
  .tab:hover {
    color: var(--_color-text);
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--_color-accent);
    color: var(--_color-text);
  }
  .panel {
    padding-block: var(--_space-l);
  }
  .panel[hidden] {
    display: none;
  }
  /* A panel's or the dialogs' chunk that failed to load: the alert with Retry. */
  .load-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .empty {
    padding: var(--_space-l);
    text-align: center;
  }
  .empty-title {
    font-weight: var(--_font-weight-strong);
  }
`;

export const clientDetailStyles = [...baseStyles, statusToneStyles, pageStyles];
