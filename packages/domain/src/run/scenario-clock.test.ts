import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { pauseClock, resumeClock, scenarioElapsedMs, ScenarioClockSchema, startClock, wallTimeForScenarioMs, type ScenarioClock } from "./scenario-clock.ts";

const T0 = Date.UTC(2025, 2, 3, 9, 0);
const minute = 60_000;

describe("scenario clock", () => {
  it("runs from the start, stands still while paused and goes on from where it stood", () => {
    const started = startClock(T0);
    expect(scenarioElapsedMs(started, T0 + 10 * minute)).toBe(10 * minute);
    const paused = pauseClock(started, T0 + 10 * minute);
    expect(scenarioElapsedMs(paused, T0 + 3 * 60 * minute)).toBe(10 * minute);
    const resumed = resumeClock(paused, T0 + 3 * 60 * minute);
    expect(scenarioElapsedMs(resumed, T0 + 3 * 60 * minute + 5 * minute)).toBe(15 * minute);
  });

  it("treats a second pause or a resume of a running clock as nothing, never as a jump", () => {
    const paused = pauseClock(startClock(T0), T0 + minute);
    expect(pauseClock(paused, T0 + 9 * minute)).toEqual(paused);
    const running = resumeClock(paused, T0 + 10 * minute);
    expect(resumeClock(running, T0 + 20 * minute)).toEqual(running);
    expect(scenarioElapsedMs(running, T0 + 20 * minute)).toBe(11 * minute);
  });

  it("says when a scenario time will be reached, and nothing while paused", () => {
    const running = resumeClock(pauseClock(startClock(T0), T0 + 10 * minute), T0 + 60 * minute);
    // 10 minutes done before the pause, so minute 30 comes 20 minutes after the resume.
    expect(wallTimeForScenarioMs(running, 30 * minute, T0 + 60 * minute)).toBe(T0 + 80 * minute);
    expect(wallTimeForScenarioMs(running, 5 * minute, T0 + 60 * minute)).toBe(T0 + 60 * minute);
    expect(wallTimeForScenarioMs(pauseClock(running, T0 + 61 * minute), 30 * minute, T0 + 61 * minute)).toBeNull();
  });

  it("is plain JSON that reads back as it was", () => {
    const clock = pauseClock(startClock(T0), T0 + 42);
    expect(ScenarioClockSchema.parse(JSON.parse(JSON.stringify(clock)))).toEqual(clock);
  });
});

/** A run's pause/resume presses at increasing instants; odd presses pause, even ones resume. */
const pressesArbitrary = fc.array(fc.integer({ min: 0, max: 4 * 60 * minute }), { maxLength: 12 }).map((gaps) => {
  let at = T0;
  return gaps.map((gap) => (at += gap));
});

/** Replays presses, also pressing twice in a row now and then, which must change nothing. */
function replay(presses: number[], doubled: boolean[]): { clock: ScenarioClock; runningIntervals: [number, number][] } {
  let clock = startClock(T0);
  let runningFrom: number | null = T0;
  const runningIntervals: [number, number][] = [];
  presses.forEach((at, index) => {
    const pause = index % 2 === 0;
    const press = (current: ScenarioClock) => (pause ? pauseClock(current, at) : resumeClock(current, at));
    clock = press(clock);
    if (doubled[index]) clock = press(clock);
    if (pause && runningFrom !== null) {
      runningIntervals.push([runningFrom, at]);
      runningFrom = null;
    } else if (!pause) runningFrom = at;
  });
  if (runningFrom !== null) runningIntervals.push([runningFrom, Number.POSITIVE_INFINITY]);
  return { clock, runningIntervals };
}

describe("scenario clock, for any pauses and resumes", () => {
  it("counts exactly the time spent running", () => {
    fc.assert(
      fc.property(pressesArbitrary, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), fc.integer({ min: 0, max: 10 * 60 * minute }), (presses, doubled, after) => {
        const { clock, runningIntervals } = replay(presses, doubled);
        const now = (presses.at(-1) ?? T0) + after;
        const running = runningIntervals.reduce((sum, [from, to]) => sum + Math.min(to, now) - from, 0);
        expect(scenarioElapsedMs(clock, now)).toBe(running);
      }),
    );
  });

  it("never goes back, and stands still while paused", () => {
    fc.assert(
      fc.property(pressesArbitrary, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (presses, doubled) => {
        let clock = startClock(T0);
        let last = 0;
        presses.forEach((at, index) => {
          const before = scenarioElapsedMs(clock, at);
          expect(before).toBeGreaterThanOrEqual(last);
          clock = index % 2 === 0 ? pauseClock(clock, at) : resumeClock(clock, at);
          if (doubled[index]) clock = index % 2 === 0 ? pauseClock(clock, at) : resumeClock(clock, at);
          // Pressing pause or resume does not move the time itself.
          expect(scenarioElapsedMs(clock, at)).toBe(before);
          if (clock.runningSinceMs === null) expect(scenarioElapsedMs(clock, at + 7 * 60 * minute)).toBe(before);
          last = before;
        });
      }),
    );
  });

  it("reaches a scenario time exactly at the wall time it announces", () => {
    fc.assert(
      fc.property(pressesArbitrary, fc.integer({ min: 0, max: 6 * 60 * minute }), (presses, target) => {
        const { clock } = replay(presses, []);
        const now = presses.at(-1) ?? T0;
        const wall = wallTimeForScenarioMs(clock, target, now);
        if (clock.runningSinceMs === null) {
          expect(wall).toBeNull();
          return;
        }
        expect(wall).not.toBeNull();
        expect(scenarioElapsedMs(clock, wall ?? 0)).toBe(Math.max(target, scenarioElapsedMs(clock, now)));
      }),
    );
  });
});
