/**
 * The in-memory, mutable store behind the handlers: the generated dataset, the lazily
 * generated per-client details, ETag versions, the idempotency-key registry, pending
 * status transitions and the activity log. `reset()` returns to the seeded state.
 */
import { type Dataset, type DirectoryUser, generateDataset } from './data/dataset.ts';
import type { ClientDetails } from './data/details/index.ts';
import {
  type ClientRecord,
  isoSeconds,
  type ReferenceTime,
  resolveReferenceTime,
  type TicketRecord,
} from './data/model.ts';
import { Random } from './data/random.ts';
import type { ActivityCategory, ActivityEntry, ClientStatus, Ref } from './types.ts';

export interface StoreOptions {
  /** Same seed, same data. Default 1. */
  readonly seed?: number;
  /** Number of clients. Default 300. */
  readonly size?: number;
  /**
   * Where the generated history ends (the dataset's "now"): epoch ms, a `Date` or an
   * RFC 3339 date-time. Default `REFERENCE_TIME`, 2026-03-01T12:00:00Z. Same seed and
   * reference time, same data; another reference time moves the dates, not the rest.
   */
  readonly referenceTime?: ReferenceTime;
  /**
   * The clock for new records. Default: a virtual clock that starts at the reference time
   * when the store is created (and on `reset()`) and runs in real time, so new records
   * always come after the generated history.
   */
  readonly now?: () => Date;
  /** How long `suspending` lasts when no one reads the client. Default 1500 ms. */
  readonly suspendDelayMs?: number;
  /** How long `deleting` lasts before `closed`. Default 5000 ms. */
  readonly deleteDelayMs?: number;
}

/** A response as first sent for an idempotency key, replayed for a retry. */
export interface StoredResponse {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

interface IdempotencyRecord {
  readonly scope: string;
  readonly fingerprint: string;
  readonly response: StoredResponse;
}

interface PendingTransition {
  readonly to: ClientStatus;
  readonly dueAt: number;
  /** Completes on the next read of the client (not only after the delay). */
  readonly onRead: boolean;
}

/** The versioned resources that carry an ETag. */
export type VersionedKind = 'client' | 'configuration' | 'quotas' | 'units' | 'authentication';

const ETAG_PREFIX: Readonly<Record<VersionedKind, string>> = {
  client: 'c',
  configuration: 'g',
  quotas: 'q',
  units: 'u',
  authentication: 'a',
};

export function formatEtag(kind: VersionedKind, version: number): string {
  return `"${ETAG_PREFIX[kind]}${version}"`;
}

export class MockStore {
  readonly seed: number;
  readonly size: number;
  /** Epoch ms: where the generated history ends and the default clock starts. */
  readonly referenceTime: number;
  private readonly options: StoreOptions;
  private startedAt = 0;
  dataset!: Dataset;
  private byId = new Map<string, ClientRecord>();
  private details = new Map<string, ClientDetails>();
  private ticketsByClient: Map<string, TicketRecord[]> | null = null;
  private idempotency = new Map<string, IdempotencyRecord>();
  private pending = new Map<string, PendingTransition>();
  private random!: Random;
  private requestCounter = 0;
  /** Bumped whenever the client list changes (sorted views are cached per revision). */
  listRevision = 0;
  /** Bumped whenever the ticket queue changes. */
  ticketRevision = 0;

  constructor(options: StoreOptions = {}) {
    this.options = options;
    this.seed = options.seed ?? 1;
    this.size = options.size ?? 300;
    this.referenceTime = resolveReferenceTime(options.referenceTime);
    this.reset();
  }

  /** Back to the seeded state: same seed, same data; forgets every change and idempotency key. */
  reset(): void {
    this.dataset = generateDataset({
      seed: this.seed,
      size: this.size,
      referenceTime: this.referenceTime,
    });
    this.byId = new Map(this.dataset.clients.map((record) => [record.client.id, record]));
    this.details = new Map();
    this.ticketsByClient = null;
    this.idempotency = new Map();
    this.pending = new Map();
    this.random = Random.for(this.seed, 'runtime');
    this.requestCounter = 0;
    this.startedAt = Date.now();
    this.listRevision++;
    this.ticketRevision++;
  }

  // ---------------------------------------------------------------- time and ids

  now(): Date {
    if (this.options.now) return this.options.now();
    return new Date(this.referenceTime + (Date.now() - this.startedAt));
  }

  nowIso(): string {
    return isoSeconds(this.now().getTime());
  }

  /** A new opaque id: `prefix` + `length` hex digits from the store's seeded stream. */
  newId(prefix: string, length = 10): string {
    return `${prefix}${this.random.hex(length)}`;
  }

  newClientId(): string {
    let id = this.newId('cl_', 16);
    while (this.byId.has(id)) id = this.newId('cl_', 16);
    return id;
  }

  nextRequestId(): string {
    this.requestCounter++;
    return `req_${this.seed.toString(36)}${this.requestCounter.toString(36).padStart(6, '0')}`;
  }

  // ---------------------------------------------------------------- clients

  get catalog() {
    return this.dataset.catalog;
  }

  get clients(): readonly ClientRecord[] {
    return this.dataset.clients;
  }

  get tickets(): TicketRecord[] {
    return this.dataset.tickets;
  }

  get directory(): readonly DirectoryUser[] {
    return this.dataset.directory;
  }

  /** The client, after completing any transition that is due. */
  client(id: string): ClientRecord | undefined {
    const record = this.byId.get(id);
    if (record) this.settle(record, true);
    return record;
  }

  addClient(record: ClientRecord, details: ClientDetails): void {
    this.dataset.clients.push(record);
    this.byId.set(record.client.id, record);
    this.details.set(record.client.id, details);
    this.listRevision++;
  }

  /** Marks a client changed: bumps its ETag version and `updated_at`. */
  touchClient(record: ClientRecord): void {
    record.version++;
    record.client.updated_at = this.nowIso();
    this.listRevision++;
  }

  /** The lazily generated details of a client (generated on first access, then kept). */
  detailsOf(record: ClientRecord): ClientDetails {
    let details = this.details.get(record.client.id);
    if (!details) {
      details = this.dataset.detailsFor(record, { fresh: !record.generated });
      this.details.set(record.client.id, details);
    }
    return details;
  }

  /** Whether a client's details have been generated yet (for tests of laziness). */
  hasDetails(clientId: string): boolean {
    return this.details.has(clientId);
  }

  ticketsOf(clientId: string): TicketRecord[] {
    if (!this.ticketsByClient) {
      this.ticketsByClient = new Map();
      for (const record of this.tickets) {
        const list = this.ticketsByClient.get(record.ticket.client.id) ?? [];
        list.push(record);
        this.ticketsByClient.set(record.ticket.client.id, list);
      }
    }
    return this.ticketsByClient.get(clientId) ?? [];
  }

  addTicket(record: TicketRecord): void {
    this.tickets.push(record);
    this.ticketsByClient = null;
    this.ticketRevision++;
  }

  // ---------------------------------------------------------------- transitions

  /** Schedules a status change (`suspending` -> `suspended`, `deleting` -> `closed`). */
  scheduleTransition(
    record: ClientRecord,
    to: ClientStatus,
    options: { delayMs: number; onRead: boolean },
  ): void {
    this.pending.set(record.client.id, {
      to,
      dueAt: this.now().getTime() + options.delayMs,
      onRead: options.onRead,
    });
  }

  get suspendDelayMs(): number {
    return this.options.suspendDelayMs ?? 1500;
  }

  get deleteDelayMs(): number {
    return this.options.deleteDelayMs ?? 5000;
  }

  /** Completes due transitions; `read` is true when the client itself is being read. */
  private settle(record: ClientRecord, read: boolean): void {
    const pending = this.pending.get(record.client.id);
    if (!pending) return;
    if ((read && pending.onRead) || this.now().getTime() >= pending.dueAt) {
      this.pending.delete(record.client.id);
      record.client.status = pending.to;
      this.touchClient(record);
    }
  }

  /** Completes every transition that is due (or, with `read`, that completes on a read). */
  settleAll(read: boolean): void {
    for (const id of [...this.pending.keys()]) {
      const record = this.byId.get(id);
      if (record) this.settle(record, read);
    }
  }

  // ---------------------------------------------------------------- ETags

  etag(kind: VersionedKind, record: ClientRecord): string {
    switch (kind) {
      case 'client':
        return formatEtag(kind, record.version);
      case 'configuration':
        return formatEtag(kind, this.detailsOf(record).configurationVersion);
      case 'quotas':
        return formatEtag(kind, this.detailsOf(record).quotaVersion);
      case 'units':
        return formatEtag(kind, this.detailsOf(record).units.version);
      case 'authentication':
        return formatEtag(kind, this.detailsOf(record).authentication.version);
    }
  }

  // ---------------------------------------------------------------- idempotency

  /**
   * Looks up an idempotency key. `scope` names the operation and target (method + path);
   * `fingerprint` identifies the body. Returns the stored response for a replay, `'reused'`
   * when the key was used for another request, or `undefined` for a new key.
   */
  idempotentResponse(
    key: string,
    scope: string,
    fingerprint: string,
  ): StoredResponse | 'reused' | undefined {
    const found = this.idempotency.get(key);
    if (!found) return undefined;
    if (found.scope !== scope || found.fingerprint !== fingerprint) return 'reused';
    return found.response;
  }

  rememberResponse(
    key: string,
    scope: string,
    fingerprint: string,
    response: StoredResponse,
  ): void {
    this.idempotency.set(key, { scope, fingerprint, response });
  }

  // ---------------------------------------------------------------- activity

  recordActivity(
    record: ClientRecord,
    entry: {
      actor: ActivityEntry['actor'];
      action: string;
      category: ActivityCategory;
      parameters?: Record<string, string>;
      impersonator?: Ref | null;
      ip?: string | null;
    },
  ): ActivityEntry {
    const activity: ActivityEntry = {
      id: this.newId('act_'),
      at: this.nowIso(),
      actor: entry.actor,
      impersonator: entry.impersonator ?? null,
      ip: entry.ip ?? (entry.actor.type === 'system' ? null : '198.51.100.10'),
      action: entry.action,
      category: entry.category,
      parameters: entry.parameters ?? {},
      client_id: record.client.id,
    };
    this.detailsOf(record).activity.push(activity);
    return activity;
  }
}

export function createStore(options: StoreOptions = {}): MockStore {
  return new MockStore(options);
}
