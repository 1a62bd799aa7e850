import { buildStaffingBoard, type Assignment, type OtherCommitments, type RosterInterpreter, type StaffingSession } from "@comity/domain";
import { findWorkshop, listInterpreters, listOtherCommitments, listWorkshopAssignments, toRosterInterpreter, toStaffingSession, type Database } from "@comity/db";

export interface StaffingInputs {
  workshop: NonNullable<Awaited<ReturnType<typeof findWorkshop>>>;
  sessions: StaffingSession[];
  roster: RosterInterpreter[];
  saved: (Assignment & { byHand: boolean })[];
  elsewhere: OtherCommitments;
  /** Name and address of everyone on the roster, by id: what an interpretation platform invites them by. */
  contacts: Map<string, { name: string; email: string }>;
}

/** Everything the engine and the board need for one workshop, read from the database. */
export async function loadStaffingInputs(db: Database, workshopId: string): Promise<StaffingInputs | null> {
  const workshop = await findWorkshop(db, workshopId);
  if (!workshop) return null;
  const rows = await listInterpreters(db);
  const roster = rows.map(toRosterInterpreter);
  const sessions = workshop.sessions
    .filter((session) => !session.cancelled && session.interpreted)
    .map((session) => toStaffingSession({ ...session, workshopId: workshop.id }));
  const [saved, elsewhere] = await Promise.all([
    listWorkshopAssignments(db, workshop.id),
    listOtherCommitments(
      db,
      workshop.id,
      roster.map((interpreter) => interpreter.id),
    ),
  ]);
  const contacts = new Map(rows.map((row) => [row.id, { name: row.name, email: row.email }]));
  return { workshop, sessions, roster, saved, elsewhere, contacts };
}

export function boardFor(inputs: StaffingInputs, assignments: readonly (Assignment & { byHand?: boolean })[] = inputs.saved) {
  return buildStaffingBoard({ sessions: inputs.sessions, roster: inputs.roster, assignments, elsewhere: inputs.elsewhere });
}
