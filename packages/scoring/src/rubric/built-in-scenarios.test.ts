import { describe, expect, it } from "vitest";
import { BUILT_IN_SCENARIOS, type Scenario } from "@comity/domain";
import type { TaskAnswerInput } from "./draft.ts";
import { findRubricProblems } from "./check-rubrics.ts";
import { scoreAnswer } from "./score-answer.ts";
import { extraditionAnswers } from "./fixtures/extradition-provisional-arrest.answers.ts";
import { jitAnswers } from "./fixtures/jit-three-states.answers.ts";
import { mlaAnswers } from "./fixtures/mla-bank-records-freezing.answers.ts";

type Answers = Record<string, { good: Partial<Record<string, TaskAnswerInput>>; flawed: Partial<Record<string, TaskAnswerInput>> }>;

const answersByScenario: Record<string, Answers> = {
  "extradition-provisional-arrest": extraditionAnswers,
  "mla-bank-records-freezing": mlaAnswers,
  "jit-three-states": jitAnswers,
};

function scenario(id: string): Scenario {
  const found = BUILT_IN_SCENARIOS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no built-in scenario ${id}`);
  return found;
}

describe.each(Object.entries(answersByScenario))("built-in scenario %s", (scenarioId, answers) => {
  it("has rubrics whose elements all exist in their checklists", () => {
    expect(findRubricProblems(scenario(scenarioId))).toEqual([]);
  });

  it("has good and flawed answers for every task, in at least two languages", () => {
    for (const task of scenario(scenarioId).tasks) {
      expect(Object.keys(answers[task.id]?.good ?? {}).length, task.id).toBeGreaterThanOrEqual(2);
      expect(Object.keys(answers[task.id]?.flawed ?? {}).length, task.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("gives each good answer (the model answer) full marks, in every language", () => {
    for (const [taskId, { good }] of Object.entries(answers)) {
      for (const [language, answer] of Object.entries(good)) {
        const score = scoreAnswer(scenario(scenarioId), taskId, answer ?? { language });
        const missed = score.criteria.filter((criterion) => criterion.judged && criterion.earned < 1).map((criterion) => `${criterion.criterionId} ${criterion.details.join(",")}`);
        expect({ taskId, language, missed, percent: score.percent, passed: score.passed }).toEqual({ taskId, language, missed: [], percent: 100, passed: true });
      }
    }
  });

  it("fails every flawed answer, in every language", () => {
    for (const [taskId, { flawed }] of Object.entries(answers)) {
      for (const [language, answer] of Object.entries(flawed)) {
        const score = scoreAnswer(scenario(scenarioId), taskId, answer ?? { language });
        expect({ taskId, language, passed: score.passed }).toEqual({ taskId, language, passed: false });
      }
    }
  });

  it("detects each trap planted in the case in a flawed answer", () => {
    const detected = new Set(
      Object.entries(answers).flatMap(([taskId, { flawed }]) => Object.values(flawed).flatMap((answer) => (answer ? scoreAnswer(scenario(scenarioId), taskId, answer).trapsFallen : []))),
    );
    expect([...detected].sort()).toEqual(scenario(scenarioId).traps.map((trap) => trap.id).sort());
  });
});
