import { DateTime } from "luxon";

/** A session of a workshop's agenda as stored: instants in UTC. */
export interface AgendaSession {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
}

export type AgendaProblem =
  | { field: "start" | "end"; code: "errors.session.invalidTime" | "errors.session.nonexistentTime" }
  | { field: "end"; code: "errors.session.endBeforeStart" }
  | { field: "start"; code: "errors.session.outsideWorkshopDates" }
  | { field: "start"; code: "errors.session.overlaps"; otherSessionId: string; otherTitle: string };

/**
 * The UTC instant of a wall-clock time ("yyyy-MM-ddTHH:mm") in a zone, or why there is none:
 * on the night clocks move forward, 02:30 does not exist in Bucharest.
 */
export function localToInstant(local: string, timeZone: string): { ok: true; instant: string } | { ok: false; code: "errors.session.invalidTime" | "errors.session.nonexistentTime" } {
  const parsed = DateTime.fromISO(local, { zone: timeZone });
  if (!parsed.isValid) return { ok: false, code: "errors.session.invalidTime" };
  // luxon moves a time inside a spring-forward gap to after it; the wall clock then differs.
  if (parsed.toFormat("yyyy-MM-dd'T'HH:mm") !== DateTime.fromISO(local).toFormat("yyyy-MM-dd'T'HH:mm")) {
    return { ok: false, code: "errors.session.nonexistentTime" };
  }
  return { ok: true, instant: parsed.toUTC().toISO() ?? "" };
}

/** The wall-clock time of an instant in a zone, "yyyy-MM-ddTHH:mm" (for form fields and tables). */
export function instantToLocal(instant: string, timeZone: string): string {
  return DateTime.fromISO(instant, { zone: "utc" }).setZone(timeZone).toFormat("yyyy-MM-dd'T'HH:mm");
}

/**
 * Checks a new or edited session against the workshop: a real time range, inside the workshop's
 * dates in its own zone, and overlapping no other session of the agenda.
 */
export function checkAgendaSession(
  candidate: { id?: string; start: string; end: string },
  workshop: { timeZone: string; startDate: string; endDate: string },
  agenda: readonly AgendaSession[],
): { ok: true; startsAt: string; endsAt: string } | { ok: false; problems: AgendaProblem[] } {
  const start = localToInstant(candidate.start, workshop.timeZone);
  const end = localToInstant(candidate.end, workshop.timeZone);
  const problems: AgendaProblem[] = [];
  if (!start.ok) problems.push({ field: "start", code: start.code });
  if (!end.ok) problems.push({ field: "end", code: end.code });
  if (!start.ok || !end.ok) return { ok: false, problems };

  if (end.instant <= start.instant) problems.push({ field: "end", code: "errors.session.endBeforeStart" });
  const localDate = candidate.start.slice(0, 10);
  if (localDate < workshop.startDate || localDate > workshop.endDate) problems.push({ field: "start", code: "errors.session.outsideWorkshopDates" });
  for (const other of agenda) {
    if (other.id === candidate.id) continue;
    // Half-open intervals: one session may start the minute another ends.
    if (start.instant < other.endsAt && other.startsAt < end.instant) {
      problems.push({ field: "start", code: "errors.session.overlaps", otherSessionId: other.id, otherTitle: other.title });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, startsAt: start.instant, endsAt: end.instant };
}
