import { Invalid } from '../../../kit/src/index.js';
import { structuredItems } from './structured.js';

export interface AllowlistEntry {
  id: string;
  /** The last day (UTC) the entry applies, `YYYY-MM-DD`. */
  expires: string;
  reason?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const ALLOWLIST_SYNTAX = 'lines of "<advisory or rule id> <expiry YYYY-MM-DD> [reason]"';

function validDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** `GHSA-xxxx-xxxx-xxxx 2026-06-30 waiting for the upstream fix`, or `{ id, expires, reason }` from the config file. */
export function parseAllowlist(raw: string): AllowlistEntry[] {
  const { items, map } = structuredItems(raw);
  // A one-item list from the config file arrives as a single object.
  return (map ? [map] : items).map((item) => {
    let entry: AllowlistEntry;
    if (typeof item === 'string') {
      const [id = '', expires = '', ...reason] = item.split(/\s+/);
      entry = { id, expires, reason: reason.join(' ') || undefined };
    } else {
      entry = {
        id: String(item['id'] ?? ''),
        expires: String(item['expires'] ?? ''),
        reason: item['reason'] as string | undefined,
      };
    }
    if (!entry.id) throw new Invalid(`${ALLOWLIST_SYNTAX}: an entry has no id`);
    if (!validDate(entry.expires)) {
      throw new Invalid(
        `${ALLOWLIST_SYNTAX}: "${entry.id}" needs an expiry date YYYY-MM-DD, got "${entry.expires}"`,
      );
    }
    return entry;
  });
}

/** True while the entry applies: through the whole of its expiry day, UTC. */
export function allowlistActive(entry: AllowlistEntry, now: Date): boolean {
  return now.toISOString().slice(0, 10) <= entry.expires;
}
