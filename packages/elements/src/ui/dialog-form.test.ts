import { ApiError } from '@clientele/sdk';
import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { commonEn } from '../base/i18n/common.en.ts';
import { tokenStyles } from '../base/styles/tokens.ts';
import { deepActive } from '../testing/list-fixture.ts';
import { dialogStyles } from './confirm-dialog.styles.ts';
import { DialogForm, type DialogFormSpec } from './dialog-form.ts';
import {
  ariaInvalid,
  describedBy,
  fieldErrorStyles,
  renderFieldError,
  validateFields,
} from './form-errors.ts';
import { uiStyles } from './ui.styles.ts';

type Field = 'name' | 'note';
const ID = (field: Field) => `t-${field}`;

const TEXT = {
  errorTitle: 'Something went wrong',
  errorMessage: 'Try again.',
  networkErrorTitle: 'No connection',
  networkErrorMessage: 'Check the network.',
  fieldError: ({ field, message }: { field: string; message: string }) => `${field}: ${message}`,
  cancel: 'Cancel',
  retry: 'Retry',
};

class FormHost extends LitElement {
  static override styles = [tokenStyles, uiStyles, dialogStyles, fieldErrorStyles];
  readonly done = vi.fn();
  readonly stale = vi.fn();
  readonly form = new DialogForm<Field, string>(this, 't-dialog', ID, {
    text: () => TEXT,
    onDone: (result) => this.done(result),
    onStale: () => this.stale(),
  });

  protected override render() {
    return this.form.render();
  }
}
customElements.define('dialog-form-host', FormHost);

function field(name: Field, label: string, errors: ReadonlyMap<Field, string>) {
  const error = errors.get(name);
  return html`<div class="field">
    <label for=${ID(name)}>${label}</label>
    <input id=${ID(name)} class="input" name=${name} aria-invalid=${ariaInvalid(error)}
      aria-describedby=${describedBy(ID(name), error)} />
    ${renderFieldError(ID(name), error)}
  </div>`;
}

function spec(
  send: DialogFormSpec<Field, string>['send'],
  extra: Partial<DialogFormSpec<Field, string>> = {},
) {
  return {
    title: 'Rename',
    message: 'A new name.',
    confirm: 'Save',
    failed: 'Could not rename',
    order: ['name', 'note'] as const,
    fields: (errors: ReadonlyMap<Field, string>) =>
      html`${field('name', 'Name', errors)}${field('note', 'Note', errors)}`,
    validate: (data: FormData) =>
      validateFields((f) => String(data.get(f) ?? ''), { name: { required: true } }, commonEn),
    send,
    ...extra,
  } satisfies DialogFormSpec<Field, string>;
}

function mount(): FormHost {
  const host = document.createElement('dialog-form-host') as FormHost;
  document.body.append(host);
  return host;
}

const dialog = () => page.getByRole('dialog');
const problem = (status: number, body: Record<string, unknown> = {}) =>
  new ApiError(new Response(null, { status }), {
    title: 'Server down',
    detail: 'Later.',
    errors: [],
    ...body,
  });

describe('DialogForm', () => {
  afterEach(() => document.body.replaceChildren());

  it('checks the fields on a click: the error is on the field, announced, and focused', async () => {
    const host = mount();
    const send = vi.fn(async () => 'sent');
    host.form.open(spec(send));
    await dialog().getByRole('button', { name: 'Save' }).click();
    const name = dialog().getByRole('textbox', { name: 'Name' });
    await expect.element(name).toHaveAttribute('aria-invalid', 'true');
    await expect.element(name).toHaveAccessibleDescription(commonEn.fieldRequired);
    await expect.poll(() => deepActive()?.id).toBe('t-name');
    expect(send).not.toHaveBeenCalled();
    // Typing clears the field's error.
    await userEvent.type(name, 'Ada');
    await expect.element(name).not.toHaveAttribute('aria-invalid', 'true');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await expect.element(dialog()).not.toBeInTheDocument();
    expect(host.done).toHaveBeenCalledWith('sent');
  });

  it('keeps what was typed when the server fails; the button reads Retry and sends again', async () => {
    const host = mount();
    const send = vi.fn().mockRejectedValueOnce(problem(500)).mockResolvedValueOnce('ok');
    host.form.open(spec(send));
    await userEvent.type(dialog().getByRole('textbox', { name: 'Name' }), 'Ada');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await expect.element(dialog().getByRole('alert')).toMatchTextContent(/Server down.*Later\./);
    await expect.element(dialog().getByRole('textbox', { name: 'Name' })).toHaveValue('Ada');
    await dialog().getByRole('button', { name: 'Retry' }).click();
    await expect.element(dialog()).not.toBeInTheDocument();
    expect(send).toHaveBeenCalledTimes(2);
    expect(host.done).toHaveBeenCalledWith('ok');
  });

  it("puts the API's field errors on their fields and sends once while a request is under way", async () => {
    const host = mount();
    let reject: (error: unknown) => void = () => {};
    const send = vi.fn(() => new Promise<string>((_, no) => (reject = no)));
    host.form.open(spec(send));
    await userEvent.type(dialog().getByRole('textbox', { name: 'Name' }), 'Ada');
    const save = dialog().getByRole('button', { name: 'Save' }).element() as HTMLElement;
    save.click();
    save.click();
    await expect.poll(() => send.mock.calls.length).toBe(1);
    reject(problem(422, { errors: [{ field: 'note', code: 'bad', message: 'Not that.' }] }));
    const note = dialog().getByRole('textbox', { name: 'Note' });
    await expect.element(note).toHaveAttribute('aria-invalid', 'true');
    await expect.poll(() => deepActive()?.id).toBe('t-note');
    // A field's error is for the user to correct: the button keeps its label.
    await expect.element(dialog().getByRole('button', { name: 'Save' })).toBeVisible();
    expect(host.done).not.toHaveBeenCalled();
  });

  it("words a refusal the form's own way; a stale one asks for a read once the dialog closes", async () => {
    const host = mount();
    const send = vi.fn().mockRejectedValue(problem(409));
    host.form.open(
      spec(send, {
        explain: (error, shared) =>
          error instanceof ApiError && error.status === 409
            ? { ...shared, form: { title: 'Could not rename', detail: 'It changed.' }, stale: true }
            : undefined,
      }),
    );
    await userEvent.type(dialog().getByRole('textbox', { name: 'Name' }), 'Ada');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await expect
      .element(dialog().getByRole('alert'))
      .toMatchTextContent(/Could not rename.*It changed\./);
    // Trying again cannot help: no Retry.
    await expect.element(dialog().getByRole('button', { name: 'Save' })).toBeVisible();
    expect(host.stale).not.toHaveBeenCalled();
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.element(dialog()).not.toBeInTheDocument();
    expect(host.stale).toHaveBeenCalledTimes(1);
  });

  it('reads Retry after a later failure that is not stale, and still reads the data again on close', async () => {
    const host = mount();
    const send = vi.fn().mockRejectedValueOnce(problem(409)).mockRejectedValueOnce(problem(500));
    host.form.open(
      spec(send, {
        explain: (error, shared) =>
          error instanceof ApiError && error.status === 409
            ? { ...shared, form: { title: 'Could not rename', detail: 'It changed.' }, stale: true }
            : undefined,
      }),
    );
    await userEvent.type(dialog().getByRole('textbox', { name: 'Name' }), 'Ada');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await expect.element(dialog().getByRole('alert')).toMatchTextContent(/It changed\./);
    // The user sends again anyway (the form holds the new version); the server is down now.
    await dialog().getByRole('button', { name: 'Save' }).click();
    await expect.element(dialog().getByRole('alert')).toMatchTextContent(/Server down.*Later\./);
    await expect.element(dialog().getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect.element(dialog().getByRole('textbox', { name: 'Name' })).toHaveValue('Ada');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.element(dialog()).not.toBeInTheDocument();
    expect(host.stale).toHaveBeenCalledTimes(1);
  });

  it('lets a form answer a submit itself (its choices are still loading)', async () => {
    const host = mount();
    const send = vi.fn(async () => 'sent');
    let ready = false;
    host.form.open(spec(send, { hold: () => !ready }));
    await userEvent.type(dialog().getByRole('textbox', { name: 'Name' }), 'Ada');
    await dialog().getByRole('button', { name: 'Save' }).click();
    expect(send).not.toHaveBeenCalled();
    ready = true;
    await dialog().getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => send.mock.calls.length).toBe(1);
  });
});
