import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Scenario } from "../scenario/scenario.schema.ts";
import { advanceRun, nextWakeUpMs } from "./advance-run.ts";
import { applyRunCommand } from "./apply-run-command.ts";
import type { RunEvent } from "./run-event.schema.ts";
import { createRunState, type RunState } from "./run-state.ts";
import { scenarioElapsedMs } from "./scenario-clock.ts";
import { MINUTE, runScenario, T0 } from "./run.fixtures.ts";

const DURATION_MINUTES = 120;

/** A scenario with random timed injects, phases and deadlines. */
const scenarioArbitrary = fc
  .record({
    injectMinutes: fc.array(fc.integer({ min: 0, max: DURATION_MINUTES }), { minLength: 1, maxLength: 8 }),
    phaseMinutes: fc.array(fc.integer({ min: 0, max: DURATION_MINUTES }), { minLength: 1, maxLength: 4 }),
    deadlineMinutes: fc.array(fc.integer({ min: 0, max: DURATION_MINUTES }), { minLength: 1, maxLength: 3 }),
  })
  .map(({ injectMinutes, phaseMinutes, deadlineMinutes }) =>
    runScenario((input) => {
      input.durationMinutes = DURATION_MINUTES;
      input.phases = [...phaseMinutes].sort((a, b) => a - b).map((startsAtMinutes, index) => ({ id: `phase-${index}`, title: { en: `Phase ${index}` }, startsAtMinutes }));
      input.injects = [
        ...injectMinutes.map((offsetMinutes, index) => ({ id: `timed-${index}`, title: { en: "Timed" }, body: { en: "Now." }, release: { kind: "at" as const, offsetMinutes }, audience: { kind: "everyone" as const } })),
        ...input.phases.map((phase) => ({ id: `on-${phase.id}`, title: { en: "Phase news" }, body: { en: "Now." }, release: { kind: "phase-start" as const, phaseId: phase.id }, audience: { kind: "everyone" as const } })),
      ];
      input.deadlines = deadlineMinutes.map((atMinutes, index) => ({ id: index === 0 ? "answer" : `deadline-${index}`, label: { en: "Due" }, atMinutes }));
    }),
  );

/** The trainer's pause and resume presses (some of them pressed twice, which is refused), at increasing times. */
const pressesArbitrary = fc.array(fc.record({ gapMs: fc.integer({ min: 0, max: 90 * MINUTE }), kind: fc.constantFrom("pause" as const, "resume" as const) }), { maxLength: 10 }).map((presses) => {
  let at = T0;
  return presses.map(({ gapMs, kind }) => ({ atMs: (at += gapMs), kind }));
});
type Press = { atMs: number; kind: "pause" | "resume" };

/** Server looks at the run at these instants (ms after the start). */
const ticksArbitrary = fc.array(fc.integer({ min: 0, max: 12 * 60 * MINUTE }), { maxLength: 40 });

interface Emission {
  event: RunEvent;
  atMs: number;
  /** Whether the run was running before or after the call that emitted it: a call from pause to pause must emit nothing. */
  wasRunning: boolean;
  elapsedMs: number;
}

/**
 * Plays a run: start at T0, the presses, a tick at each given instant (or, with `followTimer`, at
 * each wake-up the engine asks for), then resumes and runs to the end of the scenario.
 */
function play(scenario: Scenario, presses: Press[], tickOffsets: number[], followTimer = false): Emission[] {
  const emissions: Emission[] = [];
  let state: RunState = createRunState();
  const record = (step: { state: RunState; events: RunEvent[] }, atMs: number, before: RunState) => {
    for (const event of step.events) emissions.push({ event, atMs,  wasRunning: before.status === "running" || step.state.status === "running", elapsedMs: scenarioElapsedMs(step.state.clock, atMs) });
    state = step.state;
  };
  const tick = (atMs: number) => record(advanceRun(scenario, state, atMs), atMs, state);
  const press = (kind: "start" | Press["kind"], atMs: number) => {
    const result = applyRunCommand(scenario, state, { type: kind }, atMs);
    if (result.ok) record(result, atMs, state);
  };
  const lastPress = presses.at(-1)?.atMs ?? T0;
  const endMs = lastPress + (DURATION_MINUTES + 1) * MINUTE;
  const ticks = tickOffsets.map((offset) => T0 + offset).sort((a, b) => a - b);
  // The instant of the last press, so a timer is always set from the present.
  let nowMs = T0;
  const timerTicksUntil = (untilMs: number) => {
    for (let wake = nextWakeUpMs(scenario, state, nowMs); wake !== null && wake <= untilMs; wake = nextWakeUpMs(scenario, state, wake)) {
      // A wake-up in the past would mean a timer that fires again and again.
      expect(wake).toBeGreaterThanOrEqual(nowMs);
      tick(wake);
      nowMs = wake;
    }
  };
  press("start", T0);
  for (const { atMs, kind } of [...presses, { atMs: lastPress, kind: "resume" as const }]) {
    if (followTimer) timerTicksUntil(atMs);
    while (ticks.length > 0 && (ticks[0] ?? 0) < atMs) tick(ticks.shift() ?? 0);
    press(kind, atMs);
    nowMs = atMs;
  }
  if (followTimer) timerTicksUntil(endMs);
  for (const atMs of ticks) if (atMs <= endMs) tick(atMs);
  tick(endMs);
  return emissions;
}

const played = fc.record({ scenario: scenarioArbitrary, presses: pressesArbitrary, ticks: ticksArbitrary, moreTicks: ticksArbitrary });

describe("advanceRun, for any schedule of pauses, resumes and ticks", () => {
  it("releases every timed inject exactly once, never early and never during a pause", () => {
    fc.assert(
      fc.property(played, ({ scenario, presses, ticks }) => {
        const emissions = play(scenario, presses, ticks);
        for (const inject of scenario.injects) {
          const releases = emissions.filter(({ event }) => event.type === "inject.released" && event.injectId === inject.id);
          expect(releases, inject.id).toHaveLength(1);
          const [release] = releases;
          if (!release || release.event.type !== "inject.released") continue;
          if (inject.release.kind === "at") expect(release.event.scenarioMs).toBeGreaterThanOrEqual(inject.release.offsetMinutes * MINUTE);
          expect(release.wasRunning).toBe(true);
          expect(release.elapsedMs).toBeGreaterThanOrEqual(release.event.scenarioMs);
        }
        // Every phase starts once, in order, and every deadline notice comes once.
        expect(emissions.flatMap(({ event }) => (event.type === "phase.started" ? [event.phaseId] : []))).toEqual(scenario.phases.map((phase) => phase.id));
        const notices = emissions.flatMap(({ event }) => (event.type === "deadline.warning" || event.type === "deadline.lapsed" ? [`${event.deadlineId}/${event.type}/${"minutesLeft" in event ? event.minutesLeft : 0}`] : []));
        expect(new Set(notices).size).toBe(notices.length);
      }),
      { numRuns: 300 },
    );
  });

  it("releases the same things at the same scenario times however often it ticks", () => {
    fc.assert(
      fc.property(played, ({ scenario, presses, ticks, moreTicks }) => {
        const log = (emissions: Emission[]) => emissions.map(({ event }) => event);
        const sparse = log(play(scenario, presses, ticks));
        expect(log(play(scenario, presses, [...ticks, ...moreTicks]))).toEqual(sparse);
        expect(log(play(scenario, presses, [], true))).toEqual(sparse);
      }),
      { numRuns: 200 },
    );
  });

  it("needs only the one timer it asks for: each timed thing happens when scenario time reaches it, not later", () => {
    fc.assert(
      fc.property(played, ({ scenario, presses }) => {
        for (const { event, elapsedMs } of play(scenario, presses, [], true)) {
          const timed = (event.type === "inject.released" && event.trigger !== "trainer") || event.type === "phase.started" || event.type.startsWith("deadline.");
          if (timed && "scenarioMs" in event) expect(elapsedMs, event.type).toBe(event.scenarioMs);
        }
      }),
      { numRuns: 200 },
    );
  });
});
