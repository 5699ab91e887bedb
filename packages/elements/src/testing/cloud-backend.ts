import type { CloudResource, CloudResourceKind, Domain } from '@clientele/sdk';
import { type Deferred, fakeApi, json, problem } from './fake-api.ts';

/**
 * A fake API for `<client-resources-tab>` and `<client-domains-tab>` tests: one client's cloud
 * resources by kind (cursor paged: the cursor is the offset), its domains, and registering a
 * domain with the API's rules (a taken name answers 409, a bad one 422, an Idempotency-Key
 * replays its first answer), by token (`admin-token` may register, `auditor-token` only
 * read). `fail(method, path, response)` answers the next matching request instead; `hold`
 * keeps GETs waiting. `registered` counts the domains the server made.
 */

export const CLOUD_CLIENT = 'cl_7a1c0e5d9b2f4836';

const FRA = { id: 'reg_fra1', name: 'Frankfurt 1' };
const AMS = { id: 'reg_ams1', name: 'Amsterdam 1' };

const resource = (
  kind: CloudResourceKind,
  id: string,
  name: string,
  status: string,
  attributes: Record<string, string>,
  region: CloudResource['region'] = FRA,
): CloudResource => ({
  id,
  kind,
  name,
  status,
  region,
  created_at: '2026-01-12T08:30:00Z',
  attributes,
});

/** Instances, volumes (three: paged by two), a network, SSH keys and ports; no routers or images. */
export function sampleResources(): Record<CloudResourceKind, CloudResource[]> {
  return {
    instance: [
      resource('instance', 'ins_web01', 'web-01', 'ACTIVE', {
        flavor: 'm1.small',
        vcpus: '1',
        ram_mib: '2048',
        image: 'Ubuntu 24.04',
        ipv4: '203.0.113.24',
        hypervisor: 'fra1-compute-07',
        // Not in the tab's table of instance attributes: shown under its own key.
        availability_zone: 'fra1-b',
      }),
      resource('instance', 'ins_db01', 'db-01', 'SHUTOFF', {
        flavor: 'm1.large',
        ipv4: '203.0.113.31',
      }),
    ],
    volume: [
      resource('volume', 'vol_1', 'web-01-data', 'in-use', {
        size_gib: '50',
        volume_type: 'ssd',
        attached_to: 'web-01',
      }),
      resource('volume', 'vol_2', 'scratch', 'available', {
        size_gib: '10',
        volume_type: 'hdd',
        attached_to: '',
      }),
      resource(
        'volume',
        'vol_3',
        'backup-ams',
        'available',
        { size_gib: '250', volume_type: 'hdd', attached_to: '' },
        AMS,
      ),
    ],
    network: [
      resource('network', 'net_1', 'nimbus-fra1-net', 'ACTIVE', {
        cidr: '10.12.0.0/24',
        external: 'false',
        mtu: '1450',
      }),
    ],
    router: [],
    ssh_key: [
      resource(
        'ssh_key',
        'key_ana',
        'ana-laptop',
        'available',
        { fingerprint: 'SHA256:3f9a0c1e8b7d6a5f4e3d2c1b0a9f8e7d', key_type: 'ssh-ed25519' },
        null,
      ),
    ],
    image: [],
    port: [
      resource('port', 'port_1', 'web-01-eth0', 'ACTIVE', {
        mac_address: 'fa:16:3e:12:ab:cd',
        fixed_ip: '10.12.0.5',
        device: 'web-01',
      }),
    ],
  };
}

export function sampleDomains(): Domain[] {
  return [
    {
      id: 'dom_3a81f2c0',
      name: 'nimbuslabs.example',
      status: 'active',
      created_at: '2025-11-04T10:00:00Z',
      expires_at: '2026-11-04T10:00:00Z',
    },
    {
      id: 'dom_77b0e1d4',
      name: 'nimbus-shop.example',
      status: 'expired',
      created_at: '2024-02-01T09:00:00Z',
      expires_at: '2025-02-01T09:00:00Z',
    },
  ];
}

const COLLECTIONS: Record<string, CloudResourceKind> = {
  instances: 'instance',
  volumes: 'volume',
  networks: 'network',
  routers: 'router',
  'ssh-keys': 'ssh_key',
  images: 'image',
  ports: 'port',
};

const PERMISSIONS = {
  'admin-token': ['clients.read', 'domains.create'],
  'auditor-token': ['clients.read'],
} as const;

/** Names the fake registry holds for someone else. */
export const TAKEN = ['example.com', 'taken.example'];

const NAME = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function cloudBackend(
  options: { resources?: Record<CloudResourceKind, CloudResource[]>; domains?: Domain[] } = {},
) {
  const resources = options.resources ?? sampleResources();
  const domains = [...(options.domains ?? sampleDomains())];
  const failures: { method: string; path: RegExp; response: Response }[] = [];
  const received: { method: string; path: string; key: string | null; body: unknown }[] = [];
  const keys = new Map<string, { body: string; domain: Domain }>();
  const state = { registered: 0, hold: undefined as Deferred<void> | undefined };
  const api = fakeApi(async (request, url) => {
    const path = url.pathname.replace(/^\/api/, '');
    const body = request.method === 'POST' ? await request.json() : undefined;
    const key = request.headers.get('Idempotency-Key');
    received.push({ method: request.method, path, key, body });
    if (path === '/me') {
      const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
      const permissions = PERMISSIONS[token as keyof typeof PERMISSIONS] ?? [];
      return json({ id: 'u', name: 'U', email: 'u@x.test', role: 'x', permissions, locale: 'en' });
    }
    const failure = failures.findIndex((f) => f.method === request.method && f.path.test(path));
    if (failure >= 0) return failures.splice(failure, 1)[0]!.response;
    if (state.hold && request.method === 'GET') await state.hold.promise;
    const match = /^\/clients\/([^/]+)\/(resources\/([^/]+)|domains)$/.exec(path);
    if (!match) return problem(404);
    if (match[1] !== CLOUD_CLIENT)
      return problem(404, { title: 'Not found', detail: 'No client.' });
    if (match[3] !== undefined) {
      const kind = COLLECTIONS[match[3]];
      if (!kind) return problem(404, { title: 'Not found' });
      const all = resources[kind];
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const items = all.slice(offset, offset + limit);
      const next = offset + limit < all.length ? String(offset + limit) : null;
      return json({ items, next_cursor: next, total: all.length });
    }
    if (request.method === 'GET') {
      return json({ items: domains, next_cursor: null, total: domains.length });
    }
    const input = body as { name: string; years?: number };
    const text = JSON.stringify(input);
    const stored = key ? keys.get(key) : undefined;
    if (stored) {
      if (stored.body !== text) {
        return problem(422, { title: 'Idempotency key reused', errors: [] });
      }
      return json(stored.domain, 201);
    }
    if (!NAME.test(input.name)) {
      return problem(422, {
        title: 'Validation failed',
        errors: [{ field: 'name', code: 'pattern', message: 'Not a domain name.' }],
      });
    }
    if (TAKEN.includes(input.name) || domains.some((d) => d.name === input.name)) {
      return problem(409, {
        type: 'https://clientele.dev/problems/conflict',
        title: 'Conflict',
        detail: `The domain \`${input.name}\` is already registered.`,
      });
    }
    state.registered++;
    const domain: Domain = {
      id: `dom_new${state.registered}`,
      name: input.name,
      status: 'pending',
      created_at: '2026-03-01T12:00:00Z',
      expires_at: `${2026 + (input.years ?? 1)}-03-01T12:00:00Z`,
    };
    domains.push(domain);
    if (key) keys.set(key, { body: text, domain });
    return json(domain, 201);
  });
  return {
    api,
    domains,
    received,
    /** How many domains the server registered. */
    get registered() {
      return state.registered;
    },
    fail(method: string, path: RegExp, response: Response) {
      failures.push({ method, path, response });
    },
    hold(gate: Deferred<void> | undefined) {
      state.hold = gate;
    },
  };
}

export type CloudBackend = ReturnType<typeof cloudBackend>;
