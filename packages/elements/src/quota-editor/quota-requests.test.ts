import type { ClienteleClient } from '@clientele/sdk';
import { html, render } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/clientele-provider.ts';
import '../define/quota-editor.ts';
import { json, problem } from '../testing/fake-api.ts';
import {
  QUOTA_CLIENT,
  type QuotaBackend,
  quotaBackend,
  sampleQuotas,
  sampleRequest,
} from '../testing/quota-backend.ts';
import type { QuotaRequestDetail, QuotaSaveDetail } from './quota-events.ts';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

/** A client whose `/me` has these permissions, over the fake quotas API. */
function asStaff(server: QuotaBackend, permissions: string[]): ClienteleClient {
  const api = server.api.client();
  const get = api.GET.bind(api);
  api.GET = ((path: string, init: unknown) =>
    path === '/me'
      ? Promise.resolve({
          data: { id: 'u', name: 'U', email: 'u@x.test', role: 'staff', permissions, locale: 'en' },
          response: json({}),
        })
      : get(path as never, init as never)) as typeof api.GET;
  return api;
}

function mount(api: ClienteleClient) {
  render(
    html`<clientele-provider .client=${api}>
      <quota-editor client-id=${QUOTA_CLIENT}></quota-editor>
    </clientele-provider>`,
    container,
  );
  const editor = container.querySelector('quota-editor')!;
  const saved: QuotaSaveDetail[] = [];
  const requested: QuotaRequestDetail[] = [];
  editor.addEventListener('quota-save', (e) => saved.push(e.detail));
  editor.addEventListener('quota-request', (e) => requested.push(e.detail));
  return { saved, requested };
}

const pending = (count: number) =>
  page.getByRole('region', {
    name: count === 1 ? '1 pending change request' : `${count} pending change requests`,
  });

describe('<quota-editor> change requests', () => {
  it('approves a pending request with the quota set’s If-Match, and says so', async () => {
    const server = quotaBackend(sampleQuotas(), [sampleRequest()]);
    const { saved, requested } = mount(asStaff(server, ['clients.read', 'quotas.update']));
    const region = pending(1);
    await expect.element(region.getByText('vCPUs: 32 cores → 48 cores')).toBeVisible();
    await expect.element(region.getByText('Staging moves to us next week.')).toBeVisible();
    await userEvent.click(region.getByRole('button', { name: 'Approve…' }));
    const dialog = page.getByRole('dialog', { name: 'Approve the change request' });
    await userEvent.click(dialog.getByRole('button', { name: 'Approve and apply' }));
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('Change request approved; the new limits apply.');
    const approve = server.api.requests.find((r) => r.url.endsWith('/approve'))!;
    expect(approve.headers.get('If-Match')).toBe('"q1"');
    await expect.element(page.getByRole('textbox', { name: 'vCPUs limit' })).toHaveValue('48');
    expect(requested.map((d) => [d.action, d.requestId])).toEqual([['approve', 'qr_1']]);
    expect(saved[0]).toMatchObject({ action: 'approve', requestId: 'qr_1' });
    // The pending list is read again after the approval: the request leaves it.
    await expect.poll(() => region.query()).toBeNull();
  });

  it('after a colleague’s change (412) reads the quotas again, and approving again applies it', async () => {
    const server = quotaBackend(sampleQuotas(), [sampleRequest()]);
    mount(asStaff(server, ['clients.read', 'quotas.update']));
    await userEvent.click(pending(1).getByRole('button', { name: 'Approve…' }));
    server.colleagueSets({ ports: 60 });
    const dialog = page.getByRole('dialog', { name: 'Approve the change request' });
    await userEvent.click(dialog.getByRole('button', { name: 'Approve and apply' }));
    await expect.element(dialog.getByRole('alert').getByText('Precondition failed')).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: 'Ports limit' })).toHaveValue('60');
    await userEvent.click(dialog.getByRole('button', { name: 'Approve and apply' }));
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('Change request approved; the new limits apply.');
    const approvals = server.api.requests.filter((r) => r.url.endsWith('/approve'));
    expect(approvals.map((r) => r.headers.get('If-Match'))).toEqual(['"q1"', '"q2"']);
  });

  it('rejects only with a reason, checked by the form itself', async () => {
    const server = quotaBackend(sampleQuotas(), [sampleRequest()]);
    const { requested } = mount(asStaff(server, ['clients.read', 'quotas.update']));
    await userEvent.click(pending(1).getByRole('button', { name: 'Reject…' }));
    const dialog = page.getByRole('dialog', { name: 'Reject the change request' });
    await userEvent.click(dialog.getByRole('button', { name: 'Reject request' }));
    const reason = dialog.getByRole('textbox', { name: 'Reason' });
    await expect.element(reason).toHaveAttribute('aria-invalid', 'true');
    await expect.element(reason).toHaveAccessibleDescription(/Fill in this field/);
    expect(server.api.requests.some((r) => r.url.endsWith('/reject'))).toBe(false);
    await userEvent.fill(reason, 'Attach the plan.');
    await userEvent.click(dialog.getByRole('button', { name: 'Reject request' }));
    await expect.element(page.getByRole('status')).toHaveTextContent('Change request rejected.');
    expect(server.requests[0]).toMatchObject({
      status: 'rejected',
      decision_reason: 'Attach the plan.',
    });
    expect(requested[0]).toMatchObject({ action: 'reject', requestId: 'qr_1' });
  });

  it('lets staff who may only propose send their edits as a request; nothing changes yet', async () => {
    const server = quotaBackend();
    const { saved, requested } = mount(asStaff(server, ['clients.read', 'quotas.request']));
    const field = page.getByRole('textbox', { name: 'Ports limit' });
    await userEvent.fill(field, '80');
    await userEvent.click(page.getByRole('button', { name: 'Propose change…' }));
    const dialog = page.getByRole('dialog', { name: 'Propose a quota change' });
    await expect.element(dialog.getByText('Ports: 50 → 80')).toBeVisible();
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Reason' }), 'Load test.');
    await userEvent.click(dialog.getByRole('button', { name: 'Send proposal' }));
    await expect.element(pending(1)).toBeVisible();
    expect(requested[0]).toMatchObject({ action: 'propose', request: { limits: { ports: 80 } } });
    expect(saved).toEqual([]);
    expect(server.changes()).toHaveLength(0);
    await expect.element(field).toHaveValue('50');
    // No decision for someone who may only propose.
    expect(pending(1).getByRole('button', { name: 'Approve…' }).query()).toBeNull();
  });

  it('after a failure, Retry sends the proposal again under the same key (one request filed)', async () => {
    const server = quotaBackend();
    mount(asStaff(server, ['clients.read', 'quotas.request']));
    await userEvent.fill(page.getByRole('textbox', { name: 'Ports limit' }), '80');
    await userEvent.click(page.getByRole('button', { name: 'Propose change…' }));
    const dialog = page.getByRole('dialog', { name: 'Propose a quota change' });
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Reason' }), 'Load test.');
    server.failNextRequest(problem(503, { title: 'Unavailable', detail: 'Try again.' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Send proposal' }));
    await expect.element(dialog.getByRole('alert')).toMatchTextContent(/Try again/);
    await userEvent.click(dialog.getByRole('button', { name: 'Retry' }));
    await expect.element(pending(1)).toBeVisible();
    const keys = server.api.requests
      .filter((r) => r.method === 'POST' && r.url.endsWith('/quota-requests'))
      .map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
  });

  it('shows auditors the values, pending requests, and no fields', async () => {
    const server = quotaBackend(sampleQuotas(), [sampleRequest()]);
    mount(asStaff(server, ['clients.read']));
    await expect.element(pending(1)).toBeVisible();
    expect(page.getByRole('textbox').elements()).toHaveLength(0);
    await expect
      .element(page.getByText('Your account may view these limits but not change them.'))
      .toBeVisible();
  });
});
