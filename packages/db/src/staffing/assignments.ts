import type { Assignment, StaffingSession } from "@comity/domain";
import type { Database } from "../client/create-database.ts";

/** Every assignment in a workshop's sessions, in the engine's shape, with whether a person placed it. */
export async function listWorkshopAssignments(db: Database, workshopId: string): Promise<(Assignment & { byHand: boolean })[]> {
  const rows = await db.staffingAssignment.findMany({
    where: { session: { workshopId } },
    select: { sessionId: true, booth: true, source: true, interpreterId: true, byHand: true },
    orderBy: [{ sessionId: "asc" }, { booth: "asc" }, { createdAt: "asc" }],
  });
  return rows;
}

/**
 * Every assignment of the given interpreters outside this workshop: caps and double booking are
 * judged across all of an interpreter's work, not one workshop at a time.
 */
export async function listOtherCommitments(db: Database, workshopId: string, interpreterIds: readonly string[]) {
  const rows = await db.staffingAssignment.findMany({
    where: { interpreterId: { in: [...interpreterIds] }, session: { workshopId: { not: workshopId }, cancelled: false } },
    select: {
      booth: true,
      source: true,
      interpreterId: true,
      session: { select: { id: true, workshopId: true, title: true, startsAt: true, endsAt: true, floorLanguage: true, targetLanguages: true, remote: true } },
    },
  });
  const sessions = new Map<string, StaffingSession>();
  for (const row of rows) sessions.set(row.session.id, toStaffingSession(row.session));
  return {
    sessions: [...sessions.values()],
    assignments: rows.map((row) => ({ sessionId: row.session.id, booth: row.booth, source: row.source, interpreterId: row.interpreterId })),
  };
}

export function toStaffingSession(session: {
  id: string;
  workshopId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  floorLanguage: string;
  targetLanguages: string[];
  remote: boolean;
}): StaffingSession {
  return {
    id: session.id,
    workshopId: session.workshopId,
    title: session.title,
    start: session.startsAt.toISOString(),
    end: session.endsAt.toISOString(),
    floorLanguage: session.floorLanguage,
    targetLanguages: session.targetLanguages,
    remote: session.remote,
  };
}

/** Replaces the workshop's whole plan (accepting the engine's proposal). */
export async function replaceWorkshopAssignments(db: Database, workshopId: string, assignments: readonly (Assignment & { byHand?: boolean })[]): Promise<void> {
  await db.$transaction([
    db.staffingAssignment.deleteMany({ where: { session: { workshopId } } }),
    db.staffingAssignment.createMany({
      data: assignments.map(({ sessionId, booth, source, interpreterId, byHand }) => ({ sessionId, booth, source, interpreterId, byHand: byHand ?? false })),
      skipDuplicates: true,
    }),
    // Interpreters' calendar feeds change with the plan.
    db.workshopSession.updateMany({ where: { workshopId }, data: { sequence: { increment: 1 } } }),
  ]);
}

export async function addAssignment(db: Database, assignment: Assignment): Promise<void> {
  await db.$transaction([
    db.staffingAssignment.upsert({
      where: { sessionId_booth_interpreterId: { sessionId: assignment.sessionId, booth: assignment.booth, interpreterId: assignment.interpreterId } },
      create: { ...assignment, byHand: true },
      update: { source: assignment.source, byHand: true },
    }),
    db.workshopSession.update({ where: { id: assignment.sessionId }, data: { sequence: { increment: 1 } } }),
  ]);
}

export async function removeAssignment(db: Database, assignment: Pick<Assignment, "sessionId" | "booth" | "interpreterId">): Promise<void> {
  await db.$transaction([
    // Only the seat's own fields: a caller's object may carry more (a form's intent, say).
    db.staffingAssignment.deleteMany({ where: { sessionId: assignment.sessionId, booth: assignment.booth, interpreterId: assignment.interpreterId } }),
    db.workshopSession.update({ where: { id: assignment.sessionId }, data: { sequence: { increment: 1 } } }),
  ]);
}

/** An interpreter's shifts, every workshop, for "my shifts" and their calendar feed. */
export function shiftsForInterpreter(db: Database, interpreterId: string) {
  return db.staffingAssignment.findMany({
    where: { interpreterId, session: { workshop: { status: { not: "draft" } } } },
    orderBy: { session: { startsAt: "asc" } },
    select: {
      booth: true,
      source: true,
      session: {
        select: {
          id: true,
          title: true,
          startsAt: true,
          endsAt: true,
          floorLanguage: true,
          targetLanguages: true,
          interpreted: true,
          remote: true,
          trainers: true,
          sequence: true,
          cancelled: true,
          workshop: { select: { id: true, title: true, timeZone: true, status: true, venue: true, onlineLink: true } },
        },
      },
    },
  });
}
