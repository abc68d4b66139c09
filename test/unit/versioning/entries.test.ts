import { describe, expect, it } from '@jest/globals';
import {
  ChangelogEntries,
  GROUP_ORDER,
  type ChangelogEntry,
} from '../../../packages/versioning/src/index.js';

const scopeOf = (text: string) => /^- \*\*([^*]+):\*\* /.exec(text)?.[1] ?? '-';

async function listed(store: ChangelogEntries): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const group of GROUP_ORDER) {
    out[group] = [];
    for await (const line of store.group(group))
      out[group]!.push(`${scopeOf(line.text)}:${line.hash}:${line.pr ?? ''}:${line.text}`);
  }
  return out;
}

function entries(count: number, scopes: number): ChangelogEntry[] {
  const sections = ['features', 'fixes', 'performance', 'reverts'] as const;
  return Array.from({ length: count }, (_, i) => ({
    hash: i.toString(16).padStart(40, '0'),
    subject: `change ${i} ✓`,
    scope: i % 3 === 0 ? undefined : `scope-${i % scopes}`,
    section: sections[i % sections.length],
    breaking: i % 11 === 0 ? [`note ${i}`, `second note ${i}`] : [],
    pr: i % 5 === 0 ? i : undefined,
  }));
}

describe('ChangelogEntries', () => {
  it('lists the same entries in the same order whether they stay in memory or spill to disk', async () => {
    const all = entries(3000, 12);
    const memory = new ChangelogEntries(1_000_000);
    const spilled = new ChangelogEntries(50);
    for (const entry of all) {
      memory.add(entry);
      spilled.add(entry);
    }
    const expected = await listed(memory);
    expect(await listed(spilled)).toEqual(expected);
    expect(expected['breaking']).toHaveLength(2 * 273);
    // Scopes alphabetically, then unscoped; history order within a scope.
    const features = expected['features']!;
    const scopes = features.map((line) => line.split(':')[0]!);
    const order = [...new Set(scopes)];
    expect(order).toEqual([...order.filter((s) => s !== '-').sort(), '-']);
    for (const scope of order) {
      const hashes = features
        .filter((line) => line.startsWith(`${scope}:`))
        .map((line) => line.split(':')[1]!);
      expect(hashes).toEqual([...hashes].sort());
    }
    // Reading twice gives the same again (the spill files stay until the process ends).
    expect(await listed(spilled)).toEqual(expected);
  });

  it('puts scopes past the 40th of a group into one trailing bucket, each entry keeping its scope', async () => {
    const store = new ChangelogEntries(10);
    for (const entry of entries(400, 90).map((e) => ({
      ...e,
      scope: e.scope ?? 'x',
      section: 'fixes' as const,
      breaking: [],
    }))) {
      store.add(entry);
    }
    const scopes: string[] = [];
    for await (const line of store.group('fixes')) scopes.push(scopeOf(line.text));
    expect(scopes).toHaveLength(400);
    const distinctInOrder = scopes.filter((scope, i) => scopes.indexOf(scope) === i);
    expect(distinctInOrder.slice(0, 40)).toEqual([...distinctInOrder.slice(0, 40)].sort());
  });
});
