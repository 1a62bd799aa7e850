import { z } from "zod";

/**
 * Scenario time: how long a run has been running, which stands still while it is paused. Stored as
 * the running time banked so far plus, while running, the wall-clock instant it last (re)started, so
 * a server can persist it and compute the time at any instant without a ticking counter.
 */
export const ScenarioClockSchema = z.object({
  accumulatedMs: z.number().nonnegative(),
  /** Epoch ms of the last start or resume; null while paused (or before the start). */
  runningSinceMs: z.number().nullable(),
});
export type ScenarioClock = z.infer<typeof ScenarioClockSchema>;

/** A clock that has not started yet: scenario time 0, standing still. */
export const STOPPED_CLOCK: ScenarioClock = Object.freeze({ accumulatedMs: 0, runningSinceMs: null });

export function startClock(nowMs: number): ScenarioClock {
  return { accumulatedMs: 0, runningSinceMs: nowMs };
}

/** Banks the running time; pausing a paused clock changes nothing. */
export function pauseClock(clock: ScenarioClock, nowMs: number): ScenarioClock {
  if (clock.runningSinceMs === null) return clock;
  return { accumulatedMs: scenarioElapsedMs(clock, nowMs), runningSinceMs: null };
}

/** Runs again from where it stood; resuming a running clock changes nothing, so time never jumps. */
export function resumeClock(clock: ScenarioClock, nowMs: number): ScenarioClock {
  if (clock.runningSinceMs !== null) return clock;
  return { accumulatedMs: clock.accumulatedMs, runningSinceMs: nowMs };
}

export function isClockRunning(clock: ScenarioClock): boolean {
  return clock.runningSinceMs !== null;
}

/** Scenario time at `nowMs`. A wall clock read slightly before the last resume never makes it go back. */
export function scenarioElapsedMs(clock: ScenarioClock, nowMs: number): number {
  if (clock.runningSinceMs === null) return clock.accumulatedMs;
  return clock.accumulatedMs + Math.max(0, nowMs - clock.runningSinceMs);
}

/**
 * The wall-clock instant (epoch ms) at which scenario time reaches `scenarioMs`: `nowMs` when it
 * already has, null while the clock stands still (nobody can say when it will run again).
 */
export function wallTimeForScenarioMs(clock: ScenarioClock, scenarioMs: number, nowMs: number): number | null {
  if (clock.runningSinceMs === null) return null;
  const elapsed = scenarioElapsedMs(clock, nowMs);
  return nowMs + Math.max(0, scenarioMs - elapsed);
}
