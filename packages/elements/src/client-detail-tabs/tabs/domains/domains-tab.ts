import type { ClienteleClient, Domain } from '@clientele/sdk';
import { html, LitElement, nothing } from 'lit';
import { ClienteleConsumer } from '../../../base/controllers/clientele-consumer.ts';
import { ResourceController } from '../../../base/controllers/resource-controller.ts';
import { renderLoading } from '../../../base/states/render-loading.ts';
import { adoptMoreStyles } from '../../../base/styles/adopt.ts';
import { baseStyles } from '../../../base/styles/base.ts';
import { openResource } from '../../../client/resource-open.ts';
import { statusToneStyles } from '../../../client/status-badge.styles.ts';
import { LazyPart } from '../../../ui/lazy-part.ts';
import { uiStyles } from '../../../ui/ui.styles.ts';
import { panelStyles } from '../panel.styles.ts';
import { fromResource, renderTabState } from '../tab-state.ts';
import type { DomainForm } from './domain-form.ts';
import { loadDomains } from './domains-api.ts';
import { domainsTabParts } from './domains-parts.ts';
import { domainsTabStyles } from './domains-tab.styles.ts';
import { renderDomainsTable } from './domains-table.ts';
import { type DomainsTabText, domainsTabText } from './messages.ts';

type FormModule = Awaited<ReturnType<typeof domainsTabParts.form>>;

const REFUSED_ID = 'domains-register-refused';

/**
 * One client's domains: name, status in words, id, registration and expiry dates. Staff with
 * `domains.create` register a new one (a form loaded on first use: the name checked before it
 * is sent, internationalised names accepted in their xn-- form; 1 to 10 years; one
 * Idempotency-Key per submission so a double click or a Retry registers once; the API's
 * "taken" on the name field). Without the permission the button stays, disabled and saying
 * why. A domain's name is a button: activating it fires `resource-open`.
 *
 * The Domains tab of `<client-detail-tabs>`, and usable alone inside `<clientele-provider>`
 * (or with its own `client`).
 *
 * @tag client-domains-tab
 * @summary One client's domains; register a new one.
 *
 * @event {CustomEvent<ResourceOpenDetail>} resource-open - The user opened a domain (`detail.kind` is `domain`, `detail.id`, `detail.clientId`). Cancelable: the host shows its own view. Bubbles, composed.
 *
 * @csspart toolbar - The bar with "Register domain" and the number of domains.
 * @csspart register - The "Register domain" button.
 * @csspart table - The domains table.
 * @csspart row - A domain's row.
 * @csspart domain-open - A domain's name, the button that opens it.
 * @csspart dialog - The register form's dialog; `dialog-title`, `dialog-error`, `dialog-confirm` its pieces.
 * @csspart dialog-title - The dialog's title.
 * @csspart dialog-error - The dialog's error message.
 * @csspart dialog-confirm - The dialog's submit button.
 * @csspart state-title - Title of the empty, error, forbidden and not-found views.
 * @csspart state-message - Message of those views.
 * @csspart retry-button - The Retry button of the error view.
 *
 * @cssprop --clientele-color-accent - Buttons, links and focus.
 * @cssprop --clientele-color-danger - Field errors.
 * @cssprop --clientele-color-border - Table rules.
 */
export class ClientDomainsTab extends LitElement {
  static override properties = {
    client: { attribute: false },
    clientId: { attribute: 'client-id' },
  };

  static override styles = [
    ...baseStyles,
    uiStyles,
    statusToneStyles,
    panelStyles,
    domainsTabStyles,
  ];

  /** The SDK client; overrides the one from `<clientele-provider>`. */
  declare client: ClienteleClient | undefined;
  /** The client whose domains to show. */
  declare clientId: string | undefined;

  readonly #context = new ClienteleConsumer(this);
  readonly #data = new ResourceController(this, {
    args: () => {
      const api = this.#context.client;
      return api && this.clientId ? ([api, this.clientId] as const) : undefined;
    },
    load: ([api, id], signal) => loadDomains(api, id, signal),
    keepData: true,
  });
  readonly #form = new LazyPart<FormModule, DomainForm>(
    this,
    () => domainsTabParts.form(this.#context.locale),
    (module) => {
      adoptMoreStyles(this, module.DomainForm.styles);
      return new module.DomainForm(this, {
        text: () => this.#t,
        locale: () => this.#context.locale,
        client: () => this.#context.client,
        clientId: () => this.clientId ?? '',
        onDone: (domain) => this.#onRegistered(domain),
      });
    },
  );
  #asked = false;
  #announcement = '';

  /** The client's domains as last loaded. */
  get domains(): readonly Domain[] {
    return this.#data.data ?? [];
  }

  /** Loads the domains again. */
  reload(): Promise<void> {
    return this.#data.run();
  }

  get #t(): DomainsTabText {
    return domainsTabText(this.#context.locale);
  }

  #register(): void {
    this.#asked = true;
    this.#form.use((form) => {
      this.#asked = false;
      form.open();
    });
    this.requestUpdate();
  }

  #onRegistered(domain: Domain): void {
    this.#announcement = this.#t.domainsRegistered({ name: domain.name });
    void this.#data.run();
  }

  #renderToolbar(t: DomainsTabText, count: number, refused: boolean) {
    const locale = this.#context.locale;
    return html`<div part="toolbar" class="toolbar domains-toolbar">
      <button
        part="register"
        class="button primary"
        type="button"
        aria-disabled=${refused ? 'true' : nothing}
        aria-describedby=${refused ? REFUSED_ID : nothing}
        aria-busy=${this.#form.busy && this.#asked ? 'true' : nothing}
        @click=${() => {
          if (!refused) this.#register();
        }}
      >
        ${t.domainsRegister}
      </button>
      <span class="total">${t.domainsTotal({ count, formatted: new Intl.NumberFormat(locale).format(count) })}</span>
    </div>`;
  }

  protected override render() {
    const locale = this.#context.locale;
    if (!domainsTabText.ready(locale)) return renderLoading(locale);
    const t = this.#t;
    const state = this.#data.state;
    const domains = this.#data.data;
    const status = this.#context.user?.status;
    const known = status !== 'loading' && status !== 'idle';
    const refused = known && !this.#context.can('domains.create');
    const shown = (state === 'loaded' || state === 'empty') && domains;
    return html`
      ${shown ? this.#renderToolbar(t, domains.length, refused || !known) : nothing}
      ${shown && refused ? html`<p id=${REFUSED_ID} class="note">${t.domainsNotPermitted}</p>` : nothing}
      ${this.#form.renderError(t)}
      ${renderTabState(
        {
          locale,
          ...fromResource(this.#data),
          rows: 4,
          empty: { title: t.domainsEmptyTitle, message: t.domainsEmptyMessage },
        },
        domains && domains.length > 0
          ? html`<div class="table-wrap">${renderDomainsTable({
              t,
              locale,
              domains,
              open: (domain) =>
                openResource(this, {
                  kind: 'domain',
                  id: domain.id,
                  label: domain.name,
                  clientId: this.clientId ?? '',
                }),
            })}</div>`
          : nothing,
      )}
      <span class="visually-hidden" role="status">${this.#announcement}</span>
      ${this.#form.part?.render()}
    `;
  }
}
