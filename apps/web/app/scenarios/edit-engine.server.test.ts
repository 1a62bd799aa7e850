import { describe, expect, it } from "vitest";
import { BUILT_IN_SCENARIOS } from "@comity/domain";
import { removeItem, saveFields, saveItem, usersOf, type DraftContent } from "./edit-engine.server.ts";

const kestrel = () => structuredClone(BUILT_IN_SCENARIOS.find((scenario) => scenario.id === "extradition-provisional-arrest")!) as unknown as DraftContent;
const lists = (content: DraftContent, list: string) => content[list] as Record<string, unknown>[];

describe("keeping an edit only when it adds no problem", () => {
  it("saves a valid new State at the end of the list", () => {
    const state = { id: "norland", name: { en: "Norland", fr: "Norlande" }, deathPenalty: false, extraditesNationals: true, offences: [], acceptedLanguages: ["en"], centralAuthority: { en: "Ministry of Justice" } };
    const outcome = saveItem(kestrel(), "states", "new", state);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(lists(outcome.content, "states").at(-1)).toMatchObject({ id: "norland" });
  });

  it("refuses an edit that breaks the item, with each problem's path inside the item", () => {
    const content = kestrel();
    const state = { ...lists(content, "states")[1], name: {}, limitationYears: "many" };
    const outcome = saveItem(content, "states", 1, state);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect([...new Set(outcome.problems.map((problem) => problem.path))].sort()).toEqual(["limitationYears", "name"]);
    // Once the shape is right, the main language is required too.
    const french = saveItem(content, "states", 1, { ...state, name: { fr: "Aldorie" }, limitationYears: 20 });
    expect(french).toMatchObject({ ok: false, problems: [{ path: "name", message: "Give this text in the main language (en) too." }] });
  });

  it("refuses a duplicate id beside the id field", () => {
    const content = kestrel();
    const outcome = saveItem(content, "phases", "new", { id: "debrief", title: { en: "Debrief again" }, startsAtMinutes: 170 });
    expect(outcome).toMatchObject({ ok: false, problems: [{ path: "id" }] });
  });

  it("keeps phases in the order they start, whatever order they are edited in", () => {
    const content = kestrel();
    const outcome = saveItem(content, "phases", "new", { id: "briefing", title: { en: "Briefing" }, startsAtMinutes: 0 });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(lists(outcome.content, "phases").map((phase) => phase.id).slice(0, 2)).toEqual(["urgent-arrest", "briefing"]);
  });

  it("refuses an edit of a valid scenario that breaks another part of it", () => {
    // Shorter than the last phase's start: the debrief would begin after the end.
    const outcome = saveFields(kestrel(), { durationMinutes: 60 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((problem) => problem.path)).toContain("phases[3].startsAtMinutes");
  });

  it("accepts a good part of an unfinished draft, whose other gaps stay listed", () => {
    const draft: DraftContent = { ...kestrel(), tasks: [], roles: [] };
    const outcome = saveItem(draft, "roles", "new", { id: "judge", stateId: "aldoria", name: { en: "Judge" } });
    expect(outcome.ok).toBe(true);
    const broken = saveItem(draft, "roles", "new", { id: "Judge!", stateId: "aldoria", name: {} });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect([...new Set(broken.problems.map((problem) => problem.path))].sort()).toEqual(["id", "name"]);
  });
});

describe("removing an item", () => {
  it("is refused while other items point at it, naming them", () => {
    const content = kestrel();
    expect(usersOf(content, "states", "aldoria")).toEqual(expect.arrayContaining(['roles "aldorian-central-authority"', 'teams "requested"']));
    const outcome = removeItem(content, "states", 1);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]?.message).toMatch(/^errors\.scenario\.stillUsed\|.*roles "aldorian-judge"/);
  });

  it("removes an item nothing points at", () => {
    const content = kestrel();
    const outcome = removeItem(content, "documents", 3);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(lists(outcome.content, "documents").map((document) => document.id)).not.toContain("nationality-note");
  });

  it("is refused when the list would become shorter than the format allows", () => {
    const content = kestrel();
    const withoutFirst = removeItem(content, "states", 2);
    expect(withoutFirst.ok).toBe(true);
    if (!withoutFirst.ok) return;
    const teamless = { ...withoutFirst.content, roles: [], teams: [] };
    const outcome = removeItem(teamless, "states", 1);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((problem) => problem.path)).toContain("states");
  });
});
