/**
 * The deployment payload and status descriptions: the record GitHub keeps for us.
 * Keys are snake_case, as GitHub's own payloads are, and every field is optional
 * when read back, because deployments made by other tools (or by GitHub for a job
 * with `environment:`) carry other payloads or none.
 */
import {
  MIGRATION_KINDS,
  STRATEGIES,
  type ArtifactRef,
  type MigrationKind,
  type Phase,
  type StrategyName,
} from './types.js';

export const PAYLOAD_TOOL = 'release-actions';

export interface DeploymentPayload {
  tool: typeof PAYLOAD_TOOL;
  version: string;
  commit: string;
  ref: string;
  strategy: StrategyName;
  /** The slot serving traffic once this deployment is live (blue-green), or the one inherited. */
  slot?: string;
  targets?: string[];
  weights?: number[];
  artifacts: Array<{ name: string; sha256?: string }>;
  previous_deployment_id?: number;
  previous_version?: string;
  previous_slot?: string;
  run_id: string;
  run_attempt: string;
  run_url: string;
  /** Set on a rollback: the deployment it undid, and why. */
  rollback_of?: number;
  reason?: string;
  /** Set when a migrate-command runs for this deployment: whether the previous version works on its schema. */
  migration?: MigrationKind;
}

export function buildPayload(
  fields: Omit<DeploymentPayload, 'tool' | 'artifacts'> & { artifacts: ArtifactRef[] },
) {
  const payload: DeploymentPayload = {
    tool: PAYLOAD_TOOL,
    ...fields,
    artifacts: fields.artifacts.map(({ name, sha256 }) => (sha256 ? { name, sha256 } : { name })),
  };
  // GitHub stores the payload as given: drop empty fields rather than send nulls.
  return Object.fromEntries(
    Object.entries(payload).filter(([, value]) => value !== undefined),
  ) as DeploymentPayload;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0
    ? value
    : typeof value === 'number'
      ? String(value)
      : undefined;
}

function positive(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}

/** Our payload, or undefined when the deployment was made by someone else. */
export function parsePayload(raw: unknown): DeploymentPayload | undefined {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const data = value as Record<string, unknown>;
  if (data['tool'] !== PAYLOAD_TOOL) return undefined;
  const version = text(data['version']);
  if (!version) return undefined;
  const strategy = (STRATEGIES as readonly string[]).includes(String(data['strategy']))
    ? (data['strategy'] as StrategyName)
    : 'direct';
  const list = (key: string) =>
    Array.isArray(data[key]) ? (data[key] as unknown[]).map((item) => String(item)) : undefined;
  const artifacts = Array.isArray(data['artifacts'])
    ? (data['artifacts'] as unknown[]).flatMap((item) => {
        const entry = item as Record<string, unknown> | null;
        const name = text(entry?.['name']);
        return name ? [{ name, sha256: text(entry?.['sha256']) }] : [];
      })
    : [];
  return {
    tool: PAYLOAD_TOOL,
    version,
    commit: text(data['commit']) ?? '',
    ref: text(data['ref']) ?? '',
    strategy,
    slot: text(data['slot']),
    targets: list('targets'),
    weights: list('weights')?.map(Number),
    artifacts,
    previous_deployment_id: positive(data['previous_deployment_id']),
    previous_version: text(data['previous_version']),
    previous_slot: text(data['previous_slot']),
    run_id: text(data['run_id']) ?? '',
    run_attempt: text(data['run_attempt']) ?? '',
    run_url: text(data['run_url']) ?? '',
    rollback_of: positive(data['rollback_of']),
    reason: text(data['reason']),
    migration: (MIGRATION_KINDS as readonly string[]).includes(String(data['migration']))
      ? (data['migration'] as MigrationKind)
      : undefined,
  };
}

/**
 * Status descriptions start with the version in brackets and name the phase, so
 * a deployment we adopted (whose payload GitHub wrote, not us) still says which
 * version it carries, and a re-run knows how far a crashed attempt got.
 * GitHub keeps at most 140 characters.
 */
export function describeStatus(version: string, text: string): string {
  const full = `[${version}] ${text}`;
  return full.length <= 140 ? full : `${full.slice(0, 139)}…`;
}

export interface DescribedStatus {
  version?: string;
  phase?: Phase;
  slot?: string;
  weight?: number;
}

const PHASE_WORDS: Array<[RegExp, Phase]> = [
  [/^switching\b/, 'switching'],
  [/^promoting\b/, 'promoting'],
  [/^canary\b/, 'canary'],
  [/^verifying\b/, 'verifying'],
  [/^deploying\b/, 'deploying'],
  [/^live\b/, 'live'],
];

export function readStatusDescription(description: string | null | undefined): DescribedStatus {
  const match = /^\[([^\]]+)\]\s*(.*)$/s.exec(description ?? '');
  if (!match) return {};
  const rest = match[2]!;
  const phase = PHASE_WORDS.find(([pattern]) => pattern.test(rest))?.[1];
  const slot = /\bslot (\S+?)[,.)]?(?:\s|$)/.exec(rest)?.[1];
  const weight = /\bat (\d{1,3})%/.exec(rest)?.[1];
  return { version: match[1], phase, slot, weight: weight === undefined ? undefined : Number(weight) };
}
