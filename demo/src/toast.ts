// The portal's toasts: short notes of what a real host would do next (open its own invoice or
// instance view), in one polite live region present from the page's start so screen readers
// announce each. A toast stays 8 s, or until closed; hovering or focusing it keeps it.

const LIFETIME = 8000;

export function showToast(text: string): void {
  const region = document.querySelector<HTMLElement>('#toasts');
  if (!region) return;
  const toast = document.createElement('div');
  toast.className = 'toast';
  const message = document.createElement('p');
  message.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'toast-close';
  close.setAttribute('aria-label', 'Dismiss');
  close.textContent = '×';
  close.addEventListener('click', () => toast.remove());
  toast.append(message, close);
  region.append(toast);
  // At most three at once: the oldest goes first.
  while (region.childElementCount > 3) region.firstElementChild?.remove();
  let timer = setTimeout(() => toast.remove(), LIFETIME);
  const hold = () => clearTimeout(timer);
  const release = () => {
    if (toast.matches(':hover, :focus-within')) return;
    timer = setTimeout(() => toast.remove(), LIFETIME);
  };
  toast.addEventListener('pointerenter', hold);
  toast.addEventListener('focusin', hold);
  toast.addEventListener('pointerleave', release);
  toast.addEventListener('focusout', release);
}
