import { languageName, plural } from "./staffing-calendar.ts";
import {
  canAttend,
  hasBoothLanguages,
  interpreterFacts,
  sessionFacts,
  type InterpreterFacts,
  type SessionFacts,
} from "./staffing-facts.ts";
import {
  DEFAULT_STAFFING_RULES,
  type BoothNeed,
  type LanguageCode,
  type RosterInterpreter,
  type StaffingNeeds,
  type StaffingRules,
  type StaffingSession,
} from "./staffing.types.ts";

/**
 * Booths, their source language and team sizes for one session, each figure with its reason.
 * The roster matters only for relay: a booth takes relay when too few interpreters who can attend
 * the session work from the floor straight into it.
 */
export function deriveStaffingNeeds(
  session: StaffingSession,
  roster: readonly RosterInterpreter[],
  rules: StaffingRules = DEFAULT_STAFFING_RULES,
): StaffingNeeds {
  return deriveNeedsFromFacts(sessionFacts(session, 0), roster.map(interpreterFacts), rules);
}

export function deriveNeedsFromFacts(
  facts: SessionFacts,
  roster: readonly InterpreterFacts[],
  rules: StaffingRules,
): StaffingNeeds {
  const { session, minutes } = facts;
  const floor = session.floorLanguage;
  const floorName = languageName(floor);
  const targets = [...new Set(session.targetLanguages)].filter((language) => language !== floor);
  const reasons: string[] = [];
  const warnings: string[] = [];

  const maxMinutes = session.remote ? rules.maxRemoteSessionMinutes : rules.maxSessionMinutes;
  if (minutes > maxMinutes) {
    warnings.push(
      `"${session.title}" lasts ${minutes} minutes; ${session.remote ? "remote " : ""}sessions should last at most ${maxMinutes}.`,
    );
  }
  if (targets.length === 0) {
    reasons.push(`No booth: every listed language is the floor language (${floorName}).`);
    return { sessionId: session.id, floorLanguage: floor, minutes, booths: [], pivot: null, totalInterpreters: 0, reasons, warnings };
  }

  const twoWay = rules.twoWayBoothForTwoLanguages && targets.length === 1;
  reasons.push(
    twoWay
      ? `One two-way booth: the meeting uses only ${floorName} and ${languageName(targets[0] ?? "")}.`
      : `${plural(targets.length, "booth", "booths")}, one per language interpreted into from ${floorName}.`,
  );

  const attending = roster.filter((interpreter) => canAttend(interpreter, facts));
  const countAble = (source: LanguageCode, booth: LanguageCode) =>
    attending.filter((interpreter) => hasBoothLanguages(interpreter, { booth, twoWay }, source, floor)).length;
  const baseTeam = minutes <= rules.soloMaxMinutes ? 1 : rules.minInterpretersPerBooth;
  const remoteExtra = session.remote ? rules.remoteExtraPerBooth : 0;
  const direct = new Map(targets.map((booth) => [booth, countAble(floor, booth)] as const));

  // Relay only where the floor cannot feed a booth's team directly, from the one pivot that helps most.
  const pivotChoice = twoWay || rules.maxRelayPivots < 1 ? null : choosePivot(targets, direct, countAble, baseTeam + remoteExtra, rules);
  if (pivotChoice) {
    reasons.push(
      `${languageName(pivotChoice.pivot)} is the relay pivot: too few interpreters work from ${floorName} straight into ${pivotChoice.helped.map(languageName).join(", ")}.`,
    );
  } else if (!twoWay && targets.some((booth) => (direct.get(booth) ?? 0) < baseTeam + remoteExtra)) {
    reasons.push(`No relay pivot: no booth could give relay to at least ${rules.minRelayInterpreters} interpreters who lack ${floorName}.`);
  }

  const booths = targets.map((booth): BoothNeed => {
    const takesRelay = pivotChoice?.helped.includes(booth) ?? false;
    const givesRelay = pivotChoice?.pivot === booth;
    const source = takesRelay && pivotChoice ? pivotChoice.pivot : floor;
    const boothReasons: string[] = [];
    if (takesRelay) {
      boothReasons.push(
        `Takes relay from the ${languageName(source)} booth: ${plural(direct.get(booth) ?? 0, "attending interpreter works", "attending interpreters work")} from ${floorName} into ${languageName(booth)}, ${countAble(source, booth)} from ${languageName(source)}.`,
      );
    } else {
      boothReasons.push(`Works from the floor (${floorName}).`);
    }
    let interpreters: number;
    if (twoWay || givesRelay) {
      interpreters = Math.max(baseTeam, twoWay ? rules.twoWayBoothTeam : rules.relayGivingBoothTeam);
      boothReasons.push(
        twoWay
          ? `${interpreters} interpreters: a two-way booth needs ${rules.twoWayBoothTeam}.`
          : `${interpreters} interpreters: a booth that gives relay needs ${rules.relayGivingBoothTeam}.`,
      );
    } else if (baseTeam === 1) {
      interpreters = 1;
      boothReasons.push(`1 interpreter: a session of ${minutes} minutes (at most ${rules.soloMaxMinutes}) may be covered alone.`);
    } else {
      interpreters = baseTeam;
      boothReasons.push(
        `${interpreters} interpreters: at least ${rules.minInterpretersPerBooth} per booth for sessions over ${rules.soloMaxMinutes} minutes.`,
      );
    }
    if (remoteExtra > 0) {
      interpreters += remoteExtra;
      boothReasons.push(`+${remoteExtra} because the session is remote: ${interpreters} in all.`);
    }
    return { booth, twoWay, source, givesRelay, interpreters, reasons: boothReasons };
  });

  return {
    sessionId: session.id,
    floorLanguage: floor,
    minutes,
    booths,
    pivot: pivotChoice?.pivot ?? null,
    totalInterpreters: booths.reduce((sum, booth) => sum + booth.interpreters, 0),
    reasons,
    warnings,
  };
}

function choosePivot(
  targets: readonly LanguageCode[],
  direct: ReadonlyMap<LanguageCode, number>,
  countAble: (source: LanguageCode, booth: LanguageCode) => number,
  team: number,
  rules: StaffingRules,
): { pivot: LanguageCode; helped: LanguageCode[] } | null {
  const short = targets.filter((booth) => (direct.get(booth) ?? 0) < team);
  if (short.length === 0) return null;
  let best: { pivot: LanguageCode; helped: LanguageCode[]; able: number } | null = null;
  for (const pivot of targets) {
    // The pivot booth itself must be staffable from the floor with its larger relay-giving team.
    if (short.includes(pivot) || (direct.get(pivot) ?? 0) < Math.max(team, rules.relayGivingBoothTeam)) continue;
    const helped: LanguageCode[] = [];
    let able = 0;
    for (const booth of short) {
      const fromPivot = countAble(pivot, booth);
      if (fromPivot >= rules.minRelayInterpreters && fromPivot > (direct.get(booth) ?? 0)) {
        helped.push(booth);
        able += fromPivot;
      }
    }
    if (helped.length === 0) continue;
    if (!best || helped.length > best.helped.length || (helped.length === best.helped.length && able > best.able)) {
      best = { pivot, helped, able };
    }
  }
  return best && { pivot: best.pivot, helped: best.helped };
}
