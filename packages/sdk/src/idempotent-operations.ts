import type { paths } from './generated/openapi.ts';

/** The spec paths whose POST declares an `Idempotency-Key` header parameter. */
export type IdempotentPostPath = {
  [P in keyof paths]: paths[P] extends { post: { parameters: { header?: infer H } } }
    ? [NonNullable<H>] extends [never] // `header?: never`: keyof never would match anything
      ? never
      : 'Idempotency-Key' extends keyof NonNullable<H>
        ? P
        : never
    : never;
}[keyof paths];

/**
 * The same list at run time. The type below fails to compile when the spec adds or drops
 * an idempotent POST and this list is not updated, so the two cannot drift.
 */
export const IDEMPOTENT_POST_PATHS = [
  '/clients',
  '/clients/{client_id}/create-similar',
  '/clients/{client_id}/invoices',
  '/clients/{client_id}/domains',
  '/tickets',
  '/clients/{client_id}/units/entries',
  '/clients/{client_id}/units/entries/{entry_id}/reverse',
  '/clients/{client_id}/units/offers/{offer_id}/apply',
] as const satisfies readonly IdempotentPostPath[];

type Missing = Exclude<IdempotentPostPath, (typeof IDEMPOTENT_POST_PATHS)[number]>;
export const idempotentPathsComplete: [Missing] extends [never] ? true : Missing = true;

const accepting = new Set<string>(IDEMPOTENT_POST_PATHS);

/** True when the POST at this templated spec path accepts an `Idempotency-Key`. */
export const acceptsIdempotencyKey = (schemaPath: string): boolean => accepting.has(schemaPath);
