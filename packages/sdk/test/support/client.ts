import createOpenApiClient, { type Client, type Middleware } from 'openapi-fetch';
import { BASE_URL, type FakeFetch } from './fake-fetch.ts';
import type { TestPaths } from './paths.ts';

/** A bare openapi-fetch client over the fake, with only the middleware under test. */
export function testClient(fake: FakeFetch, ...middleware: Middleware[]): Client<TestPaths> {
  const client = createOpenApiClient<TestPaths>({
    baseUrl: BASE_URL,
    fetch: (request) => fake.fetch(request),
  });
  client.use(...middleware);
  return client;
}
