import { type ClienteleClient, isApiError, type QuotaRequest, type QuotaSet } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { ResourceController } from '../base/controllers/resource-controller.ts';
import { formatDateTime } from '../base/format/dates.ts';
import { SubmissionKey } from '../base/idempotency.ts';
import { ConfirmDialog } from '../ui/confirm-dialog.ts';
import {
  ariaInvalid,
  checkField,
  describedBy,
  formErrors,
  renderFieldError,
} from '../ui/form-errors.ts';
import type { QuotaPartContext } from './quota-context.ts';
import { quotaDialogStyles } from './quota-dialogs.styles.ts';
import { changesBetween, limitErrors, renderChanges, renderForce } from './quota-dialogs.ts';
import { limitsOf, type QuotaChange } from './quota-model.ts';
import { type QuotaPartsText, quotaPartsText } from './quota-parts-text.ts';

const REASON_RULES = { required: true, minLength: 3, maxLength: 1000 } as const;

/**
 * Quota change requests: the pending ones (anyone who sees the quotas sees them; staff with
 * `quotas.update` approve, applied with the quota set's `If-Match`, or reject with a reason),
 * and the proposal form for staff who may only propose (`quotas.request`).
 */
export class QuotaRequests {
  static readonly styles = [quotaDialogStyles];

  readonly #context: QuotaPartContext;
  readonly #dialog: ConfirmDialog;
  readonly #pending: ResourceController<QuotaRequest[], [ClienteleClient, string, number]>;
  #busy = false;
  #version = 0;

  constructor(context: QuotaPartContext) {
    this.#context = context;
    this.#dialog = new ConfirmDialog(context.host, 'quota-request-dialog');
    this.#pending = new ResourceController(context.host, {
      args: () => {
        const api = context.api();
        return api && context.clientId() ? [api, context.clientId(), this.#version] : undefined;
      },
      load: async ([api, clientId], signal) => {
        const { data } = await api.GET('/clients/{client_id}/quota-requests', {
          params: {
            path: { client_id: clientId },
            query: { status: ['pending'], limit: 50 },
          },
          signal,
        });
        return data?.items ?? [];
      },
      keepData: true,
    });
  }

  text(): QuotaPartsText {
    return { ...this.#context.t(), ...quotaPartsText(this.#context.locale()) };
  }

  #refresh(): void {
    this.#version++;
    this.#context.host.requestUpdate();
  }

  /** The changes a request asks for, against the quotas shown. */
  #changesOf(request: QuotaRequest): QuotaChange[] {
    const base = this.#context.base()?.data;
    if (!base) return [];
    const wanted: QuotaSet = {
      ...base,
      items: base.items.map((q) =>
        q.resource in request.limits ? { ...q, limit: request.limits[q.resource] ?? null } : q,
      ),
    };
    return changesBetween(base, wanted);
  }

  /**
   * Staff who may only propose: the summary and a reason, sent as a change request under one
   * Idempotency-Key per submission (Retry after a lost answer files one request, not two).
   */
  openPropose(changes: QuotaChange[]): void {
    const t = this.text();
    const key = new SubmissionKey();
    this.#openWithReason(
      {
        title: t.quotaProposeTitle,
        message: t.quotaProposeMessage,
        confirmLabel: t.quotaProposeConfirm,
        failedTitle: t.quotaProposeFailed,
        changes,
      },
      async (api, clientId, reason) => {
        const body = { limits: limitsOf(changes), reason };
        const { data } = await api.POST('/clients/{client_id}/quota-requests', {
          params: { path: { client_id: clientId }, header: { 'Idempotency-Key': key.for(body) } },
          body,
        });
        key.done();
        const request = data as QuotaRequest;
        for (const change of changes) this.#context.drafts.undo(change.resource);
        this.#context.announce(t.quotaProposed);
        this.#context.requested({ action: 'propose', requestId: request.id, request });
      },
    );
  }

  #openReject(request: QuotaRequest): void {
    const t = this.text();
    this.#openWithReason(
      {
        title: t.quotaRejectTitle,
        message: t.quotaRejectMessage,
        confirmLabel: t.quotaRejectConfirm,
        failedTitle: t.quotaRejectFailed,
        changes: this.#changesOf(request),
        danger: true,
      },
      async (api, clientId, reason) => {
        const { data } = await api.POST('/clients/{client_id}/quota-requests/{request_id}/reject', {
          params: { path: { client_id: clientId, request_id: request.id } },
          body: { reason },
        });
        this.#context.announce(t.quotaRejected);
        this.#context.requested({
          action: 'reject',
          requestId: request.id,
          request: data as QuotaRequest,
        });
      },
    );
  }

  #openApprove(request: QuotaRequest): void {
    const t = this.text();
    const changes = this.#changesOf(request);
    const below = changes.some((c) => c.belowUsage);
    const fields = (
      forceError: boolean,
    ) => html`${renderChanges(t, this.#context.locale(), changes)}
      ${below ? renderForce(t, 'quota-approve-force', forceError) : nothing}`;
    this.#dialog.open(
      {
        title: t.quotaApproveTitle,
        message: t.quotaApproveMessage,
        confirmLabel: t.quotaApproveConfirm,
        cancelLabel: t.cancel,
        danger: below,
        fields: fields(false),
      },
      (data) => {
        const force = data.get('force') === 'on';
        if (below && !force) {
          this.#dialog.update({ fields: fields(true), confirmLabel: t.quotaApproveConfirm });
          return;
        }
        void this.#send(t.quotaApproveConfirm, t.quotaApproveFailed, async (api, clientId) => {
          const base = this.#context.base();
          if (!base) return;
          const { data: approval, response } = await api.POST(
            '/clients/{client_id}/quota-requests/{request_id}/approve',
            {
              params: {
                path: { client_id: clientId, request_id: request.id },
                header: { 'If-Match': base.etag },
              },
              body: force ? { force } : {},
            },
          );
          if (!approval) return;
          const etag = response.headers.get('ETag') ?? '';
          this.#context.applied(
            { data: approval.quotas, etag },
            {
              action: 'approve',
              changes: changesBetween(base.data, approval.quotas),
              force,
              requestId: request.id,
            },
          );
          this.#context.announce(t.quotaApproved);
          this.#context.requested({
            action: 'approve',
            requestId: request.id,
            request: approval.request,
          });
        });
      },
    );
  }

  #openWithReason(
    view: {
      title: string;
      message: string;
      confirmLabel: string;
      failedTitle: string;
      changes: QuotaChange[];
      danger?: boolean;
    },
    send: (
      api: NonNullable<ReturnType<QuotaPartContext['api']>>,
      clientId: string,
      reason: string,
    ) => Promise<void>,
  ): void {
    const t = this.text();
    const fields = (
      error: string | undefined,
    ) => html`${renderChanges(t, this.#context.locale(), view.changes)}
      <div class="form-field">
        <label for="quota-reason">${t.quotaReasonLabel}</label>
        <textarea
          id="quota-reason"
          name="reason"
          class="input"
          aria-required="true"
          maxlength="1000"
          aria-invalid=${ariaInvalid(error)}
          aria-describedby=${describedBy('quota-reason', error, 'quota-reason-hint')}
        ></textarea>
        ${renderFieldError('quota-reason', error)}
        <p id="quota-reason-hint" class="hint">${t.quotaReasonHint}</p>
      </div>`;
    this.#dialog.open(
      {
        title: view.title,
        message: view.message,
        confirmLabel: view.confirmLabel,
        cancelLabel: t.cancel,
        danger: view.danger ?? false,
        fields: fields(undefined),
      },
      (data) => {
        const reason = String(data.get('reason') ?? '').trim();
        const error = checkField(reason, REASON_RULES, t);
        if (error) {
          this.#dialog.update({ fields: fields(error), confirmLabel: view.confirmLabel });
          void this.#context.host.updateComplete.then(() =>
            this.#context.host.renderRoot.querySelector<HTMLElement>('#quota-reason')?.focus(),
          );
          return;
        }
        void this.#send(
          view.confirmLabel,
          view.failedTitle,
          (api, clientId) => send(api, clientId, reason),
          (e) => {
            const placed = formErrors(e, ['reason'], t, { failedTitle: view.failedTitle });
            const error = placed.fields.get('reason');
            if (error) this.#dialog.update({ fields: fields(error) });
            return error !== undefined;
          },
        );
      },
    );
  }

  /**
   * One request for the open dialog: busy meanwhile, never twice; failures stay in the dialog.
   * After a failure the button reads Retry (`confirm` again once the user has a field to
   * correct, or when the quotas moved on and are read again: trying again unchanged cannot help).
   */
  async #send(
    confirm: string,
    failedTitle: string,
    run: (api: NonNullable<ReturnType<QuotaPartContext['api']>>, clientId: string) => Promise<void>,
    /** Puts a failure on the form's field; true when it did (the user corrects it). */
    onError?: (error: unknown) => boolean,
  ): Promise<void> {
    const api = this.#context.api();
    if (this.#busy || !api) return;
    this.#busy = true;
    this.#dialog.update({ busy: true, error: undefined });
    try {
      await run(api, this.#context.clientId());
      this.#dialog.close();
      this.#refresh();
    } catch (error) {
      const t = this.text();
      const placed = onError?.(error) ?? false;
      // A newer version (412) or usage that grew past the limits (422): read the quotas again,
      // so the changes shown and a retry are based on what is saved now.
      const moved = isApiError(error, 412) || limitErrors(error).size > 0;
      if (moved) this.#context.reload();
      const form = formErrors(error, [], t, { failedTitle }).form;
      // 409: the request was decided meanwhile (the list is read again below).
      const retry = !moved && !isApiError(error, 409) && !placed;
      this.#dialog.update({ busy: false, error: form, confirmLabel: retry ? t.retry : confirm });
      if (isApiError(error, 409)) this.#refresh();
    } finally {
      this.#busy = false;
      this.#context.host.requestUpdate();
    }
  }

  /** The pending requests (nothing while there are none), and the open dialog. */
  render() {
    const t = this.text();
    const requests = this.#pending.data ?? [];
    const list =
      this.#pending.state === 'error'
        ? html`<p class="load-error" role="alert">${t.quotaRequestsFailed}
          <button type="button" class="button" @click=${() => this.#pending.retry()}>${t.retry}</button></p>`
        : requests.length === 0
          ? nothing
          : html`<section part="requests" class="requests" aria-labelledby="quota-requests-title">
            <h3 id="quota-requests-title" class="requests-title">${t.quotaRequestsTitle({ count: requests.length })}</h3>
            <ul class="request-list">
              ${requests.map((request) => this.#renderRequest(t, request))}
            </ul>
          </section>`;
    return html`${list}${this.#dialog.render()}`;
  }

  #renderRequest(t: QuotaPartsText, request: QuotaRequest) {
    const locale = this.#context.locale();
    const decide = this.#context.canUpdate();
    return html`<li class="request" data-request=${request.id}>
      ${renderChanges(t, locale, this.#changesOf(request))}
      <p><strong>${t.quotaRequestReason}:</strong> <span dir="auto">${request.reason}</span></p>
      <p class="request-meta">
        ${t.quotaRequestBy({ name: request.requested_by.name, when: formatDateTime(locale, request.created_at) })}
      </p>
      ${
        decide
          ? html`<div class="buttons">
              <button type="button" class="button primary" @click=${() => this.#openApprove(request)}>
                ${t.quotaApprove}
              </button>
              <button type="button" class="button" @click=${() => this.#openReject(request)}>
                ${t.quotaReject}
              </button>
            </div>`
          : nothing
      }
    </li>`;
  }
}
