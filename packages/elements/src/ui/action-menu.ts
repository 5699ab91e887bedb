import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, type Ref, ref } from 'lit/directives/ref.js';

export interface MenuItem {
  readonly id: string;
  readonly label: string;
  /** Shown but not operable (e.g. missing permission); `reason` explains why. */
  readonly disabled?: boolean;
  readonly reason?: string;
  readonly danger?: boolean;
}

/**
 * One row-actions menu shared by every row of a windowed list (WAI-ARIA APG menu button):
 * the row's button opens it (`aria-haspopup="menu"`, `aria-expanded`), arrow keys, Home and
 * End move between items, Enter/Space choose, Escape and Tab close it and return focus to the
 * button. It lives in the top layer (`popover`), so the grid's scroll container never clips it.
 */
export class ActionMenu implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #menu: Ref<HTMLElement> = createRef();
  readonly #id: string;
  #items: readonly MenuItem[] = [];
  #anchor: HTMLElement | undefined;
  #owner: string | undefined;
  #label = '';
  #onSelect: ((id: string) => void) | undefined;
  #focusFirst = false;

  constructor(host: ReactiveControllerHost, id: string) {
    this.#host = host;
    this.#id = id;
    host.addController(this);
  }

  /** The id of the menu element (for the buttons' `aria-controls`). */
  get id(): string {
    return this.#id;
  }

  /** Which owner (e.g. a client id) the open menu belongs to; undefined when closed. */
  get owner(): string | undefined {
    return this.#owner;
  }

  open(
    anchor: HTMLElement,
    owner: string,
    label: string,
    items: readonly MenuItem[],
    onSelect: (id: string) => void,
  ): void {
    this.#anchor = anchor;
    this.#owner = owner;
    this.#label = label;
    this.#items = items;
    this.#onSelect = onSelect;
    this.#focusFirst = true;
    this.#host.requestUpdate();
  }

  close(returnFocus = true): void {
    if (this.#owner === undefined) return;
    const anchor = this.#anchor;
    this.#owner = undefined;
    this.#anchor = undefined;
    const menu = this.#menu.value;
    if (menu?.matches(':popover-open')) menu.hidePopover();
    this.#host.requestUpdate();
    if (returnFocus && anchor?.isConnected) anchor.focus();
  }

  hostUpdated(): void {
    const menu = this.#menu.value;
    if (!menu || this.#owner === undefined || !this.#anchor) return;
    if (!menu.matches(':popover-open')) {
      menu.showPopover();
      this.#position(menu, this.#anchor);
    }
    if (this.#focusFirst) {
      this.#focusFirst = false;
      this.#items$(menu)
        .find((item) => item.getAttribute('aria-disabled') !== 'true')
        ?.focus();
    }
  }

  render() {
    if (this.#owner === undefined) return nothing;
    return html`<div
      ${ref(this.#menu)}
      id=${this.#id}
      part="menu"
      class="menu"
      role="menu"
      aria-label=${this.#label}
      popover="manual"
      @keydown=${this.#onKeyDown}
      @focusout=${this.#onFocusOut}
    >
      ${this.#items.map((item) => {
        // A disabled item says why: a line under it that describes it. The line is outside the
        // item (its name stays its label) and aria-hidden (the menu's children stay its items;
        // a description may point at hidden text).
        const reason = item.disabled && item.reason ? item.reason : undefined;
        const reasonId = `${this.#id}-reason-${item.id}`;
        return html`<button
            part="menu-item"
            class="menu-item ${item.danger ? 'danger' : ''}"
            type="button"
            role="menuitem"
            tabindex="-1"
            aria-disabled=${item.disabled ? 'true' : nothing}
            aria-describedby=${reason ? reasonId : nothing}
            title=${reason ?? nothing}
            data-action=${item.id}
            @click=${() => this.#choose(item)}
          >
            ${item.label}
          </button>
          ${reason ? html`<span class="menu-reason" id=${reasonId} aria-hidden="true">${reason}</span>` : nothing}`;
      })}
    </div>`;
  }

  #items$(menu: HTMLElement): HTMLElement[] {
    return [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  #choose(item: MenuItem): void {
    if (item.disabled) return;
    const onSelect = this.#onSelect;
    this.close();
    onSelect?.(item.id);
  }

  #position(menu: HTMLElement, anchor: HTMLElement): void {
    const box = anchor.getBoundingClientRect();
    const width = menu.offsetWidth;
    const height = menu.offsetHeight;
    const rtl = getComputedStyle(anchor).direction === 'rtl';
    const left = rtl ? box.left : box.right - width;
    const below = box.bottom + 4;
    const top = below + height > window.innerHeight ? Math.max(0, box.top - height - 4) : below;
    menu.style.left = `${Math.max(4, Math.min(left, window.innerWidth - width - 4))}px`;
    menu.style.top = `${top}px`;
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const menu = this.#menu.value;
    if (!menu) return;
    const items = this.#items$(menu);
    const current = items.indexOf(event.target as HTMLElement);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = (current + 1) % items.length;
        break;
      case 'ArrowUp':
        next = (current - 1 + items.length) % items.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.close();
        return;
      case 'Tab':
        event.preventDefault();
        this.close();
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
    items[next]?.focus();
  };

  #onFocusOut = (event: FocusEvent): void => {
    const menu = this.#menu.value;
    const to = event.relatedTarget as Node | null;
    if (menu && to && !menu.contains(to)) this.close(false);
  };
}
