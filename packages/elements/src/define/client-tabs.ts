import { registerClientTab } from '../client-detail-tabs/tab-registry.ts';

/*
 * The tabs `<client-detail-tabs>` ships with, in the order staff need them (what the client
 * has and pays for first, then support, people, settings and the log). They are registered
 * here at the top level (which may import any widget) so the shell names no panel: each loads
 * on its first opening, and a page that never opens Tickets never downloads the ticket list.
 * More tabs plug in with `registerClientTab` from anywhere, before or after the element is
 * defined; a host orders them with the `tabs` attribute.
 */

registerClientTab({
  name: 'overview',
  tag: 'client-overview',
  load: () => import('./client-overview.ts'),
  label: 'overview',
  permission: 'clients.read',
});

registerClientTab({
  name: 'services',
  tag: 'client-services-tab',
  load: () => import('../client-detail-tabs/tabs/services/services-tab.define.ts'),
  label: 'services',
  permission: 'clients.read',
});

registerClientTab({
  name: 'resources',
  tag: 'client-resources-tab',
  load: () => import('../client-detail-tabs/tabs/resources/resources-tab.define.ts'),
  label: 'resources',
  permission: 'clients.read',
});

registerClientTab({
  name: 'invoices',
  tag: 'client-invoices-tab',
  load: () => import('../client-detail-tabs/tabs/invoices/invoices-tab.define.ts'),
  label: 'invoices',
  permission: 'clients.read',
});

registerClientTab({
  name: 'journal',
  tag: 'client-journal-tab',
  load: () => import('../client-detail-tabs/tabs/journal/journal-tab.define.ts'),
  label: 'journal',
  permission: 'clients.read',
});

registerClientTab({
  name: 'units',
  tag: 'units-ledger',
  load: () => import('./units-ledger.ts'),
  label: 'units',
  permission: 'clients.read',
});

registerClientTab({
  name: 'quotas',
  tag: 'quota-editor',
  load: () => import('./quota-editor.ts'),
  label: 'quotas',
  permission: 'clients.read',
});

registerClientTab({
  name: 'tickets',
  tag: 'ticket-list',
  load: () => import('./ticket-list.ts'),
  label: 'tickets',
  permission: 'tickets.read',
});

registerClientTab({
  name: 'domains',
  tag: 'client-domains-tab',
  load: () => import('../client-detail-tabs/tabs/domains/domains-tab.define.ts'),
  label: 'domains',
  permission: 'clients.read',
});

registerClientTab({
  name: 'users',
  tag: 'client-users-tab',
  load: () => import('../client-detail-tabs/tabs/users/users-tab.define.ts'),
  label: 'users',
  permission: 'clients.read',
});

registerClientTab({
  name: 'configuration',
  tag: 'client-configuration-tab',
  load: () => import('../client-detail-tabs/tabs/configuration/configuration-tab.define.ts'),
  label: 'configuration',
  permission: 'clients.read',
});

registerClientTab({
  name: 'authentication',
  tag: 'client-authentication-tab',
  load: () => import('../client-detail-tabs/tabs/authentication/authentication-tab.define.ts'),
  label: 'authentication',
  permission: 'clients.read',
});

registerClientTab({
  name: 'activity',
  tag: 'client-activity-tab',
  load: () => import('../client-detail-tabs/tabs/activity/activity-tab.define.ts'),
  label: 'activity',
  permission: 'clients.read',
});
