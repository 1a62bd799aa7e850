import type { Scenario } from "../scenario/scenario.schema.ts";
import type { RunEvent } from "./run-event.schema.ts";
import { DEADLINE_WARNING_MINUTES, MS_PER_MINUTE, type RunState, type TaskResult } from "./run-state.ts";
import { scenarioElapsedMs, wallTimeForScenarioMs } from "./scenario-clock.ts";
import { releaseInject, startPhase } from "./start-phase.ts";

/** A new state and what happened on the way to it. */
export interface RunStep {
  state: RunState;
  events: RunEvent[];
}

/** Something that falls due at a scenario time. `rank` orders things due at the same time: phases first, so their injects come with them. */
type TimedThing =
  | { kind: "phase"; dueMs: number; rank: 0; phaseId: string }
  | { kind: "inject"; dueMs: number; rank: 1; injectId: string }
  | { kind: "deadline"; dueMs: number; rank: 2; deadlineId: string; minutesLeft: number };

/** Everything timed that has not happened yet, earliest first; ties keep the scenario's order. */
function pendingTimedThings(scenario: Scenario, state: RunState): TimedThing[] {
  const pending: TimedThing[] = [];
  for (const phase of scenario.phases.slice(state.phaseStarts.length)) pending.push({ kind: "phase", dueMs: phase.startsAtMinutes * MS_PER_MINUTE, rank: 0, phaseId: phase.id });
  for (const inject of scenario.injects) {
    const entry = state.injects[inject.id];
    const atMinutes = entry ? (entry.status === "rescheduled" ? entry.atMinutes : null) : inject.release.kind === "at" ? inject.release.offsetMinutes : null;
    if (atMinutes !== null) pending.push({ kind: "inject", dueMs: atMinutes * MS_PER_MINUTE, rank: 1, injectId: inject.id });
  }
  for (const deadline of scenario.deadlines) {
    for (const minutesLeft of [...DEADLINE_WARNING_MINUTES, 0]) {
      const dueMs = (deadline.atMinutes - minutesLeft) * MS_PER_MINUTE;
      // A warning that would come before the run starts would say more time is left than there is.
      if (dueMs < 0) continue;
      if (state.deadlineNotices.some((notice) => notice.deadlineId === deadline.id && notice.minutesLeft === minutesLeft)) continue;
      pending.push({ kind: "deadline", dueMs, rank: 2, deadlineId: deadline.id, minutesLeft });
    }
  }
  // Array.prototype.sort is stable, so equal times keep the order they were listed in.
  return pending.sort((a, b) => a.dueMs - b.dueMs || a.rank - b.rank);
}

type ConditionRelease = Extract<Scenario["injects"][number]["release"], { kind: "condition" }>;

function conditionHolds(release: ConditionRelease, results: readonly TaskResult[]): boolean {
  const when = release.when;
  return results.some((result) => {
    if (result.taskId !== release.taskId) return false;
    if (when.kind === "score-below") return result.percent !== null && result.percent < when.percent;
    if (when.kind === "score-at-least") return result.percent !== null && result.percent >= when.percent;
    if (when.kind === "decision-is") return result.optionId === when.optionId;
    return result.trapsFallen.includes(when.trapId);
  });
}

/**
 * Brings a running run up to `nowMs`: starts the phases whose time has come, releases the timed
 * injects and those whose phase or condition has come, and sends deadline warnings and lapses, each
 * exactly once. Timed things are stamped with the scenario time they fell due, in that order, so the
 * outcome is the same however often this is called. Nothing happens unless the run is running:
 * scenario time stands still while paused, so nothing falls due during a pause or piles up after it.
 */
export function advanceRun(scenario: Scenario, state: RunState, nowMs: number): RunStep {
  if (state.status !== "running") return { state, events: [] };
  const elapsedMs = scenarioElapsedMs(state.clock, nowMs);
  const due = pendingTimedThings(scenario, state).filter((thing) => thing.dueMs <= elapsedMs);
  const conditionDue = scenario.injects.some((inject) => inject.release.kind === "condition" && !state.injects[inject.id] && conditionHolds(inject.release, state.taskResults));
  // Called on every command and tick: most of the time nothing is due, and the state is not copied.
  if (due.length === 0 && !conditionDue) return { state, events: [] };
  const draft = structuredClone(state);
  const events: RunEvent[] = [];
  for (const thing of due) {
    if (thing.kind === "phase") events.push(...startPhase(scenario, draft, thing.phaseId, thing.dueMs, false));
    if (thing.kind === "inject") {
      const inject = scenario.injects.find((candidate) => candidate.id === thing.injectId);
      if (inject) events.push(releaseInject(draft, inject, thing.dueMs, "time"));
    }
    if (thing.kind === "deadline") {
      draft.deadlineNotices.push({ deadlineId: thing.deadlineId, minutesLeft: thing.minutesLeft });
      events.push(thing.minutesLeft === 0 ? { type: "deadline.lapsed", deadlineId: thing.deadlineId, scenarioMs: thing.dueMs } : { type: "deadline.warning", deadlineId: thing.deadlineId, minutesLeft: thing.minutesLeft, scenarioMs: thing.dueMs });
    }
  }
  for (const inject of scenario.injects) {
    if (inject.release.kind === "condition" && !draft.injects[inject.id] && conditionHolds(inject.release, draft.taskResults)) events.push(releaseInject(draft, inject, elapsedMs, "condition"));
  }
  return events.length > 0 ? { state: draft, events } : { state, events };
}

/**
 * The wall-clock instant (epoch ms) at which the next timed thing falls due, so the server sets one
 * timer instead of polling: `nowMs` when something is already due, null while the run is not running
 * or when nothing timed is left.
 */
export function nextWakeUpMs(scenario: Scenario, state: RunState, nowMs: number): number | null {
  if (state.status !== "running") return null;
  const next = pendingTimedThings(scenario, state)[0];
  return next ? wallTimeForScenarioMs(state.clock, next.dueMs, nowMs) : null;
}
