import { buildLanguageManifest, type LanguageManifest } from "@comity/domain";
import type { Database } from "@comity/db";
import { boardFor, loadStaffingInputs } from "./staffing-plan.server.ts";

/** The workshop's language manifest from its agenda and saved staffing plan; null for an unknown workshop. */
export async function loadLanguageManifest(db: Database, workshopId: string): Promise<LanguageManifest | null> {
  const inputs = await loadStaffingInputs(db, workshopId);
  if (!inputs) return null;
  const { workshop } = inputs;
  return buildLanguageManifest({
    workshop: { id: workshop.id, title: workshop.title, timeZone: workshop.timeZone },
    sessions: workshop.sessions.map((session) => ({
      id: session.id,
      title: session.title,
      start: session.startsAt.toISOString(),
      end: session.endsAt.toISOString(),
      floorLanguage: session.floorLanguage,
      interpreted: session.interpreted,
      remote: session.remote,
      cancelled: session.cancelled,
    })),
    board: boardFor(inputs),
    contacts: inputs.contacts,
  });
}
