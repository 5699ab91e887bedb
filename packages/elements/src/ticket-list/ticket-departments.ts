import type { ClienteleClient, Department } from '@clientele/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDepartments } from './ticket-api.ts';

/**
 * The departments to filter by and open tickets in, loaded once per SDK client while the host
 * gives none. Not a `ResourceController`: the list shows no state for them (a failure only
 * hints in the form), and `@lit/task` beneath it would weigh on the list's first paint.
 */
export class TicketDepartments implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** The client to load from; undefined when there is none or the host gives the departments. */
  readonly #client: () => ClienteleClient | undefined;
  #loadedFrom: ClienteleClient | undefined;
  #abort: AbortController | undefined;
  #data: Department[] | undefined;
  #error: unknown;

  constructor(host: ReactiveControllerHost, client: () => ClienteleClient | undefined) {
    this.#host = host;
    this.#client = client;
    host.addController(this);
  }

  /** The loaded departments (undefined while they load, or failed). */
  get data(): readonly Department[] | undefined {
    return this.#data;
  }

  /** Why the load failed, if it did. */
  get error(): unknown {
    return this.#error;
  }

  hostUpdate(): void {
    const client = this.#client();
    if (client === this.#loadedFrom) return;
    this.#abort?.abort();
    this.#loadedFrom = client;
    this.#data = undefined;
    this.#error = undefined;
    if (!client) return;
    const abort = new AbortController();
    this.#abort = abort;
    loadDepartments(client, abort.signal).then(
      (data) => this.#settle(abort, data, undefined),
      (error: unknown) => this.#settle(abort, undefined, error),
    );
  }

  hostConnected(): void {
    // A load cut short by a disconnect starts again.
    if (this.#loadedFrom === undefined) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.#abort) return;
    // Still loading: stop, and load again on return (loaded departments stay).
    this.#abort.abort();
    this.#abort = undefined;
    this.#loadedFrom = undefined;
  }

  #settle(abort: AbortController, data: Department[] | undefined, error: unknown): void {
    // A newer client's load (or a disconnect) superseded this one.
    if (abort.signal.aborted) return;
    this.#abort = undefined;
    this.#data = data;
    this.#error = error;
    this.#host.requestUpdate();
  }
}
