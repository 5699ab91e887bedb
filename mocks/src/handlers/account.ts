/**
 * Client configuration (get; put with If-Match), cloud resources by kind, domains (list;
 * register, 409 when taken) and the activity log.
 */

import { ACTIVITY_CATEGORIES, ACTIVITY_SORTS, CLOUD_RESOURCE_KINDS } from '@clientele/sdk/enums';
import type { ClientRecord } from '../data/model.ts';
import { DAY, isoSeconds } from '../data/model.ts';
import { TAKEN_DOMAINS } from '../data/words.ts';
import { fieldError, problems } from '../problems.ts';
import {
  booleanParam,
  enumListParam,
  enumParam,
  pageRequest,
  paginate,
  stringParam,
} from '../query.ts';
import type { MockStore } from '../store.ts';
import type { CloudResourceCollection, CloudResourceKind, Domain } from '../types.ts';
import { validate } from '../validation.ts';
import { type OpenApiHttp, route } from './route.ts';

const COLLECTIONS: Readonly<Record<CloudResourceCollection, CloudResourceKind>> = {
  instances: 'instance',
  volumes: 'volume',
  networks: 'network',
  routers: 'router',
  'ssh-keys': 'ssh_key',
  images: 'image',
  ports: 'port',
};

const DOMAIN_PATTERN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function configurationOf(store: MockStore, record: ClientRecord) {
  const configuration = store.catalog.configurations.find(
    (c) => c.id === record.client.configuration.id,
  )!;
  return { configuration: structuredClone(configuration) };
}

/** Whether a domain name is registered to anyone (generated clients that were opened, plus the registry's own). */
function domainTaken(store: MockStore, name: string): boolean {
  if ((TAKEN_DOMAINS as readonly string[]).includes(name)) return true;
  return store.clients.some(
    (r) => store.hasDetails(r.client.id) && store.detailsOf(r).domains.some((d) => d.name === name),
  );
}

export function accountHandlers(http: OpenApiHttp, store: MockStore) {
  return [
    http.get(
      '/clients/{client_id}/configuration',
      route(store, 'getClientConfiguration', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        return response(200).json(configurationOf(store, record), {
          headers: { ETag: store.etag('configuration', record) },
        });
      }),
    ),

    http.put(
      '/clients/{client_id}/configuration',
      route(store, 'setClientConfiguration', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = await ctx.json();
        ctx.ifMatch('configuration', record, { required: true, what: "client's configuration" });
        const { configuration_id } = validate<{ configuration_id: string }>(body, {
          configuration_id: { type: 'string', minLength: 1, maxLength: 64, required: true },
        });
        const configuration = store.catalog.configurations.find((c) => c.id === configuration_id);
        if (!configuration) {
          throw problems.validation([
            fieldError(
              'configuration_id',
              'not_found',
              `No configuration with id \`${configuration_id}\`.`,
            ),
          ]);
        }
        if (record.client.configuration.id !== configuration.id) {
          const from = record.client.configuration.id;
          record.client.configuration = { id: configuration.id, name: configuration.name };
          store.detailsOf(record).configurationVersion++;
          store.touchClient(record);
          ctx.recordActivity(record, {
            action: 'client.configuration_changed',
            category: 'billing',
            parameters: { from_configuration_id: from, to_configuration_id: configuration.id },
          });
        }
        return response(200).json(configurationOf(store, record), {
          headers: { ETag: store.etag('configuration', record) },
        });
      }),
    ),

    http.get(
      '/clients/{client_id}/resources/{kind}',
      route(store, 'listClientResources', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const kind = COLLECTIONS[params.kind as CloudResourceCollection];
        if (!kind || !CLOUD_RESOURCE_KINDS.includes(kind))
          throw problems.notFound('resource collection', params.kind);
        const page = pageRequest(ctx.query);
        return response(200).json(paginate(store.detailsOf(record).resources[kind], page));
      }),
    ),

    http.get(
      '/clients/{client_id}/domains',
      route(store, 'listClientDomains', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        return response(200).json(
          paginate(store.detailsOf(record).domains, pageRequest(ctx.query)),
        );
      }),
    ),

    http.post(
      '/clients/{client_id}/domains',
      route(store, 'registerClientDomain', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = await ctx.json();
        return ctx.idempotent(body, () => {
          const input = validate<{ name: string; years?: number }>(body, {
            name: {
              type: 'string',
              minLength: 4,
              maxLength: 253,
              pattern: DOMAIN_PATTERN,
              patternMessage:
                'Must be a lowercase fully qualified domain name without a trailing dot.',
              required: true,
            },
            years: { type: 'integer', minimum: 1, maximum: 10 },
          });
          if (domainTaken(store, input.name))
            throw problems.conflict(`The domain \`${input.name}\` is already registered.`);
          const now = store.now().getTime();
          const domain: Domain = {
            id: store.newId('dom_', 8),
            name: input.name,
            status: 'pending',
            created_at: isoSeconds(now),
            expires_at: isoSeconds(now + (input.years ?? 1) * 365 * DAY),
          };
          store.detailsOf(record).domains.push(domain);
          ctx.recordActivity(record, {
            action: 'domain.registered',
            category: 'service',
            parameters: { domain: domain.name, years: String(input.years ?? 1) },
          });
          return response(201).json(domain);
        });
      }),
    ),

    http.get(
      '/clients/{client_id}/activity',
      route(store, 'listClientActivity', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const page = pageRequest(ctx.query);
        const sort = enumParam(ctx.query, 'sort', ACTIVITY_SORTS) ?? '-at';
        const categories = enumListParam(ctx.query, 'category', ACTIVITY_CATEGORIES);
        const actor = stringParam(ctx.query, 'actor')?.toLowerCase();
        const impersonated = booleanParam(ctx.query, 'impersonated');
        // The log is in the order things happened; entries in the same second keep that order.
        const entries = store
          .detailsOf(record)
          .activity.filter(
            (e) =>
              (categories.length === 0 || categories.includes(e.category)) &&
              (actor === undefined ||
                e.actor.name.toLowerCase().includes(actor) ||
                e.actor.id.toLowerCase().includes(actor)) &&
              (impersonated === undefined || (e.impersonator !== null) === impersonated),
          );
        return response(200).json(
          paginate(sort === '-at' ? [...entries].reverse() : entries, page),
        );
      }),
    ),
  ];
}
