import type { Domain, DomainStatus } from '@clientele/sdk';
import { html } from 'lit';
import { formatDate } from '../../../base/format/dates.ts';
import type { DomainsTabMessages } from './messages.en.ts';
import type { DomainsTabText } from './messages.ts';

/** A domain's status in words and a badge tone (the text says it; colour only repeats it). */
export const DOMAIN_STATUSES: Record<
  DomainStatus,
  { readonly label: keyof DomainsTabMessages & `domainStatus${string}`; readonly tone: string }
> = {
  active: { label: 'domainStatusActive', tone: 'green' },
  pending: { label: 'domainStatusPending', tone: 'blue' },
  expired: { label: 'domainStatusExpired', tone: 'red' },
};

export interface DomainsTableView {
  readonly t: DomainsTabText;
  readonly locale: string;
  readonly domains: readonly Domain[];
  /** The user asked to open a domain (its name's button). */
  open(domain: Domain): void;
}

/** A cell's label, shown only when the rows stack; the header says it otherwise. */
const cellLabel = (text: string) =>
  html`<span class="cell-label" aria-hidden="true">${text}</span>`;

/**
 * The client's domains as a table: the name (a button that opens the domain), its status in
 * words, its id, and when it was registered and expires. Below 40rem the rows stack.
 */
export function renderDomainsTable(view: DomainsTableView) {
  const { t, locale } = view;
  const status = (domain: Domain) => {
    const known = Object.hasOwn(DOMAIN_STATUSES, domain.status)
      ? DOMAIN_STATUSES[domain.status]
      : undefined;
    return known
      ? { text: t[known.label], tone: known.tone }
      : { text: domain.status, tone: 'grey' };
  };
  return html`<table part="table" class="domains panel-table stacked">
    <caption class="visually-hidden">${t.domainsLabel}</caption>
    <thead>
      <tr>
        <th scope="col">${t.domainsColumnName}</th>
        <th scope="col">${t.columnStatus}</th>
        <th scope="col">${t.domainsColumnId}</th>
        <th scope="col">${t.columnCreated}</th>
        <th scope="col">${t.domainsColumnExpires}</th>
      </tr>
    </thead>
    <tbody>
      ${view.domains.map((domain) => {
        const { text, tone } = status(domain);
        return html`<tr part="row" data-domain-id=${domain.id}>
          <th scope="row" class="name">
            <button part="domain-open" class="link" type="button" @click=${() => view.open(domain)}>
              ${domain.name}
            </button>
          </th>
          <td>${cellLabel(t.columnStatus)}<span class="badge tone-${tone}" data-status=${domain.status}>${text}</span></td>
          <td class="id">${cellLabel(t.domainsColumnId)}<code>${domain.id}</code></td>
          <td class="date">
            ${cellLabel(t.columnCreated)}<time datetime=${domain.created_at}>${formatDate(locale, domain.created_at)}</time>
          </td>
          <td class="date">
            ${cellLabel(t.domainsColumnExpires)}<time datetime=${domain.expires_at}>${formatDate(locale, domain.expires_at)}</time>
          </td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
