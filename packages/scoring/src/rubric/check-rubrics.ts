import type { Scenario, ScenarioProblem } from "@comity/domain";
import type { Checklist } from "../checklist/score-checklist.ts";
import { CHECKLIST_BY_TASK_KIND } from "../checklists/by-task-kind.ts";

/**
 * Checks a scenario's rubrics before it is published, so a broken rubric is found by its author and
 * never in a live run: every "element" criterion must name an element of its task's checklist.
 */
export function findRubricProblems(scenario: Scenario): ScenarioProblem[] {
  return scenario.tasks.flatMap((task, taskIndex) => {
    const checklist: Checklist | undefined = (CHECKLIST_BY_TASK_KIND as Record<string, Checklist>)[task.kind];
    return task.rubric.criteria.flatMap((criterion, criterionIndex) => {
      if (criterion.kind !== "element") return [];
      if (checklist?.items.some((item) => item.id === criterion.elementId)) return [];
      return [
        {
          path: `tasks[${taskIndex}].rubric.criteria[${criterionIndex}].elementId`,
          message: checklist
            ? `"${criterion.elementId}" is not an element of the ${checklist.title} checklist.`
            : `A ${task.kind} task has no checklist, so it cannot be scored by elements.`,
        },
      ];
    });
  });
}
