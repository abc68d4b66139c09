import { readWorkspaceText } from '../parse/files.js';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { fileAt } from '../git-history.js';
import { EVIDENCE_LIMIT, outcome, type Evidence, type GateOutcome } from '../types.js';
import type { GateContext, GateSettings } from '../settings.js';
import { lastRelease } from './docs.js';
import { ReportError } from '../parse/errors.js';
import { plural } from './reports.js';

export interface Flag {
  name: string;
  /** true = on, false = off, undefined = no default given. */
  on: boolean | undefined;
  line?: number;
}

const CONTAINERS = ['flags', 'features', 'featureFlags', 'feature_flags', 'feature-flags', 'toggles'];
const DEFAULT_KEYS = [
  'default',
  'defaultValue',
  'default_value',
  'enabled',
  'value',
  'on',
  'state',
  'status',
];
const OFF_WORDS = ['off', 'false', 'disabled', 'disable', 'no', '0', 'inactive'];
const ON_WORDS = ['on', 'true', 'enabled', 'enable', 'yes', '1', 'active'];

function isOn(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (OFF_WORDS.includes(word)) return false;
    if (ON_WORDS.includes(word)) return true;
    return undefined;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const key = DEFAULT_KEYS.find((k) => k in record);
    return key === undefined ? undefined : isOn(record[key]);
  }
  return undefined;
}

/**
 * The flags in a JSON or YAML flags file: a mapping of name → boolean or
 * `{ default: … }` (also under a `flags:`/`features:` key), or a list of
 * `{ name|key|id, default|enabled|… }`. Lines are kept for annotations.
 */
export function readFlags(text: string, display: string): Flag[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const problem = doc.errors[0];
  if (problem) {
    const at = lines.linePos(problem.pos[0]);
    throw new ReportError(problem.message.split('\n')[0]!, { file: display, line: at.line, column: at.col });
  }
  const lineOf = (node: Node | null | undefined) =>
    node?.range ? lines.linePos(node.range[0]).line : undefined;
  let container: unknown = doc.contents;
  if (isMap(container)) {
    const wrapper = container.items.find(
      (pair) => isScalar(pair.key) && CONTAINERS.includes(String(pair.key.value)),
    );
    if (wrapper && (isMap(wrapper.value) || isSeq(wrapper.value))) container = wrapper.value;
  }
  if (isMap(container)) {
    return container.items.map((pair) => ({
      name: String(isScalar(pair.key) ? pair.key.value : pair.key),
      on: isOn((pair.value as Node | null)?.toJSON()),
      line: lineOf(pair.key as Node),
    }));
  }
  if (isSeq(container)) {
    return container.items.map((item, index) => {
      const value = (item as Node).toJSON() as Record<string, unknown>;
      const name = ['name', 'key', 'id'].map((k) => value?.[k]).find((v) => typeof v === 'string') as
        string | undefined;
      return { name: name ?? `#${index + 1}`, on: isOn(value), line: lineOf(item as Node) };
    });
  }
  throw new ReportError('expected a mapping of flags (or a list of flag objects)', {
    file: display,
    line: 1,
    column: 1,
  });
}

/** flags: every flag added to the flags file since the last release tag defaults to off. */
export async function flagsGate(settings: GateSettings, context: GateContext): Promise<GateOutcome> {
  const file = settings.flagsFile!.replace(/^\.\//, '');
  const threshold = 'new flags default off';
  const read = await readWorkspaceText(context.workspace, file, `flags file ${file}`);
  if (!('text' in read)) {
    const summary = read.problem;
    return outcome(false, { value: read.value, threshold, summary, evidence: [{ message: summary }] });
  }
  const text = read.text;
  let current: Flag[];
  try {
    current = readFlags(text, file);
  } catch (thrown) {
    if (!(thrown instanceof ReportError)) throw thrown;
    const summary = `malformed flags file: ${thrown.message}`;
    return outcome(false, {
      value: 'unreadable',
      threshold,
      summary,
      evidence: [{ message: summary, ...thrown.location }],
    });
  }
  const previous = await lastRelease(settings, context);
  if (previous && 'problem' in previous) {
    return outcome(false, {
      value: 'unknown',
      threshold,
      summary: previous.problem,
      evidence: [{ message: previous.problem }],
    });
  }
  let before = new Set<string>();
  if (previous) {
    const old = await fileAt(context.workspace, previous.tag, file);
    if (old !== undefined) {
      try {
        before = new Set(readFlags(old, `${file}@${previous.tag}`).map((flag) => flag.name));
      } catch {
        // An unreadable old file means every flag counts as new: the stricter reading.
      }
    }
  }
  const added = current.filter((flag) => !before.has(flag.name));
  const offending = added.filter((flag) => flag.on !== false);
  const evidence: Evidence[] = offending.slice(0, EVIDENCE_LIMIT).map((flag) => ({
    message:
      flag.on === undefined
        ? `new flag "${flag.name}" has no default: give it one that is off`
        : `new flag "${flag.name}" defaults to on`,
    file,
    line: flag.line,
  }));
  const passed = offending.length === 0;
  const since = previous ? `since ${previous.tag}` : 'in the first release';
  return outcome(passed, {
    value: `${plural(added.length, 'new flag')}, ${offending.length} not off`,
    threshold,
    summary: passed
      ? `${plural(added.length, 'flag')} added ${since}, all default off`
      : `${plural(offending.length, 'flag')} added ${since} ${offending.length === 1 ? 'does' : 'do'} not default to off: ${offending
          .map((f) => f.name)
          .join(', ')}`,
    evidence,
    data: {
      file,
      previousRelease: previous?.tag,
      added: added.map((f) => ({ name: f.name, on: f.on ?? null })),
    },
  });
}
