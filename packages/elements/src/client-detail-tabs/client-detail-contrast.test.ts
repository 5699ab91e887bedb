import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../define/clientele-provider.ts';
import '../define/client-detail-tabs.ts';
import { detailBackend, useClientDetailFixture } from '../testing/client-detail-fixture.ts';
import { textContrast } from '../testing/contrast.ts';
import { makeClients } from '../testing/sample-clients.ts';

const { widget, mount } = useClientDetailFixture();
/** Each theme with the page colour behind the widget (it draws no surface of its own). */
const THEMES = [
  ['light', [255, 255, 255]],
  ['dark', [0x16, 0x18, 0x1d]],
] as const;

describe('<client-detail-tabs> contrast', () => {
  it('header, badge, reason, facts, tabs and actions reach WCAG AA in light and dark', async () => {
    const client = {
      ...makeClients(1)[0]!,
      status: 'suspended' as const,
      status_reason: 'credit' as const,
    };
    mount(detailBackend(client), { token: 'auditor-token' });
    await expect.element(page.getByRole('tab', { name: 'Overview' })).toBeVisible();
    const root = widget().shadowRoot!;
    const pick = (selector: string) => {
      const element = root.querySelector(selector);
      if (!element) throw new Error(`no ${selector}`);
      return element;
    };
    const checked = [
      '.name',
      '.badge',
      '.status-reason',
      '.fact dt',
      '.fact dd',
      '.tab[aria-selected="false"]',
      '.tab[aria-selected="true"]',
      '.denied',
    ];
    for (const [theme, pageColor] of THEMES) {
      widget().setAttribute('theme', theme);
      await widget().updateComplete;
      for (const selector of checked) {
        expect(
          textContrast(pick(selector), pageColor),
          `${theme} ${selector}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
