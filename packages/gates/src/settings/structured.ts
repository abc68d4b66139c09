import { Invalid } from '../../../kit/src/index.js';

/**
 * Richer settings (allowlists, budgets, freeze windows, commands) come either as
 * multi-line inputs with a line syntax, or from the config file, where the kit
 * hands a mapping over as one JSON text and a list as one JSON text per item.
 * This splits either shape into items: strings for lines, objects for JSON.
 */
export function structuredItems(raw: string): {
  items: (string | Record<string, unknown>)[];
  map?: Record<string, unknown>;
} {
  const text = raw.trim();
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      const value = JSON.parse(text) as unknown;
      if (Array.isArray(value))
        return {
          items: value.map((item) => (typeof item === 'object' && item ? item : String(item))) as never,
        };
      if (value && typeof value === 'object') return { items: [], map: value as Record<string, unknown> };
    } catch {
      // not one JSON document: fall through to one item per line
    }
  }
  const items: (string | Record<string, unknown>)[] = [];
  for (const line of text.split('\n')) {
    const item = line.trim();
    if (!item || item.startsWith('#')) continue;
    if (item.startsWith('{')) {
      try {
        items.push(JSON.parse(item) as Record<string, unknown>);
        continue;
      } catch {
        throw new Invalid(`valid JSON on the line "${item.slice(0, 60)}"`);
      }
    }
    items.push(item);
  }
  return { items };
}
