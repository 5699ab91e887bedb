import type { ClienteleClient, CloudResource, CloudResourcePage } from '@clientele/sdk';
import type { ReactiveControllerHost } from 'lit';
import { ResourceController } from '../../../base/controllers/resource-controller.ts';
import type { ResourceCollection } from './resource-kinds.ts';
import { listResources } from './resources-api.ts';

export interface KindViewOptions {
  client(): ClienteleClient | undefined;
  clientId(): string | undefined;
  pageSize(): number;
}

/**
 * One sub-view of `<client-resources-tab>`: a kind's resources, loaded when the sub-view is
 * first opened (not before: a client page that never shows ports never asks for them) and
 * kept while the user looks at other kinds. Its first page goes through a `ResourceController`
 * (the six states, Retry, a stale answer never applied); "Show more" follows `next_cursor`
 * and appends. A reload (another client, Retry) starts again from the first page.
 */
export class KindView {
  readonly #host: ReactiveControllerHost;
  readonly #options: KindViewOptions;
  readonly collection: ResourceCollection;
  readonly first: ResourceController<
    CloudResourcePage,
    readonly [ClienteleClient, string, ResourceCollection, number]
  >;
  #opened = false;
  #more: CloudResource[] = [];
  #next: string | null = null;
  #moreController: AbortController | undefined;
  #moreFailed = false;

  constructor(
    host: ReactiveControllerHost,
    collection: ResourceCollection,
    options: KindViewOptions,
  ) {
    this.#host = host;
    this.collection = collection;
    this.#options = options;
    this.first = new ResourceController(host, {
      args: () => {
        const api = options.client();
        const id = options.clientId();
        return this.#opened && api && id
          ? ([api, id, collection, options.pageSize()] as const)
          : undefined;
      },
      load: ([api, id, kind, limit], signal) => {
        this.#resetMore();
        return listResources(api, id, kind, { limit }, signal);
      },
      onLoad: (page) => {
        this.#next = page.next_cursor;
      },
      keepData: true,
    });
  }

  /** Whether the sub-view was opened (its kind asked for). */
  get opened(): boolean {
    return this.#opened;
  }

  /** Opens the sub-view: its kind loads on the host's next update, once. */
  open(): void {
    if (this.#opened) return;
    this.#opened = true;
    this.#host.requestUpdate();
  }

  /** The resources loaded so far, the pages in order. */
  get items(): readonly CloudResource[] {
    const first = this.first.data?.items ?? [];
    return this.#more.length > 0 ? [...first, ...this.#more] : first;
  }

  /** How many there are over all pages. */
  get total(): number {
    return this.first.data?.total ?? 0;
  }

  /** Whether another page follows. */
  get hasMore(): boolean {
    return this.#next !== null && this.first.state === 'loaded';
  }

  /** True while the next page loads. */
  get moreBusy(): boolean {
    return this.#moreController !== undefined;
  }

  /** Whether the last "Show more" failed. */
  get moreFailed(): boolean {
    return this.#moreFailed;
  }

  /** Loads the next page and appends it; answers the first new resource (none on failure). */
  async showMore(): Promise<CloudResource | undefined> {
    const api = this.#options.client();
    const id = this.#options.clientId();
    const cursor = this.#next;
    if (!api || !id || cursor === null || this.#moreController) return undefined;
    const controller = new AbortController();
    this.#moreController = controller;
    this.#moreFailed = false;
    this.#host.requestUpdate();
    try {
      const page = await listResources(
        api,
        id,
        this.collection,
        { limit: this.#options.pageSize(), cursor },
        controller.signal,
      );
      if (controller.signal.aborted) return undefined;
      this.#more = [...this.#more, ...page.items];
      this.#next = page.next_cursor;
      return page.items[0];
    } catch {
      if (!controller.signal.aborted) this.#moreFailed = true;
      return undefined;
    } finally {
      if (this.#moreController === controller) this.#moreController = undefined;
      this.#host.requestUpdate();
    }
  }

  #resetMore(): void {
    this.#moreController?.abort();
    this.#moreController = undefined;
    this.#more = [];
    this.#next = null;
    this.#moreFailed = false;
  }
}
