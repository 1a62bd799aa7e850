import { describe, expect, it } from "vitest";
import { advanceRun, nextWakeUpMs } from "./advance-run.ts";
import { applyRunCommand, type RunCommandResult } from "./apply-run-command.ts";
import { RunCommandSchema, type RunCommandInput } from "./run-command.schema.ts";
import { RunEventSchema, type RunEvent } from "./run-event.schema.ts";
import { createRunState, RunStateSchema, type RunState } from "./run-state.ts";
import { scenarioElapsedMs } from "./scenario-clock.ts";
import { MINUTE, runScenario, T0 } from "./run.fixtures.ts";

const scenario = runScenario();

function command(state: RunState, input: RunCommandInput, atMs: number): RunCommandResult {
  return applyRunCommand(scenario, state, RunCommandSchema.parse(input), atMs);
}

/** Applies a command that must succeed. */
function must(state: RunState, input: RunCommandInput, atMs: number): { state: RunState; events: RunEvent[] } {
  const result = command(state, input, atMs);
  if (!result.ok) throw new Error(`${input.type} was refused: ${result.reason}`);
  return result;
}

const refusal = (result: RunCommandResult) => (result.ok ? "accepted" : result.reason);
const started = () => must(createRunState(), { type: "start" }, T0);
const released = (events: RunEvent[]) => events.flatMap((event) => (event.type === "inject.released" ? [[event.injectId, event.scenarioMs / MINUTE, event.trigger]] : []));

describe("run lifecycle", () => {
  it("goes lobby → running ⇄ paused → debrief → closed, refusing steps out of turn", () => {
    const lobby = createRunState();
    expect(refusal(command(lobby, { type: "pause" }, T0))).toBe("not-started");
    expect(refusal(command(lobby, { type: "end" }, T0))).toBe("not-started");
    const start = started();
    expect(start.state.status).toBe("running");
    expect(start.events.slice(0, 2)).toEqual([
      { type: "run.started", scenarioMs: 0 },
      { type: "phase.started", phaseId: "briefing", scenarioMs: 0, manual: false },
    ]);
    expect(refusal(command(start.state, { type: "start" }, T0))).toBe("already-started");
    expect(refusal(command(start.state, { type: "resume" }, T0))).toBe("already-running");
    expect(refusal(command(start.state, { type: "close" }, T0))).toBe("not-ended");
    const paused = must(start.state, { type: "pause" }, T0 + 3 * MINUTE);
    expect(paused.events).toEqual([{ type: "run.paused", scenarioMs: 3 * MINUTE }]);
    expect(refusal(command(paused.state, { type: "pause" }, T0 + 4 * MINUTE))).toBe("already-paused");
    const ended = must(paused.state, { type: "end" }, T0 + 9 * MINUTE);
    expect(ended.state.status).toBe("debrief");
    expect(refusal(command(ended.state, { type: "resume" }, T0 + 9 * MINUTE))).toBe("already-ended");
    const closed = must(ended.state, { type: "close" }, T0 + 20 * MINUTE);
    expect(closed.events).toEqual([{ type: "run.closed", scenarioMs: 3 * MINUTE, cancelled: false }]);
    expect(refusal(command(closed.state, { type: "close" }, T0 + 20 * MINUTE))).toBe("already-closed");
    expect(refusal(command(closed.state, { type: "record-task-result", teamId: "requested", taskId: "decide" }, T0))).toBe("already-ended");
  });

  it("cancels from the lobby", () => {
    expect(must(createRunState(), { type: "close" }, T0).events).toEqual([{ type: "run.closed", scenarioMs: 0, cancelled: true }]);
  });

  it("ends from running, stopping the clock, and releases what fell due before the end first", () => {
    const ended = must(started().state, { type: "end" }, T0 + 12 * MINUTE);
    expect(released(ended.events)).toEqual([["news", 10, "time"]]);
    expect(ended.events.at(-1)).toEqual({ type: "run.ended", scenarioMs: 12 * MINUTE });
    expect(scenarioElapsedMs(ended.state.clock, T0 + 5 * 60 * MINUTE)).toBe(12 * MINUTE);
    expect(advanceRun(scenario, ended.state, T0 + 5 * 60 * MINUTE).events).toEqual([]);
  });

  it("keeps a refused command from changing anything", () => {
    const state = started().state;
    const before = structuredClone(state);
    command(state, { type: "fire-inject-now", injectId: "no-such-inject" }, T0 + 40 * MINUTE);
    expect(state).toEqual(before);
  });
});

describe("phases", () => {
  it("start by time, or earlier by hand without moving the clock, with the injects that wait for them", () => {
    const start = started();
    const advanced = must(start.state, { type: "advance-phase" }, T0 + 20 * MINUTE);
    expect(advanced.events).toContainEqual({ type: "phase.started", phaseId: "request", scenarioMs: 20 * MINUTE, manual: true });
    expect(released(advanced.events)).toEqual([["news", 10, "time"], ["warrant", 20, "phase-start"]]);
    expect(advanced.state.currentPhaseId).toBe("request");
    expect(scenarioElapsedMs(advanced.state.clock, T0 + 20 * MINUTE)).toBe(20 * MINUTE);
    // Minute 30 comes without starting "request" again; minute 60 starts "decision".
    const later = advanceRun(scenario, advanced.state, T0 + 61 * MINUTE);
    expect(later.events.filter((event) => event.type === "phase.started")).toEqual([{ type: "phase.started", phaseId: "decision", scenarioMs: 60 * MINUTE, manual: false }]);
    expect(later.state.phaseStarts.map((phase) => [phase.phaseId, phase.manual])).toEqual([["briefing", false], ["request", true], ["decision", false]]);
    expect(refusal(command(later.state, { type: "advance-phase" }, T0 + 62 * MINUTE))).toBe("no-next-phase");
  });

  it("are not advanced by hand while paused", () => {
    const paused = must(started().state, { type: "pause" }, T0 + MINUTE);
    expect(refusal(command(paused.state, { type: "advance-phase" }, T0 + 2 * MINUTE))).toBe("not-running");
  });
});

describe("injects the trainer steers", () => {
  it("fires one now, once", () => {
    const fired = must(started().state, { type: "fire-inject-now", injectId: "phone-call" }, T0 + 2 * MINUTE);
    expect(released(fired.events)).toEqual([["phone-call", 2, "trainer"]]);
    expect(refusal(command(fired.state, { type: "fire-inject-now", injectId: "phone-call" }, T0 + 3 * MINUTE))).toBe("already-released");
    expect(refusal(command(fired.state, { type: "fire-inject-now", injectId: "nothing" }, T0 + 3 * MINUTE))).toBe("unknown-inject");
  });

  it("skips one, which then never comes", () => {
    const skipped = must(started().state, { type: "skip-inject", injectId: "news" }, T0 + 2 * MINUTE);
    expect(skipped.events).toEqual([{ type: "inject.skipped", injectId: "news", scenarioMs: 2 * MINUTE }]);
    expect(refusal(command(skipped.state, { type: "skip-inject", injectId: "news" }, T0 + 3 * MINUTE))).toBe("already-skipped");
    expect(released(advanceRun(scenario, skipped.state, T0 + 200 * MINUTE).events).map(([id]) => id)).not.toContain("news");
  });

  it("moves one to another minute, never into the past", () => {
    const state = started().state;
    expect(refusal(command(state, { type: "reschedule-inject", injectId: "news", atMinutes: 1 }, T0 + 2 * MINUTE))).toBe("minute-already-passed");
    const moved = must(state, { type: "reschedule-inject", injectId: "news", atMinutes: 40 }, T0 + 2 * MINUTE);
    expect(moved.events).toEqual([{ type: "inject.rescheduled", injectId: "news", atMinutes: 40, scenarioMs: 2 * MINUTE }]);
    expect(released(advanceRun(scenario, moved.state, T0 + 39 * MINUTE).events)).toEqual([["warrant", 30, "phase-start"]]);
    expect(released(advanceRun(scenario, moved.state, T0 + 41 * MINUTE).events)).toContainEqual(["news", 40, "time"]);
    // A manual or phase-start inject can be given a time too.
    const phoneAt5 = must(state, { type: "reschedule-inject", injectId: "phone-call", atMinutes: 5 }, T0 + 2 * MINUTE);
    expect(released(advanceRun(scenario, phoneAt5.state, T0 + 5 * MINUTE).events)).toEqual([["phone-call", 5, "time"]]);
  });

  it("sends an ad-hoc inject with its text, once per id, only while running", () => {
    const adHoc = { type: "send-adhoc-inject", id: "storm", title: { en: "A storm" }, body: { en: "Flights are cancelled." }, audience: { kind: "everyone" } } as const;
    const sent = must(started().state, adHoc, T0 + 7 * MINUTE);
    // The deadline warning of minute 5 comes first: what fell due before the command goes out before it.
    expect(sent.events.map((event) => event.type)).toEqual(["deadline.warning", "adhoc-inject.released"]);
    expect(sent.events.slice(1)).toEqual([{ type: "adhoc-inject.released", adHocInjectId: "storm", title: adHoc.title, body: adHoc.body, audience: adHoc.audience, scenarioMs: 7 * MINUTE }]);
    expect(sent.state.adHocInjects).toHaveLength(1);
    expect(refusal(command(sent.state, adHoc, T0 + 8 * MINUTE))).toBe("duplicate-adhoc-inject");
    const paused = must(sent.state, { type: "pause" }, T0 + 8 * MINUTE);
    expect(refusal(command(paused.state, { ...adHoc, id: "flood" }, T0 + 9 * MINUTE))).toBe("not-running");
  });
});

describe("task results and condition injects", () => {
  it("releases a condition inject as soon as a result meets it, once", () => {
    const state = started().state;
    const good = must(state, { type: "record-task-result", teamId: "requested", taskId: "decide", percent: 80, optionId: "ask-assurance" }, T0 + 20 * MINUTE);
    expect(released(good.events)).toEqual([["news", 10, "time"]]);
    const poor = must(good.state, { type: "record-task-result", teamId: "requested", taskId: "decide", percent: 30, optionId: "surrender" }, T0 + 21 * MINUTE);
    expect(poor.events[0]).toEqual({ type: "task-result.recorded", teamId: "requested", taskId: "decide", scenarioMs: 21 * MINUTE });
    expect(released(poor.events)).toEqual([["low-score", 21, "condition"], ["surrendered", 21, "condition"]]);
    expect(poor.state.taskResults).toHaveLength(1);
    const again = must(poor.state, { type: "record-task-result", teamId: "requested", taskId: "decide", percent: 10 }, T0 + 22 * MINUTE);
    expect(released(again.events)).toEqual([]);
  });

  it("keeps a result recorded during a pause until the run resumes", () => {
    const paused = must(started().state, { type: "pause" }, T0 + 20 * MINUTE);
    const recorded = must(paused.state, { type: "record-task-result", teamId: "requested", taskId: "decide", percent: 10 }, T0 + 25 * MINUTE);
    expect(released(recorded.events)).toEqual([]);
    const resumed = must(recorded.state, { type: "resume" }, T0 + 90 * MINUTE);
    expect(released(resumed.events)).toEqual([["low-score", 20, "condition"]]);
  });

  it("refuses results for what the scenario does not have", () => {
    const state = started().state;
    const result = (change: Partial<RunCommandInput & { type: "record-task-result" }>) => refusal(command(state, { type: "record-task-result", teamId: "requested", taskId: "decide", ...change }, T0));
    expect(result({ teamId: "nobody" })).toBe("unknown-team");
    expect(result({ taskId: "nothing" })).toBe("unknown-task");
    expect(result({ optionId: "maybe" })).toBe("unknown-option");
    expect(result({ trapsFallen: ["quicksand"] })).toBe("unknown-trap");
    expect(result({ trapsFallen: ["death-penalty"] })).toBe("accepted");
    expect(refusal(command(createRunState(), { type: "record-task-result", teamId: "requested", taskId: "decide" }, T0))).toBe("not-started");
  });
});

describe("timed releases and the pause", () => {
  it("releases an inject due at minute 45 when scenario time reaches 45, however long the pause", () => {
    const paused = must(started().state, { type: "pause" }, T0 + 40 * MINUTE);
    expect(advanceRun(scenario, paused.state, T0 + 10 * 60 * MINUTE).events).toEqual([]);
    const resumed = must(paused.state, { type: "resume" }, T0 + 10 * 60 * MINUTE);
    expect(released(resumed.events)).toEqual([]);
    // Five scenario minutes later, not at once.
    expect(nextWakeUpMs(scenario, resumed.state, T0 + 10 * 60 * MINUTE)).toBe(T0 + 10 * 60 * MINUTE + 5 * MINUTE);
    expect(released(advanceRun(scenario, resumed.state, T0 + 10 * 60 * MINUTE + 5 * MINUTE - 1).events)).toEqual([]);
    expect(released(advanceRun(scenario, resumed.state, T0 + 10 * 60 * MINUTE + 5 * MINUTE).events)).toEqual([["late-news", 45, "time"]]);
  });

  it("warns 15 and 5 scenario minutes before each deadline, then says it lapsed", () => {
    const { state } = started();
    const all = advanceRun(scenario, state, T0 + 100 * MINUTE).events.filter((event) => event.type.startsWith("deadline."));
    expect(all).toEqual([
      // "early" is at minute 10: a 15-minute warning would have come before the start.
      { type: "deadline.warning", deadlineId: "early", minutesLeft: 5, scenarioMs: 5 * MINUTE },
      { type: "deadline.lapsed", deadlineId: "early", scenarioMs: 10 * MINUTE },
      { type: "deadline.warning", deadlineId: "answer", minutesLeft: 15, scenarioMs: 45 * MINUTE },
      { type: "deadline.warning", deadlineId: "answer", minutesLeft: 5, scenarioMs: 55 * MINUTE },
      { type: "deadline.lapsed", deadlineId: "answer", scenarioMs: 60 * MINUTE },
    ]);
  });

  it("names the next wake-up: the next timed thing, nothing while paused, nothing when all is done", () => {
    const { state } = started();
    expect(nextWakeUpMs(scenario, createRunState(), T0)).toBeNull();
    expect(nextWakeUpMs(scenario, state, T0)).toBe(T0 + 5 * MINUTE);
    const afterFive = advanceRun(scenario, state, T0 + 5 * MINUTE).state;
    expect(nextWakeUpMs(scenario, afterFive, T0 + 5 * MINUTE)).toBe(T0 + 10 * MINUTE);
    expect(nextWakeUpMs(scenario, state, T0 + 7 * MINUTE)).toBe(T0 + 7 * MINUTE);
    expect(nextWakeUpMs(scenario, must(state, { type: "pause" }, T0 + MINUTE).state, T0 + MINUTE)).toBeNull();
    expect(nextWakeUpMs(scenario, advanceRun(scenario, state, T0 + 200 * MINUTE).state, T0 + 200 * MINUTE)).toBeNull();
  });
});

describe("the persisted shapes", () => {
  it("keep state and events as JSON that reads back through their schemas", () => {
    const start = started();
    let state = start.state;
    const events = [...start.events];
    const steps: [RunCommandInput, number][] = [
      [{ type: "fire-inject-now", injectId: "phone-call" }, 3],
      [{ type: "send-adhoc-inject", id: "storm", title: { en: "A storm" }, body: { en: "Rain." }, audience: { kind: "roles", roleIds: ["prosecutor"] } }, 4],
      [{ type: "reschedule-inject", injectId: "late-news", atMinutes: 50 }, 5],
      [{ type: "skip-inject", injectId: "news" }, 6],
      [{ type: "record-task-result", teamId: "requested", taskId: "decide", percent: 12, trapsFallen: ["death-penalty"] }, 7],
      [{ type: "pause" }, 8],
      [{ type: "resume" }, 30],
      [{ type: "end" }, 200],
      [{ type: "close" }, 201],
    ];
    for (const [input, minutes] of steps) {
      const result = must(state, input, T0 + minutes * MINUTE);
      state = result.state;
      events.push(...result.events);
    }
    expect(RunStateSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
    for (const event of events) expect(RunEventSchema.parse(JSON.parse(JSON.stringify(event)))).toEqual(event);
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(RunEventSchema.options.map((option) => option.shape.type.value)));
  });
});
