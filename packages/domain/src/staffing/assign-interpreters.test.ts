import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assignInterpreters } from "./assign-interpreters.ts";
import { checkAssignments } from "./check-assignments.ts";
import { localSessionFacts, ZoneCalendar } from "./staffing-calendar.ts";
import { staffingCost, UNMET_SEAT_COST } from "./staffing-cost.ts";
import { makeInterpreter, makeSession } from "./staffing.fixtures.ts";
import { DEFAULT_STAFFING_RULES, type Assignment, type StaffingRules } from "./staffing.types.ts";

const rules = DEFAULT_STAFFING_RULES;
/** One-way booths, so a test about another rule is not blurred by the two-way team of three. */
const oneWay: StaffingRules = { ...rules, twoWayBoothForTwoLanguages: false };
const at = (start: string, minutes: number) => ({
  start,
  end: new Date(Date.parse(start) + minutes * 60_000).toISOString().replace(".000", ""),
});
const codes = (violations: { code: string }[]) => violations.map((violation) => violation.code).sort();

describe("assignInterpreters", () => {
  it("fills each booth with interpreters who work into it and understand the floor", () => {
    const sessions = [makeSession({ id: "s1", ...at("2026-03-03T09:00:00Z", 180), targetLanguages: ["fr", "es"] })];
    const roster = [
      makeInterpreter("fr1", "fr:A en:B"),
      makeInterpreter("fr2", "fr:A en:C"),
      makeInterpreter("frC", "en:A fr:C"),
      makeInterpreter("es1", "es:A en:C"),
      makeInterpreter("es2", "es:B en:A"),
      makeInterpreter("none", "es:A de:B"),
    ];
    const result = assignInterpreters(sessions, roster, rules);
    const byBooth = (booth: string) => result.assignments.filter((a) => a.booth === booth).map((a) => a.interpreterId).sort();
    expect(byBooth("fr")).toEqual(["fr1", "fr2"]);
    expect(byBooth("es")).toEqual(["es1", "es2"]);
    expect(result.unmet).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(result.stats).toMatchObject({ needs: 4, covered: 4, unmet: 0, booths: 2 });
  });

  it("explains an unstaffed booth in a sentence the secretariat can act on", () => {
    const sessions = [
      makeSession({ id: "s1", title: "Opening", ...at("2026-03-03T09:00:00Z", 180), floorLanguage: "fr", targetLanguages: ["ar", "en"] }),
      makeSession({ id: "s2", title: "Side event", ...at("2026-03-03T10:00:00Z", 60), floorLanguage: "fr", targetLanguages: ["ar", "es"] }),
    ];
    const roster = [
      makeInterpreter("a1", "ar:A fr:B"),
      makeInterpreter("a2", "ar:A fr:C"),
      makeInterpreter("a3", "ar:A fr:C", { availability: [{ start: "2026-03-04T00:00:00Z", end: "2026-03-10T00:00:00Z" }] }),
    ];
    const existing: Assignment[] = [
      { sessionId: "s2", booth: "ar", interpreterId: "a1", source: "fr" },
      { sessionId: "s2", booth: "ar", interpreterId: "a2", source: "fr" },
    ];
    const result = assignInterpreters(sessions, roster, rules, existing);
    const arabic = result.unmet.find((need) => need.sessionId === "s1" && need.booth === "ar");
    expect(arabic).toMatchObject({ code: "unstaffed-booth", required: 2, assigned: 0, missing: 2, blockers: { "booked-elsewhere": 2, "not-available": 1 } });
    expect(arabic?.reason).toBe(
      'No available interpreter works from French into Arabic on 3 March 09:00–12:00 UTC ("Opening"): 2 are booked elsewhere, 1 is not available.',
    );
    const english = result.unmet.find((need) => need.sessionId === "s1" && need.booth === "en");
    expect(english?.reason).toBe('Nobody on the roster works from French into English, needed for "Opening" on 3 March 09:00–12:00 UTC.');
  });

  it("gives remote sessions only to remote-capable interpreters", () => {
    const sessions = [makeSession({ id: "s1", ...at("2026-03-03T09:00:00Z", 30), targetLanguages: ["fr", "es"], remote: true })];
    const roster = [
      makeInterpreter("on-site", "fr:A en:B", { remoteCapable: false }),
      makeInterpreter("r1", "fr:A en:B"),
      makeInterpreter("r2", "fr:B en:A"),
    ];
    const result = assignInterpreters(sessions, roster, rules);
    expect(result.assignments.filter((a) => a.booth === "fr").map((a) => a.interpreterId).sort()).toEqual(["r1", "r2"]);
    expect(result.violations).toEqual([]);
  });

  it("never double-books, keeps 1.5 h between sessions and at most two sessions a day", () => {
    const sessions = [
      makeSession({ id: "s1", ...at("2026-03-03T06:00:00Z", 30), targetLanguages: ["fr"] }),
      makeSession({ id: "s2", ...at("2026-03-03T06:15:00Z", 30), targetLanguages: ["fr"] }),
      makeSession({ id: "s3", ...at("2026-03-03T07:30:00Z", 30), targetLanguages: ["fr"] }),
      makeSession({ id: "s4", ...at("2026-03-03T10:00:00Z", 30), targetLanguages: ["fr"] }),
      makeSession({ id: "s5", ...at("2026-03-03T14:00:00Z", 30), targetLanguages: ["fr"] }),
    ];
    const result = assignInterpreters(sessions, [makeInterpreter("solo", "fr:A en:B")], oneWay);
    expect(result.assignments).toHaveLength(2);
    expect(checkAssignments(sessions, [makeInterpreter("solo", "fr:A en:B")], oneWay, result.assignments)).toEqual([]);
    expect(result.stats.unmet).toBe(3);
  });

  it("stops at seven sessions a week, five when they are remote", () => {
    const days = ["02", "03", "04", "05", "06", "07", "08"];
    const weekOf = (remote: boolean) =>
      days.flatMap((day, index) => [
        makeSession({ id: `${day}-am`, ...at(`2026-03-${day}T08:00:00Z`, 30), targetLanguages: ["fr"], remote }),
        makeSession({ id: `${day}-pm`, ...at(`2026-03-${day}T13:00:00Z`, 30), targetLanguages: ["fr"], remote: remote && index % 2 === 0 }),
      ]);
    const roster = [makeInterpreter("solo", "fr:A en:B", { timeZone: "UTC" })];
    const onSite = assignInterpreters(weekOf(false), roster, { ...oneWay, remoteExtraPerBooth: 0 });
    expect(onSite.assignments).toHaveLength(7);
    const remote = assignInterpreters(weekOf(true), roster, { ...oneWay, remoteExtraPerBooth: 0 });
    expect(remote.violations).toEqual([]);
    const remoteCount = remote.assignments.filter((a) => weekOf(true).find((s) => s.id === a.sessionId)?.remote).length;
    expect(remoteCount).toBe(5);
    expect(remote.assignments).toHaveLength(7);
  });

  it("counts the daily limit on each interpreter's own calendar day", () => {
    // The same three UTC sessions fall on one local day in Bucharest, on two elsewhere.
    const sessions = [
      makeSession({ id: "a", ...at("2026-03-10T02:00:00Z", 30), targetLanguages: ["fr"] }),
      makeSession({ id: "b", ...at("2026-03-10T10:00:00Z", 30), targetLanguages: ["fr"] }),
      makeSession({ id: "c", ...at("2026-03-10T20:00:00Z", 30), targetLanguages: ["fr"] }),
    ];
    const allThree = (interpreterId: string): Assignment[] =>
      sessions.map((session) => ({ sessionId: session.id, booth: "fr", interpreterId, source: "en" }));
    for (const zone of ["America/New_York", "Australia/Sydney", "Asia/Jakarta"]) {
      const roster = [makeInterpreter("x", "fr:A en:B", { timeZone: zone })];
      expect(checkAssignments(sessions, roster, oneWay, allThree("x")), zone).toEqual([]);
      expect(assignInterpreters(sessions, roster, oneWay).assignments, zone).toHaveLength(3);
    }
    const bucharest = [makeInterpreter("x", "fr:A en:B", { name: "Ana Popescu", timeZone: "Europe/Bucharest" })];
    const violations = checkAssignments(sessions, bucharest, oneWay, allThree("x"));
    expect(violations.map((violation) => violation.reason)).toEqual([
      "Ana Popescu has 3 sessions on 10 March 2026 (Europe/Bucharest local day); at most 2 are allowed.",
    ]);
    expect(assignInterpreters(sessions, bucharest, oneWay).assignments).toHaveLength(2);
  });

  it("never books one interpreter twice at the same instant, whatever the zones", () => {
    const sessions = [
      makeSession({ id: "geneva", ...at("2026-03-10T13:00:00Z", 120), targetLanguages: ["fr"] }),
      makeSession({ id: "new-york", ...at("2026-03-10T14:00:00Z", 120), targetLanguages: ["fr"] }),
    ];
    const roster = [makeInterpreter("x", "fr:A en:B", { timeZone: "America/New_York" }), makeInterpreter("y", "fr:A en:B", { timeZone: "Europe/Bucharest" })];
    const both: Assignment[] = sessions.map((session) => ({ sessionId: session.id, booth: "fr", interpreterId: "x", source: "en" }));
    expect(codes(checkAssignments(sessions, roster, { ...oneWay, minInterpretersPerBooth: 1 }, both))).toEqual(["double-booking"]);
    const result = assignInterpreters(sessions, roster, { ...oneWay, minInterpretersPerBooth: 1 });
    expect(new Set(result.assignments.map((a) => a.interpreterId)).size).toBe(2);
  });

  it("uses the zone's rules on a DST day: New York's 23-hour 8 March 2026", () => {
    // 04:30Z on 9 March is 00:30 EDT (a fixed -05:00 would wrongly say 23:30 on 8 March).
    const sessions = [
      makeSession({ id: "morning", ...at("2026-03-08T13:00:00Z", 30), targetLanguages: ["fr"] }),
      makeSession({ id: "afternoon", ...at("2026-03-08T18:00:00Z", 30), targetLanguages: ["fr"] }),
      makeSession({ id: "after-midnight", ...at("2026-03-09T04:30:00Z", 30), targetLanguages: ["fr"] }),
    ];
    const roster = [makeInterpreter("x", "fr:A en:B", { timeZone: "America/New_York" })];
    const result = assignInterpreters(sessions, roster, oneWay);
    expect(result.assignments).toHaveLength(3);
    expect(result.violations).toEqual([]);
    expect(localSessionFacts(Date.parse("2026-03-09T04:30:00Z"), Date.parse("2026-03-09T05:00:00Z"), "America/New_York", { from: 7, to: 22 })).toEqual({
      day: "2026-03-09",
      week: "2026-W11",
      minutesOutsidePreferred: 30,
    });
  });

  it("prefers local working hours, with DST: 04:00Z is 07:00 in Bucharest on 29 March, 06:00 the day before", () => {
    const preferred = rules.preferredLocalHours;
    const facts = (start: string) => localSessionFacts(Date.parse(start), Date.parse(start) + 2 * 3_600_000, "Europe/Bucharest", preferred);
    expect(facts("2026-03-28T04:00:00Z").minutesOutsidePreferred).toBe(60);
    expect(facts("2026-03-29T04:00:00Z").minutesOutsidePreferred).toBe(0);
    const sessions = [makeSession({ id: "early", ...at("2026-03-03T05:00:00Z", 30), targetLanguages: ["fr"] })];
    const roster = [
      makeInterpreter("sydney", "fr:A en:B", { timeZone: "Australia/Sydney" }), // 16:00 local
      makeInterpreter("new-york", "fr:A en:B", { timeZone: "America/New_York" }), // 00:00 local
    ];
    const result = assignInterpreters(sessions, roster, oneWay);
    expect(result.assignments.map((a) => a.interpreterId)).toEqual(["sydney"]);
    const night = assignInterpreters(sessions, [roster[1] ?? makeInterpreter("-", "")], oneWay);
    expect(night.warnings.map((warning) => warning.code)).toEqual(["outside-local-hours"]);
    expect(night.stats.softPenalty).toBe(5);
  });

  it("keeps hand-made assignments that break rules and reports every broken rule", () => {
    const sessions = [
      makeSession({ id: "s1", title: "Plenary", ...at("2026-03-03T09:00:00Z", 180), targetLanguages: ["fr", "es"], remote: true }),
      makeSession({ id: "s2", title: "Panel", ...at("2026-03-03T11:00:00Z", 60), targetLanguages: ["fr", "es"] }),
    ];
    const roster = [makeInterpreter("x", "fr:C en:A", { name: "Jean Dupont", remoteCapable: false })];
    const existing: Assignment[] = [
      { sessionId: "s1", booth: "fr", interpreterId: "x", source: "en" },
      { sessionId: "s2", booth: "fr", interpreterId: "x", source: "en" },
      { sessionId: "s2", booth: "de", interpreterId: "x", source: "en" },
      { sessionId: "gone", booth: "fr", interpreterId: "x", source: "en" },
    ];
    const result = assignInterpreters(sessions, roster, rules, existing);
    expect(result.assignments).toEqual(existing);
    expect(codes(result.violations)).toEqual([
      "double-booking",
      "double-booking",
      "double-booking",
      "remote-not-capable",
      "target-competence",
      "target-competence",
      "unknown-booth",
      "unknown-session",
    ]);
    expect(result.violations.find((violation) => violation.code === "remote-not-capable")?.reason).toBe(
      'Jean Dupont does not work remotely, but "Plenary" on 3 March 09:00–12:00 UTC is remote.',
    );
    expect(result.violations).toEqual(checkAssignments(sessions, roster, rules, existing));
  });

  it("staffs relay booths from the pivot and never mixes two pivots", () => {
    const sessions = [makeSession({ id: "s", ...at("2026-03-03T09:00:00Z", 120), floorLanguage: "ar", targetLanguages: ["en", "fr", "zh"] })];
    const roster = [
      makeInterpreter("e1", "en:A ar:C"),
      makeInterpreter("e2", "en:A ar:B"),
      makeInterpreter("e3", "ar:A en:B"),
      makeInterpreter("f1", "fr:A ar:C"),
      makeInterpreter("f2", "fr:A ar:B"),
      makeInterpreter("f3", "fr:A en:C"),
      makeInterpreter("z1", "zh:A en:B"),
      makeInterpreter("z2", "zh:A en:C fr:C"),
    ];
    const result = assignInterpreters(sessions, roster, rules);
    expect(result.unmet).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(result.assignments.filter((a) => a.booth === "zh").every((a) => a.source === "en")).toBe(true);
    const pivots = new Set(result.assignments.filter((a) => a.source !== "ar").map((a) => a.source));
    expect([...pivots]).toEqual(["en"]);
    // By hand, a second pivot is reported.
    const twoPivots = result.assignments.map((a) => (a.interpreterId === "z2" ? { ...a, source: "fr" } : a));
    expect(codes(checkAssignments(sessions, roster, rules, twoPivots))).toEqual(["relay-pivots"]);
  });

  it("weighs unmet seats above every soft penalty", () => {
    const sessions = [makeSession({ id: "s", ...at("2026-03-03T09:00:00Z", 120), targetLanguages: ["fr", "de"] })];
    const result = assignInterpreters(sessions, [makeInterpreter("f", "fr:A en:B")], rules);
    expect(result.stats).toMatchObject({ needs: 4, covered: 1, unmet: 3 });
    expect(staffingCost(result)).toBe(3 * UNMET_SEAT_COST + result.stats.softPenalty);
  });
});

describe("ZoneCalendar", () => {
  it("agrees with plain luxon for any session in any zone", () => {
    const zones = ["Europe/Bucharest", "America/New_York", "Australia/Sydney", "Asia/Jakarta", "Australia/Lord_Howe", "America/Santiago", "Asia/Kathmandu"];
    const preferred = { from: 7, to: 22 };
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 730 * 24 * 4 }), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 20 }),
        (zone, slots) => {
          const calendar = new ZoneCalendar(zone, preferred);
          for (const [quarter, length] of slots) {
            const startMs = Date.UTC(2025, 0, 1) + quarter * 15 * 60_000;
            const endMs = startMs + length * 15 * 60_000;
            expect(calendar.facts(startMs, endMs)).toEqual(localSessionFacts(startMs, endMs, zone, preferred));
          }
        },
      ),
    );
  });
});
