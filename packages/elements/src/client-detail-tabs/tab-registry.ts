import type { Permission } from '../base/permissions.ts';
import type { TabLabelKey } from './tabs/tab-labels.en.ts';

export type { TabLabelKey } from './tabs/tab-labels.en.ts';

/**
 * One tab of `<client-detail-tabs>`: the contract a tab plugs into without editing the shell.
 * The shell lists the registered tabs (in the order they were first registered, or as its
 * `tabs` attribute says), and on a tab's first opening loads its module (`load`), creates its
 * panel element (`tag`) with the attribute `client-id`, and keeps it while the user visits
 * other tabs. A panel that needs the client record consumes `clientRecordContext`.
 */
export interface ClientTab {
  /** Its name in `tabs`, `active-tab` and URLs (`overview`, `users`): letters, digits, `-`, `_`. */
  readonly name: string;
  /** Its panel's element, created on first open with `client-id` (and kept when the user leaves). */
  readonly tag: string;
  /** Registers `tag`: a relative dynamic `import()`, so the panel's code loads on first open. */
  readonly load: () => Promise<unknown>;
  /** A key of the tab labels catalog (`tabs/tab-labels.en.ts`). */
  readonly label: TabLabelKey;
  /** The tab is hidden from a user who lacks this permission. */
  readonly permission?: Permission;
}

const registry = new Map<string, ClientTab>();
const listeners = new Set<() => void>();

const NAME = /^[A-Za-z0-9_-]+$/;

/**
 * Adds a tab to every `<client-detail-tabs>` (those on the page re-render). A later
 * registration of the same name replaces the tab in its place. A name that cannot be part of
 * an id is refused with a console warning.
 */
export function registerClientTab(tab: ClientTab): void {
  if (!NAME.test(tab.name)) {
    console.warn(`<client-detail-tabs>: tab name "${tab.name}" must be letters, digits, - or _.`);
    return;
  }
  registry.set(tab.name, tab);
  for (const listener of listeners) listener();
}

/** The registered tabs, in the order of their first registration. */
export function registeredClientTabs(): readonly ClientTab[] {
  return [...registry.values()];
}

/** The registered tab of a name. */
export function clientTab(name: string): ClientTab | undefined {
  return registry.get(name);
}

/** Calls `listener` after every registration; returns the unsubscribe. */
export function onClientTabsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
