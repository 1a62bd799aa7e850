import { describe, expect, it } from "vitest";
import type { RunClockView, RunDelivery } from "@comity/live/contracts";
import { mergeEvents, seenEvents, takeEvents, takeJoinClock } from "./run-event-log.ts";

const clockAt = (accumulatedMs: number, running: boolean): RunClockView => ({ status: running ? "running" : "paused", accumulatedMs, runningSinceMs: running ? 1_000 : null, serverNowMs: 2_000 });
const event = (seq: number, type = "chat.posted", clock?: RunClockView): RunDelivery => ({ runId: "run-1", seq, type, scenarioMs: seq * 1_000, at: "2026-11-25T09:00:00.000Z", data: {}, ...(clock ? { clock } : {}) });

describe("a page's copy of a run's log", () => {
  it("keeps the catch-up of a join that answers after a newer live event, each event once and in order", () => {
    // Moved to another team: the page starts again from nothing and joins; a live event overtakes the answer.
    const seen = seenEvents([], 0);
    let shown: RunDelivery[] = [];
    const take = (incoming: RunDelivery[]) => {
      const { fresh } = takeEvents(seen, incoming);
      shown = mergeEvents(shown, fresh);
      return fresh.map((taken) => taken.seq);
    };
    expect(take([event(57)])).toEqual([57]);
    expect(take([event(3), event(12), event(57)])).toEqual([3, 12]);
    expect(take([event(12)])).toEqual([]);
    expect(shown.map((held) => held.seq)).toEqual([3, 12, 57]);
    expect(seen.lastSeq).toBe(57);
  });

  it("never lets an older event's clock, or a join's older clock, replace a newer one", () => {
    const seen = seenEvents([event(1)], 1);
    const resumed = clockAt(60_000, true);
    expect(takeEvents(seen, [event(9, "run.resumed", resumed)]).clock).toEqual(resumed);
    // The pause before it arrives late, then the answer of a join that read the log at seq 8.
    expect(takeEvents(seen, [event(5, "run.paused", clockAt(60_000, false))]).clock).toBeNull();
    expect(takeJoinClock(seen, clockAt(60_000, false), 8)).toBeNull();
    const later = clockAt(90_000, false);
    expect(takeJoinClock(seen, later, 12)).toEqual(later);
    expect(seen.clockSeq).toBe(12);
  });
});
