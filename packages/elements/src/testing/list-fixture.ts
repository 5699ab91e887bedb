import { html, render } from 'lit';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh container in the page for each test of a list widget, as a getter. After each test
 * the content is unrendered (disconnecting the widget aborts its loads and timers), the
 * container removed, and the page URL reset, since `url-state` tests write into it.
 */
export function useListContainer(): () => HTMLElement {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    render(html``, container);
    container.remove();
    history.replaceState(null, '', window.location.pathname);
  });
  return () => container;
}

/** The focused element, looking into shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
