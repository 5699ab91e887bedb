import { css } from 'lit';

/**
 * The card view's styles, adopted when the view loads. `.skeleton` (a loading card's block)
 * and `.check` (the labelled select-all box, as the filter panel's) are here, not in the first
 * paint's styles: no grid row uses them.
 */
export const clientCardsStyles = css`
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  .skeleton {
    display: block;
    block-size: 0.75rem;
    inline-size: 70%;
    border-radius: var(--_radius-s);
    background: var(--_color-skeleton);
  }
  .cards-select-all {
    margin-block-end: var(--_space-xs);
    padding-inline: var(--_space-s);
    font-size: var(--_font-size-s);
  }
  .cards {
    position: relative;
    overflow: auto;
    max-block-size: var(--clientele-grid-max-block-size, 70vh);
    min-block-size: calc(var(--_card-height) * 2);
    overscroll-behavior: contain;
  }
  .cards-body {
    position: relative;
    contain: strict;
  }
  .card {
    position: absolute;
    inset-block-start: 0;
    inline-size: calc(100% / var(--_card-columns));
    block-size: var(--_card-height);
    padding: var(--_space-xs);
    display: grid;
    align-content: start;
    gap: var(--_space-2xs);
    contain: layout style;
  }
  .card::before {
    content: '';
    position: absolute;
    inset: var(--_space-2xs);
    z-index: -1;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
  }
  .card.selected::before {
    border-color: var(--_color-accent);
  }
  .card > * {
    padding-inline: var(--_space-s);
    min-inline-size: 0;
  }
  .card-head {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    padding-block-start: var(--_space-xs);
  }
  .card-title {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    text-align: start;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: var(--_font-weight-strong);
  }
  .card-meta {
    display: grid;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .card-meta > span {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .card-row {
    display: flex;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    overflow: hidden;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    white-space: nowrap;
  }
  /* One line in a card: badge, reason, then the country, which gives way first. */
  .card-row > :last-child {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .card-facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: var(--_space-2xs) var(--_space-s);
    margin: 0;
    font-size: var(--_font-size-s);
  }
  .card-facts dt {
    color: var(--_color-text-muted);
  }
  .card-facts dd {
    margin: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
`;
