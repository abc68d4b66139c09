// The HTTP side: routing by the OpenAPI extract, authentication, faults, request and response
// validation, the call log and GitHub's response headers.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApiRequest, EmulatorContext, Handlers, Reply } from './context.js';
import { ApiError, DOCUMENTATION_URL, errorBody } from './errors.js';
import { FaultBook, faultAnswer } from './faults.js';
import type { OpenApi, Operation } from './openapi.js';
import { downloadAsset } from './api-releases.js';
import { tokenAllows, type Scopes } from './token-scopes.js';
import { answerGraphql } from './graphql.js';
import { gitPath, preReceiveAnswer, serveGit } from './git-http.js';
import type { Actor } from './protection.js';
import type { CallRecord, Violation } from './types.js';

const RATE_LIMIT = 5000;

/** Marks a request the local runner makes as GitHub itself (see test/workflow-runner/deployments.ts). */
export const PLATFORM_HEADER = 'x-local-runner-platform';

type Corruption = (body: unknown) => unknown;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** GitHub's request id looks like "C0DE:1A2B:3C4D5E:6F7A8B:65F0A1B2". */
function requestId(): string {
  const hex = (bytes: number): string => randomBytes(bytes).toString('hex').toUpperCase();
  return `${hex(2)}:${hex(2)}:${hex(3)}:${hex(3)}:${hex(4)}`;
}

/**
 * GitHub's conditional requests: a GET answered 200 carries an ETag (weak, as GitHub's are),
 * and the same GET with that ETag in If-None-Match is answered 304 with no body. The answer
 * was validated as a 200 first, so a 304 stands for a valid answer.
 */
function conditional(method: string, ifNoneMatch: string | undefined, reply: Reply): Reply {
  if (method !== 'GET' || reply.status !== 200 || reply.raw || reply.body === undefined) return reply;
  const etag = `W/"${createHash('sha256').update(JSON.stringify(reply.body)).digest('hex').slice(0, 40)}"`;
  const headers = { ...reply.headers, etag };
  const asked = (ifNoneMatch ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (asked.includes(etag.replace(/^W\//, '')) || asked.includes('*')) {
    return { status: 304, headers, body: undefined };
  }
  return { ...reply, headers };
}

export interface ServerDeps {
  context: EmulatorContext;
  openapi: OpenApi;
  handlers: Handlers;
  token: string;
  /** Job tokens the emulator issued, each scoped to its job's permissions. */
  issuedTokens: Map<string, Scopes>;
  /** Personal tokens of users (emulator.userToken): they act as that user, with the user's role. */
  userTokens: Map<string, string>;
  faults: FaultBook;
  calls: CallRecord[];
  violations: Violation[];
  corruptions: Map<string, Corruption>;
}

export class ApiServer {
  readonly server: Server;
  private used = 0;
  private readonly resetAt = Math.ceil(Date.now() / 1000) + 3600;

  constructor(private readonly deps: ServerDeps) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        // Only a bug in the pipeline itself lands here; answer rather than hang the client.
        this.violation('handler', req.method ?? '', req.url ?? '', undefined, String(error));
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify(errorBody(500, 'Emulator failure')));
      });
    });
  }

  private violation(
    kind: Violation['kind'],
    method: string,
    path: string,
    operationId: string | undefined,
    message: string,
  ): void {
    this.deps.violations.push({ kind, method, path, operationId, message });
  }

  /** A 304 to a conditional request made with credentials does not count against the rate limit. */
  private commonHeaders(counted = true): Record<string, string> {
    if (counted) this.used = Math.min(this.used + 1, RATE_LIMIT);
    return {
      'x-github-request-id': requestId(),
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(RATE_LIMIT - this.used),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-used': String(this.used),
      'x-ratelimit-resource': 'core',
    };
  }

  private send(res: ServerResponse, call: CallRecord, reply: Reply): void {
    const headers: Record<string, string> = { ...this.commonHeaders(reply.status !== 304), ...reply.headers };
    let payload: Buffer | undefined = reply.raw;
    if (!payload && reply.body !== undefined) {
      payload = Buffer.from(JSON.stringify(reply.body));
      headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    if (payload) headers['content-length'] = String(payload.length);
    call.status = reply.status;
    call.responseBody = reply.raw ? `<${reply.raw.length} bytes>` : reply.body;
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  /**
   * The all-access test token, a job token with its scopes, a user's token, or undefined for bad
   * credentials. Git clients send the token as the password of Basic authentication.
   */
  private credentials(req: IncomingMessage): { scopes?: Scopes; actor: Actor } | undefined {
    const header = req.headers.authorization ?? '';
    const basic = /^basic\s+(.+)$/i.exec(header);
    const token = basic
      ? Buffer.from(basic[1]!.trim(), 'base64').toString('utf8').split(':').slice(1).join(':')
      : /^(?:token|bearer)\s+(.+)$/i.exec(header)?.[1]?.trim();
    if (!token) return undefined;
    const { context } = this.deps;
    const role = (login: string) => context.state.permissions.get(login) ?? 'none';
    if (token === this.deps.token)
      return {
        actor: { login: context.actor, permission: context.state.permissions.get(context.actor) ?? 'write' },
      };
    const scopes = this.deps.issuedTokens.get(token);
    // GITHUB_TOKEN acts as the GitHub Actions app: never an administrator, whatever its scopes.
    if (scopes) return { scopes, actor: { login: 'github-actions[bot]', permission: 'write' } };
    const user = this.deps.userTokens.get(token);
    return user ? { actor: { login: user, permission: role(user) } } : undefined;
  }

  /** What is not a REST operation: git over HTTP, GraphQL and the origin hook's question. */
  private async special(
    req: IncomingMessage,
    res: ServerResponse,
    call: CallRecord,
    body: Buffer,
  ): Promise<boolean> {
    const { context } = this.deps;
    const path = call.path;
    if (call.method === 'POST' && path === '/_bench/pre-receive') {
      const answer = preReceiveAnswer(context, JSON.parse(body.toString('utf8')));
      this.deps.calls.splice(this.deps.calls.indexOf(call), 1);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
      return true;
    }
    const rest = gitPath(context, path);
    if (rest) {
      call.operationId = 'git-http';
      call.requestBody = undefined;
      await serveGit(context, req, res, rest, body, this.credentials(req));
      call.status = res.statusCode;
      return true;
    }
    if (call.method === 'POST' && path === '/graphql') {
      call.operationId = 'graphql';
      const credentials = this.credentials(req);
      if (!credentials) {
        this.send(res, call, { status: 401, body: errorBody(401, 'Bad credentials') });
        return true;
      }
      const parsed = this.parseJson(body);
      const reply = await answerGraphql(context, parsed.ok ? parsed.value : undefined, credentials);
      await context.afterChange();
      this.send(res, call, reply);
      return true;
    }
    return false;
  }

  private parseJson(raw: Buffer): { ok: true; value: unknown } | { ok: false } {
    if (raw.length === 0) return { ok: true, value: undefined };
    try {
      return { ok: true, value: JSON.parse(raw.toString('utf8')) };
    } catch {
      return { ok: false };
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const rawBody = await readBody(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const path = url.pathname;
    const query = Object.fromEntries(url.searchParams);
    const { context, openapi } = this.deps;
    const match = openapi.match(method, path);
    const operationId = match?.operation.operationId;
    const takesJson = match ? openapi.requestSchema(match.operation) !== undefined : true;
    const parsed = takesJson ? this.parseJson(rawBody) : { ok: true as const, value: undefined };
    const call: CallRecord = {
      method,
      path,
      operationId,
      status: 0,
      query,
      requestBody: takesJson
        ? parsed.ok
          ? parsed.value
          : rawBody.toString('utf8')
        : rawBody.length > 0
          ? rawBody
          : undefined,
      responseBody: undefined,
      at,
    };
    this.deps.calls.push(call);

    // GitHub's own writes (the deployment and statuses it makes for an environment job) do not go through
    // the public API: an outage injected for the workflow's clients leaves them alone.
    const fromPlatform = req.headers[PLATFORM_HEADER] !== undefined;
    const fault = fromPlatform ? undefined : this.deps.faults.take(method, path, operationId);
    if (fault) {
      call.fault = true;
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.drop) {
        req.socket.destroy();
        return;
      }
      const answer = faultAnswer(fault);
      if (answer) return this.send(res, call, answer);
      delete call.fault; // only slowed down: the real answer follows
    }

    if (!match && (await this.special(req, res, call, rawBody))) return;
    if (method === 'GET' && !match) {
      const download = downloadAsset(context, path);
      if (download) return this.send(res, call, download);
    }
    if (!match) {
      this.violation('route', method, path, undefined, `unhandled route ${method} ${path}`);
      return this.send(res, call, { status: 404, body: errorBody(404, 'Not Found') });
    }
    const credentials = this.credentials(req);
    if (!credentials) {
      return this.send(res, call, { status: 401, body: errorBody(401, 'Bad credentials') });
    }
    const { operation, params } = match;
    if (credentials.scopes && !tokenAllows(credentials.scopes, operation.operationId, method)) {
      call.forbidden = true;
      return this.send(res, call, {
        status: 403,
        body: errorBody(403, 'Resource not accessible by integration'),
      });
    }
    const sameRepo =
      params.owner?.toLowerCase() === context.owner.toLowerCase() &&
      params.repo?.toLowerCase() === context.repo.toLowerCase();
    if (!sameRepo) return this.send(res, call, { status: 404, body: errorBody(404, 'Not Found') });

    const invalid = (message: string, status = 422): void => {
      this.violation('request', method, path, operationId, message);
      this.send(res, call, {
        status,
        body: errorBody(status, status === 400 ? 'Problems parsing JSON' : `Invalid request.\n\n${message}`),
      });
    };
    if (!parsed.ok) return invalid('the request body is not JSON', 400);
    const checked = openapi.validateParameters(operation, params, query);
    if (checked.error) return invalid(`parameters: ${checked.error}`);
    const bodyError = openapi.validateRequestBody(operation, parsed.value);
    if (bodyError) return invalid(`body: ${bodyError}`);

    const { reply, failed } = await this.runHandler(operation, {
      operationId: operation.operationId,
      method,
      path,
      params: checked.values,
      query,
      body: parsed.value,
      rawBody,
      headers: req.headers,
      actor: credentials.actor,
    });
    if (failed) return this.send(res, call, reply);
    const corrupt = this.deps.corruptions.get(operation.operationId);
    if (corrupt && reply.status < 300) {
      this.deps.corruptions.delete(operation.operationId);
      reply.body = corrupt(structuredClone(reply.body));
    }
    const responseError = reply.raw
      ? undefined
      : openapi.validateResponse(operation, reply.status, reply.body);
    if (responseError) {
      const message = `${operation.operationId} answered ${reply.status} not matching the description: ${responseError}`;
      this.violation('response', method, path, operationId, message);
      return this.send(res, call, { status: 500, body: { message, documentation_url: DOCUMENTATION_URL } });
    }
    // A review, a check or a status may be what a pending auto-merge waited for: it merges before the
    // answer goes out, so that what the client reads next already shows it.
    if (method !== 'GET' && reply.status < 300) await context.afterChange();
    this.send(res, call, conditional(method, req.headers['if-none-match'], reply));
  }

  /** `failed` marks a handler crash: already a violation, so its 500 is not validated again. */
  private async runHandler(
    operation: Operation,
    request: ApiRequest,
  ): Promise<{ reply: Reply; failed: boolean }> {
    const handler = this.deps.handlers[operation.operationId];
    try {
      return { reply: await handler!(request, this.deps.context), failed: false };
    } catch (error) {
      if (error instanceof ApiError) {
        return { reply: { status: error.status, body: error.body, headers: error.headers }, failed: false };
      }
      const message = `${operation.operationId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
      this.violation('handler', request.method, request.path, operation.operationId, message);
      return { reply: { status: 500, body: errorBody(500, message) }, failed: true };
    }
  }
}
