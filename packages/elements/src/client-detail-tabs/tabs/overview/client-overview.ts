import type { Client, ClienteleClient } from '@clientele/sdk';
import { ContextConsumer } from '@lit/context';
import { css, html, LitElement, nothing } from 'lit';
import { ClienteleConsumer } from '../../../base/controllers/clientele-consumer.ts';
import { ResourceController } from '../../../base/controllers/resource-controller.ts';
import { enumLabel } from '../../../base/enum-label.ts';
import { formatDate, formatDateTime } from '../../../base/format/dates.ts';
import { formatMoney } from '../../../base/format/money.ts';
import { type CommonMessages, widgetMessages } from '../../../base/i18n/localize.ts';
import { renderLoading } from '../../../base/states/render-loading.ts';
import { baseStyles } from '../../../base/styles/base.ts';
import { displayName } from '../../../client/display-names.ts';
import { STATUS_KEYS, STATUS_REASON_KEYS } from '../../../client/status-labels.ts';
import { clientRecordContext } from '../../client-record.ts';
import { renderTabState } from '../tab-state.ts';
import { type OverviewMessages, overviewEn } from './overview-messages.en.ts';

export const overviewText = widgetMessages<OverviewMessages>({
  en: overviewEn,
  de: () => import('./overview-messages.de.ts').then((m) => m.overviewDe),
});

type Text = CommonMessages & OverviewMessages;

declare module '../../../base/i18n/localize.ts' {
  interface Messages extends OverviewMessages {}
}

/**
 * The Overview tab of `<client-detail-tabs>`: every field of the client the contract carries,
 * grouped as staff read them (personal details; company and address; billing; the account
 * record), money exact through `Intl`, server text as text in its own direction. Inside the
 * page it shows the page's client (`clientRecordContext`, so an edit or a status action shows
 * at once); on its own it loads the client by `client-id` with the five states of one record
 * (loading, loaded, error with Retry, forbidden, not found; a record is never empty).
 *
 * @tag client-overview
 * @summary The Overview tab: a client's details, grouped.
 *
 * @csspart group - One group of fields (a section with a heading).
 * @csspart group-title - A group's heading.
 * @csspart field - One field (its name and value).
 * @csspart state-title - Title of the error, forbidden and not-found views.
 * @csspart state-message - Message of those views.
 * @csspart retry-button - The Retry button of the error view.
 *
 * @cssprop --clientele-color-text-muted - The fields' names.
 * @cssprop --clientele-color-danger - A negative credit.
 */
export class ClientOverview extends LitElement {
  static override properties = {
    client: { attribute: false },
    clientId: { attribute: 'client-id' },
  };

  static override styles = [
    ...baseStyles,
    css`
      .groups {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
        gap: var(--_space-l) var(--_space-xl);
      }
      .group-title {
        margin: 0 0 var(--_space-s);
        font-size: var(--_font-size-l);
      }
      dl {
        display: grid;
        grid-template-columns: minmax(8rem, auto) 1fr;
        gap: var(--_space-xs) var(--_space-m);
        margin: 0;
      }
      dt {
        color: var(--_color-text-muted);
      }
      dd {
        margin: 0;
        min-inline-size: 0;
        overflow-wrap: anywhere;
        white-space: pre-line;
      }
      .money {
        font-variant-numeric: tabular-nums;
      }
      .negative {
        color: var(--_color-danger);
      }
      .unset {
        color: var(--_color-text-muted);
      }
    `,
  ];

  /** The SDK client; overrides the one from `<clientele-provider>` (used on its own only). */
  declare client: ClienteleClient | undefined;
  /** The client to show. */
  declare clientId: string | undefined;

  readonly #context = new ClienteleConsumer(this);
  /** Whether a `<client-detail-tabs>` provides the record. */
  #provided = false;
  readonly #record = new ContextConsumer(this, {
    context: clientRecordContext,
    subscribe: true,
    callback: () => {
      this.#provided = true;
    },
  });
  readonly #own = new ResourceController(this, {
    args: () => {
      const api = this.#context.client;
      return !this.#provided && api && this.clientId ? ([api, this.clientId] as const) : undefined;
    },
    load: async ([api, id], signal) =>
      (await api.GET('/clients/{client_id}', { params: { path: { client_id: id } }, signal })).data,
  });

  get #locale(): string {
    return this.#context.locale;
  }

  protected override render() {
    const locale = this.#locale;
    if (!overviewText.ready(locale)) return renderLoading(locale, 4);
    const t = overviewText(locale);
    const provided = this.#provided ? this.#record.value : undefined;
    const client = provided ?? this.#own.data;
    const state = this.#provided ? (provided ? 'loaded' : 'loading') : this.#own.state;
    return renderTabState(
      { locale, state, error: this.#own.error, rows: 4, retry: () => this.#own.retry() },
      client ? this.#renderClient(t, locale, client) : nothing,
    );
  }

  #renderClient(t: Text, locale: string, c: Client) {
    const text = (value: string | null | undefined) =>
      value
        ? html`<span dir="auto">${value}</span>`
        : html`<span class="unset">${t.valueNotSet}</span>`;
    const yesNo = (value: boolean) => (value ? t.valueYes : t.valueNo);
    const money = (value: Client['credit']) =>
      html`<span class="money ${value.amount.trim().startsWith('-') ? 'negative' : ''}"
        >${formatMoney(locale, value)}</span
      >`;
    const time = (value: string | null) =>
      value
        ? html`<time datetime=${value}>${formatDateTime(locale, value)}</time>`
        : html`<span class="unset">${t.valueNotSet}</span>`;
    const number = (value: number) => new Intl.NumberFormat(locale).format(value);
    const status = enumLabel(t, STATUS_KEYS, c.status);
    const reason = c.status_reason ? ` (${enumLabel(t, STATUS_REASON_KEYS, c.status_reason)})` : '';
    return html`<div class="groups" role="group" aria-label=${t.overviewLabel}>
      ${this.#group('personal', t.groupPersonal, [
        [t.fieldFirstName, text(c.first_name)],
        [t.fieldLastName, text(c.last_name)],
        [t.fieldEmail, text(c.email)],
        [t.fieldPhone, text(c.phone)],
        [t.fieldLanguage, displayName(locale, 'language', c.language)],
        [t.fieldTimezone, c.timezone],
      ])}
      ${this.#group('company', t.groupCompany, [
        [t.fieldCompany, text(c.company)],
        [t.fieldType, c.type === 'organization' ? t.typeOrganization : t.typeIndividual],
        [t.fieldVatId, text(c.vat_id)],
        [t.fieldAddress1, text(c.address1)],
        [t.fieldAddress2, text(c.address2)],
        [t.fieldCity, text(c.city)],
        [t.fieldState, text(c.state)],
        [t.fieldZipCode, text(c.zip_code)],
        [t.fieldCountry, displayName(locale, 'region', c.country)],
      ])}
      ${this.#group('billing', t.groupBilling, [
        [t.fieldCurrency, c.currency],
        [t.fieldPaymentMode, c.payment_mode === 'prepaid' ? t.paymentPrepaid : t.paymentPostpaid],
        [t.fieldTaxExempt, yesNo(c.tax_exempt)],
        [t.fieldBillingAgreement, yesNo(c.has_billing_agreement)],
        [t.fieldUptodateCredit, money(c.uptodate_credit)],
        [t.fieldCredit, money(c.credit)],
        [t.fieldOutOfCreditSince, time(c.out_of_credit_since)],
        [t.fieldGroup, c.group ? text(c.group.name) : t.valueNoGroup],
        [t.fieldConfiguration, text(c.configuration.name)],
        [t.fieldExternalBillingId, text(c.external_billing_id)],
      ])}
      ${this.#group('account', t.groupAccount, [
        [t.fieldId, c.id],
        [t.fieldStatus, status + reason],
        [
          t.fieldCreated,
          html`<time datetime=${c.created_at}>${formatDate(locale, c.created_at)}</time>`,
        ],
        [t.fieldUpdated, time(c.updated_at)],
        [t.fieldServices, number(c.services_count)],
        [t.fieldInstances, number(c.instances_count)],
        [
          t.fieldNotes,
          c.notes ? text(c.notes) : html`<span class="unset">${t.valueNoNotes}</span>`,
        ],
      ])}
    </div>`;
  }

  #group(id: string, title: string, fields: Array<[string, unknown]>) {
    return html`<section part="group" aria-labelledby="group-${id}">
      <h3 id="group-${id}" class="group-title" part="group-title">${title}</h3>
      <dl>
        ${fields.map(([label, value]) => html`<dt part="field">${label}</dt><dd>${value}</dd>`)}
      </dl>
    </section>`;
  }
}
