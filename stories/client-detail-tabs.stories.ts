import '@clientele/elements/define/client-detail-tabs';
import '@clientele/elements/define/ticket-list';
import { failOperation, forbidOperation, hangOperation, notFoundOperation } from '@clientele/mocks';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { screen, within } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor } from 'storybook/test';
import { type Args, baseMeta, header, LOAD } from './client-detail-tabs.shared.ts';

/**
 * `<client-detail-tabs>`: one client's page, a header with the staff actions and tabs whose
 * panels load on first open (Overview and Tickets built in; more plug in through
 * `registerClientTab`). The stories load through the SDK from the in-browser mocks. The
 * actions' stories are in `client-detail-tabs-actions.stories.ts`.
 */
/** Clients of the seeded mock data: a suspended one, one out of credit. */
const SUSPENDED = 'cl_e36797111d826f1b';
const OUT_OF_CREDIT = 'cl_034655d0dcf540fe';

const meta: Meta<Args> = {
  ...baseMeta,
  title: 'Widgets/client-detail-tabs',
  parameters: { ...baseMeta.parameters },
};
export default meta;

type Story = StoryObj<Args>;

/** The Overview: every field of the client, grouped. */
export const Overview: Story = {
  play: async ({ args, step }) => {
    await expect(await header()).toHaveTextContent('Cian Popescu');
    await expect(
      await screen.findByShadowRole('heading', { name: 'Personal details' }, LOAD),
    ).toBeVisible();
    await expect(screen.getByShadowRole('heading', { name: 'Company and address' })).toBeVisible();
    await expect(screen.getByShadowRole('heading', { name: 'Billing' })).toBeVisible();
    await expect(screen.getByShadowText('cian.popescu7@example.net')).toBeVisible();
    await step('keyboard: arrows move focus, Enter opens the tab', async () => {
      await userEvent.click(screen.getByShadowRole('tab', { name: 'Overview' }));
      await userEvent.keyboard('{ArrowRight}');
      // Focus inside the shadow root: the tab itself matches :focus.
      await expect(screen.getByShadowRole('tab', { name: 'Services' }).matches(':focus')).toBe(
        true,
      );
      await expect(screen.getByShadowRole('tab', { name: 'Overview' })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await userEvent.keyboard('{Enter}');
      await expect(args.onTabChange).toHaveBeenCalled();
      await expect(
        await screen.findByShadowRole('table', { name: 'Services' }, LOAD),
      ).toBeVisible();
    });
  },
};

/** The Tickets tab embeds `<ticket-list>` for the client; a ticket opened there shows at once. */
export const Tickets: Story = {
  args: { activeTab: 'tickets' },
  play: async () => {
    const grid = await screen.findByShadowRole('grid', { name: 'Tickets' }, LOAD);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '9'), LOAD);
    await userEvent.click(screen.getByShadowRole('button', { name: 'New ticket' }));
    const dialog = await screen.findByShadowRole('dialog', { name: 'Open a ticket' }, LOAD);
    const form = within(dialog);
    const department = form.getByShadowRole('combobox', { name: 'Department' });
    await waitFor(() => expect(department.querySelectorAll('option').length).toBeGreaterThan(1));
    await userEvent.selectOptions(department, 'dep_billing');
    await userEvent.type(form.getByShadowRole('textbox', { name: 'Title' }), 'Invoice copy');
    await userEvent.type(form.getByShadowRole('textbox', { name: 'Message' }), 'Please resend.');
    await userEvent.click(form.getByShadowRole('button', { name: 'Open ticket' }));
    await waitFor(() => expect(dialog.isConnected).toBe(false), LOAD);
    await expect(await screen.findByShadowText('Invoice copy', {}, LOAD)).toBeVisible();
    await expect(grid).toHaveAttribute('aria-rowcount', '10');
  },
};

/** `tabs` chooses and orders the tabs; `active-tab` is a deep link. */
export const ChosenTabs: Story = {
  args: { tabs: 'tickets overview', activeTab: 'overview' },
  play: async () => {
    await header();
    const tabs = screen.getAllByShadowRole('tab').map((tab) => tab.textContent?.trim());
    await expect(tabs).toEqual(['Tickets', 'Overview']);
    await expect(screen.getByShadowRole('tab', { name: 'Overview' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  },
};

export const Suspended: Story = {
  args: { clientId: SUSPENDED },
  play: async () => {
    await header();
    await expect(screen.getAllByShadowText('Suspended')[0]).toBeVisible();
    await expect(screen.getAllByShadowText('Fraud')[0]).toBeVisible();
    await expect(screen.getByShadowRole('button', { name: 'Resume' })).toBeVisible();
  },
};

export const OutOfCredit: Story = {
  args: { clientId: OUT_OF_CREDIT },
  play: async () => {
    await header();
    await expect(screen.getByShadowText('Out of credit since')).toBeVisible();
  },
};

// ---------------------------------------------------------------- states

export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('getClient')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
    await expect(screen.queryByShadowRole('tablist')).toBeNull();
  },
};

/** No tab is left to show (none of `tabs` is registered): the empty state, with a console warning. */
export const Empty: Story = {
  args: { tabs: 'nonexistent' },
  play: async () => {
    await expect(await screen.findByShadowText('No sections to show', {}, LOAD)).toBeVisible();
  },
};

export const ServerError: Story = {
  parameters: { mocks: { handlers: [failOperation('getClient', { status: 500 })] } },
  play: async () => {
    await expect(await screen.findByShadowRole('alert', {}, LOAD)).toBeVisible();
    await expect(screen.getByShadowRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const Forbidden: Story = {
  parameters: { mocks: { handlers: [forbidOperation('getClient')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Access denied', {}, LOAD)).toBeVisible();
  },
};

/** A client that does not exist: one not-found view for the whole widget. */
export const NotFound: Story = {
  parameters: { mocks: { handlers: [notFoundOperation('getClient')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Not found', {}, LOAD)).toBeVisible();
    await expect(screen.queryByShadowRole('tablist')).toBeNull();
  },
};

/** The Tickets tab's own states: here, its list failing while the page loaded. */
export const TicketsError: Story = {
  args: { activeTab: 'tickets' },
  parameters: { mocks: { handlers: [failOperation('listClientTickets', { status: 500 })] } },
  play: async () => {
    await header();
    await expect(await screen.findByShadowRole('button', { name: 'Retry' }, LOAD)).toBeVisible();
  },
};

// ---------------------------------------------------------------- users, locale, layout

/** The auditor reads but does not act: the actions show disabled, saying why. */
export const Auditor: Story = {
  parameters: { mocks: { persona: 'auditor' } },
  play: async () => {
    await header();
    const edit = screen.getByShadowRole('button', { name: 'Edit details' });
    await expect(edit).toHaveAttribute('aria-disabled', 'true');
    await expect(edit).toHaveAccessibleDescription('Your account is not allowed to do this.');
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async () => {
    await expect(await screen.findByShadowRole('tab', { name: 'Übersicht' }, LOAD)).toBeVisible();
    await expect(screen.getByShadowRole('button', { name: 'Daten bearbeiten' })).toBeVisible();
    await expect(
      await screen.findByShadowRole('heading', { name: 'Persönliche Daten' }, LOAD),
    ).toBeVisible();
  },
};

export const RightToLeft: Story = {
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
  play: async () => {
    await header();
    const tablist = screen.getByShadowRole('tablist');
    await expect(getComputedStyle(tablist).direction).toBe('rtl');
  },
};

export const Phone: Story = {
  globals: { viewport: { value: 'phone', isRotated: false }, theme: 'dark' },
  play: async () => {
    const heading = await header();
    const widget = document.querySelector('client-detail-tabs')!;
    await expect(innerWidth).toBe(390);
    // Nothing wider than the widget: the tab list scrolls, the header wraps.
    await expect(heading.getBoundingClientRect().width).toBeLessThanOrEqual(
      widget.getBoundingClientRect().width,
    );
    await expect(widget.scrollWidth).toBeLessThanOrEqual(widget.clientWidth + 1);
  },
};
