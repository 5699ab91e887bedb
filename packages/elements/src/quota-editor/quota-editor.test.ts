import { html, render } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/quota-editor.ts';
import { deferred, problem } from '../testing/fake-api.ts';
import { deepActive } from '../testing/list-fixture.ts';
import { QUOTA_CLIENT, type QuotaBackend, quotaBackend } from '../testing/quota-backend.ts';
import type { QuotaEditor } from './quota-editor.ts';
import type { QuotaSaveDetail } from './quota-events.ts';
import { quotaEditorParts } from './quota-parts.ts';

let container: HTMLElement;
const loadParts = quotaEditorParts.lazy;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  container.remove();
  quotaEditorParts.lazy = loadParts;
});

function mount(server: QuotaBackend, options: { readonly?: boolean; clientId?: string } = {}) {
  render(
    html`<quota-editor
      client-id=${options.clientId ?? QUOTA_CLIENT}
      ?readonly=${options.readonly ?? false}
      .client=${server.api.client()}
    ></quota-editor>`,
    container,
  );
  return container.querySelector('quota-editor') as QuotaEditor;
}

const field = (name: string) => page.getByRole('textbox', { name: `${name} limit` });
const saveButton = () => page.getByRole('button', { name: 'Review and save…' });
const saveDialog = () => page.getByRole('dialog', { name: 'Save quota changes' });

async function loaded() {
  await expect.element(page.getByRole('table', { name: 'Quotas' })).toBeVisible();
}

async function typeInto(name: string, text: string) {
  await userEvent.click(field(name));
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  if (text) await userEvent.keyboard(text);
}

async function confirmSave(label = 'Save 1 change') {
  await userEvent.click(saveDialog().getByRole('button', { name: label }));
}

describe('<quota-editor> states', () => {
  it('shows the rows with usage as text, units through Intl, and unlimited as a switch', async () => {
    mount(quotaBackend());
    await loaded();
    await expect.element(page.getByRole('rowheader', { name: 'vCPUs' })).toBeVisible();
    const meter = page.getByRole('meter', { name: 'vCPUs: Usage' });
    await expect.element(meter).toHaveAttribute('aria-valuetext', '16 of 32 (50%)');
    await expect.element(page.getByText('30,720 MiB')).toBeVisible();
    await expect.element(page.getByText('14 cores')).toBeVisible();
    await expect
      .element(page.getByRole('switch', { name: 'Floating IPs: unlimited' }))
      .toBeChecked();
    await expect.element(page.getByText('3 · No limit')).toBeVisible();
  });

  it('shows the skeleton while loading, then an error with Retry that loads again', async () => {
    const server = quotaBackend();
    const hold = deferred<void>();
    server.holdReads(hold);
    server.failReads(problem(500, { title: 'Server error', detail: 'Boom.' }));
    mount(server);
    await expect.element(page.getByText('Loading…')).toBeInTheDocument();
    hold.resolve();
    server.holdReads(undefined);
    await expect.element(page.getByRole('alert').getByText('Server error')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Retry' }));
    await loaded();
  });

  it('says access denied (403), not found (404), and empty for a set without items', async () => {
    const denied = quotaBackend();
    denied.failReads(problem(403, { title: 'Permission denied' }));
    mount(denied);
    await expect.element(page.getByText('Access denied')).toBeVisible();
    mount(quotaBackend(), { clientId: 'cl_nope' });
    await expect.element(page.getByText('Not found')).toBeVisible();
    mount(quotaBackend([]));
    await expect.element(page.getByText('Nothing to show')).toBeVisible();
  });
});

describe('<quota-editor> editing', () => {
  it('checks limits on the save button (mouse) and on Enter, with the reason on the row', async () => {
    const server = quotaBackend();
    mount(server);
    await loaded();
    await typeInto('Ports', '1.5');
    await userEvent.click(saveButton());
    await expect.element(field('Ports')).toHaveAttribute('aria-invalid', 'true');
    await expect.element(field('Ports')).toHaveAccessibleDescription(/Use a whole number/);
    expect(deepActive()).toBe(field('Ports').element());
    await typeInto('vCPUs', 'lots{Enter}');
    await expect.element(field('vCPUs')).toHaveAccessibleDescription(/Use digits only/);
    await expect.element(page.getByText('Fix 2 limits before saving.')).toBeVisible();
    await typeInto('Ports', '99999999999{Enter}');
    await expect
      .element(field('Ports'))
      .toHaveAccessibleDescription(/The largest limit is 2,147,483,647/);
    expect(server.changes()).toHaveLength(0);
    expect(page.getByRole('dialog').query()).toBeNull();
  });

  it('steps with the buttons and the arrow keys; Escape undoes the focused field', async () => {
    mount(quotaBackend());
    await loaded();
    await userEvent.click(page.getByRole('button', { name: 'Increase vCPUs limit' }));
    await expect.element(field('vCPUs')).toHaveValue('33');
    await userEvent.click(field('RAM'));
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowDown}');
    await expect.element(field('RAM')).toHaveValue('66560');
    await expect.element(page.getByText('2 limits changed')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(field('RAM')).toHaveValue('65536');
    await expect.element(field('vCPUs')).toHaveValue('33');
    await expect.element(page.getByText('1 limit changed')).toBeVisible();
    const unlimited = page.getByRole('switch', { name: 'Floating IPs: unlimited' });
    await userEvent.click(unlimited);
    await expect.element(field('Floating IPs')).toHaveValue('5');
    await userEvent.click(page.getByRole('button', { name: 'Undo all edits' }));
    await expect.element(unlimited).toBeChecked();
    await expect.element(field('vCPUs')).toHaveValue('32');
  });

  it('saves once with If-Match: pending visible, no double submit, success announced, event', async () => {
    const server = quotaBackend();
    const editor = mount(server);
    const saved: QuotaSaveDetail[] = [];
    editor.addEventListener('quota-save', (e) => saved.push(e.detail));
    await loaded();
    await typeInto('vCPUs', '48');
    await userEvent.click(page.getByRole('switch', { name: 'Floating IPs: unlimited' }));
    await typeInto('Floating IPs', '8{Enter}');
    await expect.element(saveDialog()).toBeVisible();
    await expect.element(saveDialog().getByText('vCPUs: 32 cores → 48 cores')).toBeVisible();
    await expect.element(saveDialog().getByText('Floating IPs: Unlimited → 8')).toBeVisible();
    const hold = deferred<void>();
    server.hold(hold);
    const confirm = saveDialog().getByRole('button', { name: 'Save 2 changes' });
    await userEvent.click(confirm);
    await expect.element(confirm).toHaveAttribute('aria-disabled', 'true');
    await expect
      .element(page.getByRole('button', { name: 'Saving…' }))
      .toHaveAttribute('aria-busy', 'true');
    // A second press while it runs (the button is aria-disabled, so a script clicks it).
    (confirm.element() as HTMLElement).click();
    hold.resolve();
    server.hold(undefined);
    await expect.element(page.getByRole('status')).toHaveTextContent('Saved: 2 limits changed.');
    expect(server.changes()).toHaveLength(1);
    const [request] = server.changes();
    expect(request!.headers.get('If-Match')).toBe('"q1"');
    expect(await request!.clone().json()).toEqual({ limits: { vcpus: 48, floating_ips: 8 } });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      clientId: QUOTA_CLIENT,
      action: 'update',
      force: false,
      changes: [
        { resource: 'vcpus', from: 32, to: 48 },
        { resource: 'floating_ips', from: null, to: 8 },
      ],
    });
    await expect.element(field('vCPUs')).toHaveValue('48');
    await expect.element(page.getByText('No changes')).toBeVisible();
  });

  it('needs an explicit force for a limit below usage (flagged on its row first)', async () => {
    const server = quotaBackend();
    mount(server);
    await loaded();
    await typeInto('Instances', '5');
    await expect
      .element(field('Instances'))
      .toHaveAccessibleDescription(/Below what is in use and reserved \(8\)/);
    await userEvent.keyboard('{Enter}');
    await confirmSave();
    const force = saveDialog().getByRole('checkbox', { name: /below current usage anyway/ });
    await expect.element(force).toHaveAttribute('aria-invalid', 'true');
    expect(server.changes()).toHaveLength(0);
    await userEvent.click(force);
    await confirmSave();
    await expect.element(page.getByRole('status')).toHaveTextContent('Saved: 1 limit changed.');
    expect(await server.changes()[0]!.clone().json()).toEqual({
      limits: { instances: 5 },
      force: true,
    });
  });

  it("puts the server's below-usage errors on their rows, keeping the edit", async () => {
    const server = quotaBackend();
    mount(server);
    await loaded();
    await typeInto('Ports', '20{Enter}');
    server.usageGrows('ports', 25);
    await confirmSave();
    await expect.element(field('Ports')).toHaveAccessibleDescription(/below in use \+ reserved/);
    await expect.element(field('Ports')).toHaveValue('20');
    expect(page.getByRole('dialog').query()).toBeNull();
  });

  it('keeps what was typed when the save fails', async () => {
    const server = quotaBackend();
    mount(server);
    await loaded();
    await typeInto('Ports', '70{Enter}');
    server.failNext(problem(503, { title: 'Service unavailable', detail: 'Try later.' }));
    await confirmSave();
    await expect
      .element(saveDialog().getByRole('alert').getByText('Service unavailable'))
      .toBeVisible();
    await userEvent.click(saveDialog().getByRole('button', { name: 'Cancel' }));
    await expect.element(field('Ports')).toHaveValue('70');
  });

  it('after a failed save the button reads Retry, and saves', async () => {
    const server = quotaBackend();
    mount(server);
    await loaded();
    await typeInto('Ports', '70{Enter}');
    server.failNext(problem(503, { title: 'Service unavailable', detail: 'Try later.' }));
    await confirmSave();
    await expect.element(saveDialog().getByRole('alert')).toBeVisible();
    await userEvent.click(saveDialog().getByRole('button', { name: 'Retry' }));
    await expect.element(saveDialog()).not.toBeInTheDocument();
    expect(server.set.items.find((q) => q.resource === 'ports')?.limit).toBe(70);
  });
});

describe('<quota-editor> conflicts (412)', () => {
  it("shows the server's values beside the edits, then reapplies them on the new version", async () => {
    const server = quotaBackend();
    mount(server);
    await loaded();
    await typeInto('Ports', '70{Enter}');
    server.colleagueSets({ ports: 60, vcpus: 40 });
    await confirmSave();
    const conflict = page.getByRole('region', { name: 'Someone else changed these quotas' });
    await expect.element(conflict).toBeVisible();
    // Above the table, maybe scrolled away: it takes the focus.
    await expect.poll(() => deepActive()).toBe(conflict.element());
    await expect.element(conflict.getByRole('row', { name: 'Ports 50 60 70' })).toBeVisible();
    await expect
      .element(conflict.getByRole('row', { name: 'vCPUs 32 cores 40 cores No edit' }))
      .toBeVisible();
    await expect.element(field('Ports')).toHaveValue('70');
    await userEvent.click(
      conflict.getByRole('button', { name: 'Reapply my edits to the new version' }),
    );
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('Your edits are on the new version. Review them and save again.');
    await expect.element(field('vCPUs')).toHaveValue('40');
    await expect.element(field('Ports')).toHaveValue('70');
    await userEvent.click(saveButton());
    await confirmSave();
    await expect.element(page.getByRole('status')).toHaveTextContent('Saved: 1 limit changed.');
    const last = server.changes().at(-1)!;
    expect(last.headers.get('If-Match')).toBe('"q2"');
    expect(server.set.items.find((q) => q.resource === 'ports')!.limit).toBe(70);
  });

  it('discards the edits for the new version when asked', async () => {
    const server = quotaBackend();
    mount(server);
    await loaded();
    await typeInto('Ports', '70{Enter}');
    server.colleagueSets({ ports: 60 });
    await confirmSave();
    const conflict = page.getByRole('region', { name: 'Someone else changed these quotas' });
    await userEvent.click(conflict.getByRole('button', { name: 'Discard my edits' }));
    await expect.element(field('Ports')).toHaveValue('60');
    await expect.element(page.getByText('No changes')).toBeVisible();
  });
});

describe('<quota-editor> resets, read-only, lazy parts', () => {
  it('resets one resource to its default with If-Match', async () => {
    const server = quotaBackend();
    mount(server);
    await loaded();
    await userEvent.click(page.getByRole('button', { name: 'Reset vCPUs to its default' }));
    const dialog = page.getByRole('dialog', { name: 'Reset to defaults' });
    await expect.element(dialog.getByText('vCPUs: 32 cores → 20 cores')).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: 'Reset' }));
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('Limits reset to their defaults.');
    const [request] = server.changes();
    expect(request!.method).toBe('DELETE');
    expect(new URL(request!.url).searchParams.getAll('resource')).toEqual(['vcpus']);
    expect(request!.headers.get('If-Match')).toBe('"q1"');
    await expect.element(field('vCPUs')).toHaveValue('20');
  });

  it('read-only: values without fields, and a disabled save that says why', async () => {
    mount(quotaBackend(), { readonly: true });
    await loaded();
    expect(page.getByRole('textbox').elements()).toHaveLength(0);
    const save = page.getByRole('button', { name: 'Review and save…' });
    await expect.element(save).toHaveAttribute('aria-disabled', 'true');
    await expect
      .element(save)
      .toHaveAccessibleDescription('Read only: these limits cannot be changed here.');
    await expect.element(page.getByText('32 cores', { exact: true }).first()).toBeVisible();
  });

  it('says when the dialogs fail to load, and Retry opens them after all', async () => {
    quotaEditorParts.lazy = () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    mount(quotaBackend());
    await loaded();
    await typeInto('Ports', '70{Enter}');
    const failed = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
    await expect.element(failed).toBeVisible();
    await expect.element(page.getByText('The change requests could not be loaded.')).toBeVisible();
    quotaEditorParts.lazy = loadParts;
    await userEvent.click(failed.getByRole('button', { name: 'Retry' }));
    await expect.element(saveDialog()).toBeVisible();
  });
});
