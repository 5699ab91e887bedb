import type { ClienteleClient } from '@clientele/sdk';
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type CurrentUser, clientContext, localeContext, userContext } from '../context.ts';
import { type CommonMessages, localize } from '../i18n/localize.ts';
import type { Permission } from '../permissions.ts';
import { LangController } from './lang-controller.ts';

/** A widget that can be given its own client (a property that wins over the provider's). */
export type ClienteleHost = ReactiveControllerHost & HTMLElement & { client?: ClienteleClient };

/**
 * What a widget needs from its surroundings, from the nearest `<clientele-provider>` or from
 * the widget itself:
 *
 * - `client`: the widget's own `client` property, else the provider's;
 * - `locale`: the widget's own `lang` attribute, else the provider's locale, else the
 *   document's `lang`, else 'en' (so two widgets on one page may differ);
 * - `user` / `can()`: the provider's current user.
 *
 * The host updates whenever any of these change (a new client, a new locale, `/me` loaded).
 */
export class ClienteleConsumer implements ReactiveController {
  readonly #host: ClienteleHost;
  readonly #lang: LangController;
  readonly #client: ContextConsumer<typeof clientContext, ClienteleHost>;
  readonly #locale: ContextConsumer<typeof localeContext, ClienteleHost>;
  readonly #user: ContextConsumer<typeof userContext, ClienteleHost>;

  constructor(host: ClienteleHost) {
    this.#host = host;
    this.#lang = new LangController(host, { watchDocument: true });
    this.#client = new ContextConsumer(host, { context: clientContext, subscribe: true });
    this.#locale = new ContextConsumer(host, { context: localeContext, subscribe: true });
    this.#user = new ContextConsumer(host, { context: userContext, subscribe: true });
    host.addController(this);
  }

  /** The SDK client to use, or undefined when neither the widget nor a provider has one. */
  get client(): ClienteleClient | undefined {
    return this.#host.client ?? this.#client.value;
  }

  /** The locale for messages and formatting. */
  get locale(): string {
    return this.#lang.own || this.#locale.value || this.#lang.document || 'en';
  }

  /** The shared messages in the current locale (English for locales without a catalog). */
  get messages(): CommonMessages {
    return localize(this.locale);
  }

  /** The provider's current user; undefined without a provider. */
  get user(): CurrentUser | undefined {
    return this.#user.value;
  }

  /**
   * Whether to offer an action that needs the permission. Under a provider this is the
   * user's permission (false until `/me` has loaded). Without a provider nothing is known,
   * so actions are offered and the server decides: a 403 answer shows as forbidden.
   */
  can(permission: Permission): boolean {
    return this.user?.can(permission) ?? true;
  }

  hostConnected(): void {
    // The consumers above have just asked; a provider that exists has answered already (the
    // locale is always set by one). A provider whose tag is defined after this widget's never
    // heard the question, so ask again once the tag exists.
    if (this.#locale.value !== undefined || customElements.get('clientele-provider')) return;
    void customElements.whenDefined('clientele-provider').then(() => {
      if (!this.#host.isConnected || this.#locale.value !== undefined) return;
      for (const consumer of [this.#client, this.#locale, this.#user]) {
        consumer.hostDisconnected();
        consumer.hostConnected();
      }
    });
  }
}
