/**
 * RFC 9457 problem details, as the spec defines them: every error the mocks answer is
 * `application/problem+json` with type, title, status, detail, instance, request_id and
 * errors[]. Handlers throw a {@link ProblemError}; the route wrapper turns it into a response.
 */
import type { FieldError, Permission, Problem, ProblemType } from './types.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const BASE = 'https://clientele.dev/problems/';

export type ProblemSlug =
  | 'validation'
  | 'not-found'
  | 'forbidden'
  | 'unauthorized'
  | 'precondition-failed'
  | 'precondition-required'
  | 'conflict'
  | 'idempotency-key-reused'
  | 'insufficient-credit'
  | 'below-cutoff'
  | 'below-usage'
  | 'invalid-transition'
  | 'rate-limited'
  | 'server-error';

const TITLES: Readonly<Record<ProblemSlug, string>> = {
  validation: 'Validation failed',
  'not-found': 'Not found',
  forbidden: 'Permission denied',
  unauthorized: 'Authentication required',
  'precondition-failed': 'Precondition failed',
  'precondition-required': 'Precondition required',
  conflict: 'Conflict',
  'idempotency-key-reused': 'Idempotency key reused',
  'insufficient-credit': 'Insufficient credit',
  'below-cutoff': 'Balance would fall below the cutoff',
  'below-usage': 'Limit below current usage',
  'invalid-transition': 'Invalid status transition',
  'rate-limited': 'Too many requests',
  'server-error': 'Internal server error',
};

export function problemType(slug: ProblemSlug): ProblemType {
  return `${BASE}${slug}` as ProblemType;
}

/** A problem a handler raises; `headers` are added to the response (e.g. Retry-After). */
export class ProblemError extends Error {
  readonly status: number;
  readonly slug: ProblemSlug;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    slug: ProblemSlug,
    detail: string,
    options: { errors?: FieldError[]; title?: string; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
    this.status = status;
    this.slug = slug;
    this.title = options.title ?? TITLES[slug];
    this.detail = detail;
    this.errors = options.errors ?? [];
    this.headers = options.headers ?? {};
  }

  toProblem(instance: string, requestId: string): Problem {
    return {
      type: problemType(this.slug),
      title: this.title,
      status: this.status,
      detail: this.detail,
      instance,
      request_id: requestId,
      errors: this.errors,
    };
  }
}

/** The problem's path and query, as `instance` (a valid URI reference even for a malformed query). */
export function instanceOf(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: {
      'Content-Type': PROBLEM_CONTENT_TYPE,
      'X-Request-Id': problem.request_id,
      ...headers,
    },
  });
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------- constructors

export const problems = {
  /** 400: a malformed request (bad query parameter, unparseable body). */
  badRequest(errors: FieldError[], detail?: string): ProblemError {
    return new ProblemError(
      400,
      'validation',
      detail ??
        (errors[0]?.message
          ? `Invalid request: ${errors[0].field}: ${errors[0].message}`
          : 'The request is malformed.'),
      {
        errors,
        title: 'Invalid request',
      },
    );
  },
  /** 422: field validation. */
  validation(errors: FieldError[]): ProblemError {
    return new ProblemError(
      422,
      'validation',
      `${plural(errors.length, 'field')} ${errors.length === 1 ? 'is' : 'are'} invalid.`,
      { errors },
    );
  },
  unauthorized(): ProblemError {
    return new ProblemError(401, 'unauthorized', 'The bearer token is missing or invalid.');
  },
  forbidden(permission: Permission): ProblemError {
    return new ProblemError(
      403,
      'forbidden',
      `This action requires the permission \`${permission}\`.`,
    );
  },
  notFound(what: string, id: string): ProblemError {
    return new ProblemError(404, 'not-found', `No ${what} with id \`${id}\`.`);
  },
  conflict(detail: string): ProblemError {
    return new ProblemError(409, 'conflict', detail);
  },
  invalidTransition(detail: string): ProblemError {
    return new ProblemError(409, 'invalid-transition', detail);
  },
  preconditionFailed(what: string): ProblemError {
    return new ProblemError(
      412,
      'precondition-failed',
      `The ${what} changed since you loaded it; reload and try again.`,
    );
  },
  preconditionRequired(): ProblemError {
    return new ProblemError(
      428,
      'precondition-required',
      "This update requires an If-Match header with the resource's current ETag.",
    );
  },
  idempotencyKeyReused(): ProblemError {
    return new ProblemError(
      422,
      'idempotency-key-reused',
      'The Idempotency-Key was already used with a different request.',
    );
  },
  serverError(
    detail = 'An unexpected error occurred. Quote the request id when reporting it.',
  ): ProblemError {
    return new ProblemError(500, 'server-error', detail);
  },
};

/** The problem type a bare HTTP status maps to (used by scenarios). */
export function slugForStatus(status: number): ProblemSlug {
  switch (status) {
    case 400:
    case 422:
      return 'validation';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 412:
      return 'precondition-failed';
    case 428:
      return 'precondition-required';
    case 429:
      return 'rate-limited';
    default:
      return 'server-error';
  }
}

export function fieldError(field: string, code: string, message: string): FieldError {
  return { field, code, message };
}
