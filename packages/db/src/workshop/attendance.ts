import type { Database } from "../client/create-database.ts";

/** A session counts a person present when they join its room from this long before it starts until it ends. */
export const EARLY_JOIN_MS = 15 * 60 * 1000;

/**
 * Records attendance for every session held in this live room that is running now. Called when
 * someone joins the room; approved registrants only, so visitors and trainers are not counted.
 */
export async function recordLiveAttendance(db: Database, roomId: string, userId: string, now = new Date()): Promise<number> {
  const sessions = await db.workshopSession.findMany({
    where: {
      liveRoomId: roomId,
      cancelled: false,
      startsAt: { lte: new Date(now.getTime() + EARLY_JOIN_MS) },
      endsAt: { gte: now },
      workshop: { registrations: { some: { userId, status: "approved" } } },
    },
    select: { id: true },
  });
  const { count } = await db.attendance.createMany({ data: sessions.map((session) => ({ sessionId: session.id, userId, source: "live" as const })), skipDuplicates: true });
  return count;
}

export async function markAttendance(db: Database, input: { sessionId: string; userId: string; present: boolean }): Promise<void> {
  if (input.present) {
    await db.attendance.upsert({
      where: { sessionId_userId: { sessionId: input.sessionId, userId: input.userId } },
      create: { sessionId: input.sessionId, userId: input.userId, source: "secretariat" },
      update: {},
    });
  } else {
    await db.attendance.deleteMany({ where: { sessionId: input.sessionId, userId: input.userId } });
  }
}

export function listWorkshopAttendance(db: Database, workshopId: string) {
  return db.attendance.findMany({ where: { session: { workshopId } }, select: { sessionId: true, userId: true, source: true, recordedAt: true } });
}

export async function linkLiveRoom(db: Database, sessionId: string, liveRoomId: string | null): Promise<void> {
  await db.workshopSession.update({ where: { id: sessionId }, data: { liveRoomId } });
}

/** Which live room each session of a workshop is linked to, for the attendance page. */
export function listSessionLiveRooms(db: Database, workshopId: string) {
  return db.workshopSession.findMany({ where: { workshopId }, select: { id: true, liveRoomId: true }, orderBy: { startsAt: "asc" } });
}
