import type { Scenario } from "../scenario/scenario.schema.ts";
import type { InjectTrigger, RunEvent } from "./run-event.schema.ts";
import type { RunState } from "./run-state.ts";

type Inject = Scenario["injects"][number];

/** Releases one of the scenario's injects into a state being built; the caller has checked it may go. */
export function releaseInject(draft: RunState, inject: Inject, scenarioMs: number, trigger: InjectTrigger): RunEvent {
  draft.injects[inject.id] = { status: "released", scenarioMs };
  return { type: "inject.released", injectId: inject.id, scenarioMs, audience: inject.audience, trigger };
}

/**
 * Starts a phase in a state being built, and releases the injects that wait for it (those the
 * trainer has not skipped, moved or fired already).
 */
export function startPhase(scenario: Scenario, draft: RunState, phaseId: string, scenarioMs: number, manual: boolean): RunEvent[] {
  draft.phaseStarts.push({ phaseId, scenarioMs, manual });
  draft.currentPhaseId = phaseId;
  const events: RunEvent[] = [{ type: "phase.started", phaseId, scenarioMs, manual }];
  for (const inject of scenario.injects) {
    if (inject.release.kind === "phase-start" && inject.release.phaseId === phaseId && !draft.injects[inject.id]) events.push(releaseInject(draft, inject, scenarioMs, "phase-start"));
  }
  return events;
}
