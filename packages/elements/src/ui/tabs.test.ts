import { html, LitElement } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { deepActive } from '../testing/list-fixture.ts';
import { type TabActivation, TabsController } from './tabs.ts';

const KEYS = ['overview', 'services', 'billing'] as const;
type Key = (typeof KEYS)[number];
const LABELS: Record<Key, string> = {
  overview: 'Overview',
  services: 'Services',
  billing: 'Billing',
};

/** A tiny tabs widget: fires a cancelable `tab-change` before each change the user makes. */
class TestTabs extends LitElement {
  static override properties = { activation: {} };
  declare activation: TabActivation;
  readonly changes: Key[] = [];
  readonly tabs = new TabsController<Key>(this, {
    idPrefix: 'client',
    tabs: () => KEYS,
    activation: () => this.activation,
    canChange: (next, previous) =>
      this.dispatchEvent(
        new CustomEvent('tab-change', { cancelable: true, detail: { next, previous } }),
      ),
    onChange: (selected) => this.changes.push(selected),
  });

  constructor() {
    super();
    this.activation = 'automatic';
  }

  protected override render() {
    return html`<div ${this.tabs.tablist()} aria-label="Client">
        ${KEYS.map((key) => html`<button ${this.tabs.tab(key)}>${LABELS[key]}</button>`)}
      </div>
      ${KEYS.map((key) => html`<div ${this.tabs.panel(key)}>${LABELS[key]} panel</div>`)}`;
  }
}
customElements.define('test-tabs', TestTabs);

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

async function mount(attributes: Record<string, string> = {}): Promise<TestTabs> {
  const element = document.createElement('test-tabs') as TestTabs;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const before = document.createElement('button');
  before.textContent = 'Before';
  container.replaceChildren(before, element);
  await element.updateComplete;
  return element;
}

const tab = (name: string) => page.getByRole('tab', { name });
const focused = () => deepActive()?.textContent?.trim();
const selected = () =>
  page
    .getByRole('tab')
    .elements()
    .filter((element) => element.getAttribute('aria-selected') === 'true')
    .map((element) => element.textContent?.trim());

/** Tab from the button before the widget into the tablist. */
async function tabIn(): Promise<void> {
  await userEvent.click(page.getByRole('button', { name: 'Before' }));
  await userEvent.keyboard('{Tab}');
}

describe('TabsController', () => {
  it('gives the APG roles, pairs each tab with its panel, and shows the selected panel', async () => {
    const element = await mount();
    await expect.element(page.getByRole('tablist', { name: 'Client' })).toBeVisible();
    expect(page.getByRole('tab').elements()).toHaveLength(3);
    for (const key of KEYS) {
      const tabElement = element.shadowRoot!.getElementById(element.tabs.tabId(key))!;
      const panel = element.shadowRoot!.getElementById(tabElement.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('role')).toBe('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).toBe(tabElement.id);
    }
    await expect.element(tab('Overview')).toHaveAttribute('aria-selected', 'true');
    await expect.element(tab('Overview')).toHaveAttribute('tabindex', '0');
    await expect.element(tab('Services')).toHaveAttribute('aria-selected', 'false');
    await expect.element(tab('Services')).toHaveAttribute('tabindex', '-1');
    await expect.element(page.getByRole('tabpanel', { name: 'Overview' })).toBeVisible();
    await expect.element(page.getByText('Billing panel')).not.toBeVisible();
  });

  it('moves with the arrows, Home and End, selecting as focus moves (automatic)', async () => {
    const element = await mount();
    await tabIn();
    await expect.poll(focused).toBe('Overview');
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(focused).toBe('Services');
    await expect.element(tab('Services')).toHaveAttribute('aria-selected', 'true');
    await expect.element(tab('Services')).toHaveAttribute('tabindex', '0');
    await expect.element(page.getByRole('tabpanel', { name: 'Services' })).toBeVisible();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect.poll(focused).toBe('Overview');
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(focused).toBe('Billing');
    await userEvent.keyboard('{Home}');
    await expect.poll(focused).toBe('Overview');
    await userEvent.keyboard('{End}');
    await expect.poll(focused).toBe('Billing');
    await expect.poll(selected).toEqual(['Billing']);
    expect(element.changes).toEqual([
      'services',
      'billing',
      'overview',
      'billing',
      'overview',
      'billing',
    ]);
    // One Tab stop: the next Tab leaves the tablist for the selected panel.
    await userEvent.keyboard('{Tab}');
    await expect.poll(focused).toBe('Billing panel');
  });

  it('mirrors Left and Right under dir=rtl', async () => {
    await mount({ dir: 'rtl' });
    await tabIn();
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(focused).toBe('Services');
    await expect.poll(selected).toEqual(['Services']);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect.poll(focused).toBe('Billing');
    await expect.poll(selected).toEqual(['Billing']);
  });

  it('moves focus only, and selects on Enter or Space (manual)', async () => {
    const element = await mount({ activation: 'manual' });
    await tabIn();
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(focused).toBe('Services');
    await expect.poll(selected).toEqual(['Overview']);
    await userEvent.keyboard('{Enter}');
    await expect.poll(selected).toEqual(['Services']);
    await expect.element(page.getByRole('tabpanel', { name: 'Services' })).toBeVisible();
    await userEvent.keyboard('{End} ');
    await expect.poll(selected).toEqual(['Billing']);
    await expect.poll(focused).toBe('Billing');
    expect(element.changes).toEqual(['services', 'billing']);
  });

  it('asks the host first: a refused change keeps the tab and the focus', async () => {
    const element = await mount();
    let refuse = true;
    element.addEventListener('tab-change', (event) => {
      if (refuse) event.preventDefault();
    });
    await tabIn();
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(focused).toBe('Overview');
    await userEvent.click(tab('Billing'));
    await expect.poll(selected).toEqual(['Overview']);
    await expect.element(page.getByRole('tabpanel', { name: 'Overview' })).toBeVisible();
    expect(element.changes).toEqual([]);
    refuse = false;
    await userEvent.click(tab('Billing'));
    await expect.poll(selected).toEqual(['Billing']);
    expect(element.changes).toEqual(['billing']);
  });

  it('lets the host select a tab itself without asking', async () => {
    const element = await mount();
    element.addEventListener('tab-change', (event) => event.preventDefault());
    element.tabs.selected = 'services';
    await expect.poll(selected).toEqual(['Services']);
    await expect.element(tab('Services')).toHaveAttribute('tabindex', '0');
    expect(element.changes).toEqual([]);
  });
});
