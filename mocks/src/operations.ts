/**
 * Every operation of the spec by operationId: its method, path and the permission it
 * requires. Typed against the generated `operations`, so a new operation in the spec fails
 * the type check until it is listed here (and a test derives the table from the spec).
 */
import type { OperationId, Permission } from './types.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface OperationInfo {
  readonly method: HttpMethod;
  readonly path: string;
  /** `null` when any signed-in staff user may call it. */
  readonly permission: Permission | null;
}

const op = (method: HttpMethod, path: string, permission: Permission | null): OperationInfo => ({
  method,
  path,
  permission,
});

export const OPERATIONS = {
  getMe: op('get', '/me', null),
  listClients: op('get', '/clients', 'clients.read'),
  createClient: op('post', '/clients', 'clients.create'),
  getClient: op('get', '/clients/{client_id}', 'clients.read'),
  updateClient: op('patch', '/clients/{client_id}', 'clients.update'),
  deleteClient: op('delete', '/clients/{client_id}', 'clients.delete'),
  suspendClient: op('post', '/clients/{client_id}/suspend', 'clients.suspend'),
  resumeClient: op('post', '/clients/{client_id}/resume', 'clients.suspend'),
  approveClient: op('post', '/clients/{client_id}/approve', 'clients.approve'),
  impersonateClient: op('post', '/clients/{client_id}/impersonate', 'clients.impersonate'),
  createSimilarClient: op('post', '/clients/{client_id}/create-similar', 'clients.create'),
  emailClient: op('post', '/clients/{client_id}/email', 'clients.email'),
  listClientGroups: op('get', '/client-groups', 'clients.read'),
  listConfigurations: op('get', '/configurations', 'clients.read'),
  listRegions: op('get', '/regions', 'clients.read'),
  listFlavors: op('get', '/flavors', 'clients.read'),
  listHypervisors: op('get', '/hypervisors', 'clients.read'),
  listProducts: op('get', '/products', 'clients.read'),
  listServiceTypes: op('get', '/service-types', 'clients.read'),
  listRoles: op('get', '/roles', 'clients.read'),
  listUsers: op('get', '/users', 'clients.read'),
  listTicketDepartments: op('get', '/ticket-departments', 'tickets.read'),
  listUnitOffers: op('get', '/unit-offers', 'clients.read'),
  listClientInvoices: op('get', '/clients/{client_id}/invoices', 'clients.read'),
  createClientInvoice: op('post', '/clients/{client_id}/invoices', 'invoices.create'),
  listClientJournal: op('get', '/clients/{client_id}/journal', 'clients.read'),
  listClientServices: op('get', '/clients/{client_id}/services', 'clients.read'),
  changeServicePlan: op(
    'post',
    '/clients/{client_id}/services/{service_id}/change-plan',
    'services.update',
  ),
  terminateService: op(
    'post',
    '/clients/{client_id}/services/{service_id}/terminate',
    'services.update',
  ),
  listClientUsers: op('get', '/clients/{client_id}/users', 'clients.read'),
  associateClientUser: op('post', '/clients/{client_id}/users', 'users.update'),
  updateClientUser: op('patch', '/clients/{client_id}/users/{user_id}', 'users.update'),
  dissociateClientUser: op('delete', '/clients/{client_id}/users/{user_id}', 'users.update'),
  impersonateClientUser: op(
    'post',
    '/clients/{client_id}/users/{user_id}/impersonate',
    'clients.impersonate',
  ),
  getClientConfiguration: op('get', '/clients/{client_id}/configuration', 'clients.read'),
  setClientConfiguration: op('put', '/clients/{client_id}/configuration', 'configuration.update'),
  listClientResources: op('get', '/clients/{client_id}/resources/{kind}', 'clients.read'),
  listClientDomains: op('get', '/clients/{client_id}/domains', 'clients.read'),
  registerClientDomain: op('post', '/clients/{client_id}/domains', 'domains.create'),
  listClientActivity: op('get', '/clients/{client_id}/activity', 'clients.read'),
  listTickets: op('get', '/tickets', 'tickets.read'),
  createTicket: op('post', '/tickets', 'tickets.create'),
  listClientTickets: op('get', '/clients/{client_id}/tickets', 'tickets.read'),
  getClientQuotas: op('get', '/clients/{client_id}/quotas', 'clients.read'),
  updateClientQuotas: op('put', '/clients/{client_id}/quotas', 'quotas.update'),
  resetClientQuotas: op('delete', '/clients/{client_id}/quotas', 'quotas.update'),
  listClientQuotaRequests: op('get', '/clients/{client_id}/quota-requests', 'clients.read'),
  createClientQuotaRequest: op('post', '/clients/{client_id}/quota-requests', 'quotas.request'),
  approveClientQuotaRequest: op(
    'post',
    '/clients/{client_id}/quota-requests/{request_id}/approve',
    'quotas.update',
  ),
  rejectClientQuotaRequest: op(
    'post',
    '/clients/{client_id}/quota-requests/{request_id}/reject',
    'quotas.update',
  ),
  getClientUnitBalance: op('get', '/clients/{client_id}/units/balance', 'clients.read'),
  updateClientUnitBalance: op('patch', '/clients/{client_id}/units/balance', 'units.update'),
  listClientUnitEntries: op('get', '/clients/{client_id}/units/entries', 'clients.read'),
  createClientUnitEntry: op('post', '/clients/{client_id}/units/entries', 'units.update'),
  reverseClientUnitEntry: op(
    'post',
    '/clients/{client_id}/units/entries/{entry_id}/reverse',
    'units.update',
  ),
  applyClientUnitOffer: op(
    'post',
    '/clients/{client_id}/units/offers/{offer_id}/apply',
    'units.update',
  ),
  getClientAuthentication: op('get', '/clients/{client_id}/authentication', 'clients.read'),
  listClientVerifications: op(
    'get',
    '/clients/{client_id}/authentication/verifications',
    'clients.read',
  ),
  sendClientPasswordReset: op(
    'post',
    '/clients/{client_id}/authentication/password-reset',
    'clients.security',
  ),
  blockClientSignIn: op('post', '/clients/{client_id}/authentication/block', 'clients.security'),
  unblockClientSignIn: op(
    'post',
    '/clients/{client_id}/authentication/unblock',
    'clients.security',
  ),
  listClientImpersonationSessions: op(
    'get',
    '/clients/{client_id}/impersonation-sessions',
    'clients.read',
  ),
  endClientImpersonationSessions: op(
    'delete',
    '/clients/{client_id}/impersonation-sessions',
    'clients.security',
  ),
  endClientImpersonationSession: op(
    'delete',
    '/clients/{client_id}/impersonation-sessions/{session_id}',
    'clients.security',
  ),
} as const satisfies Record<OperationId, OperationInfo>;

/**
 * The list operations (those answering a page) and the kind of page: `clients` and
 * `tickets` pages also carry `status_counts`.
 */
export const LIST_OPERATIONS = {
  listClients: 'clients',
  listClientGroups: 'plain',
  listConfigurations: 'plain',
  listRegions: 'plain',
  listFlavors: 'plain',
  listHypervisors: 'plain',
  listProducts: 'plain',
  listServiceTypes: 'plain',
  listRoles: 'plain',
  listTicketDepartments: 'plain',
  listUnitOffers: 'plain',
  listClientInvoices: 'plain',
  listClientJournal: 'plain',
  listClientServices: 'plain',
  listClientUsers: 'plain',
  listClientResources: 'plain',
  listClientDomains: 'plain',
  listClientActivity: 'plain',
  listTickets: 'tickets',
  listClientTickets: 'tickets',
  listClientUnitEntries: 'plain',
  listClientQuotaRequests: 'plain',
  listClientVerifications: 'plain',
  listClientImpersonationSessions: 'plain',
} as const satisfies Partial<Record<OperationId, 'plain' | 'clients' | 'tickets'>>;

export type ListOperationId = keyof typeof LIST_OPERATIONS;
