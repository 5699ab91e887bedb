import type { ClienteleClient, QuotaResource } from '@clientele/sdk';
import { html, LitElement, nothing } from 'lit';
import { ClienteleConsumer } from '../base/controllers/clientele-consumer.ts';
import { ResourceController } from '../base/controllers/resource-controller.ts';
import { dispatch } from '../base/events.ts';
import { renderLoading } from '../base/states/render-loading.ts';
import { adoptMoreStyles } from '../base/styles/adopt.ts';
import { baseStyles } from '../base/styles/base.ts';
import { LazyPart } from '../ui/lazy-part.ts';
import { type QuotaEditorText, quotaEditorText } from './messages.ts';
import { readQuotas, type VersionedQuotas } from './quota-api.ts';
import type { QuotaPartContext } from './quota-context.ts';
import { quotaEditorStyles } from './quota-editor.styles.ts';
import type { QuotaRequestDetail, QuotaSaveDetail } from './quota-events.ts';
import { formatCount, keyPart } from './quota-labels.ts';
import { type LimitProblem, MAX_LIMIT_TEXT, QuotaDrafts } from './quota-model.ts';
import { quotaEditorParts } from './quota-parts.ts';
import { limitFieldId, renderQuotaTable, syncFields } from './quota-table.ts';
import { renderNotice, renderToolbar } from './quota-toolbar.ts';

export type { QuotaRequestDetail, QuotaSaveDetail };

type LazyModule = Awaited<ReturnType<typeof quotaEditorParts.lazy>>;

/**
 * A client's resource quotas, and the limits staff may change: one row per resource with what
 * is in use and reserved, a usage meter, the limit (a whole-number field with steppers, or
 * unlimited) and the default. Edits are checked as typed; a save shows what will change, then
 * sends one request with the version it is based on (`If-Match`): when a colleague changed the
 * quotas meanwhile, the server's new values are shown beside the edits, to reapply or discard.
 * A limit below usage needs an explicit confirmation. Staff who may not change limits but may
 * propose changes (`quotas.request`) send a change request with a reason; staff with
 * `quotas.update` see pending requests and approve (applied with `If-Match`) or reject them.
 *
 * Data comes through the SDK from the nearest `<clientele-provider>` (or the `client`
 * property). It needs nothing else, so a host (the Quotas tab of `<client-detail-tabs>`) may
 * create it lazily with only `client-id`.
 *
 * @tag quota-editor
 * @summary A client's quotas: usage, limits to change safely, and change requests.
 *
 * @event {CustomEvent<QuotaSaveDetail>} quota-save - The server applied new limits (`detail.action`: `update`, `reset` or `approve`; `detail.changes` old -> new, `detail.force`, `detail.quotas`). Bubbles, composed.
 * @event {CustomEvent<QuotaRequestDetail>} quota-request - A change request was proposed, approved or rejected here (`detail.action`, `detail.requestId`, `detail.request`). Bubbles, composed.
 *
 * @csspart table - The table of quotas.
 * @csspart row - One resource's row (`data-resource`, `data-edited` while it has an edit).
 * @csspart meter - A usage meter (`data-level`: `ok`, `high` from 90 %, `over` above the limit).
 * @csspart limit-input - A limit's field.
 * @csspart unlimited - A row's "Unlimited" switch.
 * @csspart edited - The "Edited" mark of a changed row.
 * @csspart undo - A row's "undo the edit" button.
 * @csspart reset-default - A row's "reset to default" button.
 * @csspart toolbar - The bar with the change count and the save, undo and reset buttons.
 * @csspart save - The save (or "propose change") button.
 * @csspart notice - Why limits cannot be changed (read-only, or no permission).
 * @csspart conflict - The view of a colleague's newer values beside the user's edits.
 * @csspart requests - The pending change requests.
 * @csspart dialog - The save, reset and request dialogs; `dialog-title`, `dialog-error`, `dialog-confirm` their pieces.
 * @csspart dialog-title - A dialog's title.
 * @csspart dialog-error - A dialog's error message.
 * @csspart dialog-confirm - A dialog's confirm button.
 * @csspart state-title - Title of the empty, error, forbidden and not-found views.
 * @csspart state-message - Message of those views.
 * @csspart retry-button - The Retry button of the error view.
 *
 * @cssprop --clientele-color-accent - Buttons, focus and the meter below 90 %.
 * @cssprop --clientele-color-status-amber - The meter from 90 % and the below-usage warning (with `-text`).
 * @cssprop --clientele-color-status-red - The meter above the limit (with `-text`).
 * @cssprop --clientele-color-status-blue - The "Edited" mark (with `-text`).
 * @cssprop --clientele-color-danger - Field errors.
 * @cssprop --clientele-color-surface-sunken - The meter's track and edited rows.
 */
export class QuotaEditor extends LitElement {
  static override properties = {
    client: { attribute: false },
    clientId: { attribute: 'client-id' },
    readonly: { type: Boolean, reflect: true },
  };

  static override styles = [...baseStyles, quotaEditorStyles];

  /** The SDK client; overrides the one from `<clientele-provider>`. */
  declare client: ClienteleClient | undefined;
  /** The client whose quotas to show. */
  declare clientId: string | undefined;
  /** Show the limits without any control to change them (as auditors see them). */
  declare readonly: boolean;

  readonly #context = new ClienteleConsumer(this);
  readonly #drafts = new QuotaDrafts();
  #base: VersionedQuotas | undefined;
  #baseFor: string | undefined;
  /** Messages on rows: the editor's own checks (after a save attempt) and the server's. */
  #rowErrors = new Map<QuotaResource, string>();
  #showProblems = false;
  #focusInvalid = false;
  #conflict: VersionedQuotas | undefined;
  #announcement = '';

  readonly #quotas = new ResourceController<VersionedQuotas, [ClienteleClient, string]>(this, {
    args: () => {
      const api = this.#context.client;
      return api && this.clientId ? [api, this.clientId] : undefined;
    },
    load: ([api, id], signal) => readQuotas(api, id, signal),
    isEmpty: (quotas) => quotas.data.items.length === 0,
    keepData: true,
    onLoad: (quotas) => this.#rebase(quotas),
  });

  readonly #parts: QuotaPartContext = {
    host: this,
    drafts: this.#drafts,
    clientId: () => this.clientId ?? '',
    api: () => this.#context.client,
    t: () => this.#t,
    locale: () => this.#locale,
    base: () => this.#base,
    canUpdate: () => this.#canUpdate,
    applied: (result, info) => {
      this.#base = result;
      this.#conflict = undefined;
      // What was saved is no edit any more; other drafts (and any during an approval) stay.
      if (info.action === 'update') {
        for (const change of info.changes) this.#drafts.undo(change.resource);
      }
      this.#drafts.rebase(result.data, true);
      this.#rowErrors.clear();
      const detail: QuotaSaveDetail = {
        clientId: this.clientId ?? '',
        ...info,
        quotas: result.data,
      };
      dispatch(this, 'quota-save', detail);
    },
    conflict: (current) => {
      this.#conflict = current;
      this.requestUpdate();
      // Above the table, maybe out of view: bring it to the user (its message is an alert too).
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[part="conflict"]')?.focus(),
      );
    },
    resolveConflict: (current, keep) => {
      this.#conflict = undefined;
      this.#base = current;
      this.#drafts.rebase(current.data, keep);
      this.#rowErrors.clear();
      this.requestUpdate();
    },
    rowErrors: (errors, reload) => {
      this.#rowErrors = new Map(errors);
      this.#showProblems = true;
      this.#focusInvalid = true;
      if (reload) void this.#quotas.run();
      this.requestUpdate();
    },
    reload: () => void this.#quotas.run(),
    requested: (detail) =>
      dispatch(this, 'quota-request', { clientId: this.clientId ?? '', ...detail }),
    announce: (text) => this.#announce(text),
  };

  readonly #dialogs = new LazyPart<LazyModule, InstanceType<LazyModule['QuotaDialogs']>>(
    this,
    () => quotaEditorParts.lazy(this.#locale),
    (module) => {
      adoptMoreStyles(this, module.QuotaDialogs.styles.flat());
      return new module.QuotaDialogs(this.#parts);
    },
  );

  readonly #requests = new LazyPart<LazyModule, InstanceType<LazyModule['QuotaRequests']>>(
    this,
    () => quotaEditorParts.lazy(this.#locale),
    (module) => {
      adoptMoreStyles(this, module.QuotaRequests.styles.flat());
      return new module.QuotaRequests(this.#parts);
    },
  );

  constructor() {
    super();
    this.readonly = false;
  }

  /** Reads the quotas again (edits are kept). */
  reload(): void {
    void this.#quotas.run();
  }

  get #t(): QuotaEditorText {
    return quotaEditorText(this.#locale);
  }

  get #locale(): string {
    return this.#context.locale;
  }

  /** Limits are fields: not `readonly`, and the user may change them or propose changes. */
  get #editable(): boolean {
    return !this.readonly && (this.#canUpdate || this.#context.can('quotas.request'));
  }

  get #canUpdate(): boolean {
    return !this.readonly && this.#context.can('quotas.update');
  }

  #rebase(quotas: VersionedQuotas): void {
    // Another client: nothing typed for the last one applies.
    const keep = this.#baseFor === this.clientId;
    this.#baseFor = this.clientId;
    this.#base = quotas;
    this.#drafts.rebase(quotas.data, keep);
    if (!keep) {
      this.#rowErrors.clear();
      this.#conflict = undefined;
    }
  }

  #announce(text: string): void {
    this.#announcement = text;
    this.requestUpdate();
  }

  protected override willUpdate(): void {
    // The change requests show once the quotas do.
    if (this.#quotas.state === 'loaded') this.#requests.prefetch();
  }

  protected override updated(): void {
    syncFields(this.renderRoot);
    if (!this.#focusInvalid) return;
    this.#focusInvalid = false;
    const first = this.#base?.data.items.find((q) => this.#errors.has(q.resource));
    if (first)
      this.renderRoot.querySelector<HTMLElement>(`#${limitFieldId(first.resource)}`)?.focus();
  }

  /** The messages shown on rows: the server's, then the editor's own checks once asked. */
  get #errors(): Map<QuotaResource, string> {
    const errors = new Map(this.#rowErrors);
    const problems = this.#drafts.problems;
    for (const resource of [...errors.keys()]) {
      if (!this.#drafts.draft(resource)) errors.delete(resource);
    }
    if (this.#showProblems) {
      for (const [resource, problem] of problems) errors.set(resource, this.#problemText(problem));
    }
    return errors;
  }

  #problemText(problem: LimitProblem): string {
    const t = this.#t;
    return problem === 'tooLarge'
      ? t.quotaLimitTooLarge({ max: formatCount(this.#locale, Number(MAX_LIMIT_TEXT)) })
      : (t[`quotaLimit${keyPart(problem)}` as keyof QuotaEditorText] as string);
  }

  get #saving(): boolean {
    return this.#dialogs.part?.busy ?? false;
  }

  #edited(resource?: QuotaResource): void {
    if (resource) this.#rowErrors.delete(resource);
    this.#announcement = '';
    this.requestUpdate();
  }

  /** Enter or the save button: check every field, then show what will change. */
  #submit(): void {
    if (this.#saving || this.#conflict || !this.#editable) return;
    this.#showProblems = true;
    if (this.#drafts.problems.size > 0) {
      this.#focusInvalid = true;
      this.requestUpdate();
      return;
    }
    const changes = this.#drafts.changes;
    if (changes.length === 0) return;
    if (this.#canUpdate) this.#dialogs.use((dialogs) => dialogs.openSave(changes));
    else this.#requests.use((requests) => requests.openPropose(changes));
  }

  #onKeydown(event: KeyboardEvent, resource: QuotaResource): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#submit();
    } else if (event.key === 'Escape' && this.#drafts.draft(resource)) {
      event.preventDefault();
      this.#drafts.undo(resource);
      this.#edited(resource);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      this.#drafts.step(resource, event.key === 'ArrowUp' ? 1 : -1);
      this.#edited(resource);
    }
  }

  protected override render() {
    const locale = this.#locale;
    if (!quotaEditorText.ready(locale)) return renderLoading(locale);
    const t = this.#t;
    const state = this.#quotas.state;
    const items = this.#base?.data.items ?? [];
    return html`
      <clientele-state
        lang=${locale}
        .state=${state}
        .error=${this.#quotas.error}
        .busy=${this.#quotas.pending}
        rows="8"
        exportparts="title: state-title, message: state-message, retry-button"
        @retry=${() => this.#quotas.retry()}
      >
        ${state === 'loaded' ? this.#renderLoaded(t, items) : nothing}
      </clientele-state>
      <p class="visually-hidden" role="status">${this.#announcement}</p>
      ${this.#dialogs.part?.render() ?? nothing}
    `;
  }

  #renderLoaded(t: QuotaEditorText, items: NonNullable<VersionedQuotas['data']>['items']) {
    const editable = this.#editable;
    return html`
      ${this.#conflict ? this.#renderConflict() : nothing}
      ${
        this.#requests.part?.render() ??
        this.#requests.renderError({ ...t, errorTitle: t.quotaRequestsUnavailable })
      }
      <form class="quota-form" novalidate @submit=${(event: Event) => {
        event.preventDefault();
        this.#submit();
      }}>
        <div class="table-wrap">
          ${renderQuotaTable({
            t,
            locale: this.#locale,
            items,
            drafts: this.#drafts,
            editable,
            canReset: this.#canUpdate,
            busy: this.#saving,
            errors: this.#errors,
            onText: (resource, text) => {
              this.#drafts.setText(resource, text);
              this.#edited(resource);
            },
            onUnlimited: (resource, on) => {
              this.#drafts.setUnlimited(resource, on);
              this.#edited(resource);
            },
            onStep: (resource, direction) => {
              this.#drafts.step(resource, direction);
              this.#edited(resource);
            },
            onUndo: (resource) => {
              this.#drafts.undo(resource);
              this.#edited(resource);
              this.renderRoot.querySelector<HTMLElement>(`#${limitFieldId(resource)}`)?.focus();
            },
            onResetDefault: (resource) =>
              this.#dialogs.use((dialogs) => dialogs.openReset([resource])),
            onKeydown: (event, resource) => this.#onKeydown(event, resource),
          })}
        </div>
        ${
          editable
            ? renderToolbar({
                t,
                changes: this.#drafts.changes.length,
                problems: this.#showProblems ? this.#drafts.problems.size : 0,
                edited: this.#drafts.edited.length,
                saving: this.#saving,
                conflict: this.#conflict !== undefined,
                loading: this.#dialogs.busy || this.#requests.busy,
                canUpdate: this.#canUpdate,
                loadError: this.#dialogs.renderError(t),
                onResetAll: () => this.#dialogs.use((dialogs) => dialogs.openReset(undefined)),
                onUndoAll: () => {
                  this.#drafts.undo();
                  this.#rowErrors.clear();
                  this.#showProblems = false;
                  this.#edited();
                },
              })
            : renderNotice(t, this.readonly)
        }
      </form>
    `;
  }

  #renderConflict() {
    const conflict = this.#conflict;
    return conflict ? this.#dialogs.part?.renderConflict(conflict) : nothing;
  }
}
