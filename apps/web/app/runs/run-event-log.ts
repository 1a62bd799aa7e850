import type { RunClockView, RunDelivery } from "@comity/live/contracts";

/**
 * What a page holds of a run's log: the sequence numbers it took, the highest one (where a rejoin
 * continues from) and the number of the event its clock is from.
 */
export interface SeenEvents {
  seqs: Set<number>;
  lastSeq: number;
  clockSeq: number;
}

export function seenEvents(events: readonly RunDelivery[], lastSeq: number): SeenEvents {
  return { seqs: new Set(events.map((event) => event.seq)), lastSeq, clockSeq: lastSeq };
}

/**
 * Takes events in whatever order they arrive (a join's catch-up after live events sent meanwhile,
 * or events of the live server and of the web app's console through the shared adapter): each is
 * taken once, by sequence number, and a clock is shown only if it is newer than the one shown.
 * Updates `seen`; returns the events not seen before and the clock to show, if any.
 */
export function takeEvents(seen: SeenEvents, incoming: readonly RunDelivery[]): { fresh: RunDelivery[]; clock: RunClockView | null } {
  const fresh: RunDelivery[] = [];
  let clock: RunClockView | null = null;
  for (const event of incoming) {
    if (seen.seqs.has(event.seq)) continue;
    seen.seqs.add(event.seq);
    seen.lastSeq = Math.max(seen.lastSeq, event.seq);
    fresh.push(event);
    if (event.clock && event.seq > seen.clockSeq) {
      seen.clockSeq = event.seq;
      clock = event.clock;
    }
  }
  return { fresh, clock };
}

/** The clock a join answered with, as of the log's `lastSeq` then: shown unless a newer one came live. */
export function takeJoinClock(seen: SeenEvents, clock: RunClockView, lastSeq: number): RunClockView | null {
  if (lastSeq < seen.clockSeq) return null;
  seen.clockSeq = lastSeq;
  return clock;
}

/** The events held and the new ones, in log order. */
export function mergeEvents(current: readonly RunDelivery[], incoming: readonly RunDelivery[]): RunDelivery[] {
  const bySeq = new Map(current.map((event) => [event.seq, event]));
  for (const event of incoming) bySeq.set(event.seq, event);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}
