// Random small programmes and rosters for the property and optimum tests.
import fc from "fast-check";
import type { Assignment, Competence, RosterInterpreter, StaffingRules, StaffingSession } from "./staffing.types.ts";
import { DEFAULT_STAFFING_RULES } from "./staffing.types.ts";

export const TEST_LANGUAGES = ["en", "fr", "ar", "es"] as const;
export const TEST_ZONES = ["Europe/Bucharest", "America/New_York", "Australia/Sydney", "Asia/Jakarta"] as const;
/** Friday 27 March 2026: the generated days run over Europe's DST change on Sunday 29 March. */
const FIRST_DAY_MS = Date.UTC(2026, 2, 27);
const QUARTER_MS = 15 * 60_000;

export interface InstanceShape {
  maxSessions: number;
  maxInterpreters: number;
  days: number;
  minutes: readonly number[];
  maxTargets: number;
  languages: readonly string[];
}

export function sessionsArbitrary(shape: InstanceShape): fc.Arbitrary<StaffingSession[]> {
  return fc
    .array(
      fc.record({
        quarter: fc.integer({ min: 0, max: shape.days * 96 - 1 }),
        minutes: fc.constantFrom(...shape.minutes),
        floor: fc.constantFrom(...shape.languages),
        targets: fc.subarray([...shape.languages], { minLength: 1, maxLength: shape.maxTargets }),
        remote: fc.boolean(),
      }),
      { minLength: 1, maxLength: shape.maxSessions },
    )
    .map((drafts) =>
      drafts.map((draft, index) => {
        const startMs = FIRST_DAY_MS + draft.quarter * QUARTER_MS;
        return {
          id: `s${index}`,
          workshopId: "w",
          title: `Session ${index}`,
          start: new Date(startMs).toISOString(),
          end: new Date(startMs + draft.minutes * 60_000).toISOString(),
          floorLanguage: draft.floor,
          targetLanguages: draft.targets,
          remote: draft.remote,
        };
      }),
    );
}

export function rosterArbitrary(shape: InstanceShape): fc.Arbitrary<RosterInterpreter[]> {
  const competence = fc.constantFrom<Competence>("A", "A", "B", "B", "C");
  const window = fc.record({ fromQuarter: fc.integer({ min: 0, max: shape.days * 96 }), quarters: fc.integer({ min: 4, max: shape.days * 96 }) });
  return fc
    .array(
      fc.record({
        languages: fc.uniqueArray(fc.tuple(fc.constantFrom(...shape.languages), competence), {
          minLength: 2,
          maxLength: 3,
          selector: ([code]) => code,
        }),
        zone: fc.constantFrom(...TEST_ZONES),
        remoteCapable: fc.boolean(),
        // Mostly always available; sometimes one or two windows.
        windows: fc.option(fc.array(window, { minLength: 1, maxLength: 2 }), { freq: 3 }),
      }),
      { minLength: 1, maxLength: shape.maxInterpreters },
    )
    .map((drafts) =>
      drafts.map((draft, index) => ({
        id: `i${index}`,
        name: `Interpreter ${index}`,
        languages: draft.languages.map(([code, level]) => ({ code, competence: level })),
        timeZone: draft.zone,
        remoteCapable: draft.remoteCapable,
        availability: (draft.windows ?? [{ fromQuarter: -96, quarters: (shape.days + 2) * 96 }]).map(({ fromQuarter, quarters }) => ({
          start: new Date(FIRST_DAY_MS + fromQuarter * QUARTER_MS).toISOString(),
          end: new Date(FIRST_DAY_MS + (fromQuarter + quarters) * QUARTER_MS).toISOString(),
        })),
      })),
    );
}

/** Tighter caps than the defaults too, so the daily and weekly limits bite in small programmes. */
export const rulesArbitrary: fc.Arbitrary<StaffingRules> = fc
  .record({
    maxSessionsPerDay: fc.integer({ min: 1, max: 3 }),
    maxInterpretingMinutesPerDay: fc.constantFrom(120, 240, 420),
    maxSessionsPerWeek: fc.integer({ min: 2, max: 7 }),
    maxRemoteSessionsPerWeek: fc.integer({ min: 1, max: 5 }),
    minMinutesBetweenSessions: fc.constantFrom(0, 90),
    twoWayBoothForTwoLanguages: fc.boolean(),
  })
  .map((overrides) => ({ ...DEFAULT_STAFFING_RULES, ...overrides }));

/** Hand-made assignments drawn anywhere, valid or not: sessions, booths and sources may not fit. */
export function overridesArbitrary(sessionCount: number, interpreterCount: number, languages: readonly string[]): fc.Arbitrary<Assignment[]> {
  return fc.array(
    fc.record({
      sessionId: fc.integer({ min: 0, max: sessionCount }).map((index) => `s${index}`),
      interpreterId: fc.integer({ min: 0, max: interpreterCount - 1 }).map((index) => `i${index}`),
      booth: fc.constantFrom(...languages),
      source: fc.constantFrom(...languages),
    }),
    { maxLength: 5 },
  );
}
