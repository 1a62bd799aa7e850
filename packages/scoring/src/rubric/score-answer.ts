import type { LocalizedTextValue, Scenario, ScenarioCriterion, ScenarioTask } from "@comity/domain";
import { TaskAnswerSchema, type TaskAnswer, type TaskAnswerInput } from "./draft.ts";
import { elementCoverage } from "../checklist/draft-completeness.ts";
import { termsFound } from "./match-terms.ts";

export interface CriterionResult {
  criterionId: string;
  kind: ScenarioCriterion["kind"];
  /** Share of the criterion earned: 0, a fraction for partial credit, or 1. */
  earned: number;
  weight: number;
  points: number;
  /** False when the criterion cannot be judged (a deadline without a submission time): left out of the total. */
  judged: boolean;
  /** The trainer's feedback in the answer's language (the scenario's main language if missing), with its source. */
  feedback: string;
  legalSource: string;
  /** What was missing or found, for the feedback: fact ids not mentioned, trap signs seen, … */
  details: string[];
}

export interface AnswerScore {
  taskId: string;
  points: number;
  maxPoints: number;
  percent: number;
  passed: boolean;
  trapsFallen: string[];
  criteria: CriterionResult[];
}

interface Judgement {
  earned: number;
  judged?: boolean;
  details?: string[];
  trapFallen?: string;
}

/**
 * Scores one answer to one task of a scenario by the task's rubric. Pure and deterministic: the same
 * scenario and answer always give the same score. A trap fallen into fails the answer, whatever its points.
 */
export function scoreAnswer(scenario: Scenario, taskId: string, input: TaskAnswerInput): AnswerScore {
  const task = scenario.tasks.find((candidate) => candidate.id === taskId);
  if (!task) throw new Error(`The scenario "${scenario.id}" has no task "${taskId}".`);
  const answer = TaskAnswerSchema.parse(input);
  const inLanguage = <T>(values: Partial<Record<string, T>>): T | undefined => values[answer.language] ?? values[scenario.mainLanguage];
  const criteria = task.rubric.criteria.map((criterion): CriterionResult & { trapFallen?: string } => {
    const judgement = judge(criterion, { scenario, task, answer, inLanguage });
    const judged = judgement.judged ?? true;
    const earned = Math.max(0, Math.min(1, judgement.earned));
    return {
      criterionId: criterion.id,
      kind: criterion.kind,
      earned,
      weight: criterion.weight,
      points: judged ? round(earned * criterion.weight) : 0,
      judged,
      feedback: inLanguage(criterion.feedback as LocalizedTextValue) ?? "",
      legalSource: criterion.legalSource,
      details: judgement.details ?? [],
      trapFallen: judgement.trapFallen,
    };
  });
  const counted = criteria.filter((criterion) => criterion.judged);
  const maxPoints = round(counted.reduce((sum, criterion) => sum + criterion.weight, 0));
  const points = round(counted.reduce((sum, criterion) => sum + criterion.points, 0));
  const percent = maxPoints === 0 ? 0 : round((points / maxPoints) * 100);
  const trapsFallen = criteria.flatMap((criterion) => (criterion.trapFallen ? [criterion.trapFallen] : []));
  return {
    taskId,
    points,
    maxPoints,
    percent,
    passed: percent >= task.rubric.passPercent && trapsFallen.length === 0,
    trapsFallen,
    criteria: criteria.map(({ trapFallen: _trapFallen, ...result }) => result),
  };
}

interface JudgeContext {
  scenario: Scenario;
  task: ScenarioTask;
  answer: TaskAnswer;
  inLanguage: <T>(values: Partial<Record<string, T>>) => T | undefined;
}

function judge(criterion: ScenarioCriterion, { scenario, answer, inLanguage }: JudgeContext): Judgement {
  const everything = [...Object.values(answer.elements), answer.text, answer.justification].join("\n");
  const found = (text: string, terms: Partial<Record<string, string[]>> | undefined) => termsFound(text, (terms && inLanguage(terms)) ?? [], answer.language);

  switch (criterion.kind) {
    case "element": {
      const earned = elementCoverage(answer.elements[criterion.elementId] ?? "");
      return { earned, details: earned < 1 ? [earned === 0 ? `missing:${criterion.elementId}` : `too-short:${criterion.elementId}`] : [] };
    }
    case "key-facts": {
      const missing = criterion.facts.filter((fact) => found(everything, fact.terms).length === 0).map((fact) => fact.id);
      return { earned: (criterion.facts.length - missing.length) / criterion.facts.length, details: missing.map((id) => `fact-missing:${id}`) };
    }
    case "decision":
      return { earned: answer.optionId === criterion.optionId ? 1 : 0, details: answer.optionId === criterion.optionId ? [] : [`chose:${answer.optionId ?? "nothing"}`] };
    case "justification": {
      // A short answer's reasons are its text.
      const reasons = answer.justification.trim() ? answer.justification : answer.text;
      const cited = found(reasons, criterion.ground);
      return { earned: cited.length > 0 ? 1 : 0, details: cited.length > 0 ? [] : ["ground-missing"] };
    }
    case "on-time": {
      const deadline = scenario.deadlines.find((candidate) => candidate.id === criterion.deadlineId);
      if (answer.submittedAtMinutes === undefined || !deadline) return { earned: 0, judged: false };
      const onTime = answer.submittedAtMinutes <= deadline.atMinutes;
      return { earned: onTime ? 1 : 0, details: onTime ? [] : [`late:${answer.submittedAtMinutes - deadline.atMinutes}`] };
    }
    case "trap-avoided": {
      const signs = criterion.signs ? found(everything, criterion.signs) : [];
      const remedies = criterion.remedy ? found(everything, criterion.remedy) : [];
      const fallen = criterion.signs ? signs.length > 0 && remedies.length === 0 : remedies.length === 0;
      return { earned: fallen ? 0 : 1, trapFallen: fallen ? criterion.trapId : undefined, details: fallen ? signs.map((sign) => `sign:${sign}`) : [] };
    }
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
