import { html } from 'lit';

/**
 * A widget's loading view alone, for while something its first render needs is on its way
 * (the locale's messages): the same skeleton `<clientele-state>` shows while data loads.
 */
export function renderLoading(locale: string, rows = 6) {
  return html`<clientele-state lang=${locale} state="loading" rows=${rows}></clientele-state>`;
}
