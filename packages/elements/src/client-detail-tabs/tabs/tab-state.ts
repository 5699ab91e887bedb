import { html, nothing } from 'lit';
import type { ResourceState } from '../../base/controllers/resource-controller.ts';

/** What a tab shows around its loaded content (`renderTabState`). */
export interface TabState {
  readonly locale: string;
  readonly state: ResourceState;
  /** The failure behind `error`, `forbidden` and `notFound`. */
  readonly error: unknown;
  /** The loaded content is being read again (`aria-busy`), the last data still shown. */
  readonly busy?: boolean;
  /** Lines of the loading skeleton, about as many as the content's first screen. */
  readonly rows: number;
  /** Reads the data again (the error view's Retry). */
  readonly retry: () => void;
  /**
   * The tab's empty view: what is empty and what to do, with a button when the user can act
   * (clear the filters that left nothing). Default: `<clientele-state>`'s own.
   */
  readonly empty?: {
    readonly title: string;
    readonly message: string;
    readonly action?: { readonly label: string; readonly run: () => void };
  };
}

/** What a tab's data source says: a `ResourceController` (or what reads like one). */
interface ResourceLike {
  readonly state: ResourceState;
  readonly error: unknown;
  readonly pending: boolean;
  retry(): unknown;
}

/** The state, failure, reload and Retry of a tab whose data one `ResourceController` reads. */
export function fromResource(resource: ResourceLike) {
  return {
    state: resource.state,
    error: resource.error,
    busy: resource.pending,
    retry: () => void resource.retry(),
  } satisfies Partial<TabState>;
}

/** What a tab's list says: a `ListRows` (or what reads like one). */
interface RowsLike {
  readonly state: ResourceState;
  readonly shown: { readonly error: unknown } | undefined;
  readonly current: { readonly loading: boolean; retry(): unknown } | undefined;
}

/**
 * The state, failure, reload and Retry of a tab whose rows one `ListRows` reads; `loading`
 * until the tab has a client to read them for.
 */
export function fromRows(rows: RowsLike, hasClient: boolean) {
  return {
    state: hasClient ? rows.state : ('loading' as const),
    error: rows.shown?.error,
    busy: rows.current?.loading,
    retry: () => void rows.current?.retry(),
  } satisfies Partial<TabState>;
}

/**
 * A tab's six states around its loaded content, the same in every tab: `<clientele-state>` in
 * the tab's locale, its views' parts exported as `state-title`, `state-message` and
 * `retry-button` (the tabs document them so), Retry reading the data again, and the tab's own
 * empty view (styled by `panelStyles`' `.empty`).
 */
export function renderTabState(view: TabState, content: unknown) {
  const empty = view.empty;
  return html`<clientele-state
    lang=${view.locale}
    .state=${view.state}
    .error=${view.error}
    .busy=${view.busy ?? false}
    rows=${view.rows}
    exportparts="title: state-title, message: state-message, retry-button"
    @retry=${view.retry}
  >
    ${
      empty
        ? html`<div slot="empty" class="empty">
          <p class="empty-title">${empty.title}</p>
          <p class="empty-message">${empty.message}</p>
          ${
            empty.action
              ? html`<button class="button" type="button" @click=${empty.action.run}>
                ${empty.action.label}
              </button>`
              : nothing
          }
        </div>`
        : nothing
    }
    ${content}
  </clientele-state>`;
}
