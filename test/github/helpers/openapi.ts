import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsPlugin as unknown as typeof addFormatsPlugin.default;

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly requestBody?: object;
  readonly responses: Readonly<Record<string, object>>;
}

/** The operations the Action calls, extracted from GitHub's OpenAPI description by scripts/extract-github-openapi.mjs. */
export const OPENAPI_SUBSET = JSON.parse(readFileSync(new URL('../../fixtures/github/openapi-subset.json', import.meta.url), 'utf8')) as {
  readonly source: { readonly package: string; readonly version: string };
  readonly operations: Readonly<Record<string, Operation>>;
  readonly components: { readonly schemas: Readonly<Record<string, object>> };
};

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const compiled = new Map<string, ValidateFunction>();

const validator = (key: string, schema: object): ValidateFunction => {
  let validate = compiled.get(key);
  if (!validate) {
    // `#/components/schemas/…` refs resolve against this root.
    validate = ajv.compile({ allOf: [schema], components: OPENAPI_SUBSET.components });
    compiled.set(key, validate);
  }
  return validate;
};

const describe = (error: ErrorObject): string => `${error.instancePath || '/'}: ${error.message ?? error.keyword}${error.keyword === 'additionalProperties' ? ` (${String((error.params as { additionalProperty?: unknown }).additionalProperty)})` : ''}`;

/** The operation a request is for: `{ operationId, params }`, or undefined. */
export const matchOperation = (method: string, pathname: string): { operationId: string; params: Record<string, string> } | undefined => {
  for (const [operationId, operation] of Object.entries(OPENAPI_SUBSET.operations)) {
    if (operation.method !== method) continue;
    const names: string[] = [];
    const pattern = new RegExp(`^${operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`);
    const match = pattern.exec(pathname);
    if (match) return { operationId, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)])) };
  }
  return undefined;
};

/** Schema errors of a request body for `operationId`; empty when valid. */
export const requestBodyErrors = (operationId: string, body: unknown): string[] => {
  const schema = OPENAPI_SUBSET.operations[operationId]?.requestBody;
  if (!schema) return body === undefined ? [] : [`${operationId} takes no request body`];
  const validate = validator(`${operationId} request`, schema);
  return validate(body) ? [] : (validate.errors ?? []).map(describe);
};

/** Schema errors of a response body the fake server sends, so its answers are real-shaped. */
export const responseBodyErrors = (operationId: string, status: number, body: unknown): string[] => {
  const schema = OPENAPI_SUBSET.operations[operationId]?.responses[String(status)];
  if (!schema) return [];
  const validate = validator(`${operationId} ${status}`, schema);
  return validate(body) ? [] : (validate.errors ?? []).map(describe);
};
