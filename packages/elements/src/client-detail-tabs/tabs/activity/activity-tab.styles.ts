import { css } from 'lit';

/**
 * `<client-activity-tab>` on top of the list chrome (`listChromeStyles`); the filters' own
 * come with them (`ActivityToolbar.styles`).
 *
 * - `.total`: its place is kept (tabular digits), so the toolbar does not move as it counts.
 * - `[data-category]`: a category's tone, the status colours every widget uses (grey for a
 *   category this version does not know).
 * - `.impersonator`, `.impersonated`: impersonation stands out (danger colour), in words too.
 */
export const activityTabStyles = css`
  :host {
    display: block;
  }
  .filters-pending {
    min-block-size: calc(var(--_control-size) * 2);
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
  .categories {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-s);
  }
  [data-category] {
    --_tone-bg: var(--_color-status-grey);
    --_tone-text: var(--_color-status-grey-text);
  }
  [data-category='account'] {
    --_tone-bg: var(--_color-status-blue);
    --_tone-text: var(--_color-status-blue-text);
  }
  [data-category='billing'] {
    --_tone-bg: var(--_color-status-green);
    --_tone-text: var(--_color-status-green-text);
  }
  [data-category='security'] {
    --_tone-bg: var(--_color-status-red);
    --_tone-text: var(--_color-status-red-text);
  }
  [data-category='support'] {
    --_tone-bg: var(--_color-status-amber);
    --_tone-text: var(--_color-status-amber-text);
  }
  .dot {
    inline-size: 0.25rem;
    block-size: 1rem;
    border-radius: var(--_radius-s);
    background: var(--_tone-text);
  }
  .badge {
    padding-block: var(--_space-2xs);
    padding-inline: var(--_space-s);
    border-radius: var(--_radius-pill);
    background: var(--_tone-bg);
    color: var(--_tone-text);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    white-space: nowrap;
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
