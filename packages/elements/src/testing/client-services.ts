import type { Configuration, Product, Service } from '@clientele/sdk';
import { type Deferred, fakeApi, json, problem } from './fake-api.ts';

/**
 * A fake API for `<client-services-tab>` and `<client-configuration-tab>` tests and stories:
 * one client's services (change plan within the product, terminate, with the API's 422 and
 * 409), the products with their plans, the client's configuration with an ETag (If-Match, 412
 * on a stale one) and the configurations (one default), by token (`admin-token` may change
 * services and configuration, `auditor-token` only read). `fail(method, path, response)`
 * answers the next request to a path with a response instead; `hold(gate)` keeps the reads
 * waiting; `changeBehindTheBack(id)` gives the client another configuration as another user
 * would (the ETag moves on).
 */

export const SERVICES_CLIENT = 'cl_7c2e9a4b1d3f5e80';

export const SAMPLE_PRODUCTS: Product[] = [
  {
    id: 'prd_hosting_pro',
    name: 'Hosting Pro',
    service_type_id: 'st_hosting',
    plans: [
      {
        id: 'pln_hosting_pro_m',
        name: 'Pro monthly',
        cycle: { unit: 'month', multiplier: 1 },
        price: { amount: '9.90', currency: 'EUR' },
      },
      {
        id: 'pln_hosting_pro_plus_m',
        name: 'Pro Plus monthly',
        cycle: { unit: 'month', multiplier: 1 },
        price: { amount: '14.95', currency: 'EUR' },
      },
      {
        id: 'pln_hosting_pro_y',
        name: 'Pro yearly',
        cycle: { unit: 'year', multiplier: 1 },
        price: { amount: '99.00', currency: 'EUR' },
      },
    ],
  },
  {
    id: 'prd_cloud_payg',
    name: 'Cloud pay-as-you-go',
    service_type_id: 'st_cloud',
    plans: [
      {
        id: 'pln_cloud_monthly',
        name: 'Monthly',
        cycle: { unit: 'month', multiplier: 1 },
        price: { amount: '0.00', currency: 'EUR' },
      },
    ],
  },
  {
    id: 'prd_domain',
    name: 'Domain .example',
    service_type_id: 'st_domain',
    plans: [
      {
        id: 'pln_domain_1y',
        name: 'One year',
        cycle: { unit: 'year', multiplier: 1 },
        price: { amount: '12.00', currency: 'EUR' },
      },
    ],
  },
];

export function sampleServices(): Service[] {
  const base = {
    suspended_at: null,
    pending_task: null,
    project_id: null,
    project_domain_id: null,
    region: null,
  };
  return [
    {
      ...base,
      id: 'svc_cloud01',
      type: { id: 'st_cloud', name: 'Cloud (OpenStack)' },
      product: { id: 'prd_cloud_payg', name: 'Cloud pay-as-you-go' },
      plan: { id: 'pln_cloud_monthly', name: 'Monthly' },
      cycle: { unit: 'month', multiplier: 1 },
      price: { amount: '0.00', currency: 'EUR' },
      status: 'active',
      activated_at: '2025-11-03T09:20:00Z',
      next_due_at: '2026-04-01T00:00:00Z',
      next_invoice_at: '2026-04-01T00:00:00Z',
      project_id: '6b1f3c2a9e8d4f7a8c0b1d2e3f4a5b6c',
      project_domain_id: 'default',
      region: { id: 'reg_fra1', name: 'Frankfurt 1' },
    },
    {
      ...base,
      id: 'svc_host01',
      type: { id: 'st_hosting', name: 'Web hosting' },
      product: { id: 'prd_hosting_pro', name: 'Hosting Pro' },
      plan: { id: 'pln_hosting_pro_m', name: 'Pro monthly' },
      cycle: { unit: 'month', multiplier: 1 },
      price: { amount: '9.90', currency: 'EUR' },
      status: 'active',
      activated_at: '2025-12-01T10:00:00Z',
      next_due_at: '2026-04-01T00:00:00Z',
      next_invoice_at: '2026-03-25T00:00:00Z',
    },
    {
      ...base,
      id: 'svc_dom01',
      type: { id: 'st_domain', name: 'Domain' },
      product: { id: 'prd_domain', name: 'Domain .example' },
      plan: { id: 'pln_domain_1y', name: 'One year' },
      cycle: { unit: 'year', multiplier: 1 },
      price: { amount: '12.00', currency: 'EUR' },
      status: 'pending',
      activated_at: null,
      next_due_at: null,
      next_invoice_at: null,
      pending_task: 'provision',
    },
    {
      ...base,
      id: 'svc_old01',
      type: { id: 'st_hosting', name: 'Web hosting' },
      product: { id: 'prd_hosting_pro', name: 'Hosting Pro' },
      plan: { id: 'pln_hosting_pro_y', name: 'Pro yearly' },
      cycle: { unit: 'year', multiplier: 1 },
      price: { amount: '99.00', currency: 'EUR' },
      status: 'terminated',
      activated_at: '2024-02-01T10:00:00Z',
      next_due_at: null,
      next_invoice_at: null,
    },
  ];
}

const money = (amount: string) => ({ amount, currency: 'EUR' });

export const SAMPLE_CONFIGURATIONS_FULL: Configuration[] = [
  {
    id: 'cfg_default',
    name: 'Default',
    is_default: true,
    credit_limit: money('0.00'),
    required_credit_for_new_services: money('10.00'),
    auto_invoice: true,
    invoice_due_days: 14,
    suspend_after_overdue_days: 7,
  },
  {
    id: 'cfg_enterprise',
    name: 'Enterprise',
    is_default: false,
    credit_limit: money('5000.00'),
    required_credit_for_new_services: money('10.0'),
    auto_invoice: true,
    invoice_due_days: 30,
    suspend_after_overdue_days: 21,
  },
  {
    id: 'cfg_prepaid',
    name: 'Prepaid',
    is_default: false,
    credit_limit: money('0'),
    required_credit_for_new_services: money('25.00'),
    auto_invoice: false,
    invoice_due_days: 0,
    suspend_after_overdue_days: 1,
  },
];

const PERMISSIONS = {
  'admin-token': ['clients.read', 'services.update', 'configuration.update'],
  'auditor-token': ['clients.read'],
} as const;

const conflict = (detail: string) =>
  problem(409, {
    type: 'https://clientele.dev/problems/invalid-transition',
    title: 'Invalid transition',
    detail,
  });

export function servicesBackend(
  initial: Service[] = sampleServices(),
  options: { configurationId?: string } = {},
) {
  const services = initial.map((s) => structuredClone(s));
  let configurationId = options.configurationId ?? 'cfg_enterprise';
  let version = 1;
  const failures: { method: string; path: RegExp; response: Response }[] = [];
  const received: { method: string; path: string; body: unknown; ifMatch: string | null }[] = [];
  let hold: Deferred<void> | undefined;
  const etag = () => `"cfg-${version}"`;
  const configurationBody = () => ({
    configuration: SAMPLE_CONFIGURATIONS_FULL.find((c) => c.id === configurationId)!,
  });
  const api = fakeApi(async (request, url) => {
    const path = url.pathname.replace(/^\/api/, '');
    const text = request.method === 'GET' ? '' : await request.text();
    const body = text ? JSON.parse(text) : undefined;
    received.push({ method: request.method, path, body, ifMatch: request.headers.get('If-Match') });
    if (path === '/me') {
      const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
      const permissions = PERMISSIONS[token as keyof typeof PERMISSIONS] ?? [];
      return json({ id: 'u', name: 'U', email: 'u@x.test', role: 'x', permissions, locale: 'en' });
    }
    const failure = failures.findIndex((f) => f.method === request.method && f.path.test(path));
    if (failure >= 0) return failures.splice(failure, 1)[0]!.response;
    if (hold && request.method === 'GET') await hold.promise;
    const page = (items: unknown[]) => json({ items, next_cursor: null, total: items.length });
    if (path === '/products') return page(SAMPLE_PRODUCTS);
    if (path === '/configurations') return page(SAMPLE_CONFIGURATIONS_FULL);
    const match = /^\/clients\/([^/]+)\/(services|configuration)(?:\/([^/]+)\/([a-z-]+))?$/.exec(
      path,
    );
    if (!match) return problem(404);
    if (match[1] !== SERVICES_CLIENT) {
      return problem(404, { title: 'Not found', detail: 'No client.' });
    }
    const [, , collection, serviceId, action] = match;
    if (collection === 'configuration') {
      if (request.method === 'GET') {
        return new Response(JSON.stringify(configurationBody()), {
          headers: { 'Content-Type': 'application/json', ETag: etag() },
        });
      }
      if (request.headers.get('If-Match') !== etag()) {
        return problem(412, { title: 'Precondition failed', detail: 'Changed meanwhile.' });
      }
      const chosen = SAMPLE_CONFIGURATIONS_FULL.find((c) => c.id === body?.configuration_id);
      if (!chosen) {
        return problem(422, {
          title: 'Validation failed',
          errors: [
            { field: 'configuration_id', code: 'not_found', message: 'No such configuration.' },
          ],
        });
      }
      if (chosen.id !== configurationId) {
        configurationId = chosen.id;
        version++;
      }
      return new Response(JSON.stringify(configurationBody()), {
        headers: { 'Content-Type': 'application/json', ETag: etag() },
      });
    }
    if (!serviceId) return page(services);
    const service = services.find((s) => s.id === serviceId);
    if (!service) return problem(404, { title: 'Not found' });
    const ended = service.status === 'terminated' || service.status === 'cancelled';
    if (action === 'change-plan') {
      if (ended) return conflict(`A service in status \`${service.status}\` cannot change plan.`);
      const product = SAMPLE_PRODUCTS.find((p) => p.id === service.product.id)!;
      const plan = product.plans.find((p) => p.id === body?.plan_id);
      if (!plan) {
        return problem(422, {
          title: 'Validation failed',
          errors: [
            {
              field: 'plan_id',
              code: 'not_found',
              message: `The product has no plan ${body?.plan_id}.`,
            },
          ],
        });
      }
      Object.assign(service, {
        plan: { id: plan.id, name: plan.name },
        cycle: { ...plan.cycle },
        price: { ...plan.price },
      });
      return json(service);
    }
    if (action === 'terminate') {
      if (ended) return conflict(`A service in status \`${service.status}\` cannot be terminated.`);
      Object.assign(service, { status: 'terminated', next_due_at: null, next_invoice_at: null });
      return json(service);
    }
    return problem(405);
  });
  return {
    api,
    services,
    received,
    get configurationId() {
      return configurationId;
    },
    changeBehindTheBack(id: string) {
      configurationId = id;
      version++;
    },
    fail(method: string, path: RegExp, response: Response) {
      failures.push({ method, path, response });
    },
    hold(gate: Deferred<void> | undefined) {
      hold = gate;
    },
  };
}

export type ServicesBackend = ReturnType<typeof servicesBackend>;
