import { css, html, LitElement, nothing } from 'lit';
import { ClienteleConsumer } from '../controllers/clientele-consumer.ts';
import { RESOURCE_STATES, type ResourceState } from '../controllers/resource-controller.ts';
import { dispatch } from '../events.ts';
import { LazyModule } from '../lazy.ts';
import { baseStyles } from '../styles/base.ts';

/**
 * Where the views other than loading come from (`state-views.ts`, loaded on first use): an
 * object so that tests can make the load slow or fail.
 */
export const stateParts = {
  views: () => import('./state-views.ts'),
};

let warm = false;
/** Fetches the views once the page is idle, so that a failure shows without a wait. */
function warmViews(): void {
  if (warm) return;
  warm = true;
  (globalThis.requestIdleCallback ?? setTimeout)(() => {
    import('./state-views.ts').catch(() => undefined);
  });
}

declare global {
  interface HTMLElementEventMap {
    retry: CustomEvent<undefined>;
  }
}

/**
 * Shows one of a widget's six states: its content when `loaded`, otherwise a loading skeleton,
 * an empty message, an error with Retry, "access denied" or "not found". A widget renders its
 * content inside and sets `state` (and `error`) from its `ResourceController`; one element
 * keeps these views, their wording and their accessibility the same in every widget.
 *
 * Its locale is its own `lang`, else the provider's: a widget with its own locale passes it
 * down (`lang=${consumer.locale}`).
 *
 * @tag clientele-state
 * @summary The loading, empty, error, forbidden and not-found views shared by every widget.
 *
 * @slot - The widget's content, shown in the `loaded` state.
 * @slot loading - Replaces the default skeleton.
 * @slot empty - Replaces the default empty message (say what is empty and what to do).
 *
 * @event retry - The user pressed Retry in the error view; the widget loads again. Bubbles, composed.
 *
 * @csspart content - Wrapper of the default slot in the loaded state (`aria-busy` while `busy`).
 * @csspart loading - The loading view (`aria-busy="true"`).
 * @csspart loading-label - The visually hidden "Loading…" status.
 * @csspart skeleton - The default skeleton.
 * @csspart skeleton-line - One line of the skeleton.
 * @csspart empty - The empty view.
 * @csspart error - The error view.
 * @csspart alert - The announced part of the error view (`role="alert"`): title, detail, request id.
 * @csspart forbidden - The access-denied view.
 * @csspart not-found - The not-found view.
 * @csspart title - The title line of the empty, error, forbidden and not-found views.
 * @csspart message - The explanatory text under a title.
 * @csspart request-id - The request id line of the error, forbidden and not-found views.
 * @csspart field-errors - The list of field errors of a problem.
 * @csspart retry-button - The Retry button.
 *
 * @cssprop --clientele-color-danger - Accent of the error view.
 * @cssprop --clientele-color-skeleton - Skeleton blocks.
 * @cssprop --clientele-color-text-muted - Messages under titles.
 */
export class ClienteleState extends LitElement {
  static override properties = {
    state: { reflect: true },
    error: { attribute: false },
    busy: { type: Boolean, reflect: true },
    rows: { type: Number },
  };

  static override styles = [
    ...baseStyles,
    css`
      .loading {
        position: relative;
        padding-block: var(--_space-l);
      }
      .skeleton {
        display: grid;
        gap: var(--_space-m);
      }
      .skeleton-line {
        block-size: 1rem;
        border-radius: var(--_radius-s);
        background: var(--_color-skeleton);
        animation: pulse 1.5s ease-in-out infinite;
      }
      .skeleton-line:nth-child(3n + 2) {
        inline-size: 85%;
      }
      .skeleton-line:nth-child(3n) {
        inline-size: 65%;
      }
      @keyframes pulse {
        50% {
          opacity: 0.5;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .skeleton-line {
          animation: none;
        }
      }
    `,
  ];

  /** Which view to show: `loading`, `loaded`, `empty`, `error`, `forbidden` or `notFound`. */
  declare state: ResourceState;
  /** The failure behind `error`, `forbidden` and `notFound`: its problem title, detail and request id are shown. */
  declare error: unknown;
  /** Marks the loaded content as being refreshed (`aria-busy`), e.g. while a reload keeps the last data. */
  declare busy: boolean;
  /** Number of lines in the default skeleton. */
  declare rows: number;

  readonly #context = new ClienteleConsumer(this);
  readonly #views = new LazyModule(this, () => stateParts.views());
  // Retry removes its own button (the view turns to loading); if the retry fails again,
  // focus goes back to the new button instead of being lost on the page.
  #retrying = false;

  constructor() {
    super();
    warmViews();
    this.state = 'loading';
    this.busy = false;
    this.rows = 3;
  }

  protected override willUpdate(): void {
    const state = this.state;
    if (!RESOURCE_STATES.includes(state)) {
      console.warn(
        `<clientele-state>: state="${state}" is not one of ${RESOURCE_STATES.join(', ')}.`,
      );
    } else if (state !== 'loading' && state !== 'loaded' && this.#views.status === 'idle') {
      void this.#views.load().catch(() => undefined);
    }
  }

  protected override updated(): void {
    if (this.state === 'loading' || !this.#retrying) return;
    this.#retrying = false;
    if (this.state === 'error') {
      this.renderRoot.querySelector<HTMLButtonElement>('[part="retry-button"]')?.focus();
    }
  }

  protected override render() {
    const t = this.#context.messages;
    const state = this.state;
    if (state === 'loaded') {
      return html`<div part="content" aria-busy=${this.busy ? 'true' : nothing}><slot></slot></div>`;
    }
    const views = this.#views;
    if (state !== 'loading' && RESOURCE_STATES.includes(state)) {
      if (views.module) {
        return views.module.renderView({
          host: this,
          state,
          error: this.error,
          t,
          onRetry: this.#onRetry,
        });
      }
      // The view could not be loaded: still a readable failure, whose Retry loads it again.
      if (views.status === 'error') {
        return html`<div part="error" class="loading" role="alert">
          <p part="title">${t.errorTitle}</p>
          <p part="message">${t.networkErrorMessage}</p>
          <button part="retry-button" class="button" type="button" @click=${() => views.load().catch(() => undefined)}>
            ${t.retry}
          </button>
        </div>`;
      }
      // Meanwhile, the skeleton.
    }
    const lines = Array.from(
      { length: Math.max(1, this.rows || 0) },
      () => html`<div part="skeleton-line" class="skeleton-line"></div>`,
    );
    return html`<div part="loading" class="loading" aria-busy="true">
      <span part="loading-label" class="visually-hidden" role="status">${t.loading}</span>
      <slot name="loading">
        <div part="skeleton" class="skeleton" aria-hidden="true">${lines}</div>
      </slot>
    </div>`;
  }

  #onRetry = (): void => {
    this.#retrying = true;
    dispatch(this, 'retry', undefined);
  };
}
