/**
 * A tiny hand-written `paths` in openapi-typescript's shape, so that middleware tests do not
 * depend on the evolving spec. The client wiring tests use the generated types.
 */
export interface TestPaths {
  '/things': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: { cursor?: string; limit?: number; search?: string };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': { items: Thing[]; next_cursor: string | null; total: number };
          };
        };
      };
    };
    post: {
      parameters: {
        query?: never;
        header?: { 'Idempotency-Key'?: string };
        path?: never;
        cookie?: never;
      };
      requestBody: { content: { 'application/json': { name: string } } };
      responses: {
        201: { headers: { [name: string]: unknown }; content: { 'application/json': Thing } };
      };
    };
    put: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'application/json': { name: string } } };
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': Thing } };
      };
    };
    patch: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'application/json': { name: string } } };
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': Thing } };
      };
    };
  };
  '/things/{thing_id}': {
    parameters: { query?: never; header?: never; path: { thing_id: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { thing_id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': Thing } };
      };
    };
    delete: {
      parameters: { query?: never; header?: never; path: { thing_id: string }; cookie?: never };
      requestBody?: never;
      responses: { 204: { headers: { [name: string]: unknown }; content?: never } };
    };
  };
  '/things/{thing_id}/parts': {
    parameters: { query?: never; header?: never; path: { thing_id: string }; cookie?: never };
    get: {
      parameters: {
        query?: { cursor?: string; limit?: number };
        header?: never;
        path: { thing_id: string };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': { items: Part[]; next_cursor: string | null; total: number };
          };
        };
      };
    };
  };
}

export interface Thing {
  id: string;
  name: string;
}

export interface Part {
  id: string;
  thing_id: string;
}
