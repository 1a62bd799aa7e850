import { describe, expect, it } from "vitest";
import { deriveStaffingNeeds } from "./derive-staffing-needs.ts";
import { makeInterpreter, makeSession } from "./staffing.fixtures.ts";
import { DEFAULT_STAFFING_RULES } from "./staffing.types.ts";

const rules = DEFAULT_STAFFING_RULES;
const morning = { start: "2026-03-03T09:00:00Z", end: "2026-03-03T12:00:00Z" };
const roster = [
  makeInterpreter("a", "en:A fr:B"),
  makeInterpreter("b", "fr:A en:B"),
  makeInterpreter("c", "es:A en:C"),
  makeInterpreter("d", "es:A en:B fr:C"),
];

describe("deriveStaffingNeeds", () => {
  it("puts one booth per target language, with two interpreters each for a long session", () => {
    const needs = deriveStaffingNeeds(makeSession({ id: "s", ...morning, targetLanguages: ["fr", "es"] }), roster, rules);
    expect(needs.booths.map(({ booth, interpreters, source }) => ({ booth, interpreters, source }))).toEqual([
      { booth: "fr", interpreters: 2, source: "en" },
      { booth: "es", interpreters: 2, source: "en" },
    ]);
    expect(needs.totalInterpreters).toBe(4);
    expect(needs.reasons[0]).toBe("2 booths, one per language interpreted into from English.");
    expect(needs.booths[0]?.reasons).toContain("2 interpreters: at least 2 per booth for sessions over 40 minutes.");
  });

  it("lets one interpreter cover a booth alone for a session of at most 40 minutes, not 41", () => {
    const short = deriveStaffingNeeds(
      makeSession({ id: "s", start: "2026-03-03T09:00:00Z", end: "2026-03-03T09:40:00Z" }),
      roster,
      rules,
    );
    expect(short.booths.map((booth) => booth.interpreters)).toEqual([1, 1]);
    expect(short.booths[0]?.reasons).toContain("1 interpreter: a session of 40 minutes (at most 40) may be covered alone.");
    const longer = deriveStaffingNeeds(
      makeSession({ id: "s", start: "2026-03-03T09:00:00Z", end: "2026-03-03T09:41:00Z" }),
      roster,
      rules,
    );
    expect(longer.booths.map((booth) => booth.interpreters)).toEqual([2, 2]);
  });

  it("uses one two-way booth of three for a two-language meeting, even a short one", () => {
    const needs = deriveStaffingNeeds(makeSession({ id: "s", ...morning, targetLanguages: ["fr", "en"] }), roster, rules);
    expect(needs.booths).toHaveLength(1);
    expect(needs.booths[0]).toMatchObject({ booth: "fr", twoWay: true, interpreters: 3, source: "en" });
    expect(needs.reasons[0]).toBe("One two-way booth: the meeting uses only English and French.");
    const short = deriveStaffingNeeds(
      makeSession({ id: "s", start: "2026-03-03T09:00:00Z", end: "2026-03-03T09:30:00Z", targetLanguages: ["fr"] }),
      roster,
      rules,
    );
    expect(short.booths[0]?.interpreters).toBe(3);
    const oneWay = deriveStaffingNeeds(makeSession({ id: "s", ...morning, targetLanguages: ["fr"] }), roster, {
      ...rules,
      twoWayBoothForTwoLanguages: false,
    });
    expect(oneWay.booths[0]).toMatchObject({ twoWay: false, interpreters: 2 });
  });

  it("adds one interpreter per booth when the session is remote, and warns past 2 hours", () => {
    const needs = deriveStaffingNeeds(makeSession({ id: "s", ...morning, remote: true }), roster, rules);
    expect(needs.booths.map((booth) => booth.interpreters)).toEqual([3, 3]);
    expect(needs.booths[0]?.reasons).toContain("+1 because the session is remote: 3 in all.");
    expect(needs.warnings).toEqual(['"s" lasts 180 minutes; remote sessions should last at most 120.']);
    const twoWayRemote = deriveStaffingNeeds(makeSession({ id: "s", ...morning, targetLanguages: ["fr"], remote: true }), roster, rules);
    expect(twoWayRemote.booths[0]?.interpreters).toBe(4);
  });

  it("routes a booth through one relay pivot when too few work from the floor into it", () => {
    // Arabic floor; plenty of Arabic-English interpreters, Chinese booth only reachable from English.
    const relayRoster = [
      makeInterpreter("e1", "en:A ar:C"),
      makeInterpreter("e2", "en:A ar:B"),
      makeInterpreter("e3", "ar:A en:B"),
      makeInterpreter("f1", "fr:A ar:C en:C"),
      makeInterpreter("f2", "fr:A ar:C"),
      makeInterpreter("z1", "zh:A en:B"),
      makeInterpreter("z2", "zh:A en:C"),
      makeInterpreter("z3", "zh:A ar:C"),
    ];
    const needs = deriveStaffingNeeds(
      makeSession({ id: "s", ...morning, floorLanguage: "ar", targetLanguages: ["en", "fr", "zh"] }),
      relayRoster,
      rules,
    );
    const byBooth = Object.fromEntries(needs.booths.map((booth) => [booth.booth, booth]));
    expect(needs.pivot).toBe("en");
    expect(byBooth.zh).toMatchObject({ source: "en", interpreters: 2, givesRelay: false });
    expect(byBooth.en).toMatchObject({ source: "ar", interpreters: 3, givesRelay: true });
    expect(byBooth.fr).toMatchObject({ source: "ar", interpreters: 2 });
    expect(byBooth.zh?.reasons[0]).toBe(
      "Takes relay from the English booth: 1 attending interpreter works from Arabic into Chinese, 2 from English.",
    );
    expect(byBooth.en?.reasons).toContain("3 interpreters: a booth that gives relay needs 3.");
  });

  it("takes no relay when fewer than two interpreters could relay from the pivot", () => {
    const thinRoster = [
      makeInterpreter("e1", "en:A ar:C"),
      makeInterpreter("e2", "en:A ar:B"),
      makeInterpreter("e3", "ar:A en:B"),
      makeInterpreter("z1", "zh:A en:B"),
    ];
    const needs = deriveStaffingNeeds(
      makeSession({ id: "s", ...morning, floorLanguage: "ar", targetLanguages: ["en", "zh"] }),
      thinRoster,
      { ...rules, twoWayBoothForTwoLanguages: false },
    );
    expect(needs.pivot).toBeNull();
    expect(needs.booths.every((booth) => booth.source === "ar")).toBe(true);
    expect(needs.reasons[1]).toBe("No relay pivot: no booth could give relay to at least 2 interpreters who lack Arabic.");
  });

  it("ignores the floor language and repeats among the targets", () => {
    const needs = deriveStaffingNeeds(makeSession({ id: "s", ...morning, targetLanguages: ["en", "fr", "fr", "es"] }), roster, rules);
    expect(needs.booths.map((booth) => booth.booth)).toEqual(["fr", "es"]);
    const none = deriveStaffingNeeds(makeSession({ id: "s", ...morning, targetLanguages: ["en"] }), roster, rules);
    expect(none.booths).toEqual([]);
  });

  it("matches the association table for six languages: 5 booths of 2 from one floor", () => {
    const needs = deriveStaffingNeeds(
      makeSession({ id: "s", ...morning, targetLanguages: ["fr", "es", "ru", "zh", "ar"] }),
      [],
      rules,
    );
    expect(needs.booths).toHaveLength(5);
    expect(needs.totalInterpreters).toBe(10);
  });
});
