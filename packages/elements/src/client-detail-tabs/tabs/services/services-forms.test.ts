import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../define/clientele-provider.ts';
import './services-tab.define.ts';
import { servicesBackend } from '../../../testing/client-services.ts';
import { problem } from '../../../testing/fake-api.ts';
import { deepActive } from '../../../testing/list-fixture.ts';
import { useServicesTabFixture } from '../../../testing/services-tab-fixture.ts';
import { servicesTabParts } from './services-parts.ts';
import type { ClientServiceChangeDetail } from './services-tab.ts';

const { container, dialog, mount, row } = useServicesTabFixture('client-services-tab');

const changePlanOfHosting = () =>
  row('Pro monthly').getByRole('button', { name: 'Change plan of Hosting Pro' });
const terminateCloud = () => page.getByRole('button', { name: 'Terminate Cloud pay-as-you-go' });
const serviceReads = (server: ReturnType<typeof servicesBackend>) =>
  server.received.filter((r) => r.method === 'GET' && r.path.endsWith('/services')).length;

describe('<client-services-tab> forms', () => {
  it('changes the plan: the product and its plans, the exact difference, the row in place', async () => {
    const server = servicesBackend();
    mount(server);
    const changes: ClientServiceChangeDetail[] = [];
    container().addEventListener('client-service-change', (e) => changes.push(e.detail));
    await changePlanOfHosting().click();
    const plans = dialog().getByRole('radiogroup', { name: 'Plans of Hosting Pro' });
    await expect.element(plans).toBeVisible();
    await expect.element(dialog().getByRole('radio')).toHaveLength(3);
    await expect
      .element(dialog().getByRole('radio', { name: /Pro monthly \(current plan\)/ }))
      .toBeChecked();

    await dialog()
      .getByRole('radio', { name: /Pro Plus monthly/ })
      .click();
    const preview = dialog().getByRole('definition').filter({ hasText: '+€5.05' });
    await expect.element(preview).toMatchTextContent(/\+€5\.05\s*per month/);
    await expect.element(dialog()).toMatchTextContent(/Now\s*€9\.90\s*per month/);
    await expect.element(dialog()).toMatchTextContent(/After the change\s*€14\.95\s*per month/);

    await dialog()
      .getByRole('radio', { name: /Pro yearly/ })
      .click();
    await expect.element(dialog()).toMatchTextContent(/€99\.00\s*per year/);
    await expect
      .element(dialog())
      .toMatchTextContent(/The billing cycles differ \(Monthly now, Yearly after the change\)/);
    await expect.element(dialog()).not.toMatchTextContent(/Difference/);

    await dialog()
      .getByRole('radio', { name: /Pro Plus monthly/ })
      .click();
    await dialog().getByRole('button', { name: 'Change plan' }).click();
    await expect.element(dialog()).not.toBeInTheDocument();
    await expect.element(row('Pro Plus monthly')).toMatchTextContent(/€14\.95/);
    await expect
      .element(page.getByRole('status').filter({ hasText: 'now on the plan' }))
      .toHaveTextContent('Hosting Pro is now on the plan Pro Plus monthly.');
    expect(server.received.at(-1)?.body).toEqual({ plan_id: 'pln_hosting_pro_plus_m' });
    expect(serviceReads(server)).toBe(1);
    expect(changes.map((c) => [c.action, c.serviceId, c.service.plan.id])).toEqual([
      ['plan', 'svc_host01', 'pln_hosting_pro_plus_m'],
    ]);
    await expect
      .poll(() => deepActive()?.getAttribute('aria-label'))
      .toBe('Change plan of Hosting Pro');
  });

  it('asks for another plan than the current one before sending', async () => {
    const server = servicesBackend();
    mount(server);
    await changePlanOfHosting().click();
    await expect.element(dialog().getByRole('radiogroup')).toBeVisible();
    await dialog().getByRole('button', { name: 'Change plan' }).click();
    await expect
      .element(dialog().getByRole('radiogroup'))
      .toHaveAccessibleDescription('Choose a plan other than the current one.');
    expect(server.received.some((r) => r.path.endsWith('/change-plan'))).toBe(false);
  });

  it("puts the API's 422 on the plans and keeps the choice", async () => {
    const server = servicesBackend();
    server.fail(
      'POST',
      /change-plan$/,
      problem(422, {
        title: 'Validation failed',
        errors: [
          { field: 'plan_id', code: 'not_found', message: 'This plan is not offered any more.' },
        ],
      }),
    );
    mount(server);
    await changePlanOfHosting().click();
    await dialog()
      .getByRole('radio', { name: /Pro yearly/ })
      .click();
    await dialog().getByRole('button', { name: 'Change plan' }).click();
    await expect
      .element(dialog().getByRole('radiogroup'))
      .toHaveAccessibleDescription('This plan is not offered any more.');
    await expect.element(dialog().getByRole('radio', { name: /Pro yearly/ })).toBeChecked();
    await expect.element(row('Pro monthly')).toBeInTheDocument();
  });

  it('says why a 409 refused the change and reads the services again on close', async () => {
    const server = servicesBackend();
    server.fail(
      'POST',
      /change-plan$/,
      problem(409, { title: 'Invalid transition', detail: 'Terminated.' }),
    );
    mount(server);
    await changePlanOfHosting().click();
    await dialog()
      .getByRole('radio', { name: /Pro Plus monthly/ })
      .click();
    await dialog().getByRole('button', { name: 'Change plan' }).click();
    await expect
      .element(dialog().getByRole('alert'))
      .toMatchTextContent(/can no longer change plan: it was terminated or cancelled meanwhile/);
    await expect.element(dialog().getByRole('button', { name: 'Change plan' })).toBeVisible();
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => serviceReads(server)).toBe(2);
  });

  it('terminates after typing the product name, with a reason, and the row says so', async () => {
    const server = servicesBackend();
    mount(server);
    await terminateCloud().click();
    await expect
      .element(dialog().getByRole('heading', { name: 'Terminate Cloud pay-as-you-go?' }))
      .toBeVisible();
    const confirm = dialog().getByRole('textbox', { name: /Type "Cloud pay-as-you-go"/ });
    await confirm.fill('Cloud');
    await dialog().getByRole('button', { name: 'Terminate service' }).click();
    await expect
      .element(confirm)
      .toHaveAccessibleDescription(
        'Type "Cloud pay-as-you-go" or the service ID exactly as shown.',
      );
    await expect.poll(() => deepActive()?.id).toBe('services-form-confirm');
    await confirm.fill('Cloud pay-as-you-go');
    await dialog()
      .getByRole('textbox', { name: 'Reason (optional)' })
      .fill('Moved to another provider');
    await dialog().getByRole('button', { name: 'Terminate service' }).click();
    await expect.element(dialog()).not.toBeInTheDocument();
    await expect.element(row('Cloud pay-as-you-go')).toMatchTextContent(/Terminated/);
    expect(server.received.filter((r) => r.path.endsWith('/terminate')).map((r) => r.body)).toEqual(
      [{ reason: 'Moved to another provider' }],
    );
    expect(serviceReads(server)).toBe(1);
    await expect.element(terminateCloud()).toHaveAttribute('aria-disabled', 'true');
    await expect
      .poll(() => deepActive()?.getAttribute('aria-label'))
      .toBe('Terminate Cloud pay-as-you-go');
  });

  it('accepts the service id as confirmation, and a 409 says the service is terminated already', async () => {
    const server = servicesBackend();
    server.fail('POST', /terminate$/, problem(409, { title: 'Invalid transition' }));
    mount(server);
    await terminateCloud().click();
    await dialog().getByRole('textbox', { name: /Type/ }).fill('svc_cloud01');
    await dialog().getByRole('button', { name: 'Terminate service' }).click();
    await expect
      .element(dialog().getByRole('alert'))
      .toMatchTextContent(/This service is terminated already/);
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => serviceReads(server)).toBe(2);
  });

  it('keeps the typed confirmation and reason when the server fails, and Retry sends again', async () => {
    const server = servicesBackend();
    server.fail('POST', /terminate$/, problem(500, { title: 'Server down', detail: 'Try later.' }));
    mount(server);
    await terminateCloud().click();
    const confirm = dialog().getByRole('textbox', { name: /Type/ });
    const reason = dialog().getByRole('textbox', { name: 'Reason (optional)' });
    await confirm.fill('Cloud pay-as-you-go');
    await reason.fill('Client request');
    await dialog().getByRole('button', { name: 'Terminate service' }).click();
    await expect
      .element(dialog().getByRole('alert'))
      .toMatchTextContent(/Server down\s*Try later\./);
    await expect.element(confirm).toHaveValue('Cloud pay-as-you-go');
    await expect.element(reason).toHaveValue('Client request');
    await dialog().getByRole('button', { name: 'Retry' }).click();
    await expect.element(dialog()).not.toBeInTheDocument();
    await expect.element(row('Cloud pay-as-you-go')).toMatchTextContent(/Terminated/);
    expect(server.received.filter((r) => r.path.endsWith('/terminate'))).toHaveLength(2);
  });

  it('says when the plans cannot be loaded, and Retry reads them again', async () => {
    const server = servicesBackend();
    server.fail('GET', /^\/products$/, problem(503, { title: 'Unavailable' }));
    mount(server);
    await changePlanOfHosting().click();
    await expect
      .element(dialog().getByRole('alert'))
      .toMatchTextContent(/The plans could not be loaded/);
    await dialog().getByRole('button', { name: 'Retry' }).click();
    await expect.element(dialog().getByRole('radiogroup')).toBeVisible();
    await expect.element(dialog().getByRole('alert')).not.toBeInTheDocument();
  });

  it("says when the forms' code cannot be loaded, and Retry loads it and opens the form", async () => {
    const load = servicesTabParts.forms;
    servicesTabParts.forms = () => {
      servicesTabParts.forms = load;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    try {
      mount(servicesBackend());
      await terminateCloud().click();
      const alert = page.getByRole('alert');
      await expect.element(alert).toBeVisible();
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect
        .element(dialog().getByRole('heading', { name: 'Terminate Cloud pay-as-you-go?' }))
        .toBeVisible();
    } finally {
      servicesTabParts.forms = load;
    }
  });
});
