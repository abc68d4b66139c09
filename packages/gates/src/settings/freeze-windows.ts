import { Invalid } from '../../../kit/src/index.js';
import { structuredItems } from './structured.js';
import { WEEKDAYS, addDays, isTimeZone, wallTime, zonedInstant } from './zoned-time.js';

/** A recurring weekly window (`Fri 12:00 – Mon 06:00`) or a dated one (`2026-12-24..2026-12-26`), in a zone. */
export type FreezeWindow =
  | { kind: 'weekly'; name: string; text: string; zone: string; from: number; to: number }
  | { kind: 'dated'; name: string; text: string; zone: string; from: string; to: string };

export const WINDOW_SYNTAX =
  'lines of "[name:] Fri 12:00 - Mon 06:00 [Time/Zone]", "[name:] 2026-12-24..2026-12-26 [Time/Zone]" or "[name:] 2026-12-24 18:00 - 2026-12-27 08:00 [Time/Zone]"';

const DAY_NAMES: Record<string, number> = Object.fromEntries(
  WEEKDAYS.flatMap((day, index) => [
    [day.toLowerCase(), index],
    [['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'][index]!, index],
  ]),
);
const WEEKLY_POINT = /^([A-Za-z]+)\s+(\d{1,2}):(\d{2})$/;
const DATE_POINT = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/;
const SEPARATOR = /\s*(?:\.\.|–|—|\bto\b|\s-\s)\s*/;

function clock(hours: string, minutes: string, text: string): number {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 24 || m > 59 || (h === 24 && m > 0)) throw new Invalid(`${WINDOW_SYNTAX}: bad time in "${text}"`);
  return h * 60 + m;
}

function validDate(date: string): boolean {
  const instant = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(instant.getTime()) && instant.toISOString().startsWith(date);
}

function pad(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** One window from its text form; `zone` is the default when the text names none. */
export function parseWindow(source: string, defaultZone: string, defaultName: string): FreezeWindow {
  let text = source.trim();
  let name = defaultName;
  const named = /^([A-Za-z][\w .'-]*?):\s+(.*)$/.exec(text);
  // `12:00` never matches: a name's colon is followed by a space.
  if (named) {
    name = named[1]!.trim();
    text = named[2]!.trim();
  }
  let zone = defaultZone;
  const zoned = /\s+([A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+|UTC|GMT|Etc\/[\w+-]+)$/.exec(text);
  if (zoned) {
    zone = zoned[1]!;
    text = text.slice(0, zoned.index).trim();
  }
  if (!isTimeZone(zone)) throw new Invalid(`${WINDOW_SYNTAX}: unknown time zone "${zone}" in "${source}"`);
  const [start = '', end, ...rest] = text.split(SEPARATOR);
  if (rest.length > 0) throw new Invalid(`${WINDOW_SYNTAX}, got "${source}"`);
  const weeklyStart = WEEKLY_POINT.exec(start);
  if (weeklyStart) {
    const weeklyEnd = end ? WEEKLY_POINT.exec(end) : null;
    const fromDay = DAY_NAMES[weeklyStart[1]!.toLowerCase()];
    const toDay = weeklyEnd ? DAY_NAMES[weeklyEnd[1]!.toLowerCase()] : undefined;
    if (!weeklyEnd || fromDay === undefined || toDay === undefined)
      throw new Invalid(`${WINDOW_SYNTAX}, got "${source}"`);
    const from = fromDay * 1440 + clock(weeklyStart[2]!, weeklyStart[3]!, source);
    const to = toDay * 1440 + clock(weeklyEnd[2]!, weeklyEnd[3]!, source);
    if (from === to) throw new Invalid(`${WINDOW_SYNTAX}: "${source}" starts where it ends`);
    return { kind: 'weekly', name, text: `${text} ${zone}`, zone, from, to };
  }
  const dateStart = DATE_POINT.exec(start);
  const dateEnd = end ? DATE_POINT.exec(end) : dateStart;
  if (!dateStart || !dateEnd || !validDate(dateStart[1]!) || !validDate(dateEnd[1]!)) {
    throw new Invalid(`${WINDOW_SYNTAX}, got "${source}"`);
  }
  const from = `${dateStart[1]}T${dateStart[2] ? pad(clock(dateStart[2], dateStart[3]!, source)) : '00:00'}`;
  // A date without a time means the whole day: the window ends at the next midnight.
  const to = dateEnd[2]
    ? `${dateEnd[1]}T${pad(clock(dateEnd[2], dateEnd[3]!, source))}`
    : `${addDays(dateEnd[1]!, 1)}T00:00`;
  if (to <= from) throw new Invalid(`${WINDOW_SYNTAX}: "${source}" ends before it starts`);
  return { kind: 'dated', name, text: `${text} ${zone}`, zone, from, to };
}

/** Freeze windows (or holidays) from an input or the config file (`{ name, from, to, timezone }` items). */
export function parseWindows(raw: string, defaultZone: string, defaultName: string): FreezeWindow[] {
  const { items, map } = structuredItems(raw);
  // A one-item list from the config file arrives as a single object.
  return (map ? [map] : items).map((item) => {
    if (typeof item === 'string') return parseWindow(item, defaultZone, defaultName);
    const from = String(item['from'] ?? item['date'] ?? '');
    const to = item['to'] === undefined ? '' : ` - ${String(item['to'])}`;
    const zone = String(item['timezone'] ?? defaultZone);
    return parseWindow(`${from}${to}`, zone, String(item['name'] ?? defaultName));
  });
}

export interface FreezeHit {
  window: FreezeWindow;
  /** When the window ends, as an instant. */
  endsAt: Date;
}

/** The window `now` falls in, if any. */
export function activeWindow(windows: FreezeWindow[], now: Date): FreezeHit | undefined {
  for (const window of windows) {
    const wall = wallTime(now, window.zone);
    if (window.kind === 'dated') {
      if (wall.stamp >= window.from && wall.stamp < window.to)
        return { window, endsAt: zonedInstant(window.to, window.zone) };
      continue;
    }
    const minute = wall.weekday * 1440 + wall.minutes;
    const inside =
      window.from < window.to
        ? minute >= window.from && minute < window.to
        : minute >= window.from || minute < window.to;
    if (!inside) continue;
    const ahead = (window.to - minute + 7 * 1440) % (7 * 1440);
    const endMinute = wall.minutes + ahead;
    const endDate = addDays(wall.date, Math.floor(endMinute / 1440));
    return { window, endsAt: zonedInstant(`${endDate}T${pad(endMinute % 1440)}`, window.zone) };
  }
  return undefined;
}
