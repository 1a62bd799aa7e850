import { instantToLocal, summariseAttendance, type AttendanceSummary } from "@comity/domain";
import { findWorkshop, listRegistrations, listSessionLiveRooms, listWorkshopAttendance, type Database } from "@comity/db";

export type AttendanceWorkshop = NonNullable<Awaited<ReturnType<typeof findWorkshop>>>;

export interface AttendanceSheet {
  workshop: AttendanceWorkshop;
  /** Sessions held (not cancelled), in agenda order, with the live room each is linked to. */
  sessions: { id: string; title: string; startsAt: string; endsAt: string; liveRoomId: string | null; localStart: string }[];
  /** Approved registrants only: nobody else is expected in the room. */
  participants: { userId: string; name: string; email: string; country: string; profession: string }[];
  summary: AttendanceSummary;
}

/** One workshop's attendance, read from the database and summarised, for the page and the CSV alike. */
export async function loadAttendanceSheet(db: Database, workshopId: string, language: string): Promise<AttendanceSheet | null> {
  const workshop = await findWorkshop(db, workshopId);
  if (!workshop) return null;
  const [registrations, records, links] = await Promise.all([listRegistrations(db, workshop.id), listWorkshopAttendance(db, workshop.id), listSessionLiveRooms(db, workshop.id)]);
  const roomOf = new Map(links.map((link) => [link.id, link.liveRoomId]));
  const sessions = workshop.sessions
    .filter((session) => !session.cancelled)
    .map((session) => {
      const startsAt = session.startsAt.toISOString();
      return { id: session.id, title: session.title, startsAt, endsAt: session.endsAt.toISOString(), liveRoomId: roomOf.get(session.id) ?? null, localStart: instantToLocal(startsAt, workshop.timeZone) };
    });
  const participants = registrations
    .filter((registration) => registration.status === "approved")
    .map((registration) => ({ userId: registration.user.id, name: registration.user.name, email: registration.user.email, country: registration.country, profession: registration.profession }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  const summary = summariseAttendance({
    sessions: sessions.map((session) => ({ ...session, cancelled: false })),
    participantIds: participants.map((participant) => participant.userId),
    records,
  });
  return { workshop, sessions, participants, summary };
}
