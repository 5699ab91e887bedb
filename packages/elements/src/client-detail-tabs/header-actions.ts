import type { Client, ClientStatus } from '@clientele/sdk';
import { html, nothing } from 'lit';
import type { Permission } from '../base/permissions.ts';
import { STATUS_ACTIONS } from '../client/status-actions.ts';
import type { ClientDetailText } from './messages.ts';

/** The header's actions, in the order the toolbar shows them. */
export const HEADER_ACTIONS = [
  'edit',
  'approve',
  'suspend',
  'resume',
  'impersonate',
  'createSimilar',
  'email',
  'delete',
] as const;
export type HeaderAction = (typeof HEADER_ACTIONS)[number];

const LIVE = (status: ClientStatus) => status !== 'deleting' && status !== 'closed';

/** Per action: when it applies, what it needs, what its button says. */
export const HEADER_ACTION_SPECS: Readonly<
  Record<
    HeaderAction,
    {
      applies(status: ClientStatus): boolean;
      permission: Permission;
      label: keyof ClientDetailText;
    }
  >
> = {
  edit: { applies: LIVE, permission: 'clients.update', label: 'actionEdit' },
  approve: { ...STATUS_ACTIONS.approve, label: 'actionApprove' },
  suspend: { ...STATUS_ACTIONS.suspend, label: 'actionSuspend' },
  resume: { ...STATUS_ACTIONS.resume, label: 'actionResume' },
  impersonate: { applies: LIVE, permission: 'clients.impersonate', label: 'actionImpersonate' },
  createSimilar: {
    applies: () => true,
    permission: 'clients.create',
    label: 'actionCreateSimilar',
  },
  email: { applies: LIVE, permission: 'clients.email', label: 'actionEmail' },
  delete: { applies: LIVE, permission: 'clients.delete', label: 'actionDelete' },
};

export interface HeaderActionsView {
  readonly t: ClientDetailText;
  readonly client: Client;
  can(permission: Permission): boolean;
  /** The action whose dialog is loading (its button is `aria-busy`). */
  readonly pending: HeaderAction | undefined;
  run(action: HeaderAction): void;
}

/**
 * The header's action buttons, part of the first paint (their dialogs load on first use). An
 * action that does not apply to the client's status is not shown; one the user may not take
 * stays, focusable and `aria-disabled`, described by the reason shown under the toolbar (an
 * auditor sees what exists and why it is not theirs to use).
 */
export function renderHeaderActions(view: HeaderActionsView) {
  const { t, client } = view;
  let denied = false;
  const buttons = HEADER_ACTIONS.filter((action) =>
    HEADER_ACTION_SPECS[action].applies(client.status),
  ).map((action) => {
    const spec = HEADER_ACTION_SPECS[action];
    const allowed = view.can(spec.permission);
    if (!allowed) denied = true;
    const busy = view.pending === action;
    return html`<button
      class="button ${action === 'delete' ? 'danger-outline' : ''}"
      part="action"
      type="button"
      data-action=${action}
      aria-disabled=${allowed ? nothing : 'true'}
      aria-describedby=${allowed ? nothing : 'actions-denied'}
      aria-busy=${busy ? 'true' : nothing}
      @click=${() => {
        if (allowed) view.run(action);
      }}
    >
      ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${t[spec.label] as string}
    </button>`;
  });
  return html`<div class="actions" part="actions" role="group" aria-label=${t.clientActions}>
      ${buttons}
    </div>
    ${denied ? html`<p id="actions-denied" class="denied">${t.notPermitted}</p>` : nothing}`;
}
