/**
 * A client's cloud resources: its instances (with the details the client list does not
 * keep), their ports and volumes, a network and usually a router per region, SSH keys and
 * snapshots.
 */
import type { CloudResource, CloudResourceKind } from '../../types.ts';
import type { Catalog } from '../catalog.ts';
import { asciiSlug, uuid } from '../clients.ts';
import { type ClientRecord, HOUR, type InstanceSpec, isoSeconds } from '../model.ts';
import type { Random } from '../random.ts';
import { IMAGE_NAMES, INSTANCE_NAMES } from '../words.ts';

/** An instance with the details generated lazily (name, id, address, image, creation time). */
export interface InstanceDetails {
  readonly spec: InstanceSpec;
  readonly id: string;
  readonly name: string;
  readonly image: string;
  readonly ipv4: string;
  readonly createdAt: string;
}

export function instanceDetails(
  random: Random,
  record: ClientRecord,
  referenceTime: number,
): InstanceDetails[] {
  const cloud = record.services.find((s) => s.projectId !== null);
  const since = cloud?.activatedMs ?? Date.parse(record.client.created_at);
  return record.instances.map((spec, i) => ({
    spec,
    id: uuid(random),
    name: `${random.pick(INSTANCE_NAMES)}-${String(i + 1).padStart(2, '0')}`,
    image: random.pick(IMAGE_NAMES),
    ipv4: `203.0.${random.int(113, 120)}.${random.int(2, 254)}`,
    createdAt: isoSeconds(
      since + random.int(HOUR, Math.max(2 * HOUR, referenceTime - since - HOUR)),
    ),
  }));
}

export function emptyResources(): Record<CloudResourceKind, CloudResource[]> {
  return { instance: [], volume: [], network: [], router: [], ssh_key: [], image: [], port: [] };
}
export function generateResources(
  random: Random,
  record: ClientRecord,
  instances: readonly InstanceDetails[],
  catalog: Catalog,
): Record<CloudResourceKind, CloudResource[]> {
  const resources = emptyResources();
  const regionRef = (id: string) => {
    const region = catalog.regions.find((r) => r.id === id)!;
    return { id: region.id, name: region.name };
  };
  const slug = asciiSlug(record.client.company ?? record.client.last_name, '-') || 'client';
  for (const instance of instances) {
    const { spec } = instance;
    const flavor = catalog.flavors.find((f) => f.id === spec.flavorId)!;
    const hypervisor = catalog.hypervisors.find((h) => h.id === spec.hypervisorId)!;
    resources.instance.push({
      id: instance.id,
      kind: 'instance',
      name: instance.name,
      status: spec.status,
      region: regionRef(spec.regionId),
      created_at: instance.createdAt,
      attributes: {
        flavor: flavor.name,
        vcpus: String(flavor.vcpus),
        ram_mib: String(flavor.ram_mib),
        image: instance.image,
        ipv4: instance.ipv4,
        hypervisor: hypervisor.name,
      },
    });
    resources.port.push({
      id: uuid(random),
      kind: 'port',
      name: `${instance.name}-eth0`,
      status: spec.status === 'ACTIVE' ? 'ACTIVE' : 'DOWN',
      region: regionRef(spec.regionId),
      created_at: instance.createdAt,
      attributes: {
        mac_address: `fa:16:3e:${random.hex(2)}:${random.hex(2)}:${random.hex(2)}`,
        fixed_ip: `10.0.${random.int(0, 3)}.${random.int(2, 250)}`,
        device: instance.name,
      },
    });
    const volumes = random.weighted<number>([
      [0, 40],
      [1, 45],
      [2, 15],
    ]);
    for (let v = 0; v < volumes; v++) {
      const attached = random.chance(0.85);
      resources.volume.push({
        id: uuid(random),
        kind: 'volume',
        name: `${instance.name}-data${v === 0 ? '' : `-${v + 1}`}`,
        status: attached ? 'in-use' : 'available',
        region: regionRef(spec.regionId),
        created_at: instance.createdAt,
        attributes: {
          size_gib: String(random.pick([10, 20, 50, 100, 250, 500])),
          volume_type: random.pick(['ssd', 'hdd', 'nvme']),
          attached_to: attached ? instance.name : '',
        },
      });
    }
  }
  const regionsUsed = [...new Set(instances.map((i) => i.spec.regionId))];
  for (const regionId of regionsUsed) {
    const first = instances.find((i) => i.spec.regionId === regionId)!;
    resources.network.push({
      id: uuid(random),
      kind: 'network',
      name: `${slug}-${regionId.slice(4)}-net`,
      status: 'ACTIVE',
      region: regionRef(regionId),
      created_at: first.createdAt,
      attributes: { cidr: `10.${random.int(0, 254)}.0.0/24`, external: 'false', mtu: '1450' },
    });
    if (random.chance(0.7)) {
      resources.router.push({
        id: uuid(random),
        kind: 'router',
        name: `${slug}-${regionId.slice(4)}-router`,
        status: 'ACTIVE',
        region: regionRef(regionId),
        created_at: first.createdAt,
        attributes: { external_gateway: 'public', gateway_ip: `198.51.100.${random.int(2, 254)}` },
      });
    }
  }
  if (record.instances.length > 0 || random.chance(0.2)) {
    const keys = random.int(1, 3);
    for (let k = 0; k < keys; k++) {
      resources.ssh_key.push({
        id: `key_${random.hex(10)}`,
        kind: 'ssh_key',
        name: `${asciiSlug(record.client.first_name)}-${random.pick(['laptop', 'desktop', 'ci', 'deploy'])}`,
        status: 'available',
        region: null,
        created_at: record.client.created_at,
        attributes: {
          fingerprint: `SHA256:${random.hex(43)}`,
          key_type: random.pick(['ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256']),
        },
      });
    }
  }
  const images =
    instances.length > 0
      ? random.weighted<number>([
          [0, 60],
          [1, 30],
          [2, 10],
        ])
      : 0;
  for (let m = 0; m < images; m++) {
    const source = random.pick(instances);
    resources.image.push({
      id: uuid(random),
      kind: 'image',
      name: `${source.name}-snapshot-${m + 1}`,
      status: 'active',
      region: regionRef(source.spec.regionId),
      created_at: source.createdAt,
      attributes: {
        base_image: source.image,
        size_gib: String(random.int(2, 40)),
        visibility: 'private',
      },
    });
  }
  return resources;
}
