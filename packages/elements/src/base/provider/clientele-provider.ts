import { type ClienteleClient, createClient, type GetToken } from '@clientele/sdk';
import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import {
  type CurrentUser,
  clientContext,
  createCurrentUser,
  localeContext,
  userContext,
} from '../context.ts';
import { asApiError } from '../controllers/classify-error.ts';
import { LangController } from '../controllers/lang-controller.ts';
import { ResourceController } from '../controllers/resource-controller.ts';
import { dispatch } from '../events.ts';
import type { Me } from '../permissions.ts';
import { THEMES, type Theme, themeStyles } from '../styles/tokens.ts';

/** `detail` of `me-load`. */
export interface MeLoadDetail {
  me: Me;
}

/** `detail` of `me-error`. */
export interface MeErrorDetail {
  /** What failed: the SDK's `ApiError`, `NetworkError` or `TimeoutError`, else another `Error`. */
  error: Error;
  /** The HTTP status when the server answered (401 for a missing or wrong token). */
  status: number | undefined;
}

declare global {
  interface HTMLElementEventMap {
    'me-load': CustomEvent<MeLoadDetail>;
    'me-error': CustomEvent<MeErrorDetail>;
  }
}

/**
 * Connects the Clientele widgets inside it to an API: creates the SDK client from `base-url`
 * and `token` or `getToken` (or takes a ready `client`), loads the current user from `GET /me`,
 * and provides client, locale and permissions to every widget below it through `@lit/context`.
 * It renders only its children (`display: contents`) and is where a host sets the theme and
 * tokens.
 *
 * Until it has credentials (`base-url` with `token` or `getToken`, or a `client`) it provides
 * no client and sends nothing, so a host may set them in any order: a request without a token
 * would only be refused, and counted as a failed login by a server that watches for them.
 *
 * @tag clientele-provider
 * @summary Provides the API client, locale, current user and theme to the widgets inside it.
 *
 * @slot - The widgets, and any other content.
 *
 * @event me-load - `GET /me` succeeded; `detail.me` is the current user. Bubbles, composed.
 * @event me-error - `GET /me` failed; `detail.error` is the SDK error, `detail.status` the HTTP status when there is one (401: bad token). Bubbles, composed.
 *
 * @cssprop --clientele-color-surface - Background of widgets.
 * @cssprop --clientele-color-surface-sunken - Background of sunken areas (headers, hover).
 * @cssprop --clientele-color-text - Body text.
 * @cssprop --clientele-color-text-muted - Secondary text.
 * @cssprop --clientele-color-border - Borders and dividers.
 * @cssprop --clientele-color-accent - Primary actions and links.
 * @cssprop --clientele-color-accent-hover - Primary actions on hover.
 * @cssprop --clientele-color-on-accent - Text on the accent colour.
 * @cssprop --clientele-color-danger - Errors and destructive actions.
 * @cssprop --clientele-color-skeleton - Loading skeleton blocks.
 * @cssprop --clientele-color-focus-ring - Keyboard focus ring.
 * @cssprop --clientele-color-status-green - Background of positive statuses (active, paid).
 * @cssprop --clientele-color-status-green-text - Text of positive statuses.
 * @cssprop --clientele-color-status-amber - Background of warning statuses (pending, overdue soon).
 * @cssprop --clientele-color-status-amber-text - Text of warning statuses.
 * @cssprop --clientele-color-status-grey - Background of neutral statuses (inactive, closed).
 * @cssprop --clientele-color-status-grey-text - Text of neutral statuses.
 * @cssprop --clientele-color-status-red - Background of negative statuses (suspended, overdue).
 * @cssprop --clientele-color-status-red-text - Text of negative statuses.
 * @cssprop --clientele-color-status-blue - Background of informational statuses (in progress).
 * @cssprop --clientele-color-status-blue-text - Text of informational statuses.
 * @cssprop --clientele-font-family - Text font.
 * @cssprop --clientele-font-family-mono - Font of ids and codes.
 * @cssprop --clientele-font-size-s - Small text.
 * @cssprop --clientele-font-size-m - Body text.
 * @cssprop --clientele-font-size-l - Large text.
 * @cssprop --clientele-font-size-xl - Titles.
 * @cssprop --clientele-font-weight-strong - Emphasis and titles.
 * @cssprop --clientele-line-height - Body line height.
 * @cssprop --clientele-space-2xs - Spacing step 1 (smallest).
 * @cssprop --clientele-space-xs - Spacing step 2.
 * @cssprop --clientele-space-s - Spacing step 3.
 * @cssprop --clientele-space-m - Spacing step 4.
 * @cssprop --clientele-space-l - Spacing step 5.
 * @cssprop --clientele-space-xl - Spacing step 6.
 * @cssprop --clientele-space-2xl - Spacing step 7 (largest).
 * @cssprop --clientele-radius-s - Corner radius of controls.
 * @cssprop --clientele-radius-m - Corner radius of panels.
 * @cssprop --clientele-radius-pill - Corner radius of badges.
 * @cssprop --clientele-focus-ring-width - Width of the focus ring.
 * @cssprop --clientele-focus-ring-offset - Gap between an element and its focus ring.
 * @cssprop --clientele-control-size - Minimum block size of buttons and inputs.
 */
export class ClienteleProvider extends LitElement {
  static override properties = {
    baseUrl: { attribute: 'base-url' },
    token: {},
    getToken: { attribute: false },
    client: { attribute: false },
    theme: { reflect: true },
  };

  static override styles = [
    themeStyles,
    css`
      :host {
        display: contents;
      }
      /* Without a theme the provider follows the operating system. */
      :host(:not([theme])) {
        color-scheme: light;
      }
      @media (prefers-color-scheme: dark) {
        :host(:not([theme])) {
          color-scheme: dark;
        }
      }
    `,
  ];

  /** The API root, e.g. `https://panel.example.com/api`. Ignored when `client` is set. */
  declare baseUrl: string | null | undefined;
  /** The bearer token sent with every request. Ignored when `client` or `getToken` is set. */
  declare token: string | null | undefined;
  /**
   * Returns the bearer token for each request, and a new one (`refresh: true`) after a 401:
   * the SDK's `getToken`. Wins over `token`; ignored when `client` is set.
   */
  declare getToken: GetToken | undefined;
  /** A ready SDK client (from `createClient`); wins over `base-url` and `token`. */
  declare client: ClienteleClient | undefined;
  /** `light`, `dark`, or `auto` (the operating system's choice, also the default). */
  declare theme: Theme | undefined;

  readonly #lang = new LangController(this, { watchDocument: true });
  readonly #clientProvider = new ContextProvider(this, { context: clientContext });
  readonly #localeProvider = new ContextProvider(this, {
    context: localeContext,
    initialValue: 'en',
  });
  readonly #userProvider = new ContextProvider(this, {
    context: userContext,
    initialValue: createCurrentUser('idle'),
  });
  #ownClient: ClienteleClient | undefined;

  readonly #me = new ResourceController(this, {
    args: () => {
      const client = this.#currentClient();
      return client ? ([client] as const) : undefined;
    },
    load: async ([client], signal) => {
      const { data } = await client.GET('/me', { signal });
      if (!data) throw new TypeError('GET /me answered without a body');
      return data;
    },
    isEmpty: () => false,
    onLoad: (me) => dispatch(this, 'me-load', { me }),
    onError: (error) =>
      dispatch(this, 'me-error', {
        error: error instanceof Error ? error : new Error(String(error)),
        status: asApiError(error)?.status,
      }),
  });

  /** The current user once `GET /me` has loaded (undefined while loading or after a failure). */
  get me(): Me | undefined {
    return this.#currentClient() && this.#me.state === 'loaded' ? this.#me.data : undefined;
  }

  /**
   * The SDK client the widgets inside use: `client` when set, else the one made from
   * `base-url` and `token` or `getToken` (current after `updateComplete`; undefined without
   * credentials). A host can call the API with it.
   */
  get activeClient(): ClienteleClient | undefined {
    return this.#currentClient();
  }

  /** The locale provided to widgets: `lang`, else the document's `lang`, else 'en'. */
  get locale(): string {
    return this.#lang.own || this.#lang.document || 'en';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('baseUrl') || changed.has('token') || changed.has('getToken')) {
      this.#ownClient = undefined;
    }
    if (changed.has('theme') && this.theme != null && !THEMES.includes(this.theme)) {
      console.warn(
        `<clientele-provider>: theme="${this.theme}" is not one of ${THEMES.join(', ')}.`,
      );
    }
    this.#clientProvider.setValue(this.#currentClient());
    this.#localeProvider.setValue(this.locale);
    this.#provideUser();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  /**
   * The given client, else one made from base-url and a token (made again when they change);
   * none without credentials, so that nothing is sent before the host has given them.
   */
  #currentClient(): ClienteleClient | undefined {
    if (this.client) return this.client;
    if (!this.baseUrl || !(this.token || this.getToken)) return undefined;
    this.#ownClient ??= createClient({
      baseUrl: this.baseUrl,
      token: this.token || undefined,
      getToken: this.getToken,
      // Looked up per request, so a fetch patched later (MSW, tests) is the one used.
      fetch: (request) => globalThis.fetch(request),
    });
    return this.#ownClient;
  }

  #provideUser(): void {
    const current = this.#userProvider.value;
    const next = this.#userState();
    if (next.status !== current.status || next.me !== current.me || next.error !== current.error) {
      this.#userProvider.setValue(next);
    }
  }

  #userState(): CurrentUser {
    if (!this.#currentClient()) return createCurrentUser('idle');
    switch (this.#me.state) {
      case 'loading':
        return createCurrentUser('loading');
      case 'loaded':
      case 'empty':
        return createCurrentUser('loaded', this.#me.data);
      default:
        return createCurrentUser('error', undefined, this.#me.error);
    }
  }
}
