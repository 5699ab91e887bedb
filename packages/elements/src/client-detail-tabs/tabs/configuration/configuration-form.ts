import type { ClienteleClient, Configuration } from '@clientele/sdk';
import { isConflict, updateVersioned } from '@clientele/sdk/versioned';
import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { messageCatalog } from '../../../base/i18n/localize.ts';
import { dialogStyles } from '../../../ui/confirm-dialog.styles.ts';
import { ConfirmDialog } from '../../../ui/confirm-dialog.ts';
import {
  ariaInvalid,
  describedBy,
  type FormProblem,
  fieldErrorStyles,
  focusFirstInvalid,
  formErrors,
  renderFieldError,
} from '../../../ui/form-errors.ts';
import type { VersionedConfiguration } from './configuration-api.ts';
import {
  CONFIGURATION_FIELDS,
  FIELD_LABELS,
  fieldText,
  sameValue,
} from './configuration-fields.ts';
import { type ConfigurationFormMessages, configurationFormEn } from './form-messages.en.ts';
import type { ConfigurationTabText } from './messages.ts';

/** The form's own messages, in English and, loaded when first used, German. */
export const configurationFormText = messageCatalog({
  en: configurationFormEn,
  de: () => import('./form-messages.de.ts').then((m) => m.configurationFormDe),
});

type Text = ConfigurationTabText & ConfigurationFormMessages;
type Field = 'configuration_id';

export interface ConfigurationFormOptions {
  text(): ConfigurationTabText;
  locale(): string;
  client(): ClienteleClient | undefined;
  clientId(): string;
  /** The client's configuration as the tab shows it, with its version. */
  current(): VersionedConfiguration | undefined;
  /** Every configuration the client may be given. */
  configurations(): readonly Configuration[];
  /** The server saved the choice (the dialog is closed). */
  onSaved(saved: VersionedConfiguration): void;
  /** The server had a newer version (412): the tab shows it from now on. */
  onConflict(current: VersionedConfiguration): void;
  announce(text: string): void;
}

const SELECT_ID = 'configuration-form-choice';
const ORDER: readonly Field[] = ['configuration_id'];

const formStyles = css`
  .form-fields {
    display: grid;
    gap: var(--_space-m);
  }
  .compare {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--_font-size-s);
  }
  .compare th,
  .compare td {
    padding: var(--_space-xs);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }
  .compare thead th {
    color: var(--_color-text-muted);
  }
  .compare tbody th {
    font-weight: normal;
  }
  .compare .changes {
    font-weight: var(--_font-weight-strong);
  }
  .compare .unchanged {
    color: var(--_color-text-muted);
  }
  .conflict {
    display: grid;
    gap: var(--_space-s);
  }
  .conflict-title {
    margin: 0;
    font-size: var(--_font-size-l);
  }
  .conflict p {
    margin: 0;
  }
`;

/**
 * The Configuration tab's change form, loaded on first use, in the shared dialog: choose a
 * configuration, see every setting now and after saving, save with `If-Match` (the version the
 * tab showed). A 412 turns the form into the conflict view: the server's configuration now
 * beside the user's choice, setting by setting; "Apply my choice" saves it over the server's
 * version, "Discard my choice" closes with the server's shown. Other failures keep the choice
 * and turn the confirm button into Retry; the API's 422 goes on the field.
 */
export class ConfigurationForm {
  static readonly styles = [dialogStyles, fieldErrorStyles, formStyles];

  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode };
  readonly #options: ConfigurationFormOptions;
  readonly #dialog: ConfirmDialog;
  /** The version the choice will be saved over (the tab's, then the server's after a 412). */
  #base: VersionedConfiguration | undefined;
  #selected = '';
  /** After a 412: the server's version the conflict view shows. */
  #conflict: VersionedConfiguration | undefined;
  #errors = new Map<Field, string>();
  #failure: FormProblem | undefined;
  #busy = false;
  #controller: AbortController | undefined;
  #focusInvalid = false;

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    options: ConfigurationFormOptions,
  ) {
    this.#host = host;
    this.#options = options;
    this.#dialog = new ConfirmDialog(host, 'configuration-dialog');
    host.addController(this);
  }

  /** The open dialog. */
  get element(): HTMLDialogElement | undefined {
    return this.#dialog.element;
  }

  hostUpdated(): void {
    if (!this.#focusInvalid) return;
    this.#focusInvalid = false;
    focusFirstInvalid(this.#host.renderRoot, ORDER, this.#errors, () => SELECT_ID);
  }

  render() {
    return this.#dialog.render();
  }

  /** Opens the form over the configuration the tab shows. */
  open(): void {
    const base = this.#options.current();
    if (this.#dialog.isOpen || !base) return;
    const t = this.#text();
    this.#base = base;
    this.#selected = base.data.configuration.id;
    this.#conflict = undefined;
    this.#errors.clear();
    this.#failure = undefined;
    this.#busy = false;
    this.#dialog.open(
      {
        title: t.configurationChangeTitle,
        message: t.configurationChangeMessage,
        confirmLabel: t.configurationSave,
        cancelLabel: t.cancel,
        fields: this.#fields(),
      },
      () => void this.#submit(),
      () => {
        this.#controller?.abort();
        if (this.#conflict) this.#options.announce(this.#text().configurationDiscarded);
        this.#conflict = undefined;
      },
    );
  }

  #text(): Text {
    return { ...this.#options.text(), ...configurationFormText(this.#options.locale()) };
  }

  #chosen(): Configuration | undefined {
    return this.#options.configurations().find((c) => c.id === this.#selected);
  }

  #fields() {
    const t = this.#text();
    const base = this.#base?.data.configuration;
    const chosen = this.#chosen();
    if (!base) return nothing;
    if (this.#conflict) {
      const server = this.#conflict.data.configuration;
      return html`<section part="conflict" class="conflict" aria-labelledby="configuration-conflict-title">
        <h3 id="configuration-conflict-title" class="conflict-title">${t.configurationConflictTitle}</h3>
        <p>${t.configurationConflictMessage}</p>
        ${
          chosen
            ? this.#compare(
                t,
                { label: t.configurationConflictServer({ name: server.name }), value: server },
                { label: t.configurationConflictYours({ name: chosen.name }), value: chosen },
              )
            : nothing
        }
      </section>`;
    }
    const error = this.#errors.get('configuration_id');
    const fallback = this.#options.configurations().find((c) => c.is_default);
    return html`<div class="form-fields" @change=${this.#onChange}>
      <div class="field">
        <label for=${SELECT_ID}>${t.configurationChoose}</label>
        <select id=${SELECT_ID} class="input" name="configuration_id"
          aria-invalid=${ariaInvalid(error)} aria-describedby=${describedBy(SELECT_ID, error)}>
          ${this.#options.configurations().map((c) => {
            const name =
              c.id === base.id
                ? t.configurationCurrentMark({ name: c.name })
                : c.id === fallback?.id
                  ? t.configurationDefaultMark({ name: c.name })
                  : c.name;
            return html`<option value=${c.id} ?selected=${c.id === this.#selected}>${name}</option>`;
          })}
        </select>
        ${renderFieldError(SELECT_ID, error)}
      </div>
      ${
        chosen && chosen.id !== base.id
          ? this.#compare(
              t,
              { label: t.configurationPreviewNow({ name: base.name }), value: base },
              { label: t.configurationPreviewAfter({ name: chosen.name }), value: chosen },
            )
          : nothing
      }
    </div>`;
  }

  /** Two configurations setting by setting, with what would change said in words. */
  #compare(
    t: Text,
    left: { label: string; value: Configuration },
    right: { label: string; value: Configuration },
  ) {
    const locale = this.#options.locale();
    return html`<table class="compare" aria-live="polite">
      <thead>
        <tr>
          <th scope="col">${t.configurationSetting}</th>
          <th scope="col">${left.label}</th>
          <th scope="col">${right.label}</th>
          <th scope="col"><span class="visually-hidden">${t.configurationChanges}</span></th>
        </tr>
      </thead>
      <tbody>
        ${CONFIGURATION_FIELDS.map((field) => {
          const same = sameValue(field, left.value, right.value);
          return html`<tr data-field=${field} data-changes=${same ? nothing : 'true'}>
            <th scope="row">${t[FIELD_LABELS[field]] as string}</th>
            <td>${fieldText(t, locale, field, left.value)}</td>
            <td>${fieldText(t, locale, field, right.value)}</td>
            <td class=${same ? 'unchanged' : 'changes'}>
              ${same ? t.configurationUnchanged : t.configurationChanges}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  #onChange = (event: Event): void => {
    const target = event.target as HTMLSelectElement;
    if (target.name !== 'configuration_id') return;
    this.#selected = target.value;
    this.#errors.delete('configuration_id');
    this.#refresh();
  };

  #refresh(): void {
    if (!this.#dialog.isOpen) return;
    const t = this.#text();
    const conflict = this.#conflict !== undefined;
    const retry = this.#failure !== undefined && this.#errors.size === 0;
    this.#dialog.update({
      fields: this.#fields(),
      busy: this.#busy,
      error: this.#failure,
      confirmLabel: conflict ? t.configurationReapply : retry ? t.retry : t.configurationSave,
      cancelLabel: conflict ? t.configurationDiscard : t.cancel,
    });
  }

  async #submit(): Promise<void> {
    const base = this.#base;
    const api = this.#options.client();
    if (this.#busy || !base || !api) return;
    const t = this.#text();
    this.#failure = undefined;
    if (!this.#conflict && this.#selected === base.data.configuration.id) {
      this.#errors.set('configuration_id', t.configurationChooseOther);
      this.#focusInvalid = true;
      this.#refresh();
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    this.#busy = true;
    this.#refresh();
    try {
      const saved = await updateVersioned(api, 'PUT', '/clients/{client_id}/configuration', {
        params: { path: { client_id: this.#options.clientId() } },
        body: { configuration_id: this.#selected },
        etag: base.etag,
        signal: controller.signal,
      });
      if (controller.signal.aborted) return;
      this.#busy = false;
      this.#conflict = undefined;
      this.#dialog.close();
      this.#options.onSaved(saved);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#busy = false;
      if (isConflict<{ configuration: Configuration }>(error)) {
        // The next save goes over the server's version, if the user still wants their choice.
        this.#conflict = error.current;
        this.#base = error.current;
        this.#options.onConflict(error.current);
      } else {
        const result = formErrors(error, ORDER, t, { failedTitle: t.configurationSaveFailed });
        this.#errors = new Map(result.fields);
        this.#failure = result.form;
        this.#focusInvalid = this.#errors.size > 0;
      }
      this.#refresh();
    }
  }
}
