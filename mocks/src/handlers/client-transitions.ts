/**
 * Suspend, resume and approve: one table of status transitions drives the three routes.
 * Each row says which statuses a client may leave, the status it goes to, the transient
 * status that completes by itself (`suspending` -> `suspended`), what the request carries
 * and the activity it records; the route (through `route(...)`) does the rest the same way.
 */
import type { ClientRecord } from '../data/model.ts';
import { problems } from '../problems.ts';
import type { MockStore } from '../store.ts';
import type { ClientStatus, StatusReason } from '../types.ts';
import { validate } from '../validation.ts';
import { clientHeaders } from './client-records.ts';
import { STATUS_REASONS } from './clients.ts';
import { type OpenApiHttp, type RouteContext, route } from './route.ts';

/** What a transition request carries: the reason the client gets, the activity's parameters. */
interface TransitionInput {
  readonly reason: StatusReason | null;
  readonly parameters?: Record<string, string>;
}

interface ClientTransition {
  readonly path:
    | '/clients/{client_id}/suspend'
    | '/clients/{client_id}/resume'
    | '/clients/{client_id}/approve';
  /** The statuses the client may be in; any other is a 409 `invalid-transition`. */
  readonly from: readonly ClientStatus[];
  /** For the 409: "A client in status `x` cannot be {verb}." */
  readonly verb: string;
  readonly to: ClientStatus;
  /** A transient `to` that completes by itself: after a delay, or on the next read when `onRead`. */
  readonly settles?: {
    readonly to: ClientStatus;
    readonly delayMs: (store: MockStore) => number;
    readonly onRead: boolean;
  };
  /** Reads the request body (before the status is checked); without it, no body and no reason. */
  readonly input?: (ctx: RouteContext) => Promise<TransitionInput>;
  /** The activity entry's action. */
  readonly action: string;
}

async function suspension(ctx: RouteContext): Promise<TransitionInput> {
  const body = validate<{ reason: StatusReason; note?: string }>(await ctx.json(), {
    reason: { type: 'string', enum: STATUS_REASONS, required: true },
    note: { type: 'string', maxLength: 500 },
  });
  return {
    reason: body.reason,
    parameters: body.note ? { reason: body.reason, note: body.note } : { reason: body.reason },
  };
}

export const CLIENT_TRANSITIONS = {
  suspendClient: {
    path: '/clients/{client_id}/suspend',
    from: ['active', 'inactive'],
    verb: 'suspended',
    to: 'suspending',
    settles: { to: 'suspended', delayMs: (store) => store.suspendDelayMs, onRead: true },
    input: suspension,
    action: 'client.suspended',
  },
  resumeClient: {
    path: '/clients/{client_id}/resume',
    from: ['suspended'],
    verb: 'resumed',
    to: 'active',
    action: 'client.resumed',
  },
  approveClient: {
    path: '/clients/{client_id}/approve',
    from: ['pending_approval'],
    verb: 'approved',
    to: 'active',
    action: 'client.approved',
  },
} as const satisfies Record<string, ClientTransition>;

/** 409 `invalid-transition` unless the client is in one of the `allowed` statuses. */
export function assertStatus(
  record: ClientRecord,
  verb: string,
  allowed: readonly ClientStatus[],
): void {
  const { status } = record.client;
  if (!allowed.includes(status)) {
    throw problems.invalidTransition(`A client in status \`${status}\` cannot be ${verb}.`);
  }
}

export function clientTransitionHandlers(http: OpenApiHttp, store: MockStore) {
  const operations = Object.keys(CLIENT_TRANSITIONS) as (keyof typeof CLIENT_TRANSITIONS)[];
  return operations.map((operationId) => {
    const transition: ClientTransition = CLIENT_TRANSITIONS[operationId];
    return http.post(
      transition.path,
      route(store, operationId, async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const input = transition.input ? await transition.input(ctx) : { reason: null };
        assertStatus(record, transition.verb, transition.from);
        record.client.status = transition.to;
        record.client.status_reason = input.reason;
        store.touchClient(record);
        if (transition.settles) {
          const { to, delayMs, onRead } = transition.settles;
          store.scheduleTransition(record, to, { delayMs: delayMs(store), onRead });
        }
        ctx.recordActivity(record, {
          action: transition.action,
          category: 'account',
          parameters: input.parameters,
        });
        return response(200).json(record.client, clientHeaders(store, record));
      }),
    );
  });
}
