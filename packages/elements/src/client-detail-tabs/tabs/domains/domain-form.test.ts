import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../define/clientele-provider.ts';
import './domains-tab.define.ts';
import { cloudBackend } from '../../../testing/cloud-backend.ts';
import { useCloudTabFixture } from '../../../testing/cloud-tabs-fixture.ts';
import { problem } from '../../../testing/fake-api.ts';
import { deepActive } from '../../../testing/list-fixture.ts';
import { domainsTabParts } from './domains-parts.ts';

const { mount, row, dialog } = useCloudTabFixture('client-domains-tab');

afterEach(() => {
  vi.restoreAllMocks();
});

async function openForm() {
  await page.getByRole('button', { name: 'Register domain' }).click();
  const name = dialog().getByRole('textbox', { name: 'Domain name' });
  await expect.element(name).toBeVisible();
  return name;
}
const submit = () => dialog().getByRole('button', { name: 'Register', exact: true });
const posts = (server: ReturnType<typeof cloudBackend>) =>
  server.received.filter((r) => r.method === 'POST');

describe('<client-domains-tab> register', () => {
  it('registers a domain for the chosen years; it appears in the list', async () => {
    const server = cloudBackend();
    mount(server);
    const name = await openForm();
    await name.fill('nimbus-cloud.example');
    await userEvent.selectOptions(
      dialog().getByRole('combobox', { name: 'Registration period' }).element(),
      '2',
    );
    await submit().click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(row('nimbus-cloud.example')).toMatchTextContent(/Pending/);
    await expect
      .element(page.getByRole('status').filter({ hasText: 'registered' }))
      .toMatchTextContent(/nimbus-cloud\.example was registered/);
    expect(posts(server)[0]?.body).toEqual({ name: 'nimbus-cloud.example', years: 2 });
    expect(posts(server)[0]?.key).toMatch(/\S{16,}/);
  });

  it('makes one domain of a double click', async () => {
    const server = cloudBackend();
    mount(server);
    const name = await openForm();
    await name.fill('double.example');
    await submit().dblClick();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(row('double.example')).toBeVisible();
    expect(server.registered).toBe(1);
    expect(server.domains.filter((d) => d.name === 'double.example')).toHaveLength(1);
    expect(posts(server).length).toBe(1);
  });

  it('keeps its Idempotency-Key across a retry after a lost answer: one domain', async () => {
    const server = cloudBackend();
    mount(server);
    const name = await openForm();
    await name.fill('retry.example');
    // The server made the domain, but the answer was lost on its way.
    server.fail('POST', /\/domains$/, problem(503, { title: 'Service unavailable' }));
    await submit().click();
    await expect.element(dialog().getByRole('alert')).toMatchTextContent(/Service unavailable/);
    await expect.element(name).toHaveValue('retry.example');
    // The same button sends again: it says so.
    await dialog().getByRole('button', { name: 'Retry' }).click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    const [first, second] = posts(server);
    expect(first?.key).toBeTruthy();
    expect(second?.key).toBe(first?.key);
    expect(server.registered).toBe(1);
  });

  it('puts the API\'s 409 "taken" on the name field and keeps the input', async () => {
    const server = cloudBackend();
    mount(server);
    const name = await openForm();
    await name.fill('taken.example');
    await submit().click();
    await expect.element(name).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(name)
      .toHaveAccessibleDescription(/^taken\.example is already registered\. Choose another name\./);
    await expect.poll(() => deepActive()?.id).toBe('domain-form-name');
    await expect.element(name).toHaveValue('taken.example');
    expect(server.registered).toBe(0);
    // Another name is another submission, with another key.
    await name.fill('free.example');
    await expect.element(name).not.toHaveAttribute('aria-invalid');
    await submit().click();
    await expect.element(row('free.example')).toBeVisible();
    const [first, second] = posts(server);
    expect(second?.key).not.toBe(first?.key);
  });

  it("puts the API's 422 on its field", async () => {
    const server = cloudBackend();
    mount(server);
    server.fail(
      'POST',
      /\/domains$/,
      problem(422, {
        title: 'Validation failed',
        errors: [{ field: 'years', code: 'maximum', message: 'At most 5 years for this TLD.' }],
      }),
    );
    const name = await openForm();
    await name.fill('long.example');
    await submit().click();
    const years = dialog().getByRole('combobox', { name: 'Registration period' });
    await expect.element(years).toHaveAttribute('aria-invalid', 'true');
    await expect.element(years).toHaveAccessibleDescription('At most 5 years for this TLD.');
    await expect.element(name).toHaveValue('long.example');
  });

  it('checks the name before sending, by Enter as by click', async () => {
    const server = cloudBackend();
    mount(server);
    const name = await openForm();
    const cases: [string, RegExp][] = [
      ['', /^Enter a domain name\./],
      ['localhost', /^Add a top-level domain/],
      ['-bad.example', /^"-bad" may not start or end with a hyphen\./],
      ['a..example', /^Remove the empty part/],
      ['under_score.example', /^Use only letters, digits, hyphens and dots\./],
      ['example.c0m', /^The top-level domain must be 2 to 63 letters\./],
      [`${'a'.repeat(64)}.example`, /longer than 63 characters/],
      ['пример.рф', /^Internationalised top-level domains/],
    ];
    for (const [value, message] of cases) {
      await name.fill(value);
      await userEvent.keyboard('{Enter}');
      await expect.element(name).toHaveAccessibleDescription(message);
    }
    expect(posts(server)).toHaveLength(0);
  });

  it('accepts an internationalised name and registers its xn-- form', async () => {
    const server = cloudBackend();
    mount(server);
    const name = await openForm();
    await name.fill('Müller.Example');
    await expect
      .element(dialog().getByRole('status'))
      .toHaveTextContent('Registered as xn--mller-kva.example');
    await submit().click();
    await expect.element(row('xn--mller-kva.example')).toBeVisible();
    expect(posts(server)[0]?.body).toEqual({ name: 'xn--mller-kva.example', years: 1 });
  });

  it('says when the form cannot be loaded, and Retry opens it', async () => {
    const load = domainsTabParts.form;
    let fail = true;
    vi.spyOn(domainsTabParts, 'form').mockImplementation((locale) =>
      fail ? Promise.reject(new TypeError('Failed to fetch')) : load(locale),
    );
    mount(cloudBackend());
    await page.getByRole('button', { name: 'Register domain' }).click();
    await expect.element(page.getByRole('alert')).toMatchTextContent(/Something went wrong/);
    fail = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.element(dialog().getByRole('textbox', { name: 'Domain name' })).toBeVisible();
  });

  it('speaks German in the form', async () => {
    mount(cloudBackend(), { lang: 'de' });
    await page.getByRole('button', { name: 'Domain registrieren' }).click();
    const name = dialog().getByRole('textbox', { name: 'Domainname' });
    await expect.element(name).toBeVisible();
    await name.fill('localhost');
    await dialog().getByRole('button', { name: 'Registrieren', exact: true }).click();
    await expect.element(name).toHaveAccessibleDescription(/^Ergänzen Sie eine Top-Level-Domain/);
  });
});
