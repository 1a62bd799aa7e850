/** How a presence was recorded: by joining the session's live room, or marked by the secretariat. */
export type AttendanceSource = "live" | "secretariat";

/** A session as stored: UTC instants, so durations are real elapsed time whatever the zone does. */
export interface AttendanceSession {
  id: string;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
}

export interface AttendanceRecord {
  sessionId: string;
  userId: string;
  source: AttendanceSource;
}

export interface ParticipantAttendance {
  userId: string;
  /** Session id → how the presence was recorded; sessions missed are absent from the record. */
  attended: Record<string, AttendanceSource>;
  sessionsAttended: number;
  /** Whole minutes, rounded once from the exact sum so many short sessions do not drift. */
  minutes: number;
  /** Decimal hours to 0.01 h, for spreadsheets. */
  hours: number;
}

export interface SessionAttendance {
  sessionId: string;
  minutes: number;
  present: number;
}

export interface AttendanceSummary {
  sessions: SessionAttendance[];
  participants: ParticipantAttendance[];
}

const MINUTE_MS = 60_000;

function durationMs(session: AttendanceSession): number {
  return Math.max(0, Date.parse(session.endsAt) - Date.parse(session.startsAt));
}

/**
 * Who attended which session and for how many hours. Cancelled sessions do not count, and records
 * for people who are not (or no longer) participants are left out, so each session's count is of
 * the people the table lists. Sessions and participants keep the order they are given in.
 */
export function summariseAttendance(input: {
  sessions: readonly AttendanceSession[];
  participantIds: readonly string[];
  records: readonly AttendanceRecord[];
}): AttendanceSummary {
  const held = input.sessions.filter((session) => !session.cancelled);
  const heldById = new Map(held.map((session) => [session.id, session]));
  const participantIds = new Set(input.participantIds);

  const attendedBy = new Map<string, Record<string, AttendanceSource>>();
  for (const record of input.records) {
    if (!heldById.has(record.sessionId) || !participantIds.has(record.userId)) continue;
    const attended = attendedBy.get(record.userId) ?? {};
    attended[record.sessionId] = record.source;
    attendedBy.set(record.userId, attended);
  }

  const participants = input.participantIds.map((userId) => {
    const attended = attendedBy.get(userId) ?? {};
    const sessionIds = Object.keys(attended);
    const totalMs = sessionIds.reduce((sum, sessionId) => sum + durationMs(heldById.get(sessionId) as AttendanceSession), 0);
    const minutes = Math.round(totalMs / MINUTE_MS);
    return { userId, attended, sessionsAttended: sessionIds.length, minutes, hours: Math.round((minutes / 60) * 100) / 100 };
  });

  const sessions = held.map((session) => ({
    sessionId: session.id,
    minutes: Math.round(durationMs(session) / MINUTE_MS),
    present: participants.filter((participant) => session.id in participant.attended).length,
  }));
  return { sessions, participants };
}

/** "4:30" for 270 minutes: hours and minutes, the same in every language. */
export function formatHoursMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}
