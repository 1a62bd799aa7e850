import { isKnownZone } from "./staffing-calendar.ts";
import type { Competence, LanguageCode, RosterInterpreter, StaffingSession } from "./staffing.types.ts";

/** An interpreter with the ISO strings parsed once, since every check reads them many times. */
export interface InterpreterFacts {
  interpreter: RosterInterpreter;
  index: number;
  competence: ReadonlyMap<LanguageCode, Competence>;
  /** Merged availability windows in epoch ms, sorted. */
  windows: readonly (readonly [number, number])[];
  /** The interpreter's zone, or UTC when the roster holds an unknown zone (reported as a warning). */
  zone: string;
  zoneKnown: boolean;
}

export interface SessionFacts {
  session: StaffingSession;
  index: number;
  startMs: number;
  endMs: number;
  minutes: number;
}

export function interpreterFacts(interpreter: RosterInterpreter, index: number): InterpreterFacts {
  const competence = new Map<LanguageCode, Competence>();
  const rank = { A: 0, B: 1, C: 2 } as const;
  for (const { code, competence: level } of interpreter.languages) {
    const known = competence.get(code);
    if (known === undefined || rank[level] < rank[known]) competence.set(code, level);
  }
  const spans = interpreter.availability
    .map(({ start, end }) => [Date.parse(start), Date.parse(end)] as [number, number])
    .filter(([start, end]) => Number.isFinite(start) && Number.isFinite(end) && end > start)
    .sort((a, b) => a[0] - b[0]);
  const windows: [number, number][] = [];
  for (const span of spans) {
    const last = windows[windows.length - 1];
    // Back-to-back windows (a day then the next) cover a session that crosses their seam.
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else windows.push([span[0], span[1]]);
  }
  const zoneKnown = isKnownZone(interpreter.timeZone);
  return { interpreter, index, competence, windows, zone: zoneKnown ? interpreter.timeZone : "UTC", zoneKnown };
}

export function sessionFacts(session: StaffingSession, index: number): SessionFacts {
  const startMs = Date.parse(session.start);
  const endMs = Date.parse(session.end);
  return { session, index, startMs, endMs, minutes: Math.round((endMs - startMs) / 60_000) };
}

export function worksInto(facts: InterpreterFacts, language: LanguageCode): boolean {
  const level = facts.competence.get(language);
  return level === "A" || level === "B";
}

export function understands(facts: InterpreterFacts, language: LanguageCode): boolean {
  return facts.competence.has(language);
}

/** Competence for one seat: into the booth (and back into the floor for a two-way booth), from the source. */
export function hasBoothLanguages(
  facts: InterpreterFacts,
  booth: { booth: LanguageCode; twoWay: boolean },
  source: LanguageCode,
  floor: LanguageCode,
): boolean {
  return worksInto(facts, booth.booth) && understands(facts, source) && (!booth.twoWay || worksInto(facts, floor));
}

export function isAvailable(facts: InterpreterFacts, startMs: number, endMs: number): boolean {
  return facts.windows.some(([from, to]) => from <= startMs && endMs <= to);
}

/** Available for the whole session and able to work remotely when it is remote. */
export function canAttend(facts: InterpreterFacts, session: SessionFacts): boolean {
  return (!session.session.remote || facts.interpreter.remoteCapable) && isAvailable(facts, session.startMs, session.endMs);
}
