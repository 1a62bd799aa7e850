import type { Scenario } from "../scenario/scenario.schema.ts";
import { advanceRun, type RunStep } from "./advance-run.ts";
import type { RunCommand, RunCommandRefusal } from "./run-command.schema.ts";
import type { RunEvent } from "./run-event.schema.ts";
import { MS_PER_MINUTE, type RunState, type RunStatus } from "./run-state.ts";
import { pauseClock, resumeClock, scenarioElapsedMs, startClock } from "./scenario-clock.ts";
import { releaseInject, startPhase } from "./start-phase.ts";

export type RunCommandResult = ({ ok: true } & RunStep) | { ok: false; reason: RunCommandRefusal };

type Outcome = RunEvent[] | RunCommandRefusal;

/** Why a command that needs a run in play (running or paused) cannot be carried out, or null. */
function refusalOutsidePlay(status: RunStatus): RunCommandRefusal | null {
  if (status === "lobby") return "not-started";
  if (status === "debrief" || status === "closed") return "already-ended";
  return null;
}

function refusalUnlessRunning(status: RunStatus): RunCommandRefusal | null {
  return refusalOutsidePlay(status) ?? (status === "paused" ? "not-running" : null);
}

/**
 * Carries out a trainer's command at `nowMs`. First brings the run up to `nowMs` (so what fell due
 * before a pause is released before it), then applies the command, then releases what the command
 * made due (a manually started phase's injects, a condition now met). A refused command changes nothing.
 */
export function applyRunCommand(scenario: Scenario, state: RunState, command: RunCommand, nowMs: number): RunCommandResult {
  const caughtUp = advanceRun(scenario, state, nowMs);
  const draft = structuredClone(caughtUp.state);
  const outcome = carryOut(scenario, draft, command, nowMs);
  if (typeof outcome === "string") return { ok: false, reason: outcome };
  const settled = advanceRun(scenario, draft, nowMs);
  return { ok: true, state: settled.state, events: [...caughtUp.events, ...outcome, ...settled.events] };
}

/** Applies the command to a draft of the state, or says why not. */
function carryOut(scenario: Scenario, draft: RunState, command: RunCommand, nowMs: number): Outcome {
  const scenarioMs = scenarioElapsedMs(draft.clock, nowMs);
  const findInject = (id: string) => scenario.injects.find((inject) => inject.id === id);
  switch (command.type) {
    case "start":
      if (draft.status !== "lobby") return "already-started";
      draft.status = "running";
      draft.clock = startClock(nowMs);
      return [{ type: "run.started", scenarioMs: 0 }];
    case "pause":
    case "resume": {
      const pausing = command.type === "pause";
      if (draft.status === (pausing ? "paused" : "running")) return pausing ? "already-paused" : "already-running";
      const refusal = refusalOutsidePlay(draft.status);
      if (refusal) return refusal;
      draft.status = pausing ? "paused" : "running";
      draft.clock = (pausing ? pauseClock : resumeClock)(draft.clock, nowMs);
      return [{ type: pausing ? "run.paused" : "run.resumed", scenarioMs }];
    }
    case "end": {
      const refusal = refusalOutsidePlay(draft.status);
      if (refusal) return refusal;
      draft.status = "debrief";
      draft.clock = pauseClock(draft.clock, nowMs);
      return [{ type: "run.ended", scenarioMs }];
    }
    case "close": {
      if (draft.status === "closed") return "already-closed";
      if (draft.status !== "lobby" && draft.status !== "debrief") return "not-ended";
      const cancelled = draft.status === "lobby";
      draft.status = "closed";
      return [{ type: "run.closed", scenarioMs, cancelled }];
    }
    case "advance-phase": {
      const refusal = refusalUnlessRunning(draft.status);
      if (refusal) return refusal;
      const next = scenario.phases[draft.phaseStarts.length];
      if (!next) return "no-next-phase";
      return startPhase(scenario, draft, next.id, scenarioMs, true);
    }
    case "fire-inject-now": {
      const refusal = refusalUnlessRunning(draft.status);
      if (refusal) return refusal;
      const inject = findInject(command.injectId);
      if (!inject) return "unknown-inject";
      if (draft.injects[inject.id]?.status === "released") return "already-released";
      return [releaseInject(draft, inject, scenarioMs, "trainer")];
    }
    case "reschedule-inject": {
      if (draft.status === "debrief" || draft.status === "closed") return "already-ended";
      const inject = findInject(command.injectId);
      if (!inject) return "unknown-inject";
      if (draft.injects[inject.id]?.status === "released") return "already-released";
      if (command.atMinutes * MS_PER_MINUTE < scenarioMs) return "minute-already-passed";
      draft.injects[inject.id] = { status: "rescheduled", atMinutes: command.atMinutes };
      return [{ type: "inject.rescheduled", injectId: inject.id, atMinutes: command.atMinutes, scenarioMs }];
    }
    case "skip-inject": {
      if (draft.status === "debrief" || draft.status === "closed") return "already-ended";
      const inject = findInject(command.injectId);
      if (!inject) return "unknown-inject";
      const status = draft.injects[inject.id]?.status;
      if (status === "released") return "already-released";
      if (status === "skipped") return "already-skipped";
      draft.injects[inject.id] = { status: "skipped", scenarioMs };
      return [{ type: "inject.skipped", injectId: inject.id, scenarioMs }];
    }
    case "send-adhoc-inject": {
      const refusal = refusalUnlessRunning(draft.status);
      if (refusal) return refusal;
      if (draft.adHocInjects.some((adHoc) => adHoc.id === command.id)) return "duplicate-adhoc-inject";
      const { id, title, body, audience } = command;
      draft.adHocInjects.push({ id, audience, scenarioMs });
      return [{ type: "adhoc-inject.released", adHocInjectId: id, title, body, audience, scenarioMs }];
    }
    case "record-task-result":
      return recordTaskResult(scenario, draft, command, scenarioMs);
  }
}

/** A team's result for a task, replacing any earlier one; recorded in play or during the debrief. */
function recordTaskResult(scenario: Scenario, draft: RunState, command: Extract<RunCommand, { type: "record-task-result" }>, scenarioMs: number): Outcome {
  if (draft.status === "lobby") return "not-started";
  if (draft.status === "closed") return "already-ended";
  if (!scenario.teams.some((team) => team.id === command.teamId)) return "unknown-team";
  const task = scenario.tasks.find((candidate) => candidate.id === command.taskId);
  if (!task) return "unknown-task";
  if (command.optionId !== null && !task.options.some((option) => option.id === command.optionId)) return "unknown-option";
  if (command.trapsFallen.some((trapId) => !scenario.traps.some((trap) => trap.id === trapId))) return "unknown-trap";
  const { teamId, taskId, percent, optionId, trapsFallen } = command;
  draft.taskResults = [...draft.taskResults.filter((result) => result.teamId !== teamId || result.taskId !== taskId), { teamId, taskId, percent, optionId, trapsFallen, scenarioMs }];
  return [{ type: "task-result.recorded", teamId, taskId, scenarioMs }];
}
