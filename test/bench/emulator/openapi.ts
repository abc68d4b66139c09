// Request and response checking against the extract of GitHub's REST description
// (scripts/openapi-extract.mjs writes openapi-extract.json beside this file).
import { readFileSync } from 'node:fs';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';

// ajv and ajv-formats are CommonJS: under NodeNext their default export is the module object.
const Ajv = AjvModule.default;
const addFormats = formatsModule.default;

type Schema = Record<string, unknown>;

export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Schema;
}

interface MediaType {
  schema?: Schema;
}

interface ResponseSpec {
  description: string;
  content?: Record<string, MediaType>;
}

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  parameters: OperationParameter[];
  requestBody?: { required: boolean; content: Record<string, MediaType> };
  responses: Record<string, ResponseSpec>;
}

interface Extract {
  source: { package: string; version: string; file: string };
  operations: Record<string, Omit<Operation, 'operationId'>>;
  components: Record<string, Record<string, unknown>>;
}

export interface RouteMatch {
  operation: Operation;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

const DOCUMENT_ID = 'https://emulator.invalid/openapi.json';

/**
 * Path parameters that may hold a slash (refs, branch and tag names, "base...head") when they
 * are the last segment. Octokit percent-encodes the slash; other clients send it as is.
 */
const MULTI_SEGMENT_PARAMS = new Set(['ref', 'branch', 'tag', 'basehead']);

/**
 * Statuses GitHub answers on any operation, whether or not the description lists them
 * (a missing resource, a malformed request, no credentials): their bodies are still checked
 * against GitHub's error shapes.
 */
const GENERIC_ERROR_SCHEMAS: Record<string, string> = {
  '401': 'basic-error',
  '403': 'basic-error',
  '404': 'basic-error',
  '422': 'validation-error',
};

/**
 * OpenAPI 3.0 marks null with `nullable: true`, which JSON Schema lacks: turn it into a type
 * union (or an anyOf when there is no `type`), and point every $ref at the one registered document.
 */
export function toJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonSchema);
  if (value === null || typeof value !== 'object') return value;
  const source = value as Schema;
  const out: Schema = {};
  for (const [key, sub] of Object.entries(source)) {
    if (key === 'nullable') continue;
    if (key === '$ref' && typeof sub === 'string') out.$ref = sub.startsWith('#') ? DOCUMENT_ID + sub : sub;
    else if (key === 'properties' && sub && typeof sub === 'object') {
      out.properties = Object.fromEntries(Object.entries(sub).map(([name, s]) => [name, toJsonSchema(s)]));
    } else if (key === 'enum' || key === 'required' || key === 'default') out[key] = sub;
    else out[key] = toJsonSchema(sub);
  }
  if (source.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

function formatErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'} (schema ${e.schemaPath})`)
    .join('; ');
}

/** Follows a `#/components/<section>/<name>` reference of an operation's parameter or response. */
function resolveRef<T>(value: unknown, extract: Extract): T {
  const ref = (value as { $ref?: string }).$ref;
  if (!ref) return value as T;
  const [, , section, name] = ref.split('/');
  return extract.components[section!]![name!] as T;
}

interface CompiledRoute {
  operation: Operation;
  pattern: RegExp;
  names: string[];
  literalSegments: number;
}

export class OpenApi {
  readonly source: Extract['source'];
  readonly operations: Map<string, Operation>;
  private readonly routes: CompiledRoute[];
  private readonly ajv;
  private readonly coercingAjv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(extract: Extract) {
    this.source = extract.source;
    const document = { $id: DOCUMENT_ID, components: toJsonSchema(extract.components) };
    this.operations = new Map(
      Object.entries(extract.operations).map(([operationId, op]) => [
        operationId,
        {
          ...op,
          operationId,
          parameters: op.parameters.map((p) => resolveRef<OperationParameter>(p, extract)),
          responses: Object.fromEntries(
            Object.entries(op.responses).map(([status, r]) => [status, resolveRef<ResponseSpec>(r, extract)]),
          ),
        },
      ]),
    );
    // inlineRefs: false compiles each component once and shares it: GitHub's schemas nest the
    // same user and repository objects everywhere, and inlining them makes compiling slow.
    const options = {
      strict: false,
      allErrors: true,
      allowUnionTypes: true,
      inlineRefs: false,
      logger: false as const,
    };
    this.ajv = new Ajv(options);
    this.coercingAjv = new Ajv({ ...options, coerceTypes: true });
    for (const ajv of [this.ajv, this.coercingAjv]) {
      addFormats(ajv);
      // Formats that only document a representation (int64, binary, owner/name).
      for (const format of ['int32', 'int64', 'binary', 'repo.nwo']) ajv.addFormat(format, true);
      // GitHub sends "" for URLs that were never set (a deployment status's target_url), though
      // the description types them `format: uri`: accept the empty string, nothing else.
      const uri = ajv.formats.uri as
        { validate: (value: string) => boolean } | RegExp | ((value: string) => boolean);
      const isUri =
        typeof uri === 'function' ? uri : uri instanceof RegExp ? (v: string) => uri.test(v) : uri.validate;
      ajv.addFormat('uri', (value: string) => value === '' || isUri(value));
      ajv.addSchema(document);
    }
    this.routes = [...this.operations.values()]
      .map((operation) => this.compileRoute(operation))
      // Literal segments first, so /commits/{ref}/status wins over /commits/{ref}.
      .sort((a, b) => b.literalSegments - a.literalSegments);
  }

  static load(file = new URL('./openapi-extract.json', import.meta.url)): OpenApi {
    return new OpenApi(JSON.parse(readFileSync(file, 'utf8')) as Extract);
  }

  private compileRoute(operation: Operation): CompiledRoute {
    const segments = operation.path.split('/').slice(1);
    const names: string[] = [];
    let literalSegments = 0;
    const parts = segments.map((segment, index) => {
      const param = /^\{(.+)\}$/.exec(segment);
      if (!param) {
        literalSegments++;
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
      names.push(param[1]!);
      const last = index === segments.length - 1;
      return last && MULTI_SEGMENT_PARAMS.has(param[1]!) ? '(.+)' : '([^/]+)';
    });
    return { operation, names, literalSegments, pattern: new RegExp(`^/${parts.join('/')}/?$`) };
  }

  match(method: string, rawPath: string): RouteMatch | undefined {
    for (const route of this.routes) {
      if (route.operation.method !== method) continue;
      const found = route.pattern.exec(rawPath);
      if (!found) continue;
      try {
        const params = Object.fromEntries(
          route.names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)]),
        );
        return { operation: route.operation, params };
      } catch {
        return undefined; // malformed percent-encoding: no route GitHub would serve either
      }
    }
    return undefined;
  }

  /** Validators are shared by identical schemas (most responses are one $ref). */
  private compile(schema: Schema, coerce = false): ValidateFunction {
    const cacheKey = `${coerce ? 'coerce:' : ''}${JSON.stringify(schema)}`;
    let validate = this.cache.get(cacheKey);
    if (!validate) {
      validate = (coerce ? this.coercingAjv : this.ajv).compile(toJsonSchema(schema) as Schema);
      this.cache.set(cacheKey, validate);
    }
    return validate;
  }

  /**
   * Checks path and query parameters against their declared schemas, coercing strings to the
   * declared types (so `per_page=5` becomes 5). Unknown query parameters are ignored, as GitHub does.
   */
  validateParameters(
    operation: Operation,
    path: Record<string, string>,
    query: Record<string, string>,
  ): { error?: string; values: Record<string, unknown> } {
    const declared = operation.parameters.filter((p) => p.in === 'path' || p.in === 'query');
    const values: Record<string, unknown> = {};
    for (const p of declared) {
      const raw = p.in === 'path' ? path[p.name] : query[p.name];
      if (raw !== undefined) values[p.name] = raw;
    }
    const schema = {
      type: 'object',
      properties: Object.fromEntries(declared.map((p) => [p.name, p.schema])),
      required: declared.filter((p) => p.required).map((p) => p.name),
    };
    const validate = this.compile(schema, true);
    return validate(values) ? { values } : { error: formatErrors(validate.errors), values };
  }

  /** The JSON schema of the request body, or undefined when the operation takes none (or raw bytes). */
  requestSchema(operation: Operation): Schema | undefined {
    return operation.requestBody?.content['application/json']?.schema;
  }

  validateRequestBody(operation: Operation, body: unknown): string | undefined {
    const schema = this.requestSchema(operation);
    if (!schema) return undefined;
    if (body === undefined) {
      return operation.requestBody?.required ? 'a JSON request body is required' : undefined;
    }
    const validate = this.compile(schema);
    return validate(body) ? undefined : formatErrors(validate.errors);
  }

  /** Undefined when the status is declared (or generic) and the body matches its schema. */
  validateResponse(operation: Operation, status: number, body: unknown): string | undefined {
    const key = String(status);
    const declared =
      operation.responses[key] ?? operation.responses[`${key[0]}XX`] ?? operation.responses.default;
    let schema: Schema | undefined;
    if (declared) {
      schema = declared.content?.['application/json']?.schema;
    } else if (GENERIC_ERROR_SCHEMAS[key]) {
      schema = { $ref: `#/components/schemas/${GENERIC_ERROR_SCHEMAS[key]}` };
    } else {
      return `status ${status} is not declared by ${operation.operationId}`;
    }
    if (!schema) return undefined;
    const validate = this.compile(schema);
    return validate(body) ? undefined : formatErrors(validate.errors);
  }
}
