import type { Client } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { enumLabel, enumTone } from '../base/enum-label.ts';
import { clientName } from '../base/format/client-name.ts';
import { formatDate, formatDateTime } from '../base/format/dates.ts';
import { formatMoney } from '../base/format/money.ts';
import { STATUS_KEYS, STATUS_REASON_KEYS, STATUS_TONES } from '../client/status-labels.ts';
import type { ClientDetailText } from './messages.ts';

/**
 * The page's header: who the client is (company, else name), the status badge with its reason
 * (the shared labels and tones of `client/`), and the facts staff look for first: id,
 * created, group, configuration, up-to-date credit (exact, through `Intl`) and, when set, since
 * when the client is out of credit. Server text renders as text, in its own direction.
 */
export function renderHeader(
  t: ClientDetailText,
  locale: string,
  client: Client,
  actions: unknown,
) {
  const credit = client.uptodate_credit;
  const negative = credit.amount.trim().startsWith('-');
  const fact = (label: string, value: unknown, part = 'fact') =>
    html`<div class="fact" part=${part}>
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<header class="header" part="header">
    <div class="title-row">
      <h2 class="name" part="name" dir="auto">${clientName(client)}</h2>
      <span class="status" part="status">
        <span class="badge tone-${enumTone(STATUS_TONES, client.status)}" data-status=${client.status}
          >${enumLabel(t, STATUS_KEYS, client.status)}</span
        >
        ${
          client.status_reason
            ? html`<span class="status-reason">${enumLabel(t, STATUS_REASON_KEYS, client.status_reason)}</span>`
            : nothing
        }
      </span>
    </div>
    <dl class="facts" part="facts">
      ${fact(t.clientId, html`<span class="mono">${client.id}</span>`)}
      ${fact(
        t.clientCreated,
        html`<time datetime=${client.created_at}>${formatDate(locale, client.created_at)}</time>`,
      )}
      ${fact(t.clientGroup, client.group ? html`<span dir="auto">${client.group.name}</span>` : t.noGroup)}
      ${fact(t.clientConfiguration, html`<span dir="auto">${client.configuration.name}</span>`)}
      ${fact(
        t.clientCredit,
        html`<span class="money ${negative ? 'negative' : ''}">${formatMoney(locale, credit)}</span>`,
        'fact credit',
      )}
      ${
        client.out_of_credit_since
          ? fact(
              t.clientOutOfCreditSince,
              html`<time datetime=${client.out_of_credit_since}
                >${formatDateTime(locale, client.out_of_credit_since)}</time
              >`,
              'fact out-of-credit',
            )
          : nothing
      }
    </dl>
    ${actions}
  </header>`;
}
