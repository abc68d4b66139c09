// What every API handler receives: the request after validation, and the emulator's context.
import type { IncomingHttpHeaders } from 'node:http';
import type { GitStore } from './git-store.js';
import type { Actor, ProtectionState } from './protection.js';
import type { EmulatorState } from './state.js';

export interface EmulatorContext {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  /** Base of html_url values, e.g. https://github.com. */
  readonly serverUrl: string;
  /** Login of the token's user. */
  readonly actor: string;
  readonly immutableReleases: boolean;
  /** How long a new release stays out of the releases list (GitHub's list lags behind its writes). */
  readonly releaseListLagMs: number;
  readonly state: EmulatorState;
  readonly git: GitStore;
  readonly gitBacked: boolean;
  /** The bare repository, when the emulator is git-backed. */
  readonly gitDir?: string;
  /** Branch protection, rulesets and the repository's merge settings. */
  readonly protection: ProtectionState;
  /** Called after anything that may let an auto-merge go ahead (reviews, checks, statuses). */
  afterChange(): Promise<void>;
  /** Base URL of this emulator's API, known once it listens. */
  apiUrl: string;
}

export interface ApiRequest {
  operationId: string;
  method: string;
  /** Raw path, percent-encoding kept. */
  path: string;
  /** Path and query parameters the operation declares, coerced to their declared types. */
  params: Record<string, unknown>;
  query: Record<string, string>;
  /** Parsed JSON body (already checked against the operation's schema). */
  body: unknown;
  rawBody: Buffer;
  headers: IncomingHttpHeaders;
  /** Who the credentials belong to. */
  actor?: Actor;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Bytes sent as they are instead of a JSON body (asset downloads). */
  raw?: Buffer;
}

export type Handler = (request: ApiRequest, context: EmulatorContext) => Reply | Promise<Reply>;
export type Handlers = Record<string, Handler>;
