import { evaluateInContext } from "./evaluate-staffing.ts";
import { createStaffingContext, type PlannedSession, type StaffingContext } from "./staffing-context.ts";
import { canAttend, hasBoothLanguages, worksInto, type InterpreterFacts } from "./staffing-facts.ts";
import { StaffingLedger } from "./staffing-ledger.ts";
import { UNMET_SEAT_COST } from "./staffing-cost.ts";
import {
  DEFAULT_STAFFING_RULES,
  type Assignment,
  type BoothNeed,
  type LanguageCode,
  type RosterInterpreter,
  type StaffingResult,
  type StaffingRules,
  type StaffingSession,
} from "./staffing.types.ts";

export interface AssignOptions {
  /** Solve exactly (branch and bound) when this few seats are open; 0 keeps the heuristic alone. */
  exactSearchMaxSeats?: number;
  /** Search nodes the exact pass may visit before it keeps the best plan found so far. */
  exactSearchNodeBudget?: number;
  /** Ejection-chain repair after the greedy pass. */
  repair?: boolean;
}

const DEFAULT_OPTIONS: Required<AssignOptions> = { exactSearchMaxSeats: 16, exactSearchNodeBudget: 200_000, repair: true };

/** Taking relay costs a little quality, so the greedy pass prefers interpreters who have the floor language. */
const RELAY_PREFERENCE = 0.5;
/** How much the greedy pass saves interpreters that many open booths compete for. */
const SCARCITY_WEIGHT = 1;
/** Repair tries per call, so a badly under-staffed programme still returns quickly. */
const REPAIR_BUDGET = 200_000;

interface OpenBooth {
  session: PlannedSession;
  booth: BoothNeed;
  remaining: number;
  /** Interpreters with the languages who can attend; the seat's source is chosen when seated. */
  candidates: InterpreterFacts[];
}

interface EngineSeat {
  open: OpenBooth;
  interpreter: InterpreterFacts;
  source: LanguageCode;
}

/**
 * Fills every booth of every session with interpreters, keeping the hard rules and preferring the
 * soft ones: most-constrained booth first, cheapest candidate by soft cost, then a repair pass that
 * moves an interpreter to an unfilled booth when someone else can take their old seat. Small
 * problems are then solved exactly. `existing` (hand-made) assignments are kept as they are; every
 * rule they break is reported, and the engine adds nothing that breaks one.
 */
export function assignInterpreters(
  sessions: readonly StaffingSession[],
  roster: readonly RosterInterpreter[],
  rules: StaffingRules = DEFAULT_STAFFING_RULES,
  existing: readonly Assignment[] = [],
  options: AssignOptions = {},
): StaffingResult {
  const settings = { ...DEFAULT_OPTIONS, ...options };
  const context = createStaffingContext(sessions, roster, rules);
  const ledger = new StaffingLedger(context);
  const seatedInBooth = new Map<string, Set<string>>();
  for (const assignment of existing) {
    const session = context.sessionById.get(assignment.sessionId);
    const interpreter = context.interpreterById.get(assignment.interpreterId);
    if (!session || !interpreter) continue;
    const key = boothKey(assignment.sessionId, assignment.booth);
    const seated = seatedInBooth.get(key) ?? new Set<string>();
    if (seated.has(assignment.interpreterId)) continue;
    seated.add(assignment.interpreterId);
    seatedInBooth.set(key, seated);
    ledger.add(interpreter, session, assignment.source);
  }

  const openBooths = findOpenBooths(context, seatedInBooth);
  const seats: EngineSeat[] = [];
  const search = new SeatSearch(context, ledger, seats);
  search.greedy(openBooths);
  if (settings.repair) search.repair(openBooths);
  const openSeats = openBooths.reduce((sum, open) => sum + open.remaining, 0) + seats.length;
  if (openSeats > 0 && openSeats <= settings.exactSearchMaxSeats) search.exact(openBooths, settings.exactSearchNodeBudget);

  const added = seats.map(({ open, interpreter, source }) => ({
    sessionId: open.session.session.id,
    booth: open.booth.booth,
    interpreterId: interpreter.interpreter.id,
    source,
  }));
  return evaluateInContext(context, [...existing, ...added]);
}

function boothKey(sessionId: string, booth: string): string {
  return `${sessionId}\u0000${booth}`;
}

function findOpenBooths(context: StaffingContext, seatedInBooth: ReadonlyMap<string, ReadonlySet<string>>): OpenBooth[] {
  const intoLanguage = new Map<LanguageCode, InterpreterFacts[]>();
  for (const interpreter of context.interpreters) {
    for (const language of interpreter.competence.keys()) {
      if (!worksInto(interpreter, language)) continue;
      const list = intoLanguage.get(language) ?? [];
      list.push(interpreter);
      intoLanguage.set(language, list);
    }
  }
  const open: OpenBooth[] = [];
  for (const session of context.sessions) {
    const floor = session.session.floorLanguage;
    for (const booth of session.needs.booths) {
      const remaining = booth.interpreters - (seatedInBooth.get(boothKey(session.session.id, booth.booth))?.size ?? 0);
      if (remaining <= 0) continue;
      const candidates = (intoLanguage.get(booth.booth) ?? []).filter(
        (interpreter) =>
          (hasBoothLanguages(interpreter, booth, floor, floor) || hasBoothLanguages(interpreter, booth, booth.source, floor)) &&
          canAttend(interpreter, session),
      );
      open.push({ session, booth, remaining, candidates });
    }
  }
  // Most constrained first: the booths with the least slack between candidates and open seats.
  return open.sort(
    (a, b) =>
      a.candidates.length - a.remaining - (b.candidates.length - b.remaining) ||
      a.candidates.length - b.candidates.length ||
      a.session.startMs - b.session.startMs,
  );
}

class SeatSearch {
  private readonly seatsByInterpreter = new Map<number, EngineSeat[]>();
  private readonly demand: number[];

  constructor(
    private readonly context: StaffingContext,
    private readonly ledger: StaffingLedger,
    private readonly seats: EngineSeat[],
  ) {
    this.demand = context.interpreters.map(() => 0);
  }

  /** The source this interpreter can take the seat from now (the floor preferred), or null. */
  private feasibleSource(open: OpenBooth, interpreter: InterpreterFacts): LanguageCode | null {
    const floor = open.session.session.floorLanguage;
    if (hasBoothLanguages(interpreter, open.booth, floor, floor) && this.ledger.blocker(interpreter, open.session, floor) === null) return floor;
    if (
      open.booth.source !== floor &&
      hasBoothLanguages(interpreter, open.booth, open.booth.source, floor) &&
      this.ledger.blocker(interpreter, open.session, open.booth.source) === null
    ) {
      return open.booth.source;
    }
    return null;
  }

  private seat(open: OpenBooth, interpreter: InterpreterFacts, source: LanguageCode): EngineSeat {
    const seat = { open, interpreter, source };
    this.ledger.add(interpreter, open.session, source);
    this.seats.push(seat);
    const own = this.seatsByInterpreter.get(interpreter.index) ?? [];
    own.push(seat);
    this.seatsByInterpreter.set(interpreter.index, own);
    open.remaining -= 1;
    return seat;
  }

  private unseat(seat: EngineSeat): void {
    this.ledger.remove(seat.interpreter, seat.open.session, seat.source);
    this.seats.splice(this.seats.lastIndexOf(seat), 1);
    const own = this.seatsByInterpreter.get(seat.interpreter.index) ?? [];
    own.splice(own.indexOf(seat), 1);
    seat.open.remaining += 1;
  }

  /** Cheapest feasible candidate for one seat by soft cost, relay and scarcity; `except` is left out. */
  private bestCandidate(open: OpenBooth, except?: InterpreterFacts): { interpreter: InterpreterFacts; source: LanguageCode } | null {
    let best: { interpreter: InterpreterFacts; source: LanguageCode; score: number } | null = null;
    for (const interpreter of open.candidates) {
      if (interpreter === except) continue;
      const source = this.feasibleSource(open, interpreter);
      if (source === null) continue;
      const score =
        this.ledger.marginalSoftCost(interpreter, open.session) +
        (source === open.session.session.floorLanguage ? 0 : RELAY_PREFERENCE) +
        SCARCITY_WEIGHT * (this.demand[interpreter.index] ?? 0);
      if (!best || score < best.score) best = { interpreter, source, score };
    }
    return best;
  }

  greedy(openBooths: readonly OpenBooth[]): void {
    // Demand: how many open seats, spread over their candidates, each interpreter could be asked for.
    for (const open of openBooths) {
      const share = open.candidates.length === 0 ? 0 : open.remaining / open.candidates.length;
      for (const interpreter of open.candidates) this.demand[interpreter.index] = (this.demand[interpreter.index] ?? 0) + share;
    }
    for (const open of openBooths) {
      while (open.remaining > 0) {
        const best = this.bestCandidate(open);
        if (!best) break;
        this.seat(open, best.interpreter, best.source);
      }
    }
  }

  /**
   * Ejection chains of depth one: for an unfilled seat, take a candidate who is blocked only by their
   * own schedule, free them from one nearby seat, and keep the move if someone else fills that seat.
   */
  repair(openBooths: readonly OpenBooth[]): void {
    let budget = REPAIR_BUDGET;
    const reachMs = 8 * 24 * 3_600_000;
    for (let pass = 0; pass < 3; pass += 1) {
      let improved = false;
      for (const open of openBooths) {
        for (const candidate of open.candidates) {
          if (open.remaining <= 0 || budget <= 0) break;
          if (this.ledger.isBookedFor(candidate, open.session) || this.feasibleSource(open, candidate) !== null) continue;
          const nearby = (this.seatsByInterpreter.get(candidate.index) ?? []).filter(
            (seat) => Math.abs(seat.open.session.startMs - open.session.startMs) <= reachMs,
          );
          for (const displaced of nearby) {
            budget -= 1 + displaced.open.candidates.length;
            this.unseat(displaced);
            const source = this.feasibleSource(open, candidate);
            if (source !== null) {
              const moved = this.seat(open, candidate, source);
              const replacement = this.bestCandidate(displaced.open, candidate);
              if (replacement) {
                this.seat(displaced.open, replacement.interpreter, replacement.source);
                improved = true;
                break;
              }
              this.unseat(moved);
            }
            this.seat(displaced.open, displaced.interpreter, displaced.source);
          }
        }
      }
      if (!improved || budget <= 0) break;
    }
  }

  /** Cost of the engine's seats as staffingCost counts it (existing seats add the same to every plan). */
  private planCost(openBooths: readonly OpenBooth[]): number {
    const current = [...this.seats];
    for (const seat of [...current].reverse()) this.unseat(seat);
    let cost = openBooths.reduce((sum, open) => sum + open.remaining, 0) * UNMET_SEAT_COST;
    for (const seat of current) {
      cost += this.ledger.marginalSoftCost(seat.interpreter, seat.open.session) - UNMET_SEAT_COST;
      this.seat(seat.open, seat.interpreter, seat.source);
    }
    return cost;
  }

  /** Branch and bound over every way to fill the open seats, starting from the heuristic plan's cost. */
  exact(openBooths: readonly OpenBooth[], nodeBudget: number): void {
    let bestCost = this.planCost(openBooths);
    let bestPlan: EngineSeat[] | null = null;
    const heuristicPlan = [...this.seats];
    for (const seat of [...heuristicPlan].reverse()) this.unseat(seat);
    const booths = openBooths.filter((open) => open.remaining > 0);
    let nodes = 0;

    const visit = (boothIndex: number, firstCandidate: number, cost: number): void => {
      nodes += 1;
      if (cost >= bestCost || nodes > nodeBudget) return;
      const open = booths[boothIndex];
      if (!open) {
        bestCost = cost;
        bestPlan = [...this.seats];
        return;
      }
      if (open.remaining > 0) {
        // Candidates in a fixed order, each taken after the previous one: every team is tried once.
        for (let index = firstCandidate; index < open.candidates.length; index += 1) {
          const interpreter = open.candidates[index];
          if (!interpreter) continue;
          const source = this.feasibleSource(open, interpreter);
          if (source === null) continue;
          const added = this.ledger.marginalSoftCost(interpreter, open.session);
          const seat = this.seat(open, interpreter, source);
          visit(boothIndex, index + 1, cost + added);
          this.unseat(seat);
        }
      }
      visit(boothIndex + 1, 0, cost + open.remaining * UNMET_SEAT_COST);
    };
    // visit() charges a booth's empty seats when it moves on to the next booth, so it starts from zero.
    visit(0, 0, 0);

    const plan: EngineSeat[] = bestPlan ?? heuristicPlan;
    for (const seat of plan) this.seat(seat.open, seat.interpreter, seat.source);
  }
}
