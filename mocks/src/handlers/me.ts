/** `GET /me`: the staff user the bearer token signs in. */
import type { MockStore } from '../store.ts';
import { type OpenApiHttp, route } from './route.ts';

export function meHandlers(http: OpenApiHttp, store: MockStore) {
  return [
    http.get(
      '/me',
      route(store, 'getMe', ({ response }, { staff }) =>
        response(200).json(structuredClone(staff.me)),
      ),
    ),
  ];
}
