import { describe, expect, it } from "vitest";
import { buildLanguageManifest, LANGUAGE_MANIFEST_FORMAT, MANIFEST_CSV_HEADER, manifestCsvRows, type ManifestSessionInput } from "./language-manifest.ts";
import { buildStaffingBoard, proposeStaffing } from "./staffing-board.ts";
import { makeInterpreter, makeSession } from "./staffing.fixtures.ts";

// Arabic floor; the Chinese booth can only be reached through English, which then gives relay.
const roster = [
  makeInterpreter("e1", "en:A ar:C", { name: "Emma" }),
  makeInterpreter("e2", "en:A ar:B", { name: "Ethan" }),
  makeInterpreter("e3", "ar:A en:B", { name: "Elias" }),
  makeInterpreter("f1", "fr:A ar:C en:C", { name: "Fanny" }),
  makeInterpreter("f2", "fr:A ar:C", { name: "Félix" }),
  makeInterpreter("z1", "zh:A en:B", { name: "Zhang" }),
  makeInterpreter("z2", "zh:A en:C", { name: "Zhao" }),
];
const contacts = new Map(roster.map((interpreter) => [interpreter.id, { name: interpreter.name, email: `${interpreter.id}@interpreters.example.org` }]));
const workshop = { id: "w1", title: "Regional workshop", timeZone: "Asia/Jakarta" };

const plenary = makeSession({ id: "plenary", title: "Plenary", start: "2026-12-01T02:00:00Z", end: "2026-12-01T04:00:00Z", floorLanguage: "ar", targetLanguages: ["en", "fr", "zh"] });
const agenda: ManifestSessionInput[] = [
  { id: "closing", title: "Closing (floor only)", start: "2026-12-01T08:00:00Z", end: "2026-12-01T09:00:00Z", floorLanguage: "en", interpreted: false, remote: false, cancelled: false },
  { id: "plenary", title: "Plenary", start: plenary.start, end: plenary.end, floorLanguage: "ar", interpreted: true, remote: true, cancelled: false },
  { id: "dropped", title: "Dropped", start: "2026-12-01T05:00:00Z", end: "2026-12-01T06:00:00Z", floorLanguage: "en", interpreted: true, remote: false, cancelled: true },
];

function manifestFor(assignments = proposeStaffing({ sessions: [plenary], roster, keep: [] })) {
  const board = buildStaffingBoard({ sessions: [plenary], roster, assignments });
  return buildLanguageManifest({ workshop, sessions: agenda, board, contacts });
}

describe("language manifest", () => {
  it("opens a floor channel and one channel per booth, with the relay routed through the pivot", () => {
    const manifest = manifestFor();
    expect(manifest.format).toBe(LANGUAGE_MANIFEST_FORMAT);
    expect(manifest.sessions.map((session) => session.id)).toEqual(["plenary", "closing"]);
    const [session] = manifest.sessions;
    expect(session).toMatchObject({ pivot: "en", floorLanguage: "ar", remote: true, localStart: "2026-12-01T09:00:00+07:00", localEnd: "2026-12-01T11:00:00+07:00" });
    const channels = Object.fromEntries(session?.channels.map((channel) => [channel.language, channel]) ?? []);
    expect(channels.ar).toMatchObject({ kind: "floor", source: null, interpretersRequired: 0, interpreters: [] });
    expect(channels.en).toMatchObject({ kind: "interpretation", source: "ar", relayFrom: null, givesRelay: true });
    expect(channels.zh).toMatchObject({ kind: "interpretation", source: "en", relayFrom: "en", givesRelay: false });
    // Each seated interpreter comes with the address an operator invites them by, and the channel they listen to.
    expect(channels.zh?.interpreters).toEqual([
      { name: "Zhang", email: "z1@interpreters.example.org", source: "en" },
      { name: "Zhao", email: "z2@interpreters.example.org", source: "en" },
    ]);
    expect(session?.unfilledSeats).toBe(session?.channels.reduce((sum, channel) => sum + channel.interpretersRequired - channel.interpreters.length, 0));
  });

  it("counts empty seats, so an operator sees a session not ready to go live", () => {
    const manifest = manifestFor([]);
    const required = manifest.sessions[0]?.channels.reduce((sum, channel) => sum + channel.interpretersRequired, 0);
    expect(required).toBeGreaterThan(0);
    expect(manifest.sessions[0]?.unfilledSeats).toBe(required);
    expect(manifest.sessions[1]).toMatchObject({ id: "closing", pivot: null, unfilledSeats: 0, channels: [{ language: "en", kind: "floor" }] });
  });

  it("flattens to one CSV row per channel, in the header's order", () => {
    const manifest = manifestFor();
    const rows = manifestCsvRows(manifest);
    expect(rows).toHaveLength(manifest.sessions.reduce((sum, session) => sum + session.channels.length, 0));
    const zh = rows.find((row) => row[MANIFEST_CSV_HEADER.indexOf("channel_language")] === "zh");
    const column = (name: (typeof MANIFEST_CSV_HEADER)[number]) => zh?.[MANIFEST_CSV_HEADER.indexOf(name)];
    expect(column("session_title")).toBe("Plenary");
    expect(column("start_local")).toBe("2026-12-01T09:00:00+07:00");
    expect(column("time_zone")).toBe("Asia/Jakarta");
    expect(column("relay_from")).toBe("en");
    expect(column("interpreter_names")).toBe("Zhang; Zhao");
    expect(column("interpreter_emails")).toBe("z1@interpreters.example.org; z2@interpreters.example.org");
    expect(rows.every((row) => row.length === MANIFEST_CSV_HEADER.length)).toBe(true);
  });
});
