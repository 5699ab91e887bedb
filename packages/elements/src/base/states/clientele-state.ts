import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { asApiError } from '../controllers/classify-error.ts';
import { ClienteleConsumer } from '../controllers/clientele-consumer.ts';
import { RESOURCE_STATES, type ResourceState } from '../controllers/resource-controller.ts';
import { dispatch } from '../events.ts';
import type { CommonMessages } from '../i18n/localize.ts';
import { baseStyles } from '../styles/base.ts';

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
      .view {
        display: grid;
        justify-items: center;
        gap: var(--_space-s);
        padding-block: var(--_space-2xl);
        padding-inline: var(--_space-l);
        text-align: center;
      }
      .alert {
        display: grid;
        gap: var(--_space-xs);
      }
      p,
      ul {
        margin: 0;
      }
      .title {
        font-size: var(--_font-size-l);
        font-weight: var(--_font-weight-strong);
      }
      .error .title {
        color: var(--_color-danger);
      }
      .message,
      .request-id {
        color: var(--_color-text-muted);
        max-inline-size: 60ch;
      }
      .request-id {
        font-size: var(--_font-size-s);
      }
      .field-errors {
        padding: 0;
        list-style: none;
        text-align: start;
      }
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
  // Retry removes its own button (the view turns to loading); if the retry fails again,
  // focus goes back to the new button instead of being lost on the page.
  #retrying = false;

  constructor() {
    super();
    this.state = 'loading';
    this.busy = false;
    this.rows = 3;
  }

  protected override willUpdate(): void {
    if (!RESOURCE_STATES.includes(this.state)) {
      console.warn(
        `<clientele-state>: state="${this.state}" is not one of ${RESOURCE_STATES.join(', ')}.`,
      );
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
    if (state === 'empty') {
      return html`<div part="empty" class="view">
        <slot name="empty">${text(t.emptyTitle, t.emptyMessage)}</slot>
      </div>`;
    }
    if (state === 'error') return this.#renderError(t);
    const api = asApiError(this.error);
    if (state === 'forbidden' || state === 'notFound') {
      const [part, title, message] =
        state === 'forbidden'
          ? ['forbidden', t.forbiddenTitle, t.forbiddenMessage]
          : ['not-found', t.notFoundTitle, t.notFoundMessage];
      return html`<div part=${part} class="view">
        ${text(title, message)}${requestId(t, api?.requestId)}
      </div>`;
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

  #renderError(t: CommonMessages): TemplateResult {
    const api = asApiError(this.error);
    // Not a problem from the server: the SDK's TimeoutError and NetworkError (and the
    // platform's errors of those names), told by name so that widgets do not carry the SDK.
    const name = (this.error as Error | null | undefined)?.name;
    const [title, detail] = api
      ? [api.title ?? t.errorTitle, api.detail]
      : name === 'TimeoutError'
        ? [t.timeoutErrorTitle, t.timeoutErrorMessage]
        : name === 'NetworkError'
          ? [t.networkErrorTitle, t.networkErrorMessage]
          : [t.errorTitle, t.errorMessage];
    const fieldErrors = api?.errors ?? [];
    return html`<div part="error" class="view error">
      <div part="alert" class="alert" role="alert">
        ${text(title, detail)}
        ${
          fieldErrors.length
            ? html`<ul part="field-errors" class="message field-errors">
              ${fieldErrors.map((e) => html`<li>${t.fieldError(e)}</li>`)}
            </ul>`
            : nothing
        }
        ${
          api?.retryAfter
            ? html`<p part="message" class="message">${t.retryAfter({ seconds: api.retryAfter })}</p>`
            : nothing
        }
        ${requestId(t, api?.requestId)}
      </div>
      <button part="retry-button" class="button" type="button" @click=${this.#onRetry}>
        ${t.retry}
      </button>
    </div>`;
  }

  #onRetry = (): void => {
    this.#retrying = true;
    dispatch(this, 'retry', undefined);
  };
}

/** A view's title and, when there is one, the message under it. */
function text(title: string, message: string | undefined) {
  return html`<p part="title" class="title">${title}</p>
    ${message ? html`<p part="message" class="message">${message}</p>` : nothing}`;
}

/** The request id line of a failure, to quote to support. */
function requestId(t: CommonMessages, id: string | undefined) {
  return id ? html`<p part="request-id" class="request-id">${t.requestId({ id })}</p>` : nothing;
}
