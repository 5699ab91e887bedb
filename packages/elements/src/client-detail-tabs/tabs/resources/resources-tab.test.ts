import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../define/clientele-provider.ts';
import './resources-tab.define.ts';
import type { ResourceOpenDetail } from '../../../client/resource-open.ts';
import { CLOUD_CLIENT, cloudBackend } from '../../../testing/cloud-backend.ts';
import { useCloudTabFixture } from '../../../testing/cloud-tabs-fixture.ts';
import { deferred, problem } from '../../../testing/fake-api.ts';
import { deepActive } from '../../../testing/list-fixture.ts';

const { container, mount, row } = useCloudTabFixture('client-resources-tab');

const kindTab = (name: string) => page.getByRole('tab', { name, exact: true });
const table = (name: string) => page.getByRole('table', { name });
const asked = (server: ReturnType<typeof cloudBackend>, collection: string) =>
  server.received.filter((r) => r.path.endsWith(`/resources/${collection}`)).length;

describe('<client-resources-tab>', () => {
  it('shows the instances with their own columns, status in words, unknown attributes as text', async () => {
    const server = cloudBackend();
    mount(server);
    await expect.element(table('Instances')).toBeVisible();
    for (const name of ['Name', 'Status', 'Flavor', 'IPv4', 'Region', 'Created']) {
      await expect.element(page.getByRole('columnheader', { name, exact: true })).toBeVisible();
    }
    await expect
      .element(row('web-01'))
      .toMatchTextContent(/Active.*m1\.small.*203\.0\.113\.24.*Frankfurt 1/);
    await expect.element(row('db-01')).toMatchTextContent(/Shut off/);
    await expect.element(row('web-01')).toMatchTextContent(/RAM\s*2048 MiB/);
    await expect.element(row('web-01')).toMatchTextContent(/availability_zone\s*fra1-b/);
    await expect.element(page.getByText('2 of 2')).toBeVisible();
    // Only the kind on show was asked for.
    expect(asked(server, 'instances')).toBe(1);
    expect(server.received.filter((r) => r.path.includes('/resources/')).length).toBe(1);
  });

  it('switches kinds with the keyboard (arrows, Home, End, then Enter or Space), loading each on first view and keeping it', async () => {
    const server = cloudBackend();
    mount(server);
    await expect.element(table('Instances')).toBeVisible();
    await expect.element(kindTab('Instances')).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(kindTab('Instances'));
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => deepActive()?.textContent?.trim()).toBe('Volumes');
    // Manual activation: focus moved, the kind shows on Enter.
    await expect.element(kindTab('Volumes')).toHaveAttribute('aria-selected', 'false');
    await userEvent.keyboard('{Enter}');
    await expect.element(kindTab('Volumes')).toHaveAttribute('aria-selected', 'true');
    await expect.element(table('Volumes')).toBeVisible();
    await expect.element(row('web-01-data')).toMatchTextContent(/In use.*50 GiB.*web-01/);
    await expect.element(row('scratch')).toMatchTextContent(/Available.*10 GiB.*Not attached/);
    await expect.element(page.getByRole('columnheader', { name: 'Attached to' })).toBeVisible();
    await userEvent.keyboard('{End}');
    await expect.poll(() => deepActive()?.textContent?.trim()).toBe('Ports');
    await userEvent.keyboard(' ');
    await expect.element(kindTab('Ports')).toHaveAttribute('aria-selected', 'true');
    await expect.element(row('web-01-eth0')).toMatchTextContent(/fa:16:3e:12:ab:cd.*10\.12\.0\.5/);
    await userEvent.keyboard('{Home}');
    await expect.poll(() => deepActive()?.textContent?.trim()).toBe('Instances');
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(() => deepActive()?.textContent?.trim()).toBe('Ports');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{Enter}');
    await expect.element(kindTab('Volumes')).toHaveAttribute('aria-selected', 'true');
    await expect.element(table('Volumes')).toBeVisible();
    await expect.element(kindTab('Ports')).toHaveAttribute('aria-selected', 'false');
    // The kinds shown were loaded once each; those only passed over were not loaded.
    expect(asked(server, 'instances')).toBe(1);
    expect(asked(server, 'volumes')).toBe(1);
    expect(asked(server, 'ports')).toBe(1);
    for (const passed of ['networks', 'routers', 'ssh-keys', 'images']) {
      expect(asked(server, passed)).toBe(0);
    }
    expect(container().querySelector('client-resources-tab')?.kind).toBe('volumes');
  });

  it('says a kind is empty in its own words', async () => {
    mount(cloudBackend());
    await userEvent.click(kindTab('Routers'));
    await expect.element(page.getByText('No routers')).toBeVisible();
    await userEvent.click(kindTab('Images'));
    await expect.element(page.getByText('No images')).toBeVisible();
  });

  it('pages with the cursor: Show more appends the next page', async () => {
    const server = cloudBackend();
    mount(server, { attributes: { 'page-size': '2', kind: 'volumes' } });
    await expect.element(table('Volumes')).toBeVisible();
    await expect.element(page.getByText('2 of 3')).toBeVisible();
    expect(page.getByRole('row').elements().length).toBe(3);
    server.fail('GET', /\/volumes$/, problem(500, { title: 'Down' }));
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('The next page could not be loaded.');
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect.element(row('backup-ams')).toMatchTextContent(/Amsterdam 1/);
    // Focus on the first new resource (the button went with the last page).
    await expect.poll(() => deepActive()?.textContent?.trim()).toBe('backup-ams');
    await expect.element(page.getByText('3 of 3')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    const cursors = server.received.filter((r) => r.path.endsWith('/volumes')).map((r) => r.path);
    expect(cursors).toHaveLength(3);
  });

  it('shows loading, then an error with Retry, per kind', async () => {
    const server = cloudBackend();
    const gate = deferred<void>();
    server.hold(gate);
    mount(server);
    await expect.element(page.getByText('Loading…')).toBeInTheDocument();
    server.hold(undefined);
    gate.resolve();
    await expect.element(table('Instances')).toBeVisible();
    server.fail('GET', /\/networks$/, problem(500, { title: 'Server down', detail: 'Try later.' }));
    await userEvent.click(kindTab('Networks'));
    await expect.element(page.getByRole('alert')).toMatchTextContent(/Server down/);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.element(row('nimbus-fra1-net')).toMatchTextContent(/10\.12\.0\.0\/24/);
    await expect.element(row('nimbus-fra1-net')).toMatchTextContent(/External\s*No/);
  });

  it('shows forbidden and not found', async () => {
    const forbidden = cloudBackend();
    forbidden.fail('GET', /\/instances$/, problem(403, { title: 'Forbidden' }));
    mount(forbidden);
    await expect.element(page.getByText('Access denied')).toBeVisible();
    mount(cloudBackend(), { clientId: 'cl_missing' });
    await expect.element(page.getByText('Not found', { exact: true })).toBeVisible();
  });

  it('opens a resource by click or Enter with its contract kind', async () => {
    mount(cloudBackend());
    const opened: ResourceOpenDetail[] = [];
    container().addEventListener('resource-open', (event) => {
      opened.push(event.detail);
      event.preventDefault();
    });
    await page.getByRole('button', { name: 'web-01' }).click();
    await userEvent.click(kindTab('SSH keys'));
    await expect.element(row('ana-laptop')).toMatchTextContent(/Global/);
    page.getByRole('button', { name: 'ana-laptop' }).element().focus();
    await userEvent.keyboard('{Enter}');
    expect(opened).toEqual([
      { kind: 'instance', id: 'ins_web01', label: 'web-01', clientId: CLOUD_CLIENT },
      { kind: 'ssh_key', id: 'key_ana', label: 'ana-laptop', clientId: CLOUD_CLIENT },
    ]);
  });

  it('stacks its rows, labelled, in a narrow place', async () => {
    mount(cloudBackend());
    container().style.inlineSize = '360px';
    const instances = table('Instances');
    await expect.element(instances).toBeVisible();
    const element = instances.element() as HTMLElement;
    expect(element.scrollWidth).toBeLessThanOrEqual(element.parentElement!.clientWidth);
    await expect.element(row('web-01')).toMatchTextContent(/Flavor\s*m1\.small/);
  });

  it('speaks German', async () => {
    mount(cloudBackend(), { lang: 'de' });
    await expect.element(table('Instanzen')).toBeVisible();
    await expect.element(row('db-01')).toMatchTextContent(/Ausgeschaltet/);
    await userEvent.click(kindTab('Router'));
    await expect.element(page.getByText('Keine Router')).toBeVisible();
  });
});
