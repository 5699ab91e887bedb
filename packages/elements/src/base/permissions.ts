import type { Permission } from '@clientele/sdk';

export type { Me, Permission } from '@clientele/sdk';

/**
 * Every permission the contract defines, as a runtime list (the generated `Permission` type is
 * type-only). The check below fails the typecheck when the spec adds one that is missing here.
 */
export const PERMISSIONS = [
  'clients.read',
  'clients.create',
  'clients.update',
  'clients.delete',
  'clients.suspend',
  'clients.impersonate',
  'clients.approve',
  'clients.email',
  'invoices.create',
  'services.update',
  'users.update',
  'configuration.update',
  'quotas.update',
  'units.update',
  'tickets.read',
  'tickets.create',
  'domains.create',
] as const satisfies readonly Permission[];

type Missing = Exclude<Permission, (typeof PERMISSIONS)[number]>;
const everyPermissionListed: [Missing] extends [never] ? true : Missing = true;
void everyPermissionListed;
