import type { paths } from './generated/openapi.ts';

/** The spec paths with a POST. */
type PostPath = { [P in keyof paths]: paths[P] extends { post: object } ? P : never }[keyof paths];

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

/** The last segment of a path: `entries` for `/clients/{client_id}/units/entries`. */
type LastSegment<P> = P extends `${string}/${infer Rest}` ? LastSegment<Rest> : P;

/**
 * The last path segments of the POSTs that accept a key: shorter at run time than the paths
 * themselves. The types below fail to compile when the spec adds or drops an idempotent POST
 * and this list is not updated, or when another POST ends the same way, so it cannot drift.
 */
export const IDEMPOTENT_POST_ENDINGS = [
  'clients',
  'create-similar',
  'invoices',
  'domains',
  'tickets',
  'entries',
  'reverse',
  'apply',
  'quota-requests',
] as const satisfies readonly LastSegment<IdempotentPostPath>[];

type Ending = (typeof IDEMPOTENT_POST_ENDINGS)[number];
/** An idempotent POST whose ending is not listed. */
type Missing = Exclude<IdempotentPostPath, `${string}/${Ending}`>;
/** A POST without a key whose ending is listed. */
type Wrong = Extract<Exclude<PostPath, IdempotentPostPath>, `${string}/${Ending}`>;
export const idempotentEndingsExact: [Missing | Wrong] extends [never] ? true : Missing | Wrong =
  true;

/** True when the POST at this templated spec path accepts an `Idempotency-Key`. */
export const acceptsIdempotencyKey = (schemaPath: string): boolean =>
  (IDEMPOTENT_POST_ENDINGS as readonly string[]).includes(schemaPath.split('/').pop() as string);
