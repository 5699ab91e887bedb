import type { Client } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { forEachConcurrently } from '../base/concurrency.ts';
import { dispatch } from '../base/events.ts';
import { clientName } from '../base/format/client-name.ts';
import { adoptMoreStyles } from '../base/styles/adopt.ts';
import {
  approveClient,
  deleteClient,
  impersonateClient,
  resumeClient,
  suspendClient,
} from '../client/action-api.ts';
import {
  type ActionForm,
  impersonateBody,
  impersonateForm,
  suspendBody,
  suspendForm,
} from '../client/action-forms.ts';
import { type ClientActionsText, clientActionsText } from '../client/action-messages.ts';
import { STATUS_ACTIONS, type StatusAction } from '../client/status-actions.ts';
import type { RowSelection } from '../list/row-selection.ts';
import { menuStyles } from '../ui/action-menu.styles.ts';
import { ActionMenu, type MenuItem } from '../ui/action-menu.ts';
import { dialogStyles } from '../ui/confirm-dialog.styles.ts';
import { ConfirmDialog, type ConfirmDialogView } from '../ui/confirm-dialog.ts';
import { fieldErrorStyles, formErrors } from '../ui/form-errors.ts';
import { clientActionsStyles } from './client-actions.styles.ts';
import type { GridContext } from './client-context.ts';
import type { ClientAction } from './client-events.ts';
import type { ClientGridText } from './messages.ts';

/** Loaded with the actions, so the grid can wait for their messages in its language. */
export { clientActionsText } from '../client/action-messages.ts';

/** Bulk actions send this many requests at a time: quicker, and gentle on the server. */
const BULK_CONCURRENCY = 4;

/** What an action sends for one client, with the dialog's fields; the updated client if any. */
type Call = (client: Client, data: FormData, signal: AbortSignal) => Promise<Client | undefined>;

/** What a dialog shows: its texts and, for actions that ask something, its form. */
type View = Omit<ConfirmDialogView, 'cancelLabel' | 'fields'> & { form?: ActionForm };

const NO_ERRORS: ReadonlyMap<string, string> = new Map();

/** What the grid's actions say: the grid's messages and the client actions' own. */
type GridActionsText = ClientGridText & ClientActionsText;

export interface ClientActionsOptions {
  readonly selection: RowSelection<Client>;
  /** The server changed a client: its row and the status counts follow. */
  onChange(before: Client, after: Client): void;
  /** The user chose a client ("View"): the grid fires `client-select`. */
  onSelect(clientId: string): void;
}

/**
 * What the user does to clients: a row's actions menu, the bulk bar, and the confirmation
 * dialog both lead to, which sends the requests (a few at a time, with progress and Stop for
 * several) and fires the grid's action events. Loaded on first use (`client-parts.ts`): the
 * grid draws the actions buttons itself and hands a click over to `openMenu`.
 */
export class ClientActions {
  readonly #ctx: GridContext;
  readonly #options: ClientActionsOptions;
  readonly #menu: ActionMenu;
  readonly #dialog: ConfirmDialog;
  #text: { grid: object; own: object; both: GridActionsText } | undefined;

  constructor(ctx: GridContext, options: ClientActionsOptions) {
    this.#ctx = ctx;
    this.#options = options;
    this.#menu = new ActionMenu(ctx.host, 'client-actions-menu');
    this.#dialog = new ConfirmDialog(ctx.host, 'client-dialog');
    adoptMoreStyles(ctx.host, [menuStyles, dialogStyles, fieldErrorStyles, clientActionsStyles]);
  }

  /** The grid's messages and the actions' own, in the grid's language (merged once per pair). */
  #t(): GridActionsText {
    const grid = this.#ctx.t();
    const own = clientActionsText(this.#ctx.locale());
    if (this.#text?.grid !== grid || this.#text.own !== own) {
      this.#text = { grid, own, both: { ...grid, ...own } };
    }
    return this.#text.both;
  }

  /** The client whose menu is open, if any. */
  get menuOwner(): string | undefined {
    return this.#menu.owner;
  }

  /** The menu element's id (the open menu's button points at it). */
  get menuId(): string {
    return this.#menu.id;
  }

  /** Closes the row menu (the rows changed under it), leaving the focus where it is. */
  closeMenu(): void {
    this.#menu.close(false);
  }

  /**
   * The bulk bar's action buttons (the grid draws the bar, its count and "Clear selection").
   * Approve shows only when a pending client is selected (the sign-up queue). A button the
   * user may not use, or that no selected client qualifies for, stays focusable
   * (`aria-disabled`) and is described by its reason, shown in the bar.
   */
  renderBulkButtons() {
    const t = this.#t();
    const reasons = new Set<'bulk-not-permitted' | 'bulk-none-eligible'>();
    const button = (action: StatusAction) => {
      const spec = STATUS_ACTIONS[action];
      const none = this.#eligible(action).length === 0;
      if (action === 'approve' && none) return nothing;
      const reason = !this.#ctx.can(spec.permission)
        ? 'bulk-not-permitted'
        : none
          ? 'bulk-none-eligible'
          : undefined;
      if (reason) reasons.add(reason);
      return html`<button
        class="button"
        type="button"
        aria-disabled=${reason ? 'true' : nothing}
        aria-describedby=${reason ?? nothing}
        @click=${() => {
          if (!reason) this.#runBulk(action);
        }}
      >
        ${t[spec.bulkLabel] as string}
      </button>`;
    };
    const buttons = html`${button('approve')} ${button('suspend')} ${button('resume')}`;
    return html`${buttons}
    ${[...reasons].map(
      (id) => html`<span id=${id} class="bulk-reason">
        ${id === 'bulk-not-permitted' ? t.notPermitted : t.bulkNoneEligible}
      </span>`,
    )}`;
  }

  /** The menu and the dialog (in the top layer, wherever they are rendered). */
  render() {
    return html`${this.#menu.render()} ${this.#dialog.render()}`;
  }

  #items(client: Client): MenuItem[] {
    const t = this.#t();
    const item = (id: string, label: string, permitted: boolean, danger?: boolean) => ({
      id,
      label,
      disabled: !permitted,
      reason: t.notPermitted,
      ...(danger ? { danger } : {}),
    });
    const items: MenuItem[] = [{ id: 'view', label: t.actionView }];
    for (const [action, spec] of Object.entries(STATUS_ACTIONS)) {
      if (!spec.applies(client.status)) continue;
      items.push(item(action, t[spec.label] as string, this.#ctx.can(spec.permission)));
    }
    if (client.status !== 'deleting' && client.status !== 'closed') {
      items.push(
        item('impersonate', t.actionImpersonate, this.#ctx.can('clients.impersonate')),
        item('delete', t.actionDelete, this.#ctx.can('clients.delete'), true),
      );
    }
    return items;
  }

  /** Opens a client's menu at its button (closes it when it is open). */
  openMenu(anchor: HTMLElement, client: Client): void {
    if (this.#menu.owner === client.id) {
      this.#menu.close();
      return;
    }
    this.#menu.open(
      anchor,
      client.id,
      this.#t().actionsFor({ name: clientName(client) }),
      this.#items(client),
      (action) => this.#run(action as ClientAction, client),
    );
  }

  #run(action: ClientAction, client: Client): void {
    const { host } = this.#ctx;
    const detail = { action, clientId: client.id };
    if (!dispatch(host, 'client-action', detail, { cancelable: true })) return;
    if (action === 'view') {
      this.#options.onSelect(client.id);
      return;
    }
    const api = this.#ctx.api();
    // Without an SDK client the event is all there is: the host owns the action.
    if (!api) return;
    const t = this.#t();
    const name = clientName(client);
    switch (action) {
      case 'approve':
      case 'suspend':
      case 'resume': {
        const { view, call } = this.#statusAction(action);
        const title = t[STATUS_ACTIONS[action].title]({ name });
        this.#confirm({ ...view, title }, [client], call, action);
        break;
      }
      case 'delete':
        this.#confirm(
          {
            title: t.deleteTitle({ name }),
            message: t.deleteMessage,
            confirmLabel: t.actionDelete,
            danger: true,
          },
          [client],
          (c, _data, signal) => deleteClient(api, c.id, signal),
          'delete',
        );
        break;
      case 'impersonate':
        this.#confirm(
          {
            title: t.impersonateTitle({ name }),
            message: t.impersonateMessage,
            confirmLabel: t.actionImpersonate,
            form: impersonateForm,
          },
          [client],
          async (c, data, signal) => {
            const session = await impersonateClient(api, c.id, impersonateBody(data), signal);
            if (session) window.open(session.url, '_blank', 'noopener,noreferrer');
            return undefined;
          },
          'impersonate',
        );
        break;
    }
  }

  /** The selected clients a bulk action applies to. */
  #eligible(action: StatusAction): Client[] {
    return this.#options.selection.rows.filter((c) => STATUS_ACTIONS[action].applies(c.status));
  }

  #runBulk(action: StatusAction): void {
    const eligible = this.#eligible(action);
    const detail = { action, clientIds: this.#options.selection.ids };
    const proceed = dispatch(this.#ctx.host, 'client-bulk-action', detail, { cancelable: true });
    if (!proceed || !this.#ctx.api() || eligible.length === 0) return;
    const count = { count: eligible.length, formatted: this.#ctx.number(eligible.length) };
    const { view, call } = this.#statusAction(action);
    const title = this.#t()[STATUS_ACTIONS[action].bulkTitle](count);
    this.#confirm({ ...view, title }, eligible, call, action);
  }

  /**
   * What approve, suspend and resume ask and send, the same for one client or many (the
   * callers add the title).
   */
  #statusAction(action: StatusAction): { view: Omit<View, 'title'>; call: Call } {
    const t = this.#t();
    const spec = STATUS_ACTIONS[action];
    const api = this.#ctx.api()!;
    const view = { message: t[spec.message] as string, confirmLabel: t[spec.label] as string };
    switch (action) {
      case 'approve':
        return { view, call: (c, _data, signal) => approveClient(api, c.id, signal) };
      case 'suspend':
        return {
          view: { ...view, danger: true, form: suspendForm },
          call: (c, data, signal) => suspendClient(api, c.id, suspendBody(data), signal),
        };
      case 'resume':
        return { view, call: (c, _data, signal) => resumeClient(api, c.id, signal) };
    }
  }

  /**
   * Opens the confirmation dialog and, on confirm, runs the call for each client (a few at a
   * time, with progress and a Stop button when there are several). Updated clients replace
   * their rows as they finish. A failure keeps the dialog open with the problem and the
   * fields as typed, ready to retry the clients that failed; those that succeeded leave the
   * selection. Stopping keeps what was done and sends nothing more.
   */
  #confirm(view: View, clients: Client[], call: Call, action: Exclude<ClientAction, 'view'>): void {
    const { host } = this.#ctx;
    const t = () => this.#t();
    const dialog = this.#dialog;
    let pending = clients;
    let controller: AbortController | undefined;
    const bulk = clients.length > 1;
    const onConfirm = async (data: FormData) => {
      // The form's own checks first: messages on their fields, focus on the first.
      const invalid = view.form?.check?.(data, t());
      if (view.form && invalid && invalid.size > 0) {
        dialog.update({ error: undefined, fields: view.form.render(t(), invalid) });
        void host.updateComplete.then(() =>
          dialog.element?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        );
        return;
      }
      controller = new AbortController();
      const { signal } = controller;
      const total = pending.length;
      let done = 0;
      const progress = () => {
        if (!bulk) return undefined;
        const label = t().bulkProgress({
          done: this.#ctx.number(done),
          total: this.#ctx.number(total),
        });
        return { done, total, label };
      };
      dialog.update({ busy: true, error: undefined, progress: progress() });
      const failed: Client[] = [];
      let lastError: unknown;
      await forEachConcurrently(pending, BULK_CONCURRENCY, async (client) => {
        if (signal.aborted) return;
        try {
          const updated = await call(client, data, signal);
          if (updated) this.#options.onChange(client, updated);
          this.#options.selection.set(client, false);
          dispatch(host, 'client-action-done', { action, clientId: client.id });
        } catch (error) {
          if (signal.aborted) return;
          failed.push(client);
          lastError = error;
        }
        done += 1;
        if (bulk) {
          dialog.update({ progress: progress() });
          host.requestUpdate();
        }
      });
      host.requestUpdate();
      if (signal.aborted) return;
      if (failed.length === 0) {
        dialog.close();
        return;
      }
      // The server's field errors go on their fields; the rest is the dialog's alert.
      const { form } = view;
      const errors = formErrors(lastError, form?.fields ?? [], t());
      const problem = errors.form;
      dialog.update({
        busy: false,
        progress: undefined,
        ...(form ? { fields: form.render(t(), errors.fields) } : {}),
        error: bulk
          ? {
              title: t().bulkFailed({ failed: failed.length, total }),
              detail: [problem.title, problem.detail].filter(Boolean).join(': '),
            }
          : problem,
      });
      if (errors.fields.size > 0) {
        void host.updateComplete.then(() =>
          dialog.element?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        );
      }
      pending = failed;
    };
    const { form, ...texts } = view;
    dialog.open(
      {
        ...texts,
        fields: form?.render(t(), NO_ERRORS),
        cancelLabel: t().cancel,
        stopLabel: bulk ? t().stop : undefined,
      },
      onConfirm,
      () => controller?.abort(),
    );
  }
}
