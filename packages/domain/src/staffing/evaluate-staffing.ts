import { checkAssignmentsInContext, describeSession } from "./check-assignments.ts";
import { describeLocalTimes, describeSlot, languageName, plural } from "./staffing-calendar.ts";
import { createStaffingContext, type PlannedSession, type StaffingContext } from "./staffing-context.ts";
import { hasBoothLanguages } from "./staffing-facts.ts";
import { StaffingLedger } from "./staffing-ledger.ts";
import {
  DEFAULT_STAFFING_RULES,
  type Assignment,
  type BlockerCode,
  type BoothNeed,
  type RosterInterpreter,
  type StaffingResult,
  type StaffingRules,
  type StaffingSession,
  type StaffingWarning,
  type UnmetNeed,
} from "./staffing.types.ts";

/**
 * Judges a complete set of assignments (the engine's, or a hand-made plan): what is still missing and
 * why, which hard rules are broken, soft warnings and the figures staffingCost reads.
 */
export function evaluateStaffing(
  sessions: readonly StaffingSession[],
  roster: readonly RosterInterpreter[],
  rules: StaffingRules = DEFAULT_STAFFING_RULES,
  assignments: readonly Assignment[],
): StaffingResult {
  return evaluateInContext(createStaffingContext(sessions, roster, rules), assignments);
}

export function evaluateInContext(context: StaffingContext, assignments: readonly Assignment[]): StaffingResult {
  const { rules } = context;
  const ledger = new StaffingLedger(context);
  const seatsByBooth = new Map<string, Set<string>>();
  const boothKey = (sessionId: string, booth: string) => `${sessionId}\u0000${booth}`;
  const counted = new Set<string>();
  const warnings: StaffingWarning[] = [];
  let outsideLocalHoursAssignments = 0;
  let outsideLocalHoursMinutes = 0;

  for (const assignment of assignments) {
    const session = context.sessionById.get(assignment.sessionId);
    const interpreter = context.interpreterById.get(assignment.interpreterId);
    if (!session || !interpreter) continue;
    const key = `${boothKey(assignment.sessionId, assignment.booth)}\u0000${assignment.interpreterId}`;
    if (counted.has(key)) continue;
    counted.add(key);
    ledger.add(interpreter, session, assignment.source);
    const seats = seatsByBooth.get(boothKey(assignment.sessionId, assignment.booth)) ?? new Set<string>();
    seats.add(assignment.interpreterId);
    seatsByBooth.set(boothKey(assignment.sessionId, assignment.booth), seats);

    const outside = context.local(interpreter, session).minutesOutsidePreferred;
    if (outside > 0) {
      outsideLocalHoursAssignments += 1;
      outsideLocalHoursMinutes += outside;
      const { from, to } = rules.preferredLocalHours;
      warnings.push({
        code: "outside-local-hours",
        sessionIds: [session.session.id],
        interpreterIds: [interpreter.interpreter.id],
        reason: `${interpreter.interpreter.name} works ${describeSession(session)} at ${describeLocalTimes(session.startMs, session.endMs, interpreter.zone)} local time (${interpreter.zone}), ${outside} minutes outside ${pad(from)}:00–${pad(to)}:00.`,
      });
    }
  }

  // Load is counted per interpreter and local week: each pair of sessions in the same week costs a little.
  let sameWeekPairs = 0;
  const weekLoad = new Map<string, Set<string>>();
  for (const key of counted) {
    const [sessionId = "", , interpreterId = ""] = key.split("\u0000");
    const session = context.sessionById.get(sessionId);
    const interpreter = context.interpreterById.get(interpreterId);
    if (!session || !interpreter) continue;
    const weekKey = `${interpreterId}\u0000${context.local(interpreter, session).week}`;
    const sessionsThatWeek = weekLoad.get(weekKey) ?? new Set<string>();
    if (!sessionsThatWeek.has(sessionId)) sameWeekPairs += sessionsThatWeek.size;
    sessionsThatWeek.add(sessionId);
    weekLoad.set(weekKey, sessionsThatWeek);
  }

  for (const interpreter of context.interpreters) {
    if (!interpreter.zoneKnown) {
      warnings.push({
        code: "unknown-time-zone",
        sessionIds: [],
        interpreterIds: [interpreter.interpreter.id],
        reason: `${interpreter.interpreter.name} has an unknown time zone ("${interpreter.interpreter.timeZone}"); UTC is used for the daily and weekly limits.`,
      });
    }
  }

  const unmet: UnmetNeed[] = [];
  let needs = 0;
  let covered = 0;
  let booths = 0;
  for (const session of context.sessions) {
    for (const warning of session.needs.warnings) {
      warnings.push({ code: "long-session", sessionIds: [session.session.id], interpreterIds: [], reason: warning });
    }
    for (const booth of session.needs.booths) {
      booths += 1;
      needs += booth.interpreters;
      const seated = seatsByBooth.get(boothKey(session.session.id, booth.booth))?.size ?? 0;
      covered += Math.min(seated, booth.interpreters);
      if (seated < booth.interpreters) unmet.push(explainUnmet(context, ledger, session, booth, seated));
    }
  }

  const violations = checkAssignmentsInContext(context, assignments);
  const softPenalty =
    (outsideLocalHoursMinutes / 60) * rules.outsideHoursCostPerHour + sameWeekPairs * rules.sameWeekPairCost;
  return {
    assignments: [...assignments],
    unmet,
    violations,
    warnings,
    stats: {
      sessions: context.sessions.length,
      booths,
      needs,
      covered,
      unmet: needs - covered,
      assignments: assignments.length,
      violations: violations.length,
      outsideLocalHoursAssignments,
      outsideLocalHoursMinutes,
      softPenalty,
    },
  };
}

const BLOCKER_PHRASES: Record<BlockerCode, [string, string]> = {
  "not-available": ["is not available", "are not available"],
  "not-remote-capable": ["does not work remotely", "do not work remotely"],
  "booked-elsewhere": ["is booked elsewhere", "are booked elsewhere"],
  "too-little-rest": ["would have too little rest between sessions", "would have too little rest between sessions"],
  "daily-cap": ["has reached the daily limit", "have reached the daily limit"],
  "weekly-cap": ["has reached the weekly limit", "have reached the weekly limit"],
  "relay-limit": ["would need a second relay pivot", "would need a second relay pivot"],
};

function explainUnmet(
  context: StaffingContext,
  ledger: StaffingLedger,
  session: PlannedSession,
  booth: BoothNeed,
  seated: number,
): UnmetNeed {
  const floor = session.session.floorLanguage;
  const sources = booth.source === floor ? [floor] : [floor, booth.source];
  const blockers: Partial<Record<BlockerCode, number>> = {};
  const interpreterIds: string[] = [];
  let free = 0;
  for (const interpreter of context.interpreters) {
    const usable = sources.filter((source) => hasBoothLanguages(interpreter, booth, source, floor));
    if (usable.length === 0) continue;
    if (ledger.isBookedFor(interpreter, session)) continue;
    interpreterIds.push(interpreter.interpreter.id);
    const found = usable.map((source) => ledger.blocker(interpreter, session, source));
    if (found.includes(null)) free += 1;
    else {
      const code = found[0] as BlockerCode;
      blockers[code] = (blockers[code] ?? 0) + 1;
    }
  }

  const into = booth.twoWay
    ? `between ${languageName(floor)} and ${languageName(booth.booth)}`
    : `from ${languageName(booth.source)} into ${languageName(booth.booth)}`;
  const when = describeSlot(session.startMs, session.endMs);
  const causes = (Object.entries(blockers) as [BlockerCode, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${count} ${BLOCKER_PHRASES[code][count === 1 ? 0 : 1]}`);
  if (free > 0) causes.push(`${free} could still be assigned`);
  const missing = booth.interpreters - seated;
  let reason: string;
  if (interpreterIds.length === 0) {
    reason = `Nobody on the roster works ${into}, needed for "${session.session.title}" on ${when}${seated > 0 ? ` (${seated} of ${booth.interpreters} seats filled)` : ""}.`;
  } else if (seated === 0 && free === 0) {
    reason = `No available interpreter works ${into} on ${when} ("${session.session.title}"): ${causes.join(", ")}.`;
  } else {
    reason = `The ${languageName(booth.booth)} booth of "${session.session.title}" on ${when} has ${seated} of ${booth.interpreters} interpreters; of the ${plural(interpreterIds.length, "other who works", "others who work")} ${into}, ${causes.join(", ")}.`;
  }
  return {
    code: seated === 0 ? "unstaffed-booth" : "understaffed-booth",
    sessionId: session.session.id,
    booth: booth.booth,
    source: booth.source,
    required: booth.interpreters,
    assigned: seated,
    missing,
    interpreterIds,
    blockers,
    reason,
  };
}

function pad(hour: number): string {
  return String(hour).padStart(2, "0");
}
