/**
 * The spec as a validator: parses specs/openapi.yaml, compiles its schemas with Ajv (JSON
 * Schema 2020-12, as OpenAPI 3.1 uses) and checks a response against what the spec
 * declares for that operation and status.
 */
import { readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

// biome-ignore lint/suspicious/noExplicitAny: the parsed spec is walked generically.
type Json = Record<string, any>;

export const spec: Json = parse(
  readFileSync(new URL('../../../specs/openapi.yaml', import.meta.url), 'utf8'),
);

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, 'openapi');

export interface SpecOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly operation: Json;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

/** Every operation in the spec, by operationId. */
export const specOperations: ReadonlyMap<string, SpecOperation> = new Map(
  Object.entries(spec.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => [
        (operation as Json).operationId as string,
        {
          operationId: (operation as Json).operationId as string,
          method,
          path,
          operation: operation as Json,
        },
      ]),
  ),
);

function resolve(node: Json): Json {
  let current = node;
  while (typeof current.$ref === 'string') {
    const pointer = (current.$ref as string).replace(/^#\//, '').split('/');
    current = pointer.reduce<Json>(
      (n, key) => n[key.replace(/~1/g, '/').replace(/~0/g, '~')],
      spec,
    );
  }
  return current;
}

/** Rewrites local refs (`#/components/...`) to the registered spec (`openapi#/components/...`). */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(
      Object.entries(schema).map(([k, v]) => [
        k,
        k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `openapi${v}` : rebase(v),
      ]),
    );
  }
  return schema;
}

const validators = new Map<unknown, ValidateFunction>();

function validatorFor(schema: Json): ValidateFunction {
  let validator = validators.get(schema);
  if (!validator) {
    validator =
      Object.keys(schema).length === 1 && typeof schema.$ref === 'string'
        ? (ajv.getSchema(`openapi${schema.$ref}`) as ValidateFunction)
        : ajv.compile(rebase(schema) as object);
    validators.set(schema, validator);
  }
  return validator;
}

export interface Observed {
  readonly status: number;
  readonly contentType: string;
  readonly headers: Headers;
  readonly body: unknown;
}

/**
 * Checks one response against the spec; returns the problems found (empty when it
 * conforms): an undeclared status, a wrong content type, a body that fails the schema, a
 * missing required header.
 */
export function conformance(operationId: string, observed: Observed): string[] {
  const found = specOperations.get(operationId);
  if (!found) return [`${operationId} is not in the spec`];
  const declared = found.operation.responses?.[String(observed.status)];
  if (!declared) {
    return [
      `${operationId} answered ${observed.status}, which the spec does not declare (${Object.keys(found.operation.responses).join(', ')})`,
    ];
  }
  const response = resolve(declared);
  const errors: string[] = [];
  const content = response.content as Json | undefined;
  const mediaType = observed.contentType.split(';')[0]!.trim();
  if (!content) {
    if (observed.body !== null && observed.body !== '')
      errors.push(`${operationId} ${observed.status} must have no body`);
  } else if (!(mediaType in content)) {
    errors.push(
      `${operationId} ${observed.status} answered ${mediaType || 'no content type'}; the spec declares ${Object.keys(content).join(', ')}`,
    );
  } else {
    const validate = validatorFor(content[mediaType].schema);
    if (!validate(observed.body)) {
      errors.push(
        `${operationId} ${observed.status} body does not match the spec: ${ajv.errorsText(validate.errors, { separator: '; ' })}`,
      );
    }
  }
  for (const [name, header] of Object.entries((response.headers ?? {}) as Json)) {
    const definition = resolve(header);
    const value = observed.headers.get(name);
    if (definition.required && value === null)
      errors.push(`${operationId} ${observed.status} lacks the required header ${name}`);
    if (value !== null && definition.schema) {
      const schema = resolve(definition.schema);
      const typed =
        schema.type === 'integer'
          ? Number(value)
          : schema.type === 'boolean'
            ? value === 'true'
            : value;
      const validate = validatorFor(definition.schema);
      if (!validate(typed))
        errors.push(
          `${operationId} ${observed.status} header ${name}=${value} does not match the spec`,
        );
    }
  }
  return errors;
}
