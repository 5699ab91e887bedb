// What every portal page is made of: its type, a titled section, a placeholder panel.

import type { ClienteleClient } from '@clientele/sdk';

export interface PageContext {
  /** The SDK client the provider made (for pages that load data themselves). */
  api: ClienteleClient | undefined;
  /** In-portal navigation without a reload. */
  navigate(url: string): void;
  /** A new history entry for what the page on screen shows now (nothing is rendered again). */
  pushUrl(url: string): void;
}

export interface Page {
  title: string;
  render(match: RegExpMatchArray, context: PageContext): Node;
  /**
   * Back/forward to another URL of the page on screen (`rendered`, what `render` returned):
   * true when the page followed it itself (nothing is rendered again).
   */
  update?(match: RegExpMatchArray, rendered: Node): boolean;
}

export function section(title: string, lede: string, body?: Node): Node {
  const fragment = document.createDocumentFragment();
  const h1 = document.createElement('h1');
  h1.textContent = title;
  const p = document.createElement('p');
  p.className = 'lede';
  p.textContent = lede;
  fragment.append(h1, p);
  if (body) fragment.append(body);
  return fragment;
}

export function upcoming(tag: string): Node {
  const panel = document.createElement('div');
  panel.className = 'panel';
  const code = document.createElement('code');
  code.textContent = `<${tag}>`;
  panel.append('This page will host ', code, '.');
  return panel;
}
