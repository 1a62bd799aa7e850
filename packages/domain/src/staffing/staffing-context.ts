import { deriveNeedsFromFacts } from "./derive-staffing-needs.ts";
import { ZoneCalendar, type LocalSessionFacts } from "./staffing-calendar.ts";
import { interpreterFacts, sessionFacts, type InterpreterFacts, type SessionFacts } from "./staffing-facts.ts";
import type { BoothNeed, RosterInterpreter, StaffingNeeds, StaffingRules, StaffingSession } from "./staffing.types.ts";

export interface PlannedSession extends SessionFacts {
  needs: StaffingNeeds;
  boothByLanguage: ReadonlyMap<string, BoothNeed>;
}

/** Everything derived once per call: parsed sessions and roster, needs, and local calendar facts. */
export interface StaffingContext {
  rules: StaffingRules;
  sessions: readonly PlannedSession[];
  interpreters: readonly InterpreterFacts[];
  sessionById: ReadonlyMap<string, PlannedSession>;
  interpreterById: ReadonlyMap<string, InterpreterFacts>;
  local(interpreter: InterpreterFacts, session: SessionFacts): LocalSessionFacts;
}

export function createStaffingContext(
  sessions: readonly StaffingSession[],
  roster: readonly RosterInterpreter[],
  rules: StaffingRules,
): StaffingContext {
  const interpreters = roster.map(interpreterFacts);
  const planned = sessions.map((session, index): PlannedSession => {
    const facts = sessionFacts(session, index);
    const needs = deriveNeedsFromFacts(facts, interpreters, rules);
    return { ...facts, needs, boothByLanguage: new Map(needs.booths.map((booth) => [booth.booth, booth])) };
  });
  // Keyed by zone, not by interpreter: 300 interpreters share a dozen zones, and luxon is the slow part.
  const localByZone = new Map<string, (LocalSessionFacts | undefined)[]>();
  const calendars = new Map<string, ZoneCalendar>();
  return {
    rules,
    sessions: planned,
    interpreters,
    sessionById: new Map(planned.map((session) => [session.session.id, session])),
    interpreterById: new Map(interpreters.map((interpreter) => [interpreter.interpreter.id, interpreter])),
    local(interpreter, session) {
      let row = localByZone.get(interpreter.zone);
      if (!row) {
        row = [];
        localByZone.set(interpreter.zone, row);
      }
      let facts = row[session.index];
      if (!facts) {
        let calendar = calendars.get(interpreter.zone);
        if (!calendar) {
          calendar = new ZoneCalendar(interpreter.zone, rules.preferredLocalHours);
          calendars.set(interpreter.zone, calendar);
        }
        facts = calendar.facts(session.startMs, session.endMs);
        row[session.index] = facts;
      }
      return facts;
    },
  };
}
