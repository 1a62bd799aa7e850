import { describe, expect, it } from "vitest";
import { checkAgendaSession, instantToLocal, localToInstant } from "./agenda.ts";

const workshop = { timeZone: "Europe/Bucharest", startDate: "2026-03-27", endDate: "2026-03-29" };
const opening = { id: "s1", title: "Opening", startsAt: "2026-03-27T07:00:00.000Z", endsAt: "2026-03-27T09:00:00.000Z" };

describe("agenda times", () => {
  it("converts wall-clock times in the workshop zone to UTC instants across the DST change", () => {
    expect(localToInstant("2026-03-28T10:00", "Europe/Bucharest")).toEqual({ ok: true, instant: "2026-03-28T08:00:00.000Z" });
    expect(localToInstant("2026-03-29T10:00", "Europe/Bucharest")).toEqual({ ok: true, instant: "2026-03-29T07:00:00.000Z" });
    expect(instantToLocal("2026-03-29T07:00:00.000Z", "Europe/Bucharest")).toBe("2026-03-29T10:00");
  });

  it("refuses a time that does not exist on the night clocks move forward", () => {
    expect(localToInstant("2026-03-29T03:30", "Europe/Bucharest")).toEqual({ ok: false, code: "errors.session.nonexistentTime" });
    expect(localToInstant("2026-03-08T02:30", "America/New_York")).toEqual({ ok: false, code: "errors.session.nonexistentTime" });
    expect(localToInstant("not a time", "Asia/Jakarta")).toEqual({ ok: false, code: "errors.session.invalidTime" });
  });
});

describe("checkAgendaSession", () => {
  // The opening runs 09:00–11:00 in Bucharest (UTC+2 before the change on 29 March).
  it("accepts a session in the workshop's dates that touches but does not overlap another", () => {
    expect(checkAgendaSession({ start: "2026-03-27T11:00", end: "2026-03-27T12:30" }, workshop, [opening])).toEqual({
      ok: true,
      startsAt: "2026-03-27T09:00:00.000Z",
      endsAt: "2026-03-27T10:30:00.000Z",
    });
  });

  it("refuses an end before the start, an overlap (naming the other session) and a date outside the workshop", () => {
    const result = checkAgendaSession({ start: "2026-03-28T10:30", end: "2026-03-28T10:00" }, workshop, [opening]);
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: "end", code: "errors.session.endBeforeStart" },
      ],
    });
    const overlapping = checkAgendaSession({ start: "2026-03-27T10:00", end: "2026-03-27T12:30" }, workshop, [opening]);
    expect(overlapping).toEqual({ ok: false, problems: [{ field: "start", code: "errors.session.overlaps", otherSessionId: "s1", otherTitle: "Opening" }] });
    const outside = checkAgendaSession({ start: "2026-03-30T09:00", end: "2026-03-30T10:00" }, workshop, [opening]);
    expect(outside).toEqual({ ok: false, problems: [{ field: "start", code: "errors.session.outsideWorkshopDates" }] });
  });

  it("lets a session be edited without overlapping itself", () => {
    expect(checkAgendaSession({ id: "s1", start: "2026-03-27T09:30", end: "2026-03-27T12:30" }, workshop, [opening]).ok).toBe(true);
  });
});
