import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

/** `automatic`: moving focus to a tab selects it. `manual`: Enter or Space selects it. */
export type TabActivation = 'automatic' | 'manual';

export interface TabsOptions<K extends string> {
  /** The tabs' keys, in order. A key is part of ids: letters, digits, `-` and `_`. */
  tabs(): readonly K[];
  /**
   * Prefix of the ids, unique within the host's shadow root: a tab is
   * `${idPrefix}-tab-${key}`, its panel `${idPrefix}-panel-${key}`.
   */
  readonly idPrefix: string;
  /** Default `automatic` (the APG's advice when panels show without a delay). */
  readonly activation?: TabActivation | (() => TabActivation);
  /**
   * Asked before the user changes tab (click or key); answering false keeps the current tab,
   * and its focus. A widget fires its cancelable event here.
   */
  canChange?(next: K, previous: K | undefined): boolean;
  /** The user changed tab (after `canChange` allowed it). */
  onChange?(selected: K, previous: K | undefined): void;
}

type Attributes = Record<string, string | null>;
type Listeners = Record<string, (event: Event) => void>;

/** Sets attributes (null removes one) and listens on the element it is bound to. */
class AriaDirective extends Directive {
  #listeners: Listeners = {};
  readonly #bound = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('Use a tabs directive on an element.');
  }

  render(_attributes: Attributes, _listeners: Listeners) {
    return nothing;
  }

  override update(part: ElementPart, [attributes, listeners]: [Attributes, Listeners]) {
    const element = part.element;
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null) element.removeAttribute(name);
      else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    }
    this.#listeners = listeners;
    for (const type of Object.keys(listeners)) {
      if (this.#bound.has(type)) continue;
      this.#bound.add(type);
      element.addEventListener(type, (event) => this.#listeners[type]?.(event));
    }
    return nothing;
  }
}

const aria = directive(AriaDirective);

/**
 * WAI-ARIA APG tabs for a Lit element: bind `tablist()`, `tab(key)` and `panel(key)` on the
 * elements the host renders, and the controller keeps their roles, ids, `aria-selected`,
 * `aria-controls` / `aria-labelledby` pairs, the panels' `hidden` and the roving tabindex
 * (Tab reaches the selected tab, then its panel):
 *
 * ```ts
 * html`<div ${tabs.tablist()} aria-label=${t.clientSections}>
 *     ${keys.map((key) => html`<button part="tab" ${tabs.tab(key)}>${label(key)}</button>`)}
 *   </div>
 *   ${keys.map((key) => html`<section part="panel" ${tabs.panel(key)}>…</section>`)}`;
 * ```
 *
 * Keys: Left/Right move between tabs (wrapping; mirrored when the tablist is `dir=rtl`),
 * Home/End to the first and last, Enter/Space select the focused tab (manual activation).
 * Every change the user makes is first put to `canChange`. Setting `selected` is the host's
 * own change: nothing is asked or told.
 */
export class TabsController<K extends string> implements ReactiveController {
  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode };
  readonly #options: TabsOptions<K>;
  #selected: K | undefined;
  /** The tab to focus once the host has rendered the change. */
  #focusNext: K | undefined;

  constructor(host: ReactiveControllerHost & { renderRoot: ParentNode }, options: TabsOptions<K>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const key = this.#focusNext;
    if (key === undefined) return;
    this.#focusNext = undefined;
    const id = CSS.escape(this.tabId(key));
    this.#host.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /** The selected tab: the one last chosen while it exists, else the first. */
  get selected(): K | undefined {
    const tabs = this.#options.tabs();
    return this.#selected !== undefined && tabs.includes(this.#selected) ? this.#selected : tabs[0];
  }

  set selected(key: K | undefined) {
    if (key === this.#selected) return;
    this.#selected = key;
    this.#host.requestUpdate();
  }

  get activation(): TabActivation {
    const activation = this.#options.activation;
    return (typeof activation === 'function' ? activation() : activation) ?? 'automatic';
  }

  /** Selects a tab as the user would: `canChange` may refuse. True when it is selected. */
  select(key: K): boolean {
    const previous = this.selected;
    if (key === previous) return true;
    if (!this.#options.tabs().includes(key)) return false;
    if (this.#options.canChange && !this.#options.canChange(key, previous)) return false;
    this.#selected = key;
    this.#host.requestUpdate();
    this.#options.onChange?.(key, previous);
    return true;
  }

  tabId(key: K): string {
    return `${this.#options.idPrefix}-tab-${key}`;
  }

  panelId(key: K): string {
    return `${this.#options.idPrefix}-panel-${key}`;
  }

  /** On the element around the tabs (name it with `aria-label` or `aria-labelledby`). */
  tablist() {
    return aria({ role: 'tablist' }, { keydown: this.#onKeyDown as (event: Event) => void });
  }

  /** On each tab (a `<button>` or any element). */
  tab(key: K) {
    const selected = key === this.selected;
    return aria(
      {
        role: 'tab',
        id: this.tabId(key),
        'aria-controls': this.panelId(key),
        'aria-selected': String(selected),
        tabindex: selected ? '0' : '-1',
      },
      { click: () => this.select(key) },
    );
  }

  /** On each tab's panel; the panels of the other tabs are `hidden`. */
  panel(key: K) {
    return aria(
      {
        role: 'tabpanel',
        id: this.panelId(key),
        'aria-labelledby': this.tabId(key),
        tabindex: '0',
        hidden: key === this.selected ? null : '',
      },
      {},
    );
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const tabs = this.#options.tabs();
    const tab = (event.target as Element).closest('[role="tab"]');
    const index = tabs.findIndex((key) => this.tabId(key) === tab?.id);
    const current = tabs[index];
    if (current === undefined) return;
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const step = (delta: number) => tabs[(index + delta + tabs.length) % tabs.length];
    let next: K | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = step(rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        next = step(rtl ? 1 : -1);
        break;
      case 'Home':
        next = tabs[0];
        break;
      case 'End':
        next = tabs.at(-1);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.select(current);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next === undefined || next === current) return;
    if (this.activation === 'automatic' && !this.select(next)) return;
    this.#focusNext = next;
    this.#host.requestUpdate();
  };
}
