import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScenarioSchema, type ScenarioInput } from "@comity/domain";
import { minimalScenario } from "@comity/domain/testing";
import { findRubricProblems } from "./check-rubrics.ts";
import { scoreAnswer } from "./score-answer.ts";
import { normaliseForMatching, termsFound } from "./match-terms.ts";

/** The minimal case plus an MLA request to draft, with every kind of drafting criterion. */
function scenarioWithRequest() {
  const input: ScenarioInput = minimalScenario();
  input.languages = ["en", "fr"];
  input.tasks[0]!.rubric.criteria[1] = {
    id: "ground",
    kind: "justification",
    ground: { en: ["death penalty", "capital punishment"], fr: ["peine de mort", "peine capitale"] },
    weight: 1,
    feedback: { en: "Name the ground.", fr: "Citez le motif." },
    legalSource: "UNTOC art. 16(7)",
  };
  input.traps!.push({ id: "assets-move", name: { en: "Assets about to move" }, explanation: { en: "Freeze first." }, legalSource: "UNTOC art. 18(3)(c)" });
  input.tasks.push({
    id: "request",
    kind: "mla-request",
    title: { en: "Ask for the bank records" },
    instructions: { en: "Draft the request." },
    assignedTo: { kind: "teams", teamIds: ["requesting"] },
    deadlineId: "answer",
    rubric: {
      passPercent: 70,
      criteria: [
        { id: "authority", kind: "element", elementId: "mla.authority", weight: 1, feedback: { en: "Say who asks." }, legalSource: "UNTOC art. 18(15)(a)" },
        { id: "purpose", kind: "element", elementId: "mla.purpose", weight: 1, feedback: { en: "Say why." }, legalSource: "UNTOC art. 18(15)(f)" },
        {
          id: "facts",
          kind: "key-facts",
          facts: [
            { id: "bank", terms: { en: ["Banque Meridienne"], fr: ["Banque Méridienne"] } },
            { id: "account", terms: { en: ["account 4471"], fr: ["compte 4471"] } },
          ],
          weight: 2,
          feedback: { en: "Name the bank and the account.", fr: "Nommez la banque et le compte." },
          legalSource: "UNTOC art. 18(15)(c)",
        },
        { id: "freeze", kind: "trap-avoided", trapId: "assets-move", remedy: { en: ["freeze", "freezing"], fr: ["gel", "geler"] }, weight: 1, feedback: { en: "Ask for a freeze first." }, legalSource: "UNTOC art. 18(3)(c)" },
      ],
    },
    modelAnswer: { text: { en: "…" } },
  });
  return ScenarioSchema.parse(input);
}

const scenario = scenarioWithRequest();
const sentence = (words: number) => Array.from({ length: words }, (_, index) => `word${index}`).join(" ");

describe("term matching", () => {
  it("ignores case, accents, Arabic diacritics and hamza forms", () => {
    expect(normaliseForMatching("Peine  CAPITALE é")).toBe("peine capitale e");
    expect(termsFound("La Banque MERIDIENNE a gelé", ["banque méridienne", "gelé"], "fr")).toEqual(["banque méridienne", "gelé"]);
    expect(termsFound("طَلَبَ الإِعْدَام", ["اعدام"], "ar")).toEqual(["اعدام"]);
    expect(termsFound("الحساب رقم ٤٤٧١", ["4471"], "ar")).toEqual(["4471"]);
  });

  it("finds a term at the start of a word only, except in Arabic where articles attach to words", () => {
    expect(termsFound("the third party", ["art"], "en")).toEqual([]);
    expect(termsFound("we give assurances", ["assurance"], "en")).toEqual(["assurance"]);
    expect(termsFound("رفض بسبب السرية المصرفية", ["سرية"], "ar")).toEqual(["سرية"]);
  });
});

describe("scoreAnswer", () => {
  it("gives full marks to the right decision, with its ground, on time", () => {
    const score = scoreAnswer(scenario, "decide", { language: "en", optionId: "ask-assurance", justification: "Carola has the death penalty for this offence.", submittedAtMinutes: 40 });
    expect(score).toMatchObject({ points: 4, maxPoints: 4, percent: 100, passed: true, trapsFallen: [] });
  });

  it("reads a French answer with the French terms and gives French feedback", () => {
    const score = scoreAnswer(scenario, "decide", { language: "fr", optionId: "surrender", justification: "Rien ne s'y oppose.", submittedAtMinutes: 75 });
    expect(score.passed).toBe(false);
    expect(score.criteria.map((criterion) => [criterion.criterionId, criterion.earned])).toEqual([
      ["right-choice", 0],
      ["ground", 0],
      ["in-time", 0],
    ]);
    expect(score.criteria[1]?.feedback).toBe("Citez le motif.");
    // No French feedback was written for the first criterion: the main language's stands in.
    expect(score.criteria[0]?.feedback).toBe("An assurance must come first.");
    expect(score.criteria[2]?.details).toEqual(["late:15"]);
  });

  it("leaves the deadline out when the answer was written outside a run", () => {
    const score = scoreAnswer(scenario, "decide", { language: "en", optionId: "ask-assurance", justification: "capital punishment" });
    expect(score).toMatchObject({ points: 3, maxPoints: 3, percent: 100 });
    expect(score.criteria[2]).toMatchObject({ judged: false, points: 0 });
  });

  it("gives partial credit for short elements and missing facts, and fails a draft that falls into a trap", () => {
    const draft = {
      language: "en",
      elements: { "mla.authority": "The Public Prosecutor of Carola", "mla.purpose": sentence(12) },
      text: "Please send the records of account 4471.",
      submittedAtMinutes: 10,
    };
    const score = scoreAnswer(scenario, "request", draft);
    expect(score.criteria.map((criterion) => [criterion.criterionId, criterion.earned, criterion.details])).toEqual([
      ["authority", 0.5, ["too-short:mla.authority"]],
      ["purpose", 1, []],
      ["facts", 0.5, ["fact-missing:bank"]],
      ["freeze", 0, []],
    ]);
    expect(score.trapsFallen).toEqual(["assets-move"]);
    expect(score.passed).toBe(false);

    const better = scoreAnswer(scenario, "request", { ...draft, language: "fr", elements: { "mla.authority": sentence(9), "mla.purpose": sentence(9) }, text: "Geler d'urgence le compte 4471 à la Banque Meridienne." });
    expect(better).toMatchObject({ percent: 100, passed: true, trapsFallen: [] });
  });

  it("is deterministic and keeps every score between 0 and 100", () => {
    fc.assert(
      fc.property(
        fc.record({ language: fc.constantFrom("en", "fr", "ar"), text: fc.string({ maxLength: 200 }), justification: fc.string({ maxLength: 200 }), optionId: fc.option(fc.constantFrom("surrender", "ask-assurance"), { nil: undefined }), submittedAtMinutes: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }) }),
        fc.constantFrom("decide", "request"),
        (answer, taskId) => {
          const first = scoreAnswer(scenario, taskId, answer);
          expect(scoreAnswer(scenario, taskId, answer)).toEqual(first);
          expect(first.percent).toBeGreaterThanOrEqual(0);
          expect(first.percent).toBeLessThanOrEqual(100);
          expect(first.points).toBeLessThanOrEqual(first.maxPoints);
        },
      ),
    );
  });
});

describe("findRubricProblems", () => {
  it("names a rubric element that its task's checklist does not have, before the scenario is published", () => {
    expect(findRubricProblems(scenario)).toEqual([]);
    const broken = scenarioWithRequest();
    const criteria = broken.tasks[1]!.rubric.criteria;
    criteria[0] = { ...criteria[0]!, kind: "element", elementId: "mla.signature" } as (typeof criteria)[number];
    expect(findRubricProblems(broken)).toEqual([{ path: "tasks[1].rubric.criteria[0].elementId", message: '"mla.signature" is not an element of the Mutual legal assistance request (UNTOC art. 18) checklist.' }]);
  });
});
