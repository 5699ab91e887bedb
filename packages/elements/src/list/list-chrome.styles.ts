import { baseStyles } from '../base/styles/base.ts';
import { uiStyles } from '../ui/ui.styles.ts';
import { dataGridStyles } from './data-grid.styles.ts';
import { listViewStyles } from './list-shell.styles.ts';

export { listViewStyles };

/**
 * The sheets a list widget's first paint is built from, in cascade order (the widget adds its
 * own last): no menu or dialog, which a widget may load on first use.
 */
export const listChromeStyles = [...baseStyles, dataGridStyles, uiStyles, listViewStyles];
