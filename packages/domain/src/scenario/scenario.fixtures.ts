import type { ScenarioInput } from "./scenario.schema.ts";

/** The smallest scenario that passes: two States, a team each, one phase, one decision task. Tests change what they need. */
export function minimalScenario(): ScenarioInput {
  return {
    format: "comity.scenario",
    formatVersion: 1,
    id: "minimal-extradition",
    title: { en: "A minimal extradition case", fr: "Une affaire d'extradition minimale" },
    summary: { en: "Carola asks Doria to surrender a suspect." },
    caseType: "extradition",
    level: "introductory",
    durationMinutes: 90,
    mainLanguage: "en",
    languages: ["en", "fr"],
    objectives: [{ id: "assurance", text: { en: "Ask for a death-penalty assurance." }, legalSource: "UNTOC art. 16(7)" }],
    states: [
      { id: "carola", name: { en: "Carola" }, deathPenalty: true, extraditesNationals: true, acceptedLanguages: ["en"], centralAuthority: { en: "Ministry of Justice of Carola" } },
      { id: "doria", name: { en: "Doria" }, deathPenalty: false, extraditesNationals: false, acceptedLanguages: ["fr", "en"], centralAuthority: { en: "Federal Office of Justice of Doria" } },
    ],
    roles: [
      { id: "prosecutor", stateId: "carola", name: { en: "Prosecutor of Carola" } },
      { id: "central-authority", stateId: "doria", name: { en: "Central authority of Doria" } },
    ],
    teams: [
      { id: "requesting", stateId: "carola", name: { en: "Requesting State" }, roleIds: ["prosecutor"] },
      { id: "requested", stateId: "doria", name: { en: "Requested State" }, roleIds: ["central-authority"] },
    ],
    phases: [{ id: "request", title: { en: "The request" }, startsAtMinutes: 0 }],
    deadlines: [{ id: "answer", label: { en: "Answer to the request" }, atMinutes: 60 }],
    traps: [{ id: "death-penalty", name: { en: "Death penalty without assurance" }, explanation: { en: "Doria cannot surrender without an assurance." }, legalSource: "UNTOC art. 16(7)" }],
    injects: [{ id: "warrant", title: { en: "Arrest warrant" }, body: { en: "A warrant was issued." }, release: { kind: "phase-start", phaseId: "request" }, audience: { kind: "teams", teamIds: ["requesting"] } }],
    tasks: [
      {
        id: "decide",
        kind: "decision",
        title: { en: "Decide on surrender" },
        instructions: { en: "Decide, and give your reasons." },
        assignedTo: { kind: "roles", roleIds: ["central-authority"] },
        deadlineId: "answer",
        options: [
          { id: "surrender", label: { en: "Surrender" } },
          { id: "ask-assurance", label: { en: "Ask for an assurance first" } },
        ],
        rubric: {
          passPercent: 60,
          criteria: [
            { id: "right-choice", kind: "decision", optionId: "ask-assurance", weight: 2, feedback: { en: "An assurance must come first." }, legalSource: "UNTOC art. 16(7)" },
            { id: "ground", kind: "justification", ground: { en: ["death penalty", "capital punishment"] }, weight: 1, feedback: { en: "Name the ground." }, legalSource: "UNTOC art. 16(7)" },
            { id: "in-time", kind: "on-time", deadlineId: "answer", weight: 1, feedback: { en: "Answer before the deadline." }, legalSource: "UNTOC art. 16(16)" },
          ],
        },
        modelAnswer: { text: { en: "We ask Carola for an assurance that the death penalty will not be imposed." }, optionId: "ask-assurance" },
      },
    ],
  };
}
