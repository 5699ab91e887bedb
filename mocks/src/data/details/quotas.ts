/** A client's quota set: the defaults, raised where its resources need it; in use computed from them. */
import { QUOTA_RESOURCES } from '@clientele/sdk/enums';
import type {
  ClientUser,
  CloudResource,
  CloudResourceKind,
  Quota,
  QuotaResource,
  QuotaSet,
} from '../../types.ts';
import type { Catalog } from '../catalog.ts';
import type { ClientRecord } from '../model.ts';
import type { Random } from '../random.ts';

export { QUOTA_RESOURCES };

export const DEFAULT_QUOTA_LIMITS: Readonly<Record<QuotaResource, number>> = {
  instances: 10,
  vcpus: 20,
  ram_mib: 51200,
  volumes: 10,
  volume_gib: 1000,
  snapshots: 10,
  images: 5,
  networks_public: 1,
  networks_private: 5,
  routers: 2,
  floating_ips: 5,
  ports: 50,
  security_groups: 10,
  users: 10,
};

export function generateQuotas(
  random: Random,
  record: ClientRecord,
  resources: Record<CloudResourceKind, CloudResource[]>,
  users: readonly ClientUser[],
  catalog: Catalog,
): QuotaSet {
  const flavors = record.instances.map((i) => catalog.flavors.find((f) => f.id === i.flavorId)!);
  const inUse: Record<QuotaResource, number> = {
    instances: record.instances.length,
    vcpus: flavors.reduce((n, f) => n + f.vcpus, 0),
    ram_mib: flavors.reduce((n, f) => n + f.ram_mib, 0),
    volumes: resources.volume.length,
    volume_gib: resources.volume.reduce((n, v) => n + Number(v.attributes.size_gib ?? 0), 0),
    snapshots: resources.volume.length > 0 ? random.int(0, 3) : 0,
    images: resources.image.length,
    networks_public: record.instances.length > 0 ? 1 : 0,
    networks_private: resources.network.length,
    routers: resources.router.length,
    floating_ips: Math.min(record.instances.length, random.int(0, 3)),
    ports: resources.port.length + resources.router.length,
    security_groups: record.instances.length > 0 ? random.int(1, 4) : 0,
    users: users.length,
  };
  const items: Quota[] = QUOTA_RESOURCES.map((resource) => {
    const reserved =
      (resource === 'instances' || resource === 'vcpus') &&
      inUse.instances > 0 &&
      random.chance(0.1)
        ? 1
        : 0;
    const defaultLimit = DEFAULT_QUOTA_LIMITS[resource];
    const needed = inUse[resource] + reserved;
    let limit: number | null = defaultLimit;
    if (needed > defaultLimit) limit = Math.ceil((needed * 1.5) / 5) * 5;
    else if (random.chance(0.08)) limit = defaultLimit * 2;
    else if (random.chance(0.03)) limit = null;
    return { resource, limit, in_use: inUse[resource], reserved, default_limit: defaultLimit };
  });
  return { client_id: record.client.id, items, updated_at: record.client.created_at };
}
