// When an article was published, from its seed's file name: a name that starts with an ISO date, optionally with
// a time (`2026-11-28_…`, `2026-11-28T0930_…`, 24-hour, the newsroom's time), as Jekyll's `_posts/` names do.
// The site's time zone (HABARI_TIME_ZONE, East Africa Time by default) gives every time its offset, summer time
// included. Never the file's modification time or the clock: the same seeds always give the same site.
// (docs/decisions/014-dates-from-file-names.md)

/** East Africa Time: Kenya, Tanzania, Uganda (UTC+3 all year). */
export const DEFAULT_TIME_ZONE = 'Africa/Nairobi';

/**
 * A published date as the site keeps it: `2026-11-28T09:30+03:00` with a time (local time and its offset), or
 * `2026-11-28` without one. Both are valid in `<time datetime>`, schema.org and ISO 8601.
 */
export type PublishedDate = string;

const LOOKS_DATED = /^\d{4}-\d{2}-\d{2}/;
const DATED = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(\d{2}))?[_.-]/;
const EXAMPLE =
  'a dated name starts with YYYY-MM-DD or YYYY-MM-DDTHHMM (24-hour, the newsroom’s time) and then _ (for example 2026-11-28T0930_mvua-kubwa.txt)';

export type SeedDateResult = { ok: true; date: PublishedDate | null } | { ok: false; message: string };

/** The date a seed's name gives, null for a name without one, or what is wrong with a name that looks dated. */
export function seedDate(name: string, zone: string): SeedDateResult {
  if (!LOOKS_DATED.test(name)) return { ok: true, date: null };
  const match = DATED.exec(name);
  if (!match) return { ok: false, message: `the name starts like a date but is not one: ${EXAMPLE}` };
  const [, year, month, day, hour, minute] = match as unknown as [string, string, string, string, string?, string?];
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const dayText = `${year}-${month}-${day}`;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
    return { ok: false, message: `${dayText} is not a date: ${EXAMPLE}` };
  if (hour === undefined || minute === undefined) return { ok: true, date: dayText };
  const h = Number(hour);
  const min = Number(minute);
  if (h > 23 || min > 59)
    return { ok: false, message: `${hour}${minute} is not a time of day (0000 to 2359): ${EXAMPLE}` };
  const offset = offsetOfLocalTime(y, m, d, h, min, zone);
  if (offset === null)
    return {
      ok: false,
      message: `${dayText} ${hour}:${minute} does not exist in ${zone} (the clocks went forward then): ${EXAMPLE}`,
    };
  return { ok: true, date: `${dayText}T${hour}:${minute}${offsetText(offset)}` };
}

/** Why a time zone cannot be the site's, or null when it can. */
export function timeZoneProblem(zone: string): string | null {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return null;
  } catch {
    return `HABARI_TIME_ZONE=${zone} is not a time zone; use one such as ${DEFAULT_TIME_ZONE} or Europe/London`;
  }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC, in minutes, at a moment. */
function offsetAt(utcMs: number, zone: string): number {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(utcMs))) parts[part.type] = Number(part.value);
  const local = Date.UTC(
    parts.year as number,
    (parts.month as number) - 1,
    parts.day as number,
    parts.hour as number,
    parts.minute as number,
  );
  return Math.round((local - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

/**
 * The offset in force at a local time of the zone, in minutes; null for a time the clocks skip. A time that
 * happens twice (the clocks go back) is the first of the two, in summer time.
 */
export function offsetOfLocalTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  zone: string,
): number | null {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const candidates = offsetsNear(year, month, day, zone);
  // No change of the clocks that day: nothing to check (an archive's days mostly look up one cached entry).
  if (candidates.length === 1) return candidates[0] as number;
  for (const offset of candidates) if (offsetAt(asUtc - offset * 60_000, zone) === offset) return offset;
  return null;
}

const nearDays = new Map<string, number[]>();

/**
 * The offsets in force a day either side of a local day, which cover any change of the clocks on it; summer
 * time first, since the larger offset is the earlier of two moments with the same local time.
 */
function offsetsNear(year: number, month: number, day: number, zone: string): number[] {
  const key = `${zone} ${year}-${month}-${day}`;
  let offsets = nearDays.get(key);
  if (!offsets) {
    const noon = Date.UTC(year, month - 1, day, 12);
    offsets = [...new Set([offsetAt(noon - 86_400_000, zone), offsetAt(noon + 86_400_000, zone)])].sort(
      (a, b) => b - a,
    );
    nearDays.set(key, offsets);
  }
  return offsets;
}

export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A published date as a full moment: a date without a time is its local midnight (for feeds and sitemaps). */
export function momentOf(date: PublishedDate, zone: string): string {
  if (date.length > 10) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${date}T00:00${offsetText(offsetOfLocalTime(year, month, day, 0, 0, zone) ?? 0)}`;
}
