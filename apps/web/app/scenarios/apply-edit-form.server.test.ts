import { describe, expect, it } from "vitest";
import { BUILT_IN_SCENARIOS } from "@comity/domain";
import { applyEditForm, EditRequestSchema } from "./apply-edit-form.server.ts";
import type { DraftContent } from "./edit-engine.server.ts";
import { encodeValues } from "./form-paths.ts";
import { itemValues } from "./item-values.ts";

const kestrel = () => structuredClone(BUILT_IN_SCENARIOS.find((scenario) => scenario.id === "extradition-provisional-arrest")!) as unknown as DraftContent;
type Item = Record<string, unknown>;
const lists = (content: DraftContent, list: string) => content[list] as Item[];

/** Posts a section form as a browser would: the stored item's values, changed by what the person typed. */
function post(content: DraftContent, request: Record<string, string>, values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries({ ...request, ...values })) for (const one of [value].flat()) data.append(name, one);
  return applyEditForm(content, EditRequestSchema.parse(request), data);
}
const valuesOf = (content: DraftContent, list: string, index: number) => itemValues(lists(content, list)[index]);

describe("structured scenario forms", () => {
  it("edits the metadata and adds a learning objective; the main language joins the languages", () => {
    const content = kestrel();
    const values = encodeValues({ title: content.title, summary: content.summary, caseType: "extradition", level: "advanced", durationMinutes: 200, mainLanguage: "en", languages: ["fr"], objectives: content.objectives });
    const { outcome } = post(content, { intent: "save-metadata" }, { ...values, "title.en": "The Kestrel case, revised", "objectives[9].text.en": "Plan the 60-day deadline", "objectives[9].legalSource": "ETS 24 art. 16(4)" });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.content).toMatchObject({ title: { en: "The Kestrel case, revised" }, level: "advanced", durationMinutes: 200, languages: ["en", "fr"] });
    expect(lists(outcome.content, "objectives").at(-1)).toMatchObject({ id: "objective-1", text: { en: "Plan the 60-day deadline" } });
  });

  it("edits a State: an offence removed, one added, languages by checkbox, a blank optional number left out", () => {
    const content = kestrel();
    const values = { ...valuesOf(content, "states", 0), "offences[0].remove": "on", "offences[5].name.en": "Money laundering", "offences[5].maxPenaltyYears": "12", acceptedLanguages: ["en"], limitationYears: "" };
    const { outcome } = post(content, { intent: "save-item", list: "states", index: "0" }, values);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const state = lists(outcome.content, "states")[0]!;
    expect(state).toMatchObject({ id: "veloria", acceptedLanguages: ["en"] });
    expect(state.limitationYears).toBeUndefined();
    expect((state.offences as Item[]).map((offence) => offence.name)).toEqual([expect.anything(), { en: "Money laundering" }]);
  });

  it("keeps an existing item's id whatever the form sends", () => {
    const content = kestrel();
    const { outcome } = post(content, { intent: "save-item", list: "roles", index: "0" }, { ...valuesOf(content, "roles", 0), id: "renamed" });
    expect(outcome.ok && lists(outcome.content, "roles")[0]!.id).toBe("velorian-prosecutor");
  });

  it("refuses a team with a role of another State, beside its roles", () => {
    const content = kestrel();
    const { outcome, attempt } = post(content, { intent: "save-item", list: "teams", index: "0" }, { ...valuesOf(content, "teams", 0), roleIds: ["velorian-prosecutor", "aldorian-judge"] });
    expect(outcome).toMatchObject({ ok: false, problems: [{ path: "roleIds[1]", message: 'The role "aldorian-judge" belongs to another State than this team.' }] });
    expect(attempt).toMatchObject({ roleIds: ["velorian-prosecutor", "aldorian-judge"] });
  });

  it("adds a document for one role", () => {
    const { outcome } = post(kestrel(), { intent: "save-item", list: "documents", index: "new" }, { id: "hearing-note", "title.en": "Hearing note", "body.en": "The hearing is **tomorrow**.", audience: "role:aldorian-judge" });
    expect(outcome.ok && lists(outcome.content, "documents").at(-1)).toMatchObject({ audience: { kind: "roles", roleIds: ["aldorian-judge"] } });
  });

  it("edits an inject's text and keeps a release on a task's result as it was", () => {
    const content = kestrel();
    const index = lists(content, "injects").findIndex((inject) => inject.id === "assurance-missing");
    const before = lists(content, "injects")[index]!.release;
    const { outcome } = post(content, { intent: "save-item", list: "injects", index: String(index) }, { ...valuesOf(content, "injects", index), audience: "everyone", "title.en": "No assurance given" });
    expect(outcome.ok && lists(outcome.content, "injects")[index]).toMatchObject({ title: { en: "No assurance given" }, release: before, audience: { kind: "everyone" } });
  });

  it("edits a rubric criterion's terms and weight, and refuses a weight of zero beside it with the typed terms kept", () => {
    const content = kestrel();
    const task = lists(content, "tasks")[0]!;
    const at = (task.rubric as { criteria: Item[] }).criteria.findIndex((criterion) => criterion.kind === "key-facts");
    const values = { ...valuesOf(content, "tasks", 0) };
    const edited = post(content, { intent: "save-item", list: "tasks", index: "0" }, { ...values, [`rubric.criteria[${at}].weight`]: "5", [`rubric.criteria[${at}].facts[0].terms.en`]: "Brevannes airport, airport", "rubric.passPercent": "65" });
    expect(edited.outcome).toMatchObject({ ok: true });
    if (!edited.outcome.ok) return;
    const rubric = lists(edited.outcome.content, "tasks")[0]!.rubric as { passPercent: number; criteria: Item[] };
    expect(rubric.passPercent).toBe(65);
    expect(rubric.criteria[at]).toMatchObject({ weight: 5 });
    expect((rubric.criteria[at]!.facts as Item[])[0]).toMatchObject({ terms: { en: ["Brevannes airport", "airport"] } });

    const refused = post(content, { intent: "save-item", list: "tasks", index: "0" }, { ...values, [`rubric.criteria[${at}].weight`]: "0", [`rubric.criteria[${at}].facts[0].terms.en`]: "Brevannes airport" });
    expect(refused.outcome).toMatchObject({ ok: false, problems: [{ path: `rubric.criteria[${at}].weight` }] });
    expect(encodeValues(refused.attempt)[`rubric.criteria[${at}].facts[0].terms.en`]).toEqual(["Brevannes airport"]);
  });

  it("adds a criterion of a kind with its own fields, and removes one", () => {
    const content = kestrel();
    const decision = lists(content, "tasks").findIndex((task) => task.kind === "decision");
    const values = { ...valuesOf(content, "tasks", decision) };
    const { outcome } = post(content, { intent: "save-item", list: "tasks", index: String(decision) }, {
      ...values,
      "rubric.criteria[0].remove": "on",
      "rubric.criteria[20].kind": "justification",
      "rubric.criteria[20].weight": "1",
      "rubric.criteria[20].feedback.en": "Name the treaty.",
      "rubric.criteria[20].legalSource": "ETS 24 art. 6",
      "rubric.criteria[20].ground.en": "treaty, convention",
    });
    // The rubric's decision criterion is gone, so the model answer's choice is no longer checked against it.
    expect(outcome).toMatchObject({ ok: true });
    if (!outcome.ok) return;
    const criteria = (lists(outcome.content, "tasks")[decision]!.rubric as { criteria: Item[] }).criteria;
    expect(criteria.map((criterion) => criterion.id)).not.toContain("right-option");
    expect(criteria.at(-1)).toMatchObject({ id: "criterion-1", kind: "justification", ground: { en: ["treaty", "convention"] } });
  });
});
