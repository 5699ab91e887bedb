export { type ClienteleClient, type ClientOptions, createClient } from './client.ts';
export {
  ApiError,
  ClienteleError,
  isAbortError,
  isApiError,
  NetworkError,
  TimeoutError,
} from './errors.ts';
export type * from './generated/openapi.ts';
export type { GetToken, TokenContext } from './middleware/auth.ts';
export {
  type ListItem,
  type ListPath,
  type PageIterable,
  type PaginateArgs,
  type PaginateInit,
  paginate,
} from './paginate.ts';
export type { RetryOptions } from './retry.ts';
