import { describe, expect, it } from "vitest";
import { buildStaffingBoard, proposeStaffing } from "./staffing-board.ts";
import { makeInterpreter, makeSession } from "./staffing.fixtures.ts";

const opening = makeSession({ id: "opening", start: "2026-12-01T09:00:00Z", end: "2026-12-01T11:00:00Z", targetLanguages: ["fr", "es"] });
const roster = [
  makeInterpreter("f1", "fr:A en:B"),
  makeInterpreter("f2", "fr:A en:C"),
  makeInterpreter("s1", "es:A en:B"),
  makeInterpreter("s2", "es:A en:C"),
  makeInterpreter("r1", "ru:A en:B"),
];

describe("staffing board", () => {
  it("lays out booths with their seats and the candidates for a hand override", () => {
    const board = buildStaffingBoard({ sessions: [opening], roster, assignments: [{ sessionId: "opening", booth: "fr", source: "en", interpreterId: "f1", byHand: true }] });
    const [session] = board.sessions;
    expect(session?.booths.map((booth) => [booth.booth, booth.required, booth.seats.length])).toEqual([
      ["fr", 2, 1],
      ["es", 2, 0],
    ]);
    expect(session?.booths[0]?.candidates.map((candidate) => candidate.id)).toEqual(["f2"]);
    expect(session?.booths[0]?.unmet?.missing).toBe(1);
    expect(board.coverage).toEqual({ needs: 4, covered: 1, unmet: 3 });
    expect(board.boothLanguages).toEqual(["es", "fr"]);
  });

  it("reports an override that double-books an interpreter already working in another workshop", () => {
    const elsewhere = makeSession({ id: "elsewhere", workshopId: "w2", start: "2026-12-01T10:00:00Z", end: "2026-12-01T12:00:00Z", targetLanguages: ["fr"] });
    const board = buildStaffingBoard({
      sessions: [opening],
      roster,
      assignments: [{ sessionId: "opening", booth: "fr", source: "en", interpreterId: "f1", byHand: true }],
      elsewhere: { sessions: [elsewhere], assignments: [{ sessionId: "elsewhere", booth: "fr", source: "en", interpreterId: "f1" }] },
    });
    expect(board.violations.map((violation) => violation.code)).toContain("double-booking");
    expect(board.sessions[0]?.booths[0]?.seats[0]?.violationCodes).toContain("double-booking");
    expect(board.violations.find((violation) => violation.code === "double-booking")?.reason).toMatch(/Interpreter f1/);
  });

  it("reports a seat given to someone without the booth's language", () => {
    const board = buildStaffingBoard({ sessions: [opening], roster, assignments: [{ sessionId: "opening", booth: "fr", source: "en", interpreterId: "r1", byHand: true }] });
    expect(board.sessions[0]?.booths[0]?.seats[0]?.violationCodes).toEqual(["target-competence"]);
  });

  it("proposes a plan that keeps hand-made seats and never seats anyone busy elsewhere", () => {
    const elsewhere = makeSession({ id: "elsewhere", workshopId: "w2", start: "2026-12-01T10:00:00Z", end: "2026-12-01T12:00:00Z", targetLanguages: ["es"] });
    const keep = [{ sessionId: "opening", booth: "fr", source: "en", interpreterId: "f2" }];
    const plan = proposeStaffing({ sessions: [opening], roster, keep, elsewhere: { sessions: [elsewhere], assignments: [{ sessionId: "elsewhere", booth: "es", source: "en", interpreterId: "s2" }] } });
    expect(plan).toContainEqual(keep[0]);
    expect(plan.every((assignment) => assignment.sessionId === "opening")).toBe(true);
    expect(plan.some((assignment) => assignment.interpreterId === "s2")).toBe(false);
    const board = buildStaffingBoard({ sessions: [opening], roster, assignments: plan });
    expect(board.violations).toEqual([]);
    expect(board.coverage).toEqual({ needs: 4, covered: 3, unmet: 1 });
    expect(board.unmet[0]?.reason).toBeTruthy();
  });
});
