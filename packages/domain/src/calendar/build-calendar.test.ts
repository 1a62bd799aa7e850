import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { buildCalendar, type CalendarEvent } from "./build-calendar.ts";

/** Reads a calendar back with ical.js, resolving every TZID through the VTIMEZONEs it carries. */
function readBack(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const zones = root.getAllSubcomponents("vtimezone").map((component) => new ICAL.Timezone(component));
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = root.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: component.getFirstPropertyValue("status"),
      tzid: component.getFirstProperty("dtstart")?.getParameter("tzid"),
      localStart: event.startDate.toString(),
      startUtc: event.startDate.toJSDate().toISOString(),
      endUtc: event.endDate.toJSDate().toISOString(),
      stamp: component.getFirstProperty("dtstamp")?.toICALString(),
    };
  });
  for (const zone of zones) ICAL.TimezoneService.remove(zone.tzid);
  return { zones: zones.map((zone) => zone.tzid).sort(), events };
}

const session = (overrides: Partial<CalendarEvent>): CalendarEvent => ({
  uid: "session-1@comity",
  sequence: 0,
  start: "2026-06-02T07:00:00.000Z",
  end: "2026-06-02T10:00:00.000Z",
  timeZone: "Europe/Bucharest",
  summary: "Opening: mutual legal assistance under UNTOC art. 18",
  ...overrides,
});

describe("buildCalendar", () => {
  it("writes local times with a TZID and the VTIMEZONE of every zone used, and ical.js reads the same instants back", () => {
    const events = [
      session({}),
      session({ uid: "session-2@comity", timeZone: "America/New_York", start: "2026-10-31T13:00:00.000Z", end: "2026-10-31T15:00:00.000Z" }),
      session({ uid: "session-2b@comity", timeZone: "America/New_York", start: "2026-11-01T14:00:00.000Z", end: "2026-11-01T16:00:00.000Z" }),
      session({ uid: "session-3@comity", timeZone: "Australia/Sydney", start: "2026-04-04T23:00:00.000Z", end: "2026-04-05T01:00:00.000Z" }),
      session({ uid: "session-4@comity", timeZone: "Asia/Jakarta", start: "2026-03-29T16:30:00.000Z", end: "2026-03-29T18:00:00.000Z" }),
    ];
    const parsed = readBack(buildCalendar({ name: "Regional workshop", timeZone: "Europe/Bucharest", events }));
    expect(parsed.zones).toEqual(["America/New_York", "Asia/Jakarta", "Australia/Sydney", "Europe/Bucharest"]);
    for (const [index, event] of events.entries()) {
      const read = parsed.events[index];
      expect(read?.tzid).toBe(event.timeZone);
      expect(read?.startUtc).toBe(event.start);
      expect(read?.endUtc).toBe(event.end);
      expect(read?.stamp).toMatch(/Z$/);
    }
    // Local wall-clock times as each zone's calendar shows them.
    expect(parsed.events.map((event) => event.localStart)).toEqual([
      "2026-06-02T10:00:00", // Bucharest, summer time (UTC+3)
      "2026-10-31T09:00:00", // New York, the day before clocks go back: EDT (UTC-4)
      "2026-11-01T09:00:00", // New York, the day clocks go back: EST (UTC-5), same wall time
      "2026-04-05T09:00:00", // Sydney, the day daylight saving ends: AEST (UTC+10), another date than in UTC
      "2026-03-29T23:30:00", // Jakarta, no DST (UTC+7)
    ]);
  });

  it("keeps UIDs stable, carries SEQUENCE, and marks cancelled events", () => {
    const first = readBack(buildCalendar({ name: "W", timeZone: "Europe/Bucharest", events: [session({ sequence: 0 })] }));
    const changed = readBack(buildCalendar({ name: "W", timeZone: "Europe/Bucharest", events: [session({ sequence: 1, cancelled: true })] }));
    expect(first.events[0]).toMatchObject({ uid: "session-1@comity", sequence: 0, status: "CONFIRMED" });
    expect(changed.events[0]).toMatchObject({ uid: "session-1@comity", sequence: 1, status: "CANCELLED" });
  });
});
