import { DateTime } from "luxon";
import type { StaffingBoard } from "./staffing-board.ts";
import type { LanguageCode } from "./staffing.types.ts";

/**
 * The language manifest of a workshop: for each session, the audio channels an interpretation
 * platform must open, where each booth takes its source from, and who sits in it. The JSON form is
 * versioned so that an operator's import script can rely on it.
 */
export const LANGUAGE_MANIFEST_FORMAT = "comity.language-manifest";
export const LANGUAGE_MANIFEST_VERSION = 1;

export interface ManifestContact {
  name: string;
  email: string;
}

export interface ManifestInterpreter extends ManifestContact {
  /** The channel this interpreter listens to: usually the booth's source, the floor when they understand it. */
  source: LanguageCode;
}

export interface ManifestChannel {
  language: LanguageCode;
  /** The floor channel carries the speakers; each interpretation channel is one booth. */
  kind: "floor" | "interpretation";
  /** What the booth listens to: the floor, or the pivot booth when it takes relay. Null on the floor channel. */
  source: LanguageCode | null;
  /** The pivot booth this booth takes relay from, when it does not work from the floor. */
  relayFrom: LanguageCode | null;
  /** Works from the floor into its language and back into the floor language. */
  twoWay: boolean;
  /** Other booths take relay from this one. */
  givesRelay: boolean;
  interpretersRequired: number;
  interpreters: ManifestInterpreter[];
}

export interface ManifestSession {
  id: string;
  title: string;
  /** UTC instants. */
  start: string;
  end: string;
  /** The same instants in the workshop's zone, with their offset. */
  localStart: string;
  localEnd: string;
  remote: boolean;
  floorLanguage: LanguageCode;
  /** The one intermediate language other booths take relay from, if any. */
  pivot: LanguageCode | null;
  channels: ManifestChannel[];
  /** Seats still empty across this session's booths: the operator should not go live with them. */
  unfilledSeats: number;
}

export interface LanguageManifest {
  format: typeof LANGUAGE_MANIFEST_FORMAT;
  version: typeof LANGUAGE_MANIFEST_VERSION;
  workshop: { id: string; title: string; timeZone: string };
  sessions: ManifestSession[];
}

export interface ManifestSessionInput {
  id: string;
  title: string;
  start: string;
  end: string;
  floorLanguage: LanguageCode;
  interpreted: boolean;
  remote: boolean;
  cancelled: boolean;
}

/**
 * Builds the manifest from the agenda and the staffing board (which carries booths, pivots and
 * seats). Cancelled sessions are left out: an operator must not open channels for them. A session
 * without interpretation has its floor channel only.
 */
export function buildLanguageManifest(input: {
  workshop: { id: string; title: string; timeZone: string };
  sessions: readonly ManifestSessionInput[];
  board: StaffingBoard;
  contacts: ReadonlyMap<string, ManifestContact>;
}): LanguageManifest {
  const boardById = new Map(input.board.sessions.map((row) => [row.session.id, row]));
  const local = (instant: string) => DateTime.fromISO(instant, { zone: "utc" }).setZone(input.workshop.timeZone).toISO({ suppressMilliseconds: true }) ?? instant;
  const sessions = [...input.sessions]
    .filter((session) => !session.cancelled)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((session): ManifestSession => {
      const row = session.interpreted ? boardById.get(session.id) : undefined;
      const booths = (row?.booths ?? []).filter((booth) => booth.required > 0 || booth.seats.length > 0);
      const channels: ManifestChannel[] = [
        { language: session.floorLanguage, kind: "floor", source: null, relayFrom: null, twoWay: false, givesRelay: false, interpretersRequired: 0, interpreters: [] },
        ...booths.map(
          (booth): ManifestChannel => ({
            language: booth.booth,
            kind: "interpretation",
            source: booth.source,
            relayFrom: booth.source === session.floorLanguage ? null : booth.source,
            twoWay: booth.twoWay,
            givesRelay: booth.givesRelay,
            interpretersRequired: booth.required,
            interpreters: booth.seats.map((seat) => ({ ...(input.contacts.get(seat.interpreterId) ?? { name: seat.interpreterName, email: "" }), source: seat.source })),
          }),
        ),
      ];
      return {
        id: session.id,
        title: session.title,
        start: session.start,
        end: session.end,
        localStart: local(session.start),
        localEnd: local(session.end),
        remote: session.remote,
        floorLanguage: session.floorLanguage,
        pivot: row?.pivot ?? null,
        channels,
        unfilledSeats: booths.reduce((sum, booth) => sum + Math.max(0, booth.required - booth.seats.length), 0),
      };
    });
  return { format: LANGUAGE_MANIFEST_FORMAT, version: LANGUAGE_MANIFEST_VERSION, workshop: { ...input.workshop }, sessions };
}

export const MANIFEST_CSV_HEADER = [
  "session_id",
  "session_title",
  "start_utc",
  "end_utc",
  "start_local",
  "end_local",
  "time_zone",
  "remote",
  "floor_language",
  "channel_language",
  "channel_kind",
  "source_language",
  "relay_from",
  "two_way",
  "gives_relay",
  "interpreters_required",
  "interpreters_assigned",
  "interpreter_names",
  "interpreter_emails",
] as const;

/** One row per channel of each session, in the order of `MANIFEST_CSV_HEADER`; lists joined by "; ". */
export function manifestCsvRows(manifest: LanguageManifest): (string | number)[][] {
  const yesNo = (value: boolean) => (value ? "yes" : "no");
  return manifest.sessions.flatMap((session) =>
    session.channels.map((channel) => [
      session.id,
      session.title,
      session.start,
      session.end,
      session.localStart,
      session.localEnd,
      manifest.workshop.timeZone,
      yesNo(session.remote),
      session.floorLanguage,
      channel.language,
      channel.kind,
      channel.source ?? "",
      channel.relayFrom ?? "",
      yesNo(channel.twoWay),
      yesNo(channel.givesRelay),
      channel.interpretersRequired,
      channel.interpreters.length,
      channel.interpreters.map((interpreter) => interpreter.name).join("; "),
      channel.interpreters.map((interpreter) => interpreter.email).join("; "),
    ]),
  );
}
