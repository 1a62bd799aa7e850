/** ISO 639-1 code, e.g. "en", "fr", "ar". */
export type LanguageCode = string;

/** A: mother tongue, B: active (works into it), C: passive (works only from it). */
export type Competence = "A" | "B" | "C";

export interface StaffingSession {
  id: string;
  workshopId: string;
  title: string;
  /** ISO instant (UTC). */
  start: string;
  /** ISO instant (UTC). */
  end: string;
  floorLanguage: LanguageCode;
  targetLanguages: LanguageCode[];
  remote: boolean;
}

export interface RosterInterpreter {
  id: string;
  name: string;
  languages: { code: LanguageCode; competence: Competence }[];
  /** IANA zone; caps and preferred hours are counted on the interpreter's local calendar. */
  timeZone: string;
  remoteCapable: boolean;
  /** ISO instants; a session must lie inside these windows (touching windows join up). */
  availability: { start: string; end: string }[];
}

/** Every figure of DOMAIN.md "staffing rules a scheduler can enforce", configurable. */
export interface StaffingRules {
  /** Interpreters per booth in the ordinary case. */
  minInterpretersPerBooth: number;
  /** A session this short (minutes) may be covered by one interpreter per booth. */
  soloMaxMinutes: number;
  /** A meeting with exactly two languages uses one booth working both ways. */
  twoWayBoothForTwoLanguages: boolean;
  twoWayBoothTeam: number;
  /** Team of a booth that gives relay to other booths. */
  relayGivingBoothTeam: number;
  remoteExtraPerBooth: number;
  /** Intermediate languages allowed per session. */
  maxRelayPivots: number;
  /** A pivot is only used when at least this many interpreters can take relay from it. */
  minRelayInterpreters: number;
  maxSessionsPerDay: number;
  maxInterpretingMinutesPerDay: number;
  minMinutesBetweenSessions: number;
  maxSessionsPerWeek: number;
  maxRemoteSessionsPerWeek: number;
  /** Longer sessions only get a warning: the engine cannot shorten a meeting. */
  maxSessionMinutes: number;
  maxRemoteSessionMinutes: number;
  /** Soft: the interpreter's local working hours, [from, to) in hours. */
  preferredLocalHours: { from: number; to: number };
  /** Soft cost of one hour worked outside the preferred local hours. */
  outsideHoursCostPerHour: number;
  /** Soft cost of each pair of sessions one interpreter works in the same local week (balanced load). */
  sameWeekPairCost: number;
}

export const DEFAULT_STAFFING_RULES: StaffingRules = {
  minInterpretersPerBooth: 2,
  soloMaxMinutes: 40,
  twoWayBoothForTwoLanguages: true,
  twoWayBoothTeam: 3,
  relayGivingBoothTeam: 3,
  remoteExtraPerBooth: 1,
  maxRelayPivots: 1,
  minRelayInterpreters: 2,
  maxSessionsPerDay: 2,
  maxInterpretingMinutesPerDay: 7 * 60,
  minMinutesBetweenSessions: 90,
  maxSessionsPerWeek: 7,
  maxRemoteSessionsPerWeek: 5,
  maxSessionMinutes: 4 * 60,
  maxRemoteSessionMinutes: 2 * 60,
  preferredLocalHours: { from: 7, to: 22 },
  outsideHoursCostPerHour: 10,
  sameWeekPairCost: 1,
};

export interface BoothNeed {
  /** The language interpreted into; names the booth. */
  booth: LanguageCode;
  /** Works from the floor into `booth` and back into the floor language. */
  twoWay: boolean;
  /** The floor language, or the pivot booth's language when this booth takes relay. */
  source: LanguageCode;
  givesRelay: boolean;
  interpreters: number;
  /** Why the source and the team size are what they are. */
  reasons: string[];
}

export interface StaffingNeeds {
  sessionId: string;
  floorLanguage: LanguageCode;
  minutes: number;
  booths: BoothNeed[];
  pivot: LanguageCode | null;
  totalInterpreters: number;
  /** Why there are this many booths, and why a pivot was or was not chosen. */
  reasons: string[];
  warnings: string[];
}

export interface Assignment {
  sessionId: string;
  booth: LanguageCode;
  interpreterId: string;
  /** The language this interpreter works from: the floor or the relay pivot. */
  source: LanguageCode;
}

export const HARD_RULE_CODES = [
  "unknown-session",
  "unknown-interpreter",
  "unknown-booth",
  "duplicate-assignment",
  "invalid-source",
  "target-competence",
  "source-competence",
  "remote-not-capable",
  "outside-availability",
  "double-booking",
  "rest-between-sessions",
  "daily-session-cap",
  "daily-hours-cap",
  "weekly-session-cap",
  "weekly-remote-cap",
  "relay-pivots",
] as const;
export type HardRuleCode = (typeof HARD_RULE_CODES)[number];

export interface RuleViolation {
  code: HardRuleCode;
  sessionIds: string[];
  interpreterIds: string[];
  /** The assignments that together break the rule. */
  assignments: Assignment[];
  reason: string;
}

/** Why a roster interpreter who has the languages still cannot take a seat. */
export type BlockerCode =
  | "not-available"
  | "not-remote-capable"
  | "booked-elsewhere"
  | "too-little-rest"
  | "daily-cap"
  | "weekly-cap"
  | "relay-limit";

export interface UnmetNeed {
  code: "unstaffed-booth" | "understaffed-booth";
  sessionId: string;
  booth: LanguageCode;
  source: LanguageCode;
  required: number;
  assigned: number;
  missing: number;
  /** Interpreters with the languages for this booth who are not in it. */
  interpreterIds: string[];
  blockers: Partial<Record<BlockerCode, number>>;
  reason: string;
}

export interface StaffingWarning {
  code: "outside-local-hours" | "long-session" | "unknown-time-zone";
  sessionIds: string[];
  interpreterIds: string[];
  reason: string;
}

export interface StaffingStats {
  sessions: number;
  booths: number;
  /** Seats to fill: the sum of every booth's team. */
  needs: number;
  covered: number;
  unmet: number;
  assignments: number;
  violations: number;
  outsideLocalHoursAssignments: number;
  outsideLocalHoursMinutes: number;
  /** Weighted soft-rule penalties (outside local hours, same-week load). */
  softPenalty: number;
}

export interface StaffingResult {
  assignments: Assignment[];
  unmet: UnmetNeed[];
  violations: RuleViolation[];
  warnings: StaffingWarning[];
  stats: StaffingStats;
}
