import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assignInterpreters } from "./assign-interpreters.ts";
import { checkAssignments } from "./check-assignments.ts";
import { overridesArbitrary, rosterArbitrary, rulesArbitrary, sessionsArbitrary, TEST_LANGUAGES, type InstanceShape } from "./staffing.arbitraries.ts";
import type { Assignment, RuleViolation } from "./staffing.types.ts";

const shape: InstanceShape = {
  maxSessions: 12,
  maxInterpreters: 10,
  days: 4,
  minutes: [30, 40, 60, 120, 180, 300, 480],
  maxTargets: 3,
  languages: TEST_LANGUAGES,
};

const instance = fc
  .record({ sessions: sessionsArbitrary(shape), roster: rosterArbitrary(shape), rules: rulesArbitrary })
  .chain((drawn) =>
    overridesArbitrary(drawn.sessions.length, drawn.roster.length, TEST_LANGUAGES).map((existing) => ({ ...drawn, existing })),
  );

/** A broken rule is the same one when it has the same code and involves the same assignments. */
const assignmentKey = (a: Assignment) => `${a.sessionId}/${a.booth}/${a.interpreterId}/${a.source}`;
const violationKey = (violation: RuleViolation) => `${violation.code}:${violation.assignments.map(assignmentKey).sort().join(",")}`;

describe("assignInterpreters, for any programme and roster", () => {
  it("reports every broken hard rule: nothing is broken silently", () => {
    fc.assert(
      fc.property(instance, ({ sessions, roster, rules, existing }) => {
        const result = assignInterpreters(sessions, roster, rules, existing);
        const found = checkAssignments(sessions, roster, rules, result.assignments).map(violationKey).sort();
        expect(result.violations.map(violationKey).sort()).toEqual(found);
        expect(result.violations.every((violation) => violation.reason.length > 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("breaks no hard rule itself: every violation was already there in the hand-made overrides", () => {
    fc.assert(
      fc.property(instance, ({ sessions, roster, rules, existing }) => {
        const result = assignInterpreters(sessions, roster, rules, existing);
        expect(result.assignments.slice(0, existing.length)).toEqual(existing);
        const added = result.assignments.slice(existing.length);
        expect(checkAssignments(sessions, roster, rules, added)).toEqual([]);
        const alreadyBroken = new Set(checkAssignments(sessions, roster, rules, existing).map(violationKey));
        for (const violation of result.violations) expect(alreadyBroken, violation.reason).toContain(violationKey(violation));
      }),
      { numRuns: 200 },
    );
  });

  it("accounts for every seat: covered plus unmet is the need, and each unmet booth says why", () => {
    fc.assert(
      fc.property(instance, ({ sessions, roster, rules, existing }) => {
        const { stats, unmet } = assignInterpreters(sessions, roster, rules, existing);
        expect(stats.covered + stats.unmet).toBe(stats.needs);
        expect(unmet.reduce((sum, need) => sum + need.missing, 0)).toBe(stats.unmet);
        for (const need of unmet) expect(need.reason).toMatch(/\.$/);
      }),
      { numRuns: 100 },
    );
  });
});
