import type { ClienteleClient, Configuration } from '@clientele/sdk';
import { html, LitElement, nothing } from 'lit';
import { ClienteleConsumer } from '../../../base/controllers/clientele-consumer.ts';
import { ResourceController } from '../../../base/controllers/resource-controller.ts';
import { dispatch } from '../../../base/events.ts';
import { renderLoading } from '../../../base/states/render-loading.ts';
import { adoptMoreStyles } from '../../../base/styles/adopt.ts';
import { baseStyles } from '../../../base/styles/base.ts';
import { LazyPart } from '../../../ui/lazy-part.ts';
import { uiStyles } from '../../../ui/ui.styles.ts';
import { fromResource, renderTabState } from '../tab-state.ts';
import {
  type ConfigurationData,
  loadConfiguration,
  type VersionedConfiguration,
} from './configuration-api.ts';
import type { ConfigurationForm } from './configuration-form.ts';
import { configurationTabParts } from './configuration-parts.ts';
import { configurationTabStyles } from './configuration-tab.styles.ts';
import { renderProfile } from './configuration-view.ts';
import { type ConfigurationTabText, configurationTabText } from './messages.ts';

/** `detail` of `client-configuration-change`: the server gave the client another configuration. */
export interface ClientConfigurationChangeDetail {
  clientId: string;
  /** The configuration the client has now. */
  configuration: Configuration;
}

declare global {
  interface HTMLElementEventMap {
    'client-configuration-change': CustomEvent<ClientConfigurationChangeDetail>;
  }
}

type FormModule = Awaited<ReturnType<typeof configurationTabParts.form>>;

const REFUSED_ID = 'configuration-refused';

/**
 * One client's billing profile: credit limit, credit required for new services, automatic
 * invoicing, invoice due days and the overdue days before suspension, beside the default
 * configuration's values (the one `/configurations` marks `is_default`); a value that differs
 * from the default says "Override" in words. Staff with `configuration.update` give the client
 * another configuration: the change form previews every setting old -> new and saves with
 * `If-Match`. When someone changed it meanwhile (412), the form shows the server's
 * configuration beside the user's choice, to apply the choice over it or discard it. The
 * form loads on first use.
 *
 * The Configuration tab of `<client-detail-tabs>`, and usable alone inside
 * `<clientele-provider>` (or with its own `client`).
 *
 * @tag client-configuration-tab
 * @summary One client's billing configuration beside the default; change it with If-Match.
 *
 * @event {CustomEvent<ClientConfigurationChangeDetail>} client-configuration-change - The client was given another configuration (`detail.configuration`, `detail.clientId`). Bubbles, composed.
 *
 * @csspart toolbar - The bar with "Change configuration".
 * @csspart change - The "Change configuration" button.
 * @csspart summary - The line saying which configuration the client uses.
 * @csspart table - The settings table (the client's values beside the default's).
 * @csspart row - A setting's row (`data-field`; `data-override` when it differs from the default).
 * @csspart override - The "Override" mark of a value that differs from the default.
 * @csspart dialog - The change form's dialog; `dialog-title`, `dialog-error`, `dialog-confirm` its pieces.
 * @csspart dialog-title - The dialog's title.
 * @csspart dialog-error - The dialog's error message.
 * @csspart dialog-confirm - The dialog's submit button.
 * @csspart conflict - The conflict view after a 412 (the server's configuration beside the choice).
 * @csspart state-title - Title of the empty, error, forbidden and not-found views.
 * @csspart state-message - Message of those views.
 * @csspart retry-button - The Retry button of the error view.
 *
 * @cssprop --clientele-color-accent - Buttons and focus.
 * @cssprop --clientele-color-border - Table rules and the Override mark's edge.
 * @cssprop --clientele-color-status-amber - The Override mark (with `-amber-text`; the word says it, colour repeats it).
 */
export class ClientConfigurationTab extends LitElement {
  static override properties = {
    client: { attribute: false },
    clientId: { attribute: 'client-id' },
  };

  static override styles = [...baseStyles, uiStyles, configurationTabStyles];

  /** The SDK client; overrides the one from `<clientele-provider>`. */
  declare client: ClienteleClient | undefined;
  /** The client whose configuration to show. */
  declare clientId: string | undefined;

  readonly #context = new ClienteleConsumer(this);
  readonly #data = new ResourceController(this, {
    args: () => {
      const api = this.#context.client;
      return api && this.clientId ? ([api, this.clientId] as const) : undefined;
    },
    load: ([api, id], signal) => loadConfiguration(api, id, signal),
    isEmpty: () => false,
    keepData: true,
    // A fresh read replaces what a save or a conflict had shown.
    onLoad: () => {
      this.#current = undefined;
    },
  });
  readonly #form = new LazyPart<FormModule, ConfigurationForm>(
    this,
    () => configurationTabParts.form(this.#context.locale),
    (module) => {
      adoptMoreStyles(this, module.ConfigurationForm.styles);
      return new module.ConfigurationForm(this, {
        text: () => this.#t,
        locale: () => this.#context.locale,
        client: () => this.#context.client,
        clientId: () => this.clientId ?? '',
        current: () => this.#versioned,
        configurations: () => this.#data.data?.configurations ?? [],
        onSaved: (saved) => this.#onSaved(saved),
        onConflict: (current) => this.#show(current),
        announce: (text) => this.#announce(text),
      });
    },
  );
  /** The version a save or a 412 brought, newer than the last load (until the next load). */
  #current: VersionedConfiguration | undefined;
  #asked = false;
  #announcement = '';

  /** The client's configuration as shown. */
  get configuration(): Configuration | undefined {
    return this.#versioned?.data.configuration;
  }

  /** Loads the configuration again. */
  reload(): Promise<void> {
    return this.#data.run();
  }

  get #versioned(): VersionedConfiguration | undefined {
    return this.#current ?? this.#data.data?.current;
  }

  get #t(): ConfigurationTabText {
    return configurationTabText(this.#context.locale);
  }

  get #known(): boolean {
    const status = this.#context.user?.status;
    return status !== 'loading' && status !== 'idle';
  }

  #show(current: VersionedConfiguration): void {
    this.#current = current;
    this.requestUpdate();
  }

  #onSaved(saved: VersionedConfiguration): void {
    this.#show(saved);
    const { configuration } = saved.data;
    this.#announce(this.#t.configurationChanged({ name: configuration.name }));
    dispatch(this, 'client-configuration-change', {
      clientId: this.clientId ?? '',
      configuration,
    });
  }

  #announce(text: string): void {
    this.#announcement = text;
    this.requestUpdate();
  }

  #change(): void {
    this.#asked = true;
    this.#form.use((form) => {
      this.#asked = false;
      form.open();
    });
    this.requestUpdate();
  }

  /** `refused`: the button is disabled; `why`: the user may not (else their rights are not known yet). */
  #renderToolbar(t: ConfigurationTabText, refused: boolean, why: boolean) {
    return html`<div part="toolbar" class="toolbar configuration-toolbar">
      <button
        part="change"
        class="button primary"
        type="button"
        aria-disabled=${refused ? 'true' : nothing}
        aria-describedby=${why ? REFUSED_ID : nothing}
        aria-busy=${this.#form.busy && this.#asked ? 'true' : nothing}
        @click=${() => {
          if (!refused) this.#change();
        }}
      >
        ${t.configurationChange}
      </button>
      ${why ? html`<p id=${REFUSED_ID} class="note">${t.configurationNotPermitted}</p>` : nothing}
    </div>`;
  }

  protected override render() {
    const locale = this.#context.locale;
    if (!configurationTabText.ready(locale)) return renderLoading(locale);
    const t = this.#t;
    const state = this.#data.state;
    const data: ConfigurationData | undefined = this.#data.data;
    const configuration = this.#versioned?.data.configuration;
    const known = this.#known;
    const why = known && !this.#context.can('configuration.update');
    const shown = state === 'loaded' && configuration;
    return html`
      ${shown ? this.#renderToolbar(t, why || !known, why) : nothing}
      ${this.#form.renderError(t)}
      ${renderTabState(
        {
          locale,
          ...fromResource(this.#data),
          rows: 5,
        },
        data && configuration
          ? html`<div class="table-wrap">${renderProfile({
              t,
              locale,
              configuration,
              fallback: data.configurations.find((c) => c.is_default),
            })}</div>`
          : nothing,
      )}
      <span class="visually-hidden" role="status">${this.#announcement}</span>
      ${this.#form.part?.render()}
    `;
  }
}
