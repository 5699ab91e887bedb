import type { CloudResourceCollection, CloudResourceKind } from '@clientele/sdk';
import type { ResourcesTabMessages } from './messages.en.ts';

/*
 * What `<client-resources-tab>` knows about each kind of cloud resource: its sub-view (the
 * contract's plural path segment), its kind (what `resource-open` names), its labels, and
 * which of its `attributes` it shows how. One table per kind, key -> label: an attribute the
 * table does not name still shows (in the Details cell, under its own key, as text).
 */

/** The sub-views, in order: the contract's `CloudResourceCollection`. */
export const RESOURCE_COLLECTIONS = [
  'instances',
  'volumes',
  'networks',
  'routers',
  'ssh-keys',
  'images',
  'ports',
] as const satisfies readonly CloudResourceCollection[];

export type ResourceCollection = (typeof RESOURCE_COLLECTIONS)[number];

/** A message of the tab that is plain text (no parameters). */
type Key = {
  [K in keyof ResourcesTabMessages]: ResourcesTabMessages[K] extends string ? K : never;
}[keyof ResourcesTabMessages];

/** Per sub-view: the contract's kind, the tab's label and the empty view's title. */
export const COLLECTIONS: Record<
  ResourceCollection,
  { readonly kind: CloudResourceKind; readonly label: Key; readonly empty: Key }
> = {
  instances: { kind: 'instance', label: 'resourcesInstances', empty: 'resourcesNoInstances' },
  volumes: { kind: 'volume', label: 'resourcesVolumes', empty: 'resourcesNoVolumes' },
  networks: { kind: 'network', label: 'resourcesNetworks', empty: 'resourcesNoNetworks' },
  routers: { kind: 'router', label: 'resourcesRouters', empty: 'resourcesNoRouters' },
  'ssh-keys': { kind: 'ssh_key', label: 'resourcesSshKeys', empty: 'resourcesNoSshKeys' },
  images: { kind: 'image', label: 'resourcesImages', empty: 'resourcesNoImages' },
  ports: { kind: 'port', label: 'resourcesPorts', empty: 'resourcesNoPorts' },
};

/** How an attribute's text is shown: as it is, or with its unit or meaning in words. */
export type AttributeFormat = 'text' | 'gib' | 'mib' | 'yes-no' | 'attached' | 'code';

export interface AttributeColumn {
  /** The key in `attributes`. */
  readonly key: string;
  /** Its label (a column header, or a term in the Details cell). */
  readonly label: Key;
  readonly format?: AttributeFormat;
}

export interface KindColumns {
  /** Attributes with a column of their own, between Status and Region. */
  readonly columns: readonly AttributeColumn[];
  /** Attributes named in the Details cell, before any attribute this table does not know. */
  readonly details: readonly AttributeColumn[];
}

/** The attributes of each kind (the keys are the mocks' and the spec example's). */
export const KIND_COLUMNS: Record<CloudResourceKind, KindColumns> = {
  instance: {
    columns: [
      { key: 'flavor', label: 'attrFlavor' },
      { key: 'ipv4', label: 'attrIpv4', format: 'code' },
    ],
    details: [
      { key: 'vcpus', label: 'attrVcpus' },
      { key: 'ram_mib', label: 'attrRam', format: 'mib' },
      { key: 'image', label: 'attrImage' },
      { key: 'hypervisor', label: 'attrHypervisor' },
    ],
  },
  volume: {
    columns: [
      { key: 'size_gib', label: 'attrSize', format: 'gib' },
      { key: 'attached_to', label: 'attrAttachedTo', format: 'attached' },
    ],
    details: [{ key: 'volume_type', label: 'attrVolumeType' }],
  },
  network: {
    columns: [{ key: 'cidr', label: 'attrCidr', format: 'code' }],
    details: [
      { key: 'external', label: 'attrExternal', format: 'yes-no' },
      { key: 'mtu', label: 'attrMtu' },
    ],
  },
  router: {
    columns: [{ key: 'external_gateway', label: 'attrExternalGateway' }],
    details: [{ key: 'gateway_ip', label: 'attrGatewayIp', format: 'code' }],
  },
  ssh_key: {
    columns: [{ key: 'fingerprint', label: 'attrFingerprint', format: 'code' }],
    details: [{ key: 'key_type', label: 'attrKeyType' }],
  },
  image: {
    columns: [
      { key: 'base_image', label: 'attrBaseImage' },
      { key: 'size_gib', label: 'attrSize', format: 'gib' },
    ],
    details: [{ key: 'visibility', label: 'attrVisibility' }],
  },
  port: {
    columns: [
      { key: 'mac_address', label: 'attrMac', format: 'code' },
      { key: 'fixed_ip', label: 'attrFixedIps', format: 'code' },
    ],
    details: [{ key: 'device', label: 'attrDevice' }],
  },
};

/** The tones a status badge takes (`client/status-badge.styles.ts`); the text says the status. */
export type StatusTone = 'green' | 'amber' | 'grey' | 'red' | 'blue';

/**
 * Statuses the cloud reports (OpenStack's, any case), in words and a tone. A status not here
 * is shown as the cloud wrote it, grey.
 */
export const RESOURCE_STATUSES: Record<string, { readonly label: Key; readonly tone: StatusTone }> =
  {
    active: { label: 'statusResourceActive', tone: 'green' },
    available: { label: 'statusResourceAvailable', tone: 'green' },
    'in-use': { label: 'statusResourceInUse', tone: 'blue' },
    build: { label: 'statusResourceBuilding', tone: 'blue' },
    building: { label: 'statusResourceBuilding', tone: 'blue' },
    creating: { label: 'statusResourceCreating', tone: 'blue' },
    queued: { label: 'statusResourceQueued', tone: 'blue' },
    shutoff: { label: 'statusResourceShutOff', tone: 'grey' },
    down: { label: 'statusResourceDown', tone: 'grey' },
    paused: { label: 'statusResourcePaused', tone: 'amber' },
    suspended: { label: 'statusResourceSuspended', tone: 'amber' },
    deleting: { label: 'statusResourceDeleting', tone: 'amber' },
    error: { label: 'statusResourceError', tone: 'red' },
  };

/** The words and tone of a status; an unknown one as it came, grey. */
export function resourceStatus(
  status: string,
  t: ResourcesTabMessages,
): { text: string; tone: StatusTone } {
  const key = status.toLowerCase();
  const known = Object.hasOwn(RESOURCE_STATUSES, key) ? RESOURCE_STATUSES[key] : undefined;
  return known ? { text: t[known.label], tone: known.tone } : { text: status, tone: 'grey' };
}
