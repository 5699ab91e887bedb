import { menuStyles } from '../ui/action-menu.styles.ts';
import { dialogStyles } from '../ui/confirm-dialog.styles.ts';
import { listChromeStyles } from './list-chrome.styles.ts';

export { listChromeStyles, listViewStyles } from './list-chrome.styles.ts';

/**
 * Every sheet a list widget is built from, in cascade order, menu and dialog included; the
 * widget adds its own last. A widget that loads its menu and dialogs on first use takes
 * `listChromeStyles` and adopts theirs when they load.
 */
export const listWidgetStyles = [...listChromeStyles, menuStyles, dialogStyles];
