import { DateTime, IANAZone } from "luxon";

/** Where a session falls on one interpreter's local calendar. */
export interface LocalSessionFacts {
  /** Local calendar day of the session's start, e.g. "2026-03-03". */
  day: string;
  /** Local ISO week of the session's start, e.g. "2026-W10". */
  week: string;
  minutesOutsidePreferred: number;
}

export function isKnownZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * Local facts for one session in one zone, the plain way: luxon does the zone arithmetic (DST
 * included). ZoneCalendar gives the same answers faster; the tests hold the two together.
 */
export function localSessionFacts(
  startMs: number,
  endMs: number,
  zone: string,
  preferred: { from: number; to: number },
): LocalSessionFacts {
  const localStart = DateTime.fromMillis(startMs, { zone });
  let insideMs = 0;
  // A session can run past local midnight: walk every local day it touches.
  for (let day = localStart.startOf("day"); day.toMillis() < endMs; day = day.plus({ days: 1 })) {
    const windowStart = day.set({ hour: preferred.from }).toMillis();
    const windowEnd = preferred.to >= 24 ? day.plus({ days: 1 }).toMillis() : day.set({ hour: preferred.to }).toMillis();
    insideMs += Math.max(0, Math.min(endMs, windowEnd) - Math.max(startMs, windowStart));
  }
  return {
    day: localStart.toISODate() ?? "",
    week: `${localStart.weekYear}-W${String(localStart.weekNumber).padStart(2, "0")}`,
    minutesOutsidePreferred: Math.round((endMs - startMs - insideMs) / 60_000),
  };
}

const DAY_MS = 86_400_000;

interface LocalDay {
  /** Local midnight (or the first instant of the day where midnight is skipped) and the next one. */
  startMs: number;
  endMs: number;
  preferredStartMs: number;
  preferredEndMs: number;
  iso: string;
  week: string;
}

/**
 * localSessionFacts for many sessions in one zone, with luxon asked once per local day instead of
 * several times per session: the day's boundaries come from luxon, and a session is placed on the day
 * whose boundaries hold its start, so the answer is the same as localSessionFacts, DST days included.
 */
export class ZoneCalendar {
  private readonly days = new Map<number, LocalDay>();
  /** The last offset seen: only a hint for which day to try first. */
  private offsetHintMs = 0;

  constructor(
    private readonly zone: string,
    private readonly preferred: { from: number; to: number },
  ) {}

  facts(startMs: number, endMs: number): LocalSessionFacts {
    let dayNumber = Math.floor((startMs + this.offsetHintMs) / DAY_MS);
    let day = this.day(dayNumber);
    while (startMs < day.startMs) day = this.day((dayNumber -= 1));
    while (startMs >= day.endMs) day = this.day((dayNumber += 1));
    this.offsetHintMs = dayNumber * DAY_MS - day.startMs;
    let insideMs = 0;
    for (let next = day, number = dayNumber; next.startMs < endMs; next = this.day((number += 1))) {
      insideMs += Math.max(0, Math.min(endMs, next.preferredEndMs) - Math.max(startMs, next.preferredStartMs));
    }
    return { day: day.iso, week: day.week, minutesOutsidePreferred: Math.round((endMs - startMs - insideMs) / 60_000) };
  }

  private day(dayNumber: number): LocalDay {
    let day = this.days.get(dayNumber);
    if (day) return day;
    const date = DateTime.fromMillis(dayNumber * DAY_MS, { zone: "utc" });
    const next = date.plus({ days: 1 });
    const at = (on: DateTime, hour: number) =>
      DateTime.fromObject({ year: on.year, month: on.month, day: on.day, hour }, { zone: this.zone }).toMillis();
    const startMs = DateTime.fromObject({ year: date.year, month: date.month, day: date.day }, { zone: this.zone }).startOf("day").toMillis();
    const endMs = DateTime.fromObject({ year: next.year, month: next.month, day: next.day }, { zone: this.zone }).startOf("day").toMillis();
    day = {
      startMs,
      endMs,
      preferredStartMs: at(date, this.preferred.from),
      preferredEndMs: this.preferred.to >= 24 ? endMs : at(date, this.preferred.to),
      iso: date.toISODate() ?? "",
      week: `${date.weekYear}-W${String(date.weekNumber).padStart(2, "0")}`,
    };
    this.days.set(dayNumber, day);
    return day;
  }
}

let languageNames: Intl.DisplayNames | undefined;

/** "fr" → "French", for reason sentences; falls back to the code. */
export function languageName(code: string): string {
  try {
    languageNames ??= new Intl.DisplayNames(["en"], { type: "language" });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "3 March 09:00–12:00 UTC", or with both dates when the session runs past midnight UTC. */
export function describeSlot(startMs: number, endMs: number): string {
  const start = DateTime.fromMillis(startMs, { zone: "utc" }).setLocale("en");
  const end = DateTime.fromMillis(endMs, { zone: "utc" }).setLocale("en");
  const endText = start.hasSame(end, "day") ? end.toFormat("HH:mm") : end.toFormat("d MMMM HH:mm");
  return `${start.toFormat("d MMMM HH:mm")}–${endText} UTC`;
}

/** "09:00–12:00" on the interpreter's clock. */
export function describeLocalTimes(startMs: number, endMs: number, zone: string): string {
  const start = DateTime.fromMillis(startMs, { zone });
  const end = DateTime.fromMillis(endMs, { zone });
  return `${start.toFormat("HH:mm")}–${end.toFormat("HH:mm")}`;
}

export function describeLocalDay(day: string): string {
  return DateTime.fromISO(day, { zone: "utc" }).setLocale("en").toFormat("d MMMM yyyy");
}

export function describeMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, "0")}`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
