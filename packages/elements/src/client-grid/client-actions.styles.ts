import { css } from 'lit';

/**
 * What the actions add to the grid's styles when they load: why an action is not available,
 * shown beside it (under a disabled menu item, `menu-reasons.ts`; in the bulk bar).
 */
export const clientActionsStyles = css`
  .menu-reason {
    display: block;
    max-inline-size: 16rem;
    padding-inline: var(--_space-s);
    padding-block-end: var(--_space-xs);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .bulk-reason {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
`;
