/**
 * Why a disabled item of the actions menu is disabled, shown and said: the reason (the item's
 * `title`, which `ActionMenu` sets from `MenuItem.reason`) as a line of text under the item,
 * which describes it (`aria-describedby`). The menu itself draws only labels, so the lines are
 * added after each render: outside the item, so its name stays its label, and `aria-hidden`, so
 * the menu's children stay its items (a description may point at hidden text). Lit leaves
 * them alone and drops them with their item.
 */
export function showMenuReasons(menu: HTMLElement): void {
  for (const item of menu.querySelectorAll<HTMLElement>('[role="menuitem"]')) {
    const next = item.nextElementSibling;
    const line = next?.classList.contains('menu-reason') ? next : undefined;
    const reason = item.getAttribute('aria-disabled') === 'true' ? item.title : '';
    if (!reason) {
      line?.remove();
      item.removeAttribute('aria-describedby');
      continue;
    }
    const id = `${menu.id}-reason-${item.dataset.action}`;
    const shown = line ?? document.createElement('span');
    shown.className = 'menu-reason';
    shown.id = id;
    shown.setAttribute('aria-hidden', 'true');
    shown.textContent = reason;
    if (!line) item.after(shown);
    item.setAttribute('aria-describedby', id);
  }
}
