import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localToInstant } from "./agenda.ts";
import { formatHoursMinutes, summariseAttendance, type AttendanceRecord, type AttendanceSession } from "./attendance-summary.ts";

/** A session entered as wall-clock times in a zone, stored as instants, as the agenda form does. */
function session(id: string, start: string, end: string, timeZone = "Europe/Bucharest", cancelled = false): AttendanceSession {
  const startsAt = localToInstant(start, timeZone);
  const endsAt = localToInstant(end, timeZone);
  if (!startsAt.ok || !endsAt.ok) throw new Error(`no such time in ${timeZone}: ${start} – ${end}`);
  return { id, startsAt: startsAt.instant, endsAt: endsAt.instant, cancelled };
}

describe("summariseAttendance", () => {
  const opening = session("opening", "2026-06-02T09:00", "2026-06-02T12:00");
  const drill = session("drill", "2026-06-03T14:00", "2026-06-03T15:30");
  const dropped = session("dropped", "2026-06-04T09:00", "2026-06-04T11:00", "Europe/Bucharest", true);

  it("gives each participant the sessions attended and the hours, and each held session its count", () => {
    const summary = summariseAttendance({
      sessions: [opening, drill, dropped],
      participantIds: ["ana", "budi", "chen"],
      records: [
        { sessionId: "opening", userId: "ana", source: "live" },
        { sessionId: "drill", userId: "ana", source: "secretariat" },
        { sessionId: "drill", userId: "budi", source: "live" },
      ],
    });
    expect(summary.participants).toEqual([
      { userId: "ana", attended: { opening: "live", drill: "secretariat" }, sessionsAttended: 2, minutes: 270, hours: 4.5 },
      { userId: "budi", attended: { drill: "live" }, sessionsAttended: 1, minutes: 90, hours: 1.5 },
      { userId: "chen", attended: {}, sessionsAttended: 0, minutes: 0, hours: 0 },
    ]);
    expect(summary.sessions).toEqual([
      { sessionId: "opening", minutes: 180, present: 1 },
      { sessionId: "drill", minutes: 90, present: 2 },
    ]);
  });

  it("leaves out cancelled sessions and people who are not participants, even when a presence was recorded", () => {
    const summary = summariseAttendance({
      sessions: [opening, dropped],
      participantIds: ["ana"],
      records: [
        { sessionId: "dropped", userId: "ana", source: "secretariat" },
        { sessionId: "opening", userId: "withdrawn", source: "live" },
        { sessionId: "elsewhere", userId: "ana", source: "live" },
      ],
    });
    expect(summary.participants).toEqual([{ userId: "ana", attended: {}, sessionsAttended: 0, minutes: 0, hours: 0 }]);
    expect(summary.sessions).toEqual([{ sessionId: "opening", minutes: 180, present: 0 }]);
  });

  it("counts real time across a daylight-saving change, not the wall-clock difference", () => {
    // Bucharest springs forward at 03:00 on 29 March 2026 and falls back at 04:00 on 25 October.
    const spring = session("spring", "2026-03-29T00:00", "2026-03-29T06:00");
    const autumn = session("autumn", "2026-10-25T00:00", "2026-10-25T06:00");
    const summary = summariseAttendance({
      sessions: [spring, autumn],
      participantIds: ["ana", "budi"],
      records: [
        { sessionId: "spring", userId: "ana", source: "live" },
        { sessionId: "autumn", userId: "budi", source: "live" },
      ],
    });
    expect(summary.sessions.map((row) => row.minutes)).toEqual([5 * 60, 7 * 60]);
    expect(summary.participants.map((row) => row.hours)).toEqual([5, 7]);
  });

  it("rounds the total once to the minute and the hours to 0.01 h", () => {
    const twenty = (id: string, start: string, end: string) => session(id, start, end, "UTC");
    const summary = summariseAttendance({
      sessions: [twenty("a", "2026-06-02T09:00", "2026-06-02T09:20"), twenty("b", "2026-06-02T10:00", "2026-06-02T10:20")],
      participantIds: ["ana"],
      records: [
        { sessionId: "a", userId: "ana", source: "live" },
        { sessionId: "b", userId: "ana", source: "secretariat" },
      ],
    });
    expect(summary.participants[0]).toMatchObject({ minutes: 40, hours: 0.67 });
  });

  it("counts the same presences per person as per session, whatever the records", () => {
    const sessions = [opening, drill, dropped];
    const people = ["ana", "budi", "chen"];
    const record = fc.record<AttendanceRecord>({
      sessionId: fc.constantFrom("opening", "drill", "dropped", "elsewhere"),
      userId: fc.constantFrom(...people, "stranger"),
      source: fc.constantFrom("live", "secretariat"),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (records) => {
        const summary = summariseAttendance({ sessions, participantIds: people, records });
        const perPerson = summary.participants.reduce((sum, row) => sum + row.sessionsAttended, 0);
        const perSession = summary.sessions.reduce((sum, row) => sum + row.present, 0);
        expect(perPerson).toBe(perSession);
        for (const row of summary.participants) expect(row.minutes).toBeLessThanOrEqual(180 + 90);
      }),
    );
  });
});

describe("formatHoursMinutes", () => {
  it("writes hours and two-digit minutes", () => {
    expect(formatHoursMinutes(0)).toBe("0:00");
    expect(formatHoursMinutes(270)).toBe("4:30");
    expect(formatHoursMinutes(605)).toBe("10:05");
  });
});
