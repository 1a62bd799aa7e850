import { describeLocalDay, describeMinutes, describeSlot, languageName } from "./staffing-calendar.ts";
import { createStaffingContext, type PlannedSession, type StaffingContext } from "./staffing-context.ts";
import { isAvailable, understands, worksInto, type InterpreterFacts } from "./staffing-facts.ts";
import {
  DEFAULT_STAFFING_RULES,
  type Assignment,
  type RosterInterpreter,
  type RuleViolation,
  type StaffingRules,
  type StaffingSession,
} from "./staffing.types.ts";

/**
 * Every hard rule the given assignments break, each with the assignments involved and a sentence for
 * the secretariat. Batch and independent of the engine's incremental ledger, so it can judge both the
 * engine's output and a hand-made override.
 */
export function checkAssignments(
  sessions: readonly StaffingSession[],
  roster: readonly RosterInterpreter[],
  rules: StaffingRules = DEFAULT_STAFFING_RULES,
  assignments: readonly Assignment[],
): RuleViolation[] {
  return checkAssignmentsInContext(createStaffingContext(sessions, roster, rules), assignments);
}

interface PlacedAssignment {
  assignment: Assignment;
  session: PlannedSession;
  interpreter: InterpreterFacts;
}

export function checkAssignmentsInContext(context: StaffingContext, assignments: readonly Assignment[]): RuleViolation[] {
  const { rules } = context;
  const violations: RuleViolation[] = [];
  const report = (code: RuleViolation["code"], involved: readonly PlacedAssignment[], reason: string) =>
    violations.push({
      code,
      sessionIds: unique(involved.map(({ assignment }) => assignment.sessionId)),
      interpreterIds: unique(involved.map(({ assignment }) => assignment.interpreterId)),
      assignments: involved.map(({ assignment }) => assignment),
      reason,
    });

  const placed: PlacedAssignment[] = [];
  const seen = new Set<string>();
  for (const assignment of assignments) {
    const session = context.sessionById.get(assignment.sessionId);
    const interpreter = context.interpreterById.get(assignment.interpreterId);
    if (!session) {
      violations.push({
        code: "unknown-session",
        sessionIds: [assignment.sessionId],
        interpreterIds: [assignment.interpreterId],
        assignments: [assignment],
        reason: `Session "${assignment.sessionId}" is not in the programme.`,
      });
      continue;
    }
    if (!interpreter) {
      violations.push({
        code: "unknown-interpreter",
        sessionIds: [assignment.sessionId],
        interpreterIds: [assignment.interpreterId],
        assignments: [assignment],
        reason: `Interpreter "${assignment.interpreterId}" is not on the roster.`,
      });
      continue;
    }
    const item = { assignment, session, interpreter };
    const name = interpreter.interpreter.name;
    const title = describeSession(session);
    const key = `${assignment.sessionId}\u0000${assignment.booth}\u0000${assignment.interpreterId}`;
    if (seen.has(key)) {
      report("duplicate-assignment", [item], `${name} is assigned twice to the ${languageName(assignment.booth)} booth of ${title}.`);
      continue;
    }
    seen.add(key);
    placed.push(item);

    const booth = session.boothByLanguage.get(assignment.booth);
    const floor = session.session.floorLanguage;
    if (!booth) {
      report("unknown-booth", [item], `${title} has no ${languageName(assignment.booth)} booth, yet ${name} is assigned to one.`);
    } else {
      const sourceIsBooth = assignment.source !== assignment.booth && session.boothByLanguage.has(assignment.source);
      if (assignment.source !== floor && (booth.twoWay || !sourceIsBooth)) {
        report(
          "invalid-source",
          [item],
          `${name} is set to work from ${languageName(assignment.source)} in the ${languageName(assignment.booth)} booth of ${title}, but that is neither the floor (${languageName(floor)}) nor another booth to take relay from.`,
        );
      }
      if (!worksInto(interpreter, assignment.booth) || (booth.twoWay && !worksInto(interpreter, floor))) {
        const into = booth.twoWay ? `${languageName(assignment.booth)} and back into ${languageName(floor)}` : languageName(assignment.booth);
        report("target-competence", [item], `${name} cannot work into ${into} (an A or B language is needed) for ${title}.`);
      }
      if (!understands(interpreter, assignment.source)) {
        report("source-competence", [item], `${name} does not have ${languageName(assignment.source)} (A, B or C) to work from in ${title}.`);
      }
    }
    if (session.session.remote && !interpreter.interpreter.remoteCapable) {
      report("remote-not-capable", [item], `${name} does not work remotely, but ${title} is remote.`);
    }
    if (!isAvailable(interpreter, session.startMs, session.endMs)) {
      report("outside-availability", [item], `${name} is not available for ${title}.`);
    }
  }

  const byInterpreter = groupBy(placed, ({ interpreter }) => interpreter.index);
  for (const items of byInterpreter.values()) {
    items.sort((a, b) => a.session.startMs - b.session.startMs);
    const name = items[0]?.interpreter.interpreter.name ?? "";
    checkSpacing(items, name, rules.minMinutesBetweenSessions, report);

    const local = (item: PlacedAssignment) => context.local(item.interpreter, item.session);
    for (const [day, dayItems] of groupBy(items, (item) => local(item).day)) {
      const sessions = distinctSessions(dayItems);
      const minutes = sessions.reduce((sum, session) => sum + session.minutes, 0);
      const when = `${describeLocalDay(day)} (${items[0]?.interpreter.zone} local day)`;
      if (sessions.length > rules.maxSessionsPerDay) {
        report("daily-session-cap", dayItems, `${name} has ${sessions.length} sessions on ${when}; at most ${rules.maxSessionsPerDay} are allowed.`);
      }
      if (minutes > rules.maxInterpretingMinutesPerDay) {
        report(
          "daily-hours-cap",
          dayItems,
          `${name} has ${describeMinutes(minutes)} of interpreting on ${when}; at most ${describeMinutes(rules.maxInterpretingMinutesPerDay)} are allowed.`,
        );
      }
    }
    for (const [week, weekItems] of groupBy(items, (item) => local(item).week)) {
      const sessions = distinctSessions(weekItems);
      if (sessions.length > rules.maxSessionsPerWeek) {
        report("weekly-session-cap", weekItems, `${name} has ${sessions.length} sessions in week ${week} (local); at most ${rules.maxSessionsPerWeek} are allowed.`);
      }
      const remote = sessions.filter((session) => session.session.remote).length;
      if (remote > rules.maxRemoteSessionsPerWeek) {
        report(
          "weekly-remote-cap",
          weekItems.filter((item) => item.session.session.remote),
          `${name} has ${remote} remote sessions in week ${week} (local); at most ${rules.maxRemoteSessionsPerWeek} are allowed.`,
        );
      }
    }
  }

  for (const items of groupBy(placed, ({ session }) => session.index).values()) {
    const relayed = items.filter(({ assignment, session }) => assignment.source !== session.session.floorLanguage);
    const pivots = unique(relayed.map(({ assignment }) => assignment.source));
    if (pivots.length > rules.maxRelayPivots) {
      const session = items[0]?.session;
      report(
        "relay-pivots",
        relayed,
        `${session ? describeSession(session) : "A session"} takes relay from ${pivots.map(languageName).join(" and ")}; at most ${rules.maxRelayPivots} pivot language is allowed.`,
      );
    }
  }
  return violations;
}

/** Overlaps are double bookings; gaps shorter than the rest time are rest violations. */
function checkSpacing(
  items: readonly PlacedAssignment[],
  name: string,
  restMinutes: number,
  report: (code: RuleViolation["code"], involved: readonly PlacedAssignment[], reason: string) => void,
): void {
  const restMs = restMinutes * 60_000;
  for (let i = 0; i < items.length; i += 1) {
    const first = items[i];
    if (!first) continue;
    for (let j = i + 1; j < items.length; j += 1) {
      const second = items[j];
      if (!second || second.session.startMs >= first.session.endMs + restMs) break;
      const a = first.session;
      const b = second.session;
      if (a === b || (b.startMs < a.endMs && a.startMs < b.endMs)) {
        report(
          "double-booking",
          [first, second],
          a === b
            ? `${name} is in two booths of ${describeSession(a)} at once.`
            : `${name} is booked for ${describeSession(a)} and ${describeSession(b)}, which overlap.`,
        );
      } else {
        const gap = Math.round((Math.max(a.startMs, b.startMs) - Math.min(a.endMs, b.endMs)) / 60_000);
        report(
          "rest-between-sessions",
          [first, second],
          `${name} has only ${gap} minutes between ${describeSession(a)} and ${describeSession(b)}; at least ${restMinutes} are required.`,
        );
      }
    }
  }
}

export function describeSession(session: PlannedSession): string {
  return `"${session.session.title}" on ${describeSlot(session.startMs, session.endMs)}`;
}

function distinctSessions(items: readonly PlacedAssignment[]): PlannedSession[] {
  return [...new Set(items.map(({ session }) => session))];
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function groupBy<T, K>(values: readonly T[], keyOf: (value: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}
