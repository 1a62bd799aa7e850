import { z } from "zod";
import { isLanguageCode } from "../i18n/iso-codes.ts";

/**
 * The scenario format, version 1: a mock case trainers run live. Text a participant reads is given
 * per language; the scenario's main language must always be there, so every reader has a fallback.
 * Times are scenario time: minutes from the start of a run, which stops while a run is paused.
 */
export const SCENARIO_FORMAT_VERSION = 1;

export const CASE_TYPES = ["extradition", "mla", "jit", "confiscation"] as const;
export const SCENARIO_LEVELS = ["introductory", "intermediate", "advanced"] as const;
export const TASK_KINDS = ["mla-request", "extradition-request", "provisional-arrest-request", "jit-agreement", "decision", "short-answer"] as const;
/** Tasks answered with a drafted document, scored against a legal checklist. */
export const DRAFTING_TASK_KINDS = ["mla-request", "extradition-request", "provisional-arrest-request", "jit-agreement"] as const;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "Use lower-case letters, digits and hyphens (at most 64), e.g. \"requesting-state\".");
const LanguageCode = z.string().refine(isLanguageCode, "Use an ISO 639-1 language code, such as en, fr or ar.");
/** Text in several languages: { "en": "…", "fr": "…" }. */
const LocalizedText = z.record(LanguageCode, z.string().trim().min(1, "Write the text or leave this language out.").max(50_000)).refine((text) => Object.keys(text).length > 0, "Give the text in at least one language.");
/** A short legal reference, e.g. "UNTOC art. 18(15)". */
const LegalSource = z.string().trim().min(3).max(120);
const ScenarioMinutes = z.number().int().min(0).max(60 * 24 * 30);

/** Who sees an inject or a document, or answers a task. */
const AudienceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("everyone") }),
  z.object({ kind: z.literal("teams"), teamIds: z.array(Id).min(1) }),
  z.object({ kind: z.literal("roles"), roleIds: z.array(Id).min(1) }),
]);

/** When an inject is released. */
const ReleaseSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("at"), offsetMinutes: ScenarioMinutes }),
  z.object({ kind: z.literal("phase-start"), phaseId: Id }),
  z.object({ kind: z.literal("manual") }),
  /** Released once a task's result meets the condition, e.g. the request missed an essential element. */
  z.object({
    kind: z.literal("condition"),
    taskId: Id,
    when: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("score-below"), percent: z.number().min(0).max(100) }),
      z.object({ kind: z.literal("score-at-least"), percent: z.number().min(0).max(100) }),
      z.object({ kind: z.literal("decision-is"), optionId: Id }),
      z.object({ kind: z.literal("trap-fallen"), trapId: Id }),
    ]),
  }),
]);

const StateSchema = z.object({
  id: Id,
  name: LocalizedText,
  /** Facts of its law that the case turns on. */
  deathPenalty: z.boolean(),
  extraditesNationals: z.boolean(),
  /** Limitation period for the case's offences, in years; absent where none applies. */
  limitationYears: z.number().int().min(1).max(100).optional(),
  offences: z.array(z.object({ id: Id, name: LocalizedText, maxPenaltyYears: z.number().min(0).max(100).optional() })).default([]),
  acceptedLanguages: z.array(LanguageCode).min(1),
  centralAuthority: LocalizedText,
  notes: LocalizedText.optional(),
});

const RoleSchema = z.object({ id: Id, stateId: Id, name: LocalizedText, brief: LocalizedText.optional() });
const TeamTemplateSchema = z.object({ id: Id, stateId: Id, name: LocalizedText, roleIds: z.array(Id).min(1) });
const DocumentSchema = z.object({ id: Id, title: LocalizedText, /** Markdown. */ body: LocalizedText, audience: AudienceSchema });
const PhaseSchema = z.object({ id: Id, title: LocalizedText, startsAtMinutes: ScenarioMinutes });
const InjectSchema = z.object({ id: Id, title: LocalizedText, body: LocalizedText, release: ReleaseSchema, audience: AudienceSchema });
const DeadlineSchema = z.object({ id: Id, label: LocalizedText, atMinutes: ScenarioMinutes, legalSource: LegalSource.optional() });

/** Terms that show a draft mentions something, per language, synonyms included. */
const TermsSchema = z.record(LanguageCode, z.array(z.string().trim().min(1).max(200)).min(1)).refine((terms) => Object.keys(terms).length > 0, "Give the terms in at least one language.");

const CriterionBase = { id: Id, weight: z.number().positive().max(100), feedback: LocalizedText, legalSource: LegalSource };
export const CriterionSchema = z.discriminatedUnion("kind", [
  /** A checklist element of the task's kind is there and says something. */
  z.object({ ...CriterionBase, kind: z.literal("element"), elementId: z.string().min(1).max(64) }),
  z.object({ ...CriterionBase, kind: z.literal("key-facts"), facts: z.array(z.object({ id: Id, terms: TermsSchema })).min(1) }),
  z.object({ ...CriterionBase, kind: z.literal("decision"), optionId: Id }),
  z.object({ ...CriterionBase, kind: z.literal("justification"), ground: TermsSchema }),
  z.object({ ...CriterionBase, kind: z.literal("on-time"), deadlineId: Id }),
  /** The draft does not fall into a trap planted in the case; `signs` are what falling into it reads like. */
  z.object({ ...CriterionBase, kind: z.literal("trap-avoided"), trapId: Id, signs: TermsSchema.optional(), remedy: TermsSchema.optional() }),
]);

const TaskSchema = z.object({
  id: Id,
  kind: z.enum(TASK_KINDS),
  title: LocalizedText,
  instructions: LocalizedText,
  assignedTo: AudienceSchema,
  phaseId: Id.optional(),
  deadlineId: Id.optional(),
  /** For a decision: the choices offered. */
  options: z.array(z.object({ id: Id, label: LocalizedText })).default([]),
  rubric: z.object({ passPercent: z.number().min(0).max(100), criteria: z.array(CriterionSchema).min(1) }),
  /** What a full-marks answer looks like: drafted text per language, or the option chosen and why. */
  modelAnswer: z.object({ text: LocalizedText, optionId: Id.optional() }),
});

const TrapSchema = z.object({ id: Id, name: LocalizedText, explanation: LocalizedText, legalSource: LegalSource });

const ScenarioShapeSchema = z.object({
    format: z.literal("comity.scenario"),
    formatVersion: z.literal(SCENARIO_FORMAT_VERSION),
    id: Id,
    title: LocalizedText,
    summary: LocalizedText,
    caseType: z.enum(CASE_TYPES),
    level: z.enum(SCENARIO_LEVELS),
    durationMinutes: z.number().int().min(15).max(60 * 24 * 5),
    mainLanguage: LanguageCode,
    languages: z.array(LanguageCode).min(1),
    objectives: z.array(z.object({ id: Id, text: LocalizedText, legalSource: LegalSource })).min(1),
    states: z.array(StateSchema).min(2),
    roles: z.array(RoleSchema).min(1),
    teams: z.array(TeamTemplateSchema).min(1),
    documents: z.array(DocumentSchema).default([]),
    phases: z.array(PhaseSchema).min(1),
    injects: z.array(InjectSchema).default([]),
    deadlines: z.array(DeadlineSchema).default([]),
    traps: z.array(TrapSchema).default([]),
    tasks: z.array(TaskSchema).min(1),
});
type ScenarioShape = z.infer<typeof ScenarioShapeSchema>;

export const ScenarioSchema = ScenarioShapeSchema.superRefine(checkScenarioReferences);

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type ScenarioTask = Scenario["tasks"][number];
export type ScenarioCriterion = z.infer<typeof CriterionSchema>;
export type ScenarioAudience = z.infer<typeof AudienceSchema>;
export type LocalizedTextValue = z.infer<typeof LocalizedText>;
/** The format's building blocks, for other shapes that carry scenario ids, texts or audiences (a live run's ad-hoc injects). */
export { Id as ScenarioIdSchema, LocalizedText as LocalizedTextSchema, LegalSource as LegalSourceSchema, AudienceSchema };

/** Every id is unique in its list, every reference points at something, and the main language is always there. */
function checkScenarioReferences(s: ScenarioShape, context: z.RefinementCtx): void {
  const problem = (path: Path, message: string) => context.addIssue({ code: "custom", path, message });
  if (!s.languages.includes(s.mainLanguage)) problem(["languages"], `The main language "${s.mainLanguage}" must be one of the scenario's languages.`);

  const idsOf = (list: "states" | "roles" | "teams" | "documents" | "phases" | "injects" | "deadlines" | "traps" | "tasks" | "objectives") => {
    const seen = new Set<string>();
    s[list].forEach((item, index) => {
      if (seen.has(item.id)) problem([list, index, "id"], `Another item of ${list} already has the id "${item.id}".`);
      seen.add(item.id);
    });
    return seen;
  };
  const states = idsOf("states");
  const roles = idsOf("roles");
  const teams = idsOf("teams");
  idsOf("documents");
  const phases = idsOf("phases");
  idsOf("injects");
  const deadlines = idsOf("deadlines");
  const traps = idsOf("traps");
  const tasks = idsOf("tasks");
  idsOf("objectives");
  const uniqueIds = (items: readonly { id: string }[], path: Path, what: string) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) problem([...path, index, "id"], `Another ${what} here already has the id "${item.id}".`);
      seen.add(item.id);
    });
  };
  if (new Set(s.languages).size !== s.languages.length) problem(["languages"], "A language is listed twice.");
  const must = (known: Set<string>, id: string, path: (string | number)[], what: string) => {
    if (!known.has(id)) problem(path, `No ${what} has the id "${id}".`);
  };
  const checkAudience = (audience: ScenarioAudience, path: (string | number)[]) => {
    if (audience.kind === "teams") audience.teamIds.forEach((id, index) => must(teams, id, [...path, "teamIds", index], "team"));
    if (audience.kind === "roles") audience.roleIds.forEach((id, index) => must(roles, id, [...path, "roleIds", index], "role"));
  };

  s.roles.forEach((role, index) => must(states, role.stateId, ["roles", index, "stateId"], "State"));
  s.teams.forEach((team, index) => {
    must(states, team.stateId, ["teams", index, "stateId"], "State");
    team.roleIds.forEach((id, roleIndex) => {
      must(roles, id, ["teams", index, "roleIds", roleIndex], "role");
      const role = s.roles.find((candidate) => candidate.id === id);
      if (role && role.stateId !== team.stateId) problem(["teams", index, "roleIds", roleIndex], `The role "${id}" belongs to another State than this team.`);
    });
  });
  s.deadlines.forEach((deadline, index) => {
    if (deadline.atMinutes > s.durationMinutes) problem(["deadlines", index, "atMinutes"], "This deadline would fall after the scenario ends.");
  });
  s.documents.forEach((document, index) => checkAudience(document.audience, ["documents", index, "audience"]));
  s.injects.forEach((inject, index) => {
    checkAudience(inject.audience, ["injects", index, "audience"]);
    const release = inject.release;
    if (release.kind === "phase-start") must(phases, release.phaseId, ["injects", index, "release", "phaseId"], "phase");
    if (release.kind === "at" && release.offsetMinutes > s.durationMinutes) problem(["injects", index, "release", "offsetMinutes"], "This inject would come after the scenario ends.");
    if (release.kind === "condition") {
      must(tasks, release.taskId, ["injects", index, "release", "taskId"], "task");
      const task = s.tasks.find((candidate) => candidate.id === release.taskId);
      const when = release.when;
      if (when.kind === "decision-is" && task && !task.options.some((option) => option.id === when.optionId)) {
        problem(["injects", index, "release", "when", "optionId"], `The task "${release.taskId}" has no option "${when.optionId}".`);
      }
      if (when.kind === "trap-fallen") must(traps, when.trapId, ["injects", index, "release", "when", "trapId"], "trap");
    }
  });
  s.phases.forEach((phase, index) => {
    if (phase.startsAtMinutes > s.durationMinutes) problem(["phases", index, "startsAtMinutes"], "This phase would start after the scenario ends.");
    const previous = s.phases[index - 1];
    if (previous && phase.startsAtMinutes < previous.startsAtMinutes) problem(["phases", index, "startsAtMinutes"], "Phases must be listed in the order they start.");
  });
  s.tasks.forEach((task, index) => {
    const path = ["tasks", index];
    checkAudience(task.assignedTo, [...path, "assignedTo"]);
    if (task.phaseId) must(phases, task.phaseId, [...path, "phaseId"], "phase");
    if (task.deadlineId) must(deadlines, task.deadlineId, [...path, "deadlineId"], "deadline");
    if (task.kind === "decision" && task.options.length < 2) problem([...path, "options"], "A decision needs at least two options.");
    if (task.modelAnswer.optionId && !task.options.some((option) => option.id === task.modelAnswer.optionId)) problem([...path, "modelAnswer", "optionId"], `This task has no option "${task.modelAnswer.optionId}".`);
    if (task.kind === "decision" && !task.modelAnswer.optionId) problem([...path, "modelAnswer", "optionId"], "Say which option the model answer chooses.");
    const expected = task.rubric.criteria.find((criterion) => criterion.kind === "decision");
    if (expected?.kind === "decision" && task.modelAnswer.optionId && expected.optionId !== task.modelAnswer.optionId) problem([...path, "modelAnswer", "optionId"], "The model answer chooses another option than the rubric expects.");
    uniqueIds(task.options, [...path, "options"], "option");
    uniqueIds(task.rubric.criteria, [...path, "rubric", "criteria"], "criterion");
    task.rubric.criteria.forEach((criterion, criterionIndex) => {
      const at = [...path, "rubric", "criteria", criterionIndex];
      if (criterion.kind === "decision" && !task.options.some((option) => option.id === criterion.optionId)) problem([...at, "optionId"], `This task has no option "${criterion.optionId}".`);
      if (criterion.kind === "on-time") must(deadlines, criterion.deadlineId, [...at, "deadlineId"], "deadline");
      if (criterion.kind === "trap-avoided") {
        must(traps, criterion.trapId, [...at, "trapId"], "trap");
        if (!criterion.signs && !criterion.remedy) problem(at, "Give the signs of falling into the trap, or the remedy that avoids it, or both.");
      }
      if (criterion.kind === "key-facts") uniqueIds(criterion.facts, [...at, "facts"], "fact");
      if (criterion.kind === "element" && !(DRAFTING_TASK_KINDS as readonly string[]).includes(task.kind)) problem([...at, "kind"], "Only a drafted request or agreement has checklist elements.");
    });
  });
  checkMainLanguageEverywhere(s, problem);
}

type Path = (string | number)[];

/** Every text of the scenario a person reads, with where it sits. */
export function* scenarioTexts(scenario: Scenario): Generator<[Path, LocalizedTextValue]> {
  yield [["title"], scenario.title];
  yield [["summary"], scenario.summary];
  for (const [i, objective] of scenario.objectives.entries()) yield [["objectives", i, "text"], objective.text];
  for (const [i, state] of scenario.states.entries()) {
    yield [["states", i, "name"], state.name];
    yield [["states", i, "centralAuthority"], state.centralAuthority];
    if (state.notes) yield [["states", i, "notes"], state.notes];
    for (const [j, offence] of state.offences.entries()) yield [["states", i, "offences", j, "name"], offence.name];
  }
  for (const [i, role] of scenario.roles.entries()) {
    yield [["roles", i, "name"], role.name];
    if (role.brief) yield [["roles", i, "brief"], role.brief];
  }
  for (const [i, team] of scenario.teams.entries()) yield [["teams", i, "name"], team.name];
  for (const [i, document] of scenario.documents.entries()) {
    yield [["documents", i, "title"], document.title];
    yield [["documents", i, "body"], document.body];
  }
  for (const [i, phase] of scenario.phases.entries()) yield [["phases", i, "title"], phase.title];
  for (const [i, inject] of scenario.injects.entries()) {
    yield [["injects", i, "title"], inject.title];
    yield [["injects", i, "body"], inject.body];
  }
  for (const [i, deadline] of scenario.deadlines.entries()) yield [["deadlines", i, "label"], deadline.label];
  for (const [i, trap] of scenario.traps.entries()) {
    yield [["traps", i, "name"], trap.name];
    yield [["traps", i, "explanation"], trap.explanation];
  }
  for (const [i, task] of scenario.tasks.entries()) {
    yield [["tasks", i, "title"], task.title];
    yield [["tasks", i, "instructions"], task.instructions];
    yield [["tasks", i, "modelAnswer", "text"], task.modelAnswer.text];
    for (const [j, option] of task.options.entries()) yield [["tasks", i, "options", j, "label"], option.label];
    for (const [j, criterion] of task.rubric.criteria.entries()) yield [["tasks", i, "rubric", "criteria", j, "feedback"], criterion.feedback];
  }
}

/** Every text a person reads exists in the main language: the fallback for any reader. */
function checkMainLanguageEverywhere(scenario: Scenario, problem: (path: Path, message: string) => void): void {
  for (const [path, text] of scenarioTexts(scenario)) {
    if (!(scenario.mainLanguage in text)) problem(path, `Give this text in the main language (${scenario.mainLanguage}) too.`);
  }
}
