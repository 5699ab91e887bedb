import { css } from 'lit';

/**
 * What the actions add to the grid's styles when they load: why an action is not available,
 * shown beside a bulk button (a disabled menu item's reason is the menu's own).
 */
export const clientActionsStyles = css`
  .bulk-reason {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
`;
