import type { StaffingContext, PlannedSession } from "./staffing-context.ts";
import { isAvailable, type InterpreterFacts } from "./staffing-facts.ts";
import type { BlockerCode, LanguageCode } from "./staffing.types.ts";

interface BookedSession {
  session: PlannedSession;
  /** How many of this interpreter's assignments point at the session (more than one is a double booking). */
  seats: number;
}

/** Distinct sessions per local day or week, with how many seats each holds (so removal can undo). */
type SessionTally = Map<number, number>;

/**
 * The running schedule of every interpreter while the engine fills seats: answers "what stops this
 * interpreter from taking this seat?" in a few map look-ups, and supports undo for the repair and
 * exact-search passes. checkAssignments is the independent batch twin that the tests compare it with.
 */
export class StaffingLedger {
  private readonly booked: BookedSession[][];
  private readonly days: Map<string, SessionTally>[];
  private readonly weeks: Map<string, SessionTally>[];
  /** Per session: the non-floor languages assignments take relay from, with counts. */
  private readonly relaySources: Map<LanguageCode, number>[];

  constructor(private readonly context: StaffingContext) {
    this.booked = context.interpreters.map(() => []);
    this.days = context.interpreters.map(() => new Map());
    this.weeks = context.interpreters.map(() => new Map());
    this.relaySources = context.sessions.map(() => new Map());
  }

  add(interpreter: InterpreterFacts, session: PlannedSession, source: LanguageCode): void {
    const list = this.booked[interpreter.index] ?? [];
    const existing = list.find((entry) => entry.session === session);
    if (existing) existing.seats += 1;
    else {
      // Kept sorted by start so the overlap and rest checks look only at neighbours.
      let at = list.length;
      while (at > 0 && (list[at - 1]?.session.startMs ?? 0) > session.startMs) at -= 1;
      list.splice(at, 0, { session, seats: 1 });
    }
    const local = this.context.local(interpreter, session);
    bump(this.days[interpreter.index], local.day, session.index, 1);
    bump(this.weeks[interpreter.index], local.week, session.index, 1);
    if (source !== session.session.floorLanguage) bumpLanguage(this.relaySources[session.index], source, 1);
  }

  remove(interpreter: InterpreterFacts, session: PlannedSession, source: LanguageCode): void {
    const list = this.booked[interpreter.index] ?? [];
    const at = list.findIndex((entry) => entry.session === session);
    const entry = list[at];
    if (!entry) return;
    entry.seats -= 1;
    if (entry.seats === 0) list.splice(at, 1);
    const local = this.context.local(interpreter, session);
    bump(this.days[interpreter.index], local.day, session.index, -1);
    bump(this.weeks[interpreter.index], local.week, session.index, -1);
    if (source !== session.session.floorLanguage) bumpLanguage(this.relaySources[session.index], source, -1);
  }

  /** The first hard rule that adding this seat would break, or null; languages are checked by the caller. */
  blocker(interpreter: InterpreterFacts, session: PlannedSession, source: LanguageCode): BlockerCode | null {
    const { rules } = this.context;
    if (session.session.remote && !interpreter.interpreter.remoteCapable) return "not-remote-capable";
    if (!isAvailable(interpreter, session.startMs, session.endMs)) return "not-available";

    const restMs = rules.minMinutesBetweenSessions * 60_000;
    let tooLittleRest = false;
    for (const { session: other } of this.booked[interpreter.index] ?? []) {
      if (other.startMs >= session.endMs + restMs) break;
      if (other.endMs + restMs <= session.startMs) continue;
      if (other === session || (other.startMs < session.endMs && session.startMs < other.endMs)) return "booked-elsewhere";
      tooLittleRest = true;
    }
    if (tooLittleRest) return "too-little-rest";

    const local = this.context.local(interpreter, session);
    const day = this.days[interpreter.index]?.get(local.day);
    if (day) {
      if (day.size + 1 > rules.maxSessionsPerDay) return "daily-cap";
      let minutes = session.minutes;
      for (const index of day.keys()) minutes += this.context.sessions[index]?.minutes ?? 0;
      if (minutes > rules.maxInterpretingMinutesPerDay) return "daily-cap";
    } else if (session.minutes > rules.maxInterpretingMinutesPerDay) return "daily-cap";

    const week = this.weeks[interpreter.index]?.get(local.week);
    if (week) {
      if (week.size + 1 > rules.maxSessionsPerWeek) return "weekly-cap";
      if (session.session.remote) {
        let remote = 1;
        for (const index of week.keys()) if (this.context.sessions[index]?.session.remote) remote += 1;
        if (remote > rules.maxRemoteSessionsPerWeek) return "weekly-cap";
      }
    } else if (rules.maxSessionsPerWeek < 1 || (session.session.remote && rules.maxRemoteSessionsPerWeek < 1)) return "weekly-cap";

    const relay = this.relaySources[session.index];
    if (relay && source !== session.session.floorLanguage) {
      // A booth that already gives relay cannot take it too: its own language is among the pivots.
      const pivots = new Set(relay.keys()).add(source);
      if (pivots.size > rules.maxRelayPivots) return "relay-limit";
    }
    return null;
  }

  /** Soft cost this seat adds: hours outside the preferred local hours and one more same-week pair per session already that week. */
  marginalSoftCost(interpreter: InterpreterFacts, session: PlannedSession): number {
    const { rules } = this.context;
    const local = this.context.local(interpreter, session);
    const sameWeek = this.weeks[interpreter.index]?.get(local.week)?.size ?? 0;
    return (local.minutesOutsidePreferred / 60) * rules.outsideHoursCostPerHour + sameWeek * rules.sameWeekPairCost;
  }

  isBookedFor(interpreter: InterpreterFacts, session: PlannedSession): boolean {
    return (this.booked[interpreter.index] ?? []).some((entry) => entry.session === session);
  }
}

function bump(tallies: Map<string, SessionTally> | undefined, key: string, sessionIndex: number, delta: number): void {
  if (!tallies) return;
  let tally = tallies.get(key);
  if (!tally) {
    tally = new Map();
    tallies.set(key, tally);
  }
  const seats = (tally.get(sessionIndex) ?? 0) + delta;
  if (seats > 0) tally.set(sessionIndex, seats);
  else tally.delete(sessionIndex);
  if (tally.size === 0) tallies.delete(key);
}

function bumpLanguage(counts: Map<LanguageCode, number> | undefined, language: LanguageCode, delta: number): void {
  if (!counts) return;
  const count = (counts.get(language) ?? 0) + delta;
  if (count > 0) counts.set(language, count);
  else counts.delete(language);
}
