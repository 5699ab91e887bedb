/** Actions on one client that leave its status alone: impersonate, create similar, email. */
import type { MockStore } from '../store.ts';
import { validate } from '../validation.ts';
import { CLIENT_FIELDS, clientHeaders, createClient } from './client-records.ts';
import { impersonationSession, validateImpersonation } from './impersonation.ts';
import { type OpenApiHttp, route } from './route.ts';

export function clientActionHandlers(http: OpenApiHttp, store: MockStore) {
  return [
    http.post(
      '/clients/{client_id}/impersonate',
      route(store, 'impersonateClient', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = validateImpersonation(await ctx.json(), record);
        const minutes = body.duration_minutes ?? 30;
        ctx.recordActivity(record, {
          action: 'client.impersonation_started',
          category: 'security',
          impersonator: ctx.actor,
          parameters: { reason: body.reason, duration_minutes: String(minutes) },
        });
        return response(201).json(
          impersonationSession(store, record, ctx.actor, body.reason, minutes),
        );
      }),
    ),

    http.post(
      '/clients/{client_id}/create-similar',
      route(store, 'createSimilarClient', async ({ params, response }, ctx) => {
        const source = ctx.client(params.client_id);
        const body = await ctx.json();
        return ctx.idempotent(body, () => {
          const fields = validate<{
            first_name: string;
            last_name: string;
            email: string;
            company?: string | null;
          }>(body, {
            first_name: { ...CLIENT_FIELDS.first_name!, required: true },
            last_name: { ...CLIENT_FIELDS.last_name!, required: true },
            email: { ...CLIENT_FIELDS.email!, required: true },
            company: CLIENT_FIELDS.company!,
          });
          const { client } = source;
          const record = createClient(
            ctx,
            {
              ...fields,
              country: client.country,
              currency: client.currency,
              language: client.language,
              timezone: client.timezone,
              payment_mode: client.payment_mode,
              type: fields.company ? 'organization' : client.type,
              group_id: client.group?.id ?? null,
              configuration_id: client.configuration.id,
            },
            'client.created',
            { similar_to: client.id },
          );
          return response(201).json(record.client, clientHeaders(store, record));
        });
      }),
    ),

    http.post(
      '/clients/{client_id}/email',
      route(store, 'emailClient', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = validate<{ subject: string; body: string }>(await ctx.json(), {
          subject: { type: 'string', minLength: 1, maxLength: 200, required: true },
          body: { type: 'string', minLength: 1, maxLength: 20000, required: true },
        });
        const receipt = {
          id: store.newId('em_'),
          queued_at: store.nowIso(),
          to: record.client.email,
        };
        ctx.recordActivity(record, {
          action: 'client.emailed',
          category: 'account',
          parameters: { subject: body.subject, email_id: receipt.id },
        });
        return response(202).json(receipt);
      }),
    ),
  ];
}
