import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { tokenStyles } from '../base/styles/tokens.ts';
import { dialogStyles } from './confirm-dialog.styles.ts';
import { ConfirmDialog } from './confirm-dialog.ts';
import { uiStyles } from './ui.styles.ts';

/** A host for the dialog: a long form, as the ticket form or an edit form can be. */
class TallDialogHost extends LitElement {
  static override styles = [tokenStyles, uiStyles, dialogStyles];
  readonly dialog = new ConfirmDialog(this, 'tall');

  protected override render() {
    return this.dialog.render();
  }
}
customElements.define('tall-dialog-host', TallDialogHost);

const FIELDS = html`${Array.from(
  { length: 14 },
  (_, index) =>
    html`<label>Field ${index + 1} <textarea class="input" name="f${index}" rows="2"></textarea></label>`,
)}`;

describe('ConfirmDialog in a short window', () => {
  afterEach(async () => {
    document.body.replaceChildren();
    await page.viewport(414, 896);
  });

  it('keeps its buttons on screen while the fields scroll', async () => {
    await page.viewport(390, 480);
    const host = document.createElement('tall-dialog-host') as TallDialogHost;
    document.body.append(host);
    host.dialog.open(
      {
        title: 'New ticket',
        message: 'Tell us more.',
        confirmLabel: 'Create',
        cancelLabel: 'Cancel',
        fields: FIELDS,
      },
      () => {},
    );
    await host.updateComplete;
    const dialog = host.dialog.element as HTMLDialogElement;
    await expect.poll(() => dialog.open).toBe(true);
    // The content is taller than the window: the dialog scrolls...
    expect(dialog.scrollHeight).toBeGreaterThan(dialog.clientHeight);
    // ...and both buttons stay visible and uncovered, at the top of the scroll as at its end.
    for (const top of [0, dialog.scrollHeight]) {
      dialog.scrollTop = top;
      for (const name of ['Create', 'Cancel']) {
        const button = page.getByRole('button', { name }).element() as HTMLElement;
        const box = button.getBoundingClientRect();
        expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
        const hit = host.shadowRoot?.elementFromPoint(
          box.x + box.width / 2,
          box.y + box.height / 2,
        );
        expect(hit, `${name} at scrollTop ${top}`).toBe(button);
      }
    }
  });
});
