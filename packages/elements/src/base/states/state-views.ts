import { css, html, nothing, type TemplateResult } from 'lit';
import { asApiError } from '../controllers/classify-error.ts';
import type { ResourceState } from '../controllers/resource-controller.ts';
import type { CommonMessages } from '../i18n/localize.ts';
import { adoptMoreStyles } from '../styles/adopt.ts';

/**
 * `<clientele-state>`'s views other than loading (empty, error with Retry, forbidden, not
 * found) and their styles: loaded on first use, as the first paint of a widget shows only its
 * skeleton and then its rows.
 */

const styles = css`
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
`;

/** What a view is rendered from. */
export interface ViewInput {
  readonly host: { readonly renderRoot: HTMLElement | DocumentFragment };
  readonly state: Exclude<ResourceState, 'loading' | 'loaded'>;
  readonly error: unknown;
  readonly t: CommonMessages;
  readonly onRetry: () => void;
}

/** The view of a state other than loading and loaded (its styles added to the host once). */
export function renderView({ host, state, error, t, onRetry }: ViewInput): TemplateResult {
  adoptMoreStyles(host, [styles]);
  if (state === 'empty') {
    return html`<div part="empty" class="view">
      <slot name="empty">${text(t.emptyTitle, t.emptyMessage)}</slot>
    </div>`;
  }
  if (state === 'error') return renderError(error, t, onRetry);
  const api = asApiError(error);
  const [part, title, message] =
    state === 'forbidden'
      ? ['forbidden', t.forbiddenTitle, t.forbiddenMessage]
      : ['not-found', t.notFoundTitle, t.notFoundMessage];
  return html`<div part=${part} class="view">
    ${text(title, message)}${requestId(t, api?.requestId)}
  </div>`;
}

function renderError(error: unknown, t: CommonMessages, onRetry: () => void): TemplateResult {
  const api = asApiError(error);
  // Not a problem from the server: the SDK's TimeoutError and NetworkError (and the
  // platform's errors of those names), told by name so that widgets do not carry the SDK.
  const name = (error as Error | null | undefined)?.name;
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
    <button part="retry-button" class="button" type="button" @click=${onRetry}>
      ${t.retry}
    </button>
  </div>`;
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
