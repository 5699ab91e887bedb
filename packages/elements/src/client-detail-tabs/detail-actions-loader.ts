import type { Client, ClienteleClient } from '@clientele/sdk';
import type { Versioned } from '@clientele/sdk/versioned';
import { html, type LitElement, nothing } from 'lit';
import type { Permission } from '../base/permissions.ts';
import { adoptMoreStyles } from '../base/styles/adopt.ts';
import { LazyPart } from '../ui/lazy-part.ts';
import { clientDetailParts, type DetailPage } from './detail-parts.ts';
import type { HeaderAction } from './header-actions.ts';
import type { ClientDetailText } from './messages.ts';

type ActionsModule = Awaited<ReturnType<typeof clientDetailParts.actions>>;
type Actions = InstanceType<ActionsModule['DetailActions']>;

/** What the action dialogs read of the element and tell it. */
export interface DetailActionsOptions {
  t(): ClientDetailText;
  locale(): string;
  api(): ClienteleClient | undefined;
  /** The client with its version (`ETag`), as shown. */
  record(): Versioned<Client> | undefined;
  /** An action changed the client: the header and the panels follow. */
  setRecord(record: Versioned<Client>): void;
  /** Reads the client again (its new version after an action that answers without one). */
  refresh(): Promise<void>;
}

/**
 * The header's actions: the buttons are part of the first paint; their dialogs (forms, requests,
 * messages) are a `LazyPart` loaded on the first click, which then opens the dialog asked for.
 * Meanwhile the clicked button is `aria-busy` with a spinner; a failed load is an alert with
 * Retry, which loads again and opens the dialog after all.
 */
export class DetailActionsLoader {
  readonly #host: LitElement;
  readonly part: LazyPart<ActionsModule, Actions>;
  #pending: HeaderAction | undefined;

  constructor(host: LitElement, options: DetailActionsOptions) {
    this.#host = host;
    this.part = new LazyPart(
      host,
      () => clientDetailParts.actions(options.locale()),
      (module) => {
        adoptMoreStyles(host, module.DetailActions.styles);
        return new module.DetailActions(host, options);
      },
    );
  }

  /** Opens an action's dialog, loading the dialogs first if needed. */
  run(action: HeaderAction): void {
    this.#pending = action;
    this.part.use((actions) => {
      this.#pending = undefined;
      actions.open(action);
    });
    this.#host.requestUpdate();
  }

  /** The buttons, drawn by the page's chunk (./detail-page.ts), and a failed load's alert. */
  renderButtons(
    page: DetailPage,
    t: ClientDetailText,
    client: Client,
    can: (permission: Permission) => boolean,
  ) {
    return html`${page.renderHeaderActions({
      t,
      client,
      can,
      pending: this.part.busy ? this.#pending : undefined,
      run: (action) => this.run(action),
    })}
    ${this.part.renderError(t, () => {
      const button = this.#pending && this.#button(this.#pending);
      button?.focus();
    })}`;
  }

  #button(action: HeaderAction): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(`[data-action="${action}"]`);
  }

  /** The open dialog, if any. */
  render() {
    return this.part.part?.render() ?? nothing;
  }
}
