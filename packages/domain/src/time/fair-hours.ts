import { DateTime, Interval } from "luxon";

export interface FairHours {
  /** Earliest acceptable local start, in hours (7 = 07:00). */
  startHour: number;
  /** Latest acceptable local end, in hours (22 = 22:00). */
  endHour: number;
}

export const DEFAULT_FAIR_HOURS: FairHours = { startHour: 7, endHour: 22 };

export interface Viewer {
  /** Who this row is for: a country, a participant, an interpreter. */
  label: string;
  timeZone: string;
}

export interface LocalTimeRow extends Viewer {
  /** Local wall-clock times, "yyyy-MM-dd'T'HH:mm". */
  localStart: string;
  localEnd: string;
  /** The zone's offset from UTC at the start, e.g. "UTC+3" or "UTC+5:30". */
  utcOffset: string;
  /** Local start date minus the reference zone's start date, in days (-1, 0, +1). */
  dayShift: number;
  withinFairHours: boolean;
}

/** The wall-clock time `hour` on the local day of `time` (24 = the next midnight). */
function atLocalHour(time: DateTime, hour: number): DateTime {
  const day = time.startOf("day");
  return hour >= 24 ? day.plus({ days: 1 }) : day.set({ hour });
}

/** Whole calendar days from one local date to another, whatever their zones. */
function calendarDaysBetween(from: DateTime, to: DateTime): number {
  return DateTime.fromISO(to.toISODate() ?? "", { zone: "utc" }).diff(DateTime.fromISO(from.toISODate() ?? "", { zone: "utc" }), "days").days;
}

/**
 * When a session at [start, end) falls for each viewer, and whether it stays within fair working
 * hours there. Offsets come from the IANA data (luxon), so daylight-saving changes are exact.
 */
export function localTimesFor(start: string, end: string, referenceZone: string, viewers: readonly Viewer[], fairHours: FairHours = DEFAULT_FAIR_HOURS): LocalTimeRow[] {
  const interval = Interval.fromDateTimes(DateTime.fromISO(start, { zone: "utc" }), DateTime.fromISO(end, { zone: "utc" }));
  if (!interval.isValid || !interval.start || !interval.end) throw new RangeError(`Not a valid time range: ${start} – ${end}`);
  const referenceStart = interval.start.setZone(referenceZone);
  return viewers.map((viewer) => {
    const localStart = interval.start!.setZone(viewer.timeZone);
    const localEnd = interval.end!.setZone(viewer.timeZone);
    if (!localStart.isValid) throw new RangeError(`Unknown time zone: ${viewer.timeZone}`);
    const withinFairHours = localStart >= atLocalHour(localStart, fairHours.startHour) && localEnd <= atLocalHour(localStart, fairHours.endHour);
    const dayShift = calendarDaysBetween(referenceStart, localStart);
    return {
      ...viewer,
      localStart: localStart.toFormat("yyyy-MM-dd'T'HH:mm"),
      localEnd: localEnd.toFormat("yyyy-MM-dd'T'HH:mm"),
      utcOffset: `UTC${localStart.toFormat("Z")}`,
      dayShift,
      withinFairHours,
    };
  });
}
