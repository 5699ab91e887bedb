import { ApiError, NetworkError, TimeoutError } from '@clientele/sdk';
import { html, nothing, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { commonDe } from '../base/i18n/common.de.ts';
import { commonEn } from '../base/i18n/common.en.ts';
import {
  ariaInvalid,
  checkField,
  describedBy,
  fieldErrorId,
  fieldErrorStyles,
  focusFirstInvalid,
  formErrors,
  renderFieldError,
  validateFields,
} from './form-errors.ts';

const FIELDS = ['title', 'message'] as const;

function problem(status: number, body?: unknown): ApiError {
  return new ApiError(new Response(null, { status, statusText: 'Unprocessable Content' }), body);
}

describe('formErrors', () => {
  it('puts messages on the named fields, the first per field, and the rest on the form', () => {
    const error = problem(422, {
      title: 'Validation failed',
      detail: '3 fields are invalid.',
      errors: [
        { field: 'title', code: 'duplicate', message: 'A ticket with this title is open.' },
        { field: 'title', code: 'too_short', message: 'Too short.' },
        { field: 'client_id', code: 'unknown', message: 'No such client.' },
      ],
    });
    const result = formErrors(error, FIELDS, commonEn);
    expect([...result.fields]).toEqual([['title', 'A ticket with this title is open.']]);
    expect(result.form).toEqual({
      title: 'Validation failed',
      detail: '3 fields are invalid. client_id: No such client.',
    });
  });

  it('gives a field the form does not show to the form message', () => {
    const error = problem(422, {
      title: 'Validation failed',
      errors: [{ field: 'message', code: 'required', message: 'Required.' }],
    });
    const result = formErrors(error, ['title'], commonEn);
    expect(result.fields.size).toBe(0);
    expect(result.form).toEqual({ title: 'Validation failed', detail: 'message: Required.' });
  });

  it('keeps a problem without field errors or detail as its title alone', () => {
    const result = formErrors(problem(409, { title: 'Conflict' }), FIELDS, commonEn);
    expect(result.fields.size).toBe(0);
    expect(result.form).toEqual({ title: 'Conflict', detail: undefined });
    // Not a problem body: titled after the status text.
    expect(formErrors(problem(422), FIELDS, commonEn).form.title).toBe('Unprocessable Content');
  });

  it('words network failures, timeouts and anything else with the shared messages', () => {
    for (const error of [new NetworkError(), new TimeoutError(5000)]) {
      expect(formErrors(error, FIELDS, commonEn).form).toEqual({
        title: commonEn.networkErrorTitle,
        detail: commonEn.networkErrorMessage,
      });
    }
    expect(formErrors(new Error('boom'), FIELDS, commonEn).form).toEqual({
      title: commonEn.errorTitle,
      detail: commonEn.errorMessage,
    });
    expect(
      formErrors(new Error('boom'), FIELDS, commonEn, { failedTitle: 'Not saved' }).form.title,
    ).toBe('Not saved');
  });
});

describe('a form checking its own fields', () => {
  it('words the first rule a value breaks, in the given language', () => {
    expect(checkField('', { required: true }, commonEn)).toBe('Fill in this field.');
    expect(checkField('   ', { required: true }, commonDe)).toBe('Bitte dieses Feld ausfüllen.');
    expect(checkField('ab', { required: true, minLength: 3 }, commonEn)).toBe(
      'Use at least 3 characters.',
    );
    expect(checkField('abcd', { maxLength: 3 }, commonEn)).toBe('Use at most 3 characters.');
    // Characters, not UTF-16 units; surrounding spaces do not count.
    expect(checkField(' 😀😀😀 ', { minLength: 3, maxLength: 3 }, commonEn)).toBeUndefined();
    expect(checkField('ab-12', { pattern: /[a-z]+/ }, commonEn)).toBe(
      'Check the format of this field.',
    );
    expect(checkField('ab', { pattern: /[a-z]+/ }, commonEn)).toBeUndefined();
    // An empty optional field keeps every rule.
    expect(checkField('', { minLength: 3, pattern: /x/ }, commonEn)).toBeUndefined();
    expect(checkField('', { required: true, message: 'Choose one.' }, commonEn)).toBe(
      'Choose one.',
    );
  });

  it("gives each invalid field its message, in the rules' order", () => {
    const values: Record<string, string> = { title: 'Hi', message: '', note: '' };
    const errors = validateFields(
      (field) => values[field] ?? '',
      { message: { required: true }, title: { minLength: 3 }, note: {} },
      commonEn,
    );
    expect([...errors]).toEqual([
      ['message', 'Fill in this field.'],
      ['title', 'Use at least 3 characters.'],
    ]);
  });

  it('focuses the first field with an error, in the order given', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(html`<input id="f-title" /><input id="f-message" />`, root);
    const focused = focusFirstInvalid(
      root,
      ['title', 'message'],
      new Map([['message', 'Fill in this field.']]),
      (field) => `f-${field}`,
    );
    expect(focused?.id).toBe('f-message');
    expect(document.activeElement?.id).toBe('f-message');
    expect(focusFirstInvalid(root, ['title'], new Map(), (field) => `f-${field}`)).toBeUndefined();
    root.remove();
  });
});

describe('the field error pattern', () => {
  let host: HTMLElement | undefined;
  afterEach(() => host?.remove());

  function mount(error: string | undefined): ShadowRoot {
    host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [fieldErrorStyles.styleSheet!];
    render(
      html`<label for="title">Title</label>
        <input
          id="title"
          class="input"
          aria-invalid=${ariaInvalid(error)}
          aria-describedby=${describedBy('title', error, 'title-hint')}
        />
        ${renderFieldError('title', error)}
        <p id="title-hint">Three characters at least.</p>`,
      root,
    );
    return root;
  }

  it('marks the control invalid and describes it by the visible error, then the hint', async () => {
    const root = mount('A ticket with this title is open.');
    const input = page.getByRole('textbox', { name: 'Title' });
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(input)
      .toHaveAccessibleDescription('A ticket with this title is open. Three characters at least.');
    const message = root.getElementById(fieldErrorId('title'))!;
    await expect.element(message).toBeVisible();
    expect(message.textContent).toBe('A ticket with this title is open.');
  });

  it('leaves a valid control without aria-invalid and without an error element', async () => {
    const root = mount(undefined);
    const input = page.getByRole('textbox', { name: 'Title' });
    await expect.element(input).not.toHaveAttribute('aria-invalid');
    await expect.element(input).toHaveAccessibleDescription('Three characters at least.');
    expect(root.getElementById(fieldErrorId('title'))).toBeNull();
    expect(describedBy('title', undefined)).toBe(nothing);
  });
});
