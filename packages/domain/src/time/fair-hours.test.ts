import { describe, expect, it } from "vitest";
import { localTimesFor } from "./fair-hours.ts";

const viewers = [
  { label: "Romania", timeZone: "Europe/Bucharest" },
  { label: "United States (East)", timeZone: "America/New_York" },
  { label: "Australia (Sydney)", timeZone: "Australia/Sydney" },
  { label: "Indonesia (Jakarta)", timeZone: "Asia/Jakarta" },
];

describe("localTimesFor", () => {
  it("shows a Bucharest morning session in each country, with the date shift and fair-hours flag", () => {
    // 10:00–13:00 in Bucharest on 2 June 2026 (summer time, UTC+3).
    const rows = localTimesFor("2026-06-02T07:00:00Z", "2026-06-02T10:00:00Z", "Europe/Bucharest", viewers);
    expect(rows.map(({ label, localStart, localEnd, utcOffset, dayShift, withinFairHours }) => ({ label, localStart, localEnd, utcOffset, dayShift, withinFairHours }))).toEqual([
      { label: "Romania", localStart: "2026-06-02T10:00", localEnd: "2026-06-02T13:00", utcOffset: "UTC+3", dayShift: 0, withinFairHours: true },
      { label: "United States (East)", localStart: "2026-06-02T03:00", localEnd: "2026-06-02T06:00", utcOffset: "UTC-4", dayShift: 0, withinFairHours: false },
      { label: "Australia (Sydney)", localStart: "2026-06-02T17:00", localEnd: "2026-06-02T20:00", utcOffset: "UTC+10", dayShift: 0, withinFairHours: true },
      { label: "Indonesia (Jakarta)", localStart: "2026-06-02T14:00", localEnd: "2026-06-02T17:00", utcOffset: "UTC+7", dayShift: 0, withinFairHours: true },
    ]);
  });

  it("puts an evening session in New York on the next date in Sydney and Jakarta", () => {
    // 19:00–20:30 in New York on 14 January 2026 (EST, UTC-5).
    const rows = localTimesFor("2026-01-15T00:00:00Z", "2026-01-15T01:30:00Z", "America/New_York", viewers);
    const byLabel = Object.fromEntries(rows.map((row) => [row.label, row]));
    expect(byLabel["United States (East)"]).toMatchObject({ localStart: "2026-01-14T19:00", dayShift: 0, withinFairHours: true });
    expect(byLabel["Australia (Sydney)"]).toMatchObject({ localStart: "2026-01-15T11:00", utcOffset: "UTC+11", dayShift: 1, withinFairHours: true });
    expect(byLabel["Indonesia (Jakarta)"]).toMatchObject({ localStart: "2026-01-15T07:00", dayShift: 1, withinFairHours: true });
    expect(byLabel["Romania"]).toMatchObject({ localStart: "2026-01-15T02:00", dayShift: 1, withinFairHours: false });
  });

  it("follows daylight-saving changes: the same UTC time moves by an hour across the Bucharest switch", () => {
    const before = localTimesFor("2026-03-28T06:00:00Z", "2026-03-28T07:00:00Z", "UTC", viewers)[0];
    const after = localTimesFor("2026-03-29T06:00:00Z", "2026-03-29T07:00:00Z", "UTC", viewers)[0];
    expect([before?.localStart, before?.utcOffset]).toEqual(["2026-03-28T08:00", "UTC+2"]);
    expect([after?.localStart, after?.utcOffset]).toEqual(["2026-03-29T09:00", "UTC+3"]);
  });

  it("flags a session that crosses local midnight and accepts one ending exactly at 22:00", () => {
    const late = localTimesFor("2026-06-02T18:00:00Z", "2026-06-02T22:00:00Z", "UTC", [{ label: "Romania", timeZone: "Europe/Bucharest" }])[0];
    expect(late).toMatchObject({ localStart: "2026-06-02T21:00", localEnd: "2026-06-03T01:00", withinFairHours: false });
    const edge = localTimesFor("2026-06-02T16:00:00Z", "2026-06-02T19:00:00Z", "UTC", [{ label: "Romania", timeZone: "Europe/Bucharest" }])[0];
    expect(edge).toMatchObject({ localEnd: "2026-06-02T22:00", withinFairHours: true });
  });

  it("refuses an unknown zone or an end before the start", () => {
    expect(() => localTimesFor("2026-06-02T07:00:00Z", "2026-06-02T08:00:00Z", "UTC", [{ label: "x", timeZone: "Mars/Olympus" }])).toThrow(/Unknown time zone/);
    expect(() => localTimesFor("2026-06-02T08:00:00Z", "2026-06-02T07:00:00Z", "UTC", viewers)).toThrow(/Not a valid time range/);
  });
});
