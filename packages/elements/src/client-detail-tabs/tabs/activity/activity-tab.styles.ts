import { css } from 'lit';

/**
 * `<client-activity-tab>` on top of the list chrome (`listChromeStyles`).
 *
 * - `.total`: its place is kept (tabular digits), so the toolbar does not move as it counts.
 * - `.badge`, `.dot`: a category's tone, the status colours every widget uses.
 * - `.impersonator`, `.impersonated`: impersonation stands out (danger colour), in words too.
 */
export const activityTabStyles = css`
  :host {
    display: block;
  }
  .actor-field {
    flex: 1 1 14rem;
  }
  .actor-field .input {
    inline-size: 100%;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: var(--_control-size);
    font-size: var(--_font-size-m);
  }
  .check input {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .total {
    display: flex;
    align-items: center;
    justify-content: end;
    min-inline-size: 7.5rem;
    min-block-size: var(--_control-size);
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .quick-filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-s);
  }
  .pill {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2rem;
    padding-block: var(--_space-2xs);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-pill);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    font-size: var(--_font-size-s);
    cursor: pointer;
  }
  .pill:hover {
    background: var(--_color-surface-sunken);
  }
  .pill[aria-pressed='true'] {
    border-color: var(--_color-accent);
    box-shadow: inset 0 0 0 1px var(--_color-accent);
    background: color-mix(in srgb, var(--_color-accent) 10%, var(--_color-surface));
  }
  .dot {
    display: inline-block;
    inline-size: 0.25rem;
    block-size: 1rem;
    border-radius: var(--_radius-s);
    background: var(--_tone-text);
  }
  .badge {
    display: inline-block;
    padding-block: var(--_space-2xs);
    padding-inline: var(--_space-s);
    border-radius: var(--_radius-pill);
    background: var(--_tone-bg);
    color: var(--_tone-text);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    white-space: nowrap;
  }
  .tone-blue {
    --_tone-bg: var(--_color-status-blue);
    --_tone-text: var(--_color-status-blue-text);
  }
  .tone-green {
    --_tone-bg: var(--_color-status-green);
    --_tone-text: var(--_color-status-green-text);
  }
  .tone-red {
    --_tone-bg: var(--_color-status-red);
    --_tone-text: var(--_color-status-red-text);
  }
  .tone-amber {
    --_tone-bg: var(--_color-status-amber);
    --_tone-text: var(--_color-status-amber-text);
  }
  .tone-grey {
    --_tone-bg: var(--_color-status-grey);
    --_tone-text: var(--_color-status-grey-text);
  }
  .ip {
    font-family: var(--_font-family-mono);
    font-size: var(--_font-size-s);
  }
  .impersonator,
  .impersonated {
    color: var(--_color-danger);
    font-weight: var(--_font-weight-strong);
  }
  .impersonated + span::before {
    content: ' · ';
  }
  .cell .secondary {
    white-space: nowrap;
  }
`;
