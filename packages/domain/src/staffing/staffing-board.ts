import { assignInterpreters } from "./assign-interpreters.ts";
import { evaluateInContext } from "./evaluate-staffing.ts";
import { createStaffingContext } from "./staffing-context.ts";
import { hasBoothLanguages, understands } from "./staffing-facts.ts";
import {
  DEFAULT_STAFFING_RULES,
  type Assignment,
  type LanguageCode,
  type RosterInterpreter,
  type RuleViolation,
  type StaffingRules,
  type StaffingSession,
  type StaffingWarning,
  type UnmetNeed,
} from "./staffing.types.ts";

/** What one interpreter's work elsewhere adds to a workshop's plan: it counts for caps and double booking. */
export interface OtherCommitments {
  sessions: readonly StaffingSession[];
  assignments: readonly Assignment[];
}

export interface BoardSeat extends Assignment {
  interpreterName: string;
  byHand: boolean;
  /** Hard rules this seat takes part in breaking. */
  violationCodes: string[];
}

export interface BoardBooth {
  booth: LanguageCode;
  source: LanguageCode;
  twoWay: boolean;
  givesRelay: boolean;
  required: number;
  seats: BoardSeat[];
  unmet: UnmetNeed | null;
  /** Roster interpreters with the languages for this booth and not seated in it, for a hand override. */
  candidates: { id: string; name: string; source: LanguageCode }[];
}

export interface BoardSession {
  session: StaffingSession;
  pivot: LanguageCode | null;
  booths: BoardBooth[];
  reasons: string[];
}

export interface StaffingBoard {
  sessions: BoardSession[];
  /** Every booth language across the programme, for the grid's columns. */
  boothLanguages: LanguageCode[];
  violations: RuleViolation[];
  warnings: StaffingWarning[];
  unmet: UnmetNeed[];
  /** Seats to fill in this workshop, and how many are filled. */
  coverage: { needs: number; covered: number; unmet: number };
}

/**
 * The staffing board of one workshop: its sessions × booths with the seats of `assignments`, judged
 * together with the interpreters' commitments in other workshops, so that a hand override is checked
 * against everything at once. Only what concerns this workshop's sessions is returned.
 */
export function buildStaffingBoard(input: {
  sessions: readonly StaffingSession[];
  roster: readonly RosterInterpreter[];
  assignments: readonly (Assignment & { byHand?: boolean })[];
  elsewhere?: OtherCommitments;
  rules?: StaffingRules;
}): StaffingBoard {
  const rules = input.rules ?? DEFAULT_STAFFING_RULES;
  const elsewhere = input.elsewhere ?? { sessions: [], assignments: [] };
  const ownIds = new Set(input.sessions.map((session) => session.id));
  const context = createStaffingContext([...input.sessions, ...fixedCommitments(elsewhere, ownIds)], input.roster, rules);
  const result = evaluateInContext(context, [...elsewhere.assignments.filter((assignment) => !ownIds.has(assignment.sessionId)), ...input.assignments]);
  const concernsUs = (item: { sessionIds: string[] }) => item.sessionIds.some((id) => ownIds.has(id));
  const violations = result.violations.filter(concernsUs);
  const seatKey = (assignment: Pick<Assignment, "sessionId" | "booth" | "interpreterId">) => `${assignment.sessionId}\u0000${assignment.booth}\u0000${assignment.interpreterId}`;
  const codesBySeat = new Map<string, string[]>();
  for (const violation of violations) {
    for (const assignment of violation.assignments) codesBySeat.set(seatKey(assignment), [...(codesBySeat.get(seatKey(assignment)) ?? []), violation.code]);
  }
  const unmetByBooth = new Map(result.unmet.map((need) => [`${need.sessionId}\u0000${need.booth}`, need]));
  const boothLanguages = new Set<LanguageCode>();

  const sessions = input.sessions.map((session): BoardSession => {
    const planned = context.sessionById.get(session.id);
    const needs = planned?.needs;
    const seatsHere = input.assignments.filter((assignment) => assignment.sessionId === session.id);
    const booths = (needs?.booths ?? []).map((booth): BoardBooth => {
      boothLanguages.add(booth.booth);
      const seats = seatsHere
        .filter((assignment) => assignment.booth === booth.booth)
        .map((assignment) => ({
          sessionId: assignment.sessionId,
          booth: assignment.booth,
          source: assignment.source,
          interpreterId: assignment.interpreterId,
          interpreterName: context.interpreterById.get(assignment.interpreterId)?.interpreter.name ?? assignment.interpreterId,
          byHand: assignment.byHand ?? false,
          violationCodes: codesBySeat.get(seatKey(assignment)) ?? [],
        }));
      const seated = new Set(seats.map((seat) => seat.interpreterId));
      const candidates = context.interpreters
        .filter((facts) => !seated.has(facts.interpreter.id))
        .flatMap((facts) => {
          // Working straight from the floor beats taking relay.
          const source = [session.floorLanguage, booth.source].find((language) => hasBoothLanguages(facts, booth, language, session.floorLanguage) && understands(facts, language));
          return source ? [{ id: facts.interpreter.id, name: facts.interpreter.name, source }] : [];
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      return {
        booth: booth.booth,
        source: booth.source,
        twoWay: booth.twoWay,
        givesRelay: booth.givesRelay,
        required: booth.interpreters,
        seats,
        unmet: unmetByBooth.get(`${session.id}\u0000${booth.booth}`) ?? null,
        candidates,
      };
    });
    // A seat in a booth the session no longer has (languages changed) is still shown and reported.
    for (const stray of seatsHere.filter((assignment) => !booths.some((booth) => booth.booth === assignment.booth))) {
      boothLanguages.add(stray.booth);
      booths.push({
        booth: stray.booth,
        source: stray.source,
        twoWay: false,
        givesRelay: false,
        required: 0,
        seats: [
          {
            ...stray,
            interpreterName: context.interpreterById.get(stray.interpreterId)?.interpreter.name ?? stray.interpreterId,
            byHand: stray.byHand ?? false,
            violationCodes: codesBySeat.get(seatKey(stray)) ?? [],
          },
        ],
        unmet: null,
        candidates: [],
      });
    }
    return { session, pivot: needs?.pivot ?? null, booths, reasons: [...(needs?.reasons ?? []), ...(needs?.warnings ?? [])] };
  });

  return {
    sessions,
    boothLanguages: [...boothLanguages].sort(),
    violations,
    warnings: result.warnings.filter(concernsUs),
    unmet: result.unmet.filter((need) => ownIds.has(need.sessionId)),
    coverage: coverageOf(sessions),
  };
}

/**
 * Other workshops' sessions as busy time only: without booths of their own, the engine never seats
 * anyone there, and nothing is reported about them; their seats still count for caps and double booking.
 */
function fixedCommitments(elsewhere: OtherCommitments, ownIds: ReadonlySet<string>): StaffingSession[] {
  return elsewhere.sessions.filter((session) => !ownIds.has(session.id)).map((session) => ({ ...session, targetLanguages: [] }));
}

function coverageOf(sessions: readonly BoardSession[]): StaffingBoard["coverage"] {
  let needs = 0;
  let covered = 0;
  for (const booth of sessions.flatMap((session) => session.booths)) {
    needs += booth.required;
    covered += Math.min(booth.required, booth.seats.length);
  }
  return { needs, covered, unmet: needs - covered };
}

/**
 * The engine's proposal for one workshop: seats placed by hand are kept and the engine fills around
 * them and around the interpreters' work elsewhere. Returns this workshop's whole plan.
 */
export function proposeStaffing(input: {
  sessions: readonly StaffingSession[];
  roster: readonly RosterInterpreter[];
  keep: readonly Assignment[];
  elsewhere?: OtherCommitments;
  rules?: StaffingRules;
}): Assignment[] {
  const elsewhere = input.elsewhere ?? { sessions: [], assignments: [] };
  const ownIds = new Set(input.sessions.map((session) => session.id));
  const result = assignInterpreters(
    [...input.sessions, ...fixedCommitments(elsewhere, ownIds)],
    input.roster,
    input.rules ?? DEFAULT_STAFFING_RULES,
    [...elsewhere.assignments.filter((assignment) => !ownIds.has(assignment.sessionId)), ...input.keep],
  );
  return result.assignments
    .filter((assignment) => ownIds.has(assignment.sessionId))
    .map(({ sessionId, booth, interpreterId, source }) => ({ sessionId, booth, interpreterId, source }));
}
