import type { ActiveImpersonationSession, ClientAuthentication } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { enumLabel } from '../../../base/enum-label.ts';
import { formatDate, formatDateTime } from '../../../base/format/dates.ts';
import type { AuthTabMessages } from './messages.en.ts';
import type { AuthTabText } from './messages.ts';

/**
 * What `<client-authentication-tab>` shows, as templates over its data: the status in words
 * (two-factor, signing in, password), the active sessions (a table that stacks its rows on a
 * narrow tab) and the frame of the verification records (their grid is
 * `authentication-records.ts`). Server data is text only.
 */

/** The actions a user may start, and why not. */
export interface AuthActions {
  /** Why the user may not change anything (undefined: they may). */
  readonly refused: string | undefined;
  /** The button asked for while the forms load (`<action>:<id>`), for `aria-busy`. */
  readonly busy: string | undefined;
  run(action: 'password-reset' | 'block' | 'unblock' | 'end-sessions'): void;
  endSession(session: ActiveImpersonationSession): void;
}

/** The note a refused button is described by. */
export const REFUSED_ID = 'auth-refused';

type MethodKey = keyof AuthTabMessages & `authMethod${string}`;
const METHOD_KEYS: Readonly<Record<string, MethodKey>> = {
  totp: 'authMethodTotp',
  sms: 'authMethodSms',
  email: 'authMethodEmail',
  recovery_code: 'authMethodRecoveryCode',
};

export const methodLabel = (t: AuthTabText, method: string) => enumLabel(t, METHOD_KEYS, method);

function actionButton(
  actions: AuthActions,
  action: 'password-reset' | 'block' | 'unblock' | 'end-sessions',
  text: string,
  options: { primary?: boolean; danger?: boolean } = {},
) {
  const refused = actions.refused;
  return html`<button
    part="auth-action"
    class="button ${options.primary ? 'primary' : ''} ${options.danger ? 'danger-text' : ''}"
    type="button"
    data-action=${action}
    aria-disabled=${refused ? 'true' : nothing}
    aria-describedby=${refused ? REFUSED_ID : nothing}
    aria-busy=${actions.busy === `${action}:` ? 'true' : nothing}
    @click=${() => {
      if (!refused) actions.run(action);
    }}
  >
    ${text}
  </button>`;
}

/** Two-factor, signing in and the password, each a titled block in words with its action. */
export function renderStatus(
  t: AuthTabText,
  locale: string,
  status: ClientAuthentication,
  actions: AuthActions,
) {
  const { two_factor: twoFactor, sign_in: signIn } = status;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return html`<div part="status" class="status">
    <section class="fact" aria-labelledby="auth-two-factor">
      <h3 id="auth-two-factor" class="fact-title">${t.authTwoFactorHeading}</h3>
      <p class="fact-value" data-state=${twoFactor.enabled ? 'on' : 'off'}>
        ${
          twoFactor.enabled
            ? t.authTwoFactorOn({
                methods: list.format(twoFactor.methods.map((m) => methodLabel(t, m))),
              })
            : t.authTwoFactorOff
        }
      </p>
      ${
        twoFactor.enabled && twoFactor.enrolled_at
          ? html`<p class="secondary">${t.authTwoFactorSince({ date: formatDate(locale, twoFactor.enrolled_at) })}</p>`
          : nothing
      }
    </section>
    <section class="fact" aria-labelledby="auth-sign-in">
      <h3 id="auth-sign-in" class="fact-title">${t.authSignInHeading}</h3>
      <p class="fact-value" data-state=${signIn.blocked ? 'blocked' : 'allowed'}>
        ${signIn.blocked ? t.authSignInBlocked : t.authSignInAllowed}
      </p>
      ${
        signIn.blocked
          ? html`${
              signIn.blocked_by && signIn.blocked_at
                ? html`<p class="secondary">${t.authBlockedBy({
                    name: signIn.blocked_by.name,
                    date: formatDateTime(locale, signIn.blocked_at),
                  })}</p>`
                : nothing
            }
            ${signIn.reason ? html`<p class="secondary reason">${t.authBlockedReason({ reason: signIn.reason })}</p>` : nothing}`
          : nothing
      }
      <div class="fact-actions">
        ${
          signIn.blocked
            ? actionButton(actions, 'unblock', t.authUnblock)
            : actionButton(actions, 'block', t.authBlock, { danger: true })
        }
      </div>
    </section>
    <section class="fact" aria-labelledby="auth-password">
      <h3 id="auth-password" class="fact-title">${t.authPasswordHeading}</h3>
      <p class="fact-value">
        ${
          status.password_reset_sent_at
            ? t.authPasswordResetSent({
                date: formatDateTime(locale, status.password_reset_sent_at),
              })
            : t.authPasswordResetNever
        }
      </p>
      <div class="fact-actions">${actionButton(actions, 'password-reset', t.authSendReset)}</div>
    </section>
  </div>`;
}

/** The active sessions: staff, as whom, since and until when, why; End on each, End all above. */
export function renderSessions(
  t: AuthTabText,
  locale: string,
  sessions: readonly ActiveImpersonationSession[],
  actions: AuthActions,
) {
  const refused = actions.refused;
  return html`<section part="sessions" class="section" aria-labelledby="auth-sessions">
    <div class="section-head">
      <h3 id="auth-sessions" class="section-title">${t.authSessionsHeading}</h3>
      ${
        sessions.length > 0
          ? html`<span class="count">${t.authSessionsCount({ count: sessions.length })}</span>
            ${actionButton(actions, 'end-sessions', t.authEndAll, { danger: true })}`
          : nothing
      }
    </div>
    ${
      sessions.length === 0
        ? html`<p class="none">${t.authSessionsNone}</p>`
        : html`<div class="table-wrap"><table part="table" class="table sessions">
            <caption class="visually-hidden">${t.authSessionsHeading}</caption>
            <thead><tr>
              <th scope="col">${t.authColumnStaff}</th>
              <th scope="col">${t.authColumnAs}</th>
              <th scope="col">${t.authColumnStarted}</th>
              <th scope="col">${t.authColumnExpires}</th>
              <th scope="col">${t.authColumnReason}</th>
              <th scope="col"><span class="visually-hidden">${t.authColumnActions}</span></th>
            </tr></thead>
            <tbody>
              ${sessions.map((session) => {
                const as = session.user?.name ?? t.authAsClient;
                return html`<tr part="row" data-session-id=${session.id}>
                  <th scope="row" class="strong">${session.impersonator.name}</th>
                  <td>${as}</td>
                  <td class="time" data-label=${t.authColumnStarted}><time datetime=${session.started_at}>${formatDateTime(locale, session.started_at)}</time></td>
                  <td class="time" data-label=${t.authColumnExpires}><time datetime=${session.expires_at}>${formatDateTime(locale, session.expires_at)}</time></td>
                  <td class="reason">${session.reason}</td>
                  <td class="actions">
                    <button
                      part="auth-action"
                      class="button danger-text"
                      type="button"
                      data-action="end-session"
                      aria-label=${t.authEndSessionOf({ staff: session.impersonator.name, as })}
                      aria-disabled=${refused ? 'true' : nothing}
                      aria-describedby=${refused ? REFUSED_ID : nothing}
                      aria-busy=${actions.busy === `end-session:${session.id}` ? 'true' : nothing}
                      @click=${() => {
                        if (!refused) actions.endSession(session);
                      }}
                    >${t.authEndSession}</button>
                  </td>
                </tr>`;
              })}
            </tbody>
          </table></div>`
    }
  </section>`;
}

/** What the records section shows: the grid, or why not yet. */
export interface RecordsView {
  /** How many records there are; undefined until known. */
  readonly total: number | undefined;
  /** Reading the records failed: an alert whose Retry calls this. */
  readonly retry: (() => void) | undefined;
  /** The windowed grid. */
  readonly grid: unknown;
}

/** The verification records, newest first, as a windowed grid (time, user, method, result, address, browser). */
export function renderRecords(t: AuthTabText, locale: string, view: RecordsView) {
  const total = view.total;
  return html`<section part="records" class="section" aria-labelledby="auth-records">
    <div class="section-head">
      <h3 id="auth-records" class="section-title">${t.authRecordsHeading}</h3>
      ${
        total
          ? html`<span class="count">${t.authRecordsTotal({
              count: total,
              formatted: new Intl.NumberFormat(locale).format(total),
            })}</span>`
          : nothing
      }
    </div>
    ${
      view.retry
        ? html`<div class="load-error" role="alert">
            <span>${t.authRecordsFailed}</span>
            <button class="button" type="button" @click=${view.retry}>${t.retry}</button>
          </div>`
        : total === 0
          ? html`<p class="none">${t.authRecordsNone}</p>`
          : total === undefined
            ? html`<p class="none" aria-busy="true">${t.loading}<span class="spinner"></span></p>`
            : view.grid
    }
  </section>`;
}
