/**
 * Wall-clock time in a named zone through Intl.DateTimeFormat, which knows
 * each zone's daylight-saving rules: no offset tables of our own.
 */

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export interface WallTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `YYYY-MM-DDTHH:MM`, comparable as text. */
  stamp: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** Minutes since midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, format);
  }
  return format;
}

export function isTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

export function wallTime(instant: Date, zone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const part of formatter(zone).formatToParts(instant)) parts[part.type] = part.value;
  const date = `${parts['year']}-${parts['month']}-${parts['day']}`;
  const hour = Number(parts['hour']) % 24;
  const minute = Number(parts['minute']);
  return {
    date,
    stamp: `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    weekday: WEEKDAYS.indexOf(parts['weekday'] as (typeof WEEKDAYS)[number]),
    minutes: hour * 60 + minute,
  };
}

/** The instant a wall-clock `YYYY-MM-DDTHH:MM` in `zone` names (the later one in a DST gap). */
export function zonedInstant(stamp: string, zone: string): Date {
  const [date, time = '00:00'] = stamp.split('T');
  const [year, month, day] = date!.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  const offsetAt = (instant: number) => {
    const wall = wallTime(new Date(instant), zone);
    const [d, t] = wall.stamp.split('T');
    const [y, mo, da] = d!.split('-').map(Number);
    const [h, mi] = t!.split(':').map(Number);
    return Date.UTC(y!, mo! - 1, da!, h!, mi!) - Math.floor(instant / 60_000) * 60_000;
  };
  let guess = asUtc - offsetAt(asUtc);
  guess = asUtc - offsetAt(guess);
  return new Date(guess);
}

/** `2026-12-24` plus `days`, as a date string. */
export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}
