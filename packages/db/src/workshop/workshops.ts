import { approveOrWaitlist, cancelRegistration, checkCapacity, promoteFromWaitlist, type RegistrationStatus } from "@comity/domain";
import type { Database } from "../client/create-database.ts";
import { isUniqueViolation } from "../client/errors.ts";
import type { WorkshopFormat, Profession, WorkshopStatus } from "../generated/prisma/client.ts";

export interface NewWorkshop {
  title: string;
  description: string;
  organiserId: string;
  region: string;
  format: WorkshopFormat;
  venue?: string;
  onlineLink?: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  capacity: number;
  floorLanguages: string[];
  targetLanguages: string[];
}

const sessionSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  floorLanguage: true,
  interpreted: true,
  targetLanguages: true,
  remote: true,
  trainers: true,
  sequence: true,
  cancelled: true,
} as const;

export function createWorkshop(db: Database, input: NewWorkshop) {
  return db.workshop.create({ data: input, select: { id: true } });
}

/** Drafts are the secretariat's own business; everyone else sees published and cancelled workshops. */
export function listWorkshops(db: Database, options: { includeDrafts: boolean }) {
  return db.workshop.findMany({
    where: options.includeDrafts ? {} : { status: { in: ["published", "cancelled"] } },
    orderBy: [{ startDate: "asc" }, { title: "asc" }],
    select: { id: true, title: true, region: true, format: true, timeZone: true, startDate: true, endDate: true, status: true, capacity: true },
  });
}

export function findWorkshop(db: Database, id: string) {
  return db.workshop.findUnique({
    where: { id },
    include: { organiser: { select: { id: true, name: true } }, sessions: { select: sessionSelect, orderBy: { startsAt: "asc" } } },
  });
}

export function addWorkshopSession(
  db: Database,
  workshopId: string,
  input: { title: string; startsAt: string; endsAt: string; floorLanguage: string; interpreted: boolean; targetLanguages: string[]; remote: boolean; trainers: string },
) {
  return db.workshopSession.create({ data: { ...input, workshopId }, select: { id: true } });
}

/** Publishing or cancelling changes what calendar feeds say: every session's SEQUENCE is raised. */
export async function setWorkshopStatus(db: Database, id: string, status: WorkshopStatus): Promise<void> {
  await db.$transaction([
    db.workshop.update({ where: { id }, data: { status } }),
    db.workshopSession.updateMany({ where: { workshopId: id }, data: { sequence: { increment: 1 }, ...(status === "cancelled" ? { cancelled: true } : {}) } }),
  ]);
}

export interface NewRegistration {
  workshopId: string;
  userId: string;
  profession: Profession;
  country: string;
  listeningLanguage: string;
  timeZone: string;
}

export async function registerForWorkshop(db: Database, input: NewRegistration): Promise<{ ok: true } | { ok: false; reason: "already-registered" }> {
  try {
    await db.registration.create({ data: input });
    return { ok: true };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "already-registered" };
    throw error;
  }
}

/**
 * An invited person's registration needs no review: a seat if one is free, the waitlist otherwise.
 * The invitation is spent in the same transaction, so one link registers one person once.
 */
export async function registerByInvitation(
  db: Database,
  invitationId: string,
  input: NewRegistration,
): Promise<{ ok: true; status: "approved" | "waitlisted" } | { ok: false; reason: "already-registered" | "invitation-used" }> {
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "Workshop" WHERE id = ${input.workshopId} FOR UPDATE`;
      const spent = await tx.invitation.updateMany({ where: { id: invitationId, workshopId: input.workshopId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } }, data: { acceptedAt: new Date() } });
      if (spent.count !== 1) return { ok: false as const, reason: "invitation-used" as const };
      const workshop = await tx.workshop.findUniqueOrThrow({ where: { id: input.workshopId }, select: { capacity: true } });
      const all = await tx.registration.findMany({ where: { workshopId: input.workshopId }, select: { id: true, status: true, createdAt: true } });
      const status = approveOrWaitlist(workshop.capacity, all.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })));
      await tx.registration.create({ data: { ...input, status } });
      return { ok: true as const, status };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "already-registered" };
    throw error;
  }
}

/** Refuses a capacity below the seats already given; a larger one moves the waitlist up. */
export async function setWorkshopCapacity(db: Database, workshopId: string, capacity: number): Promise<{ ok: true; promoted: number } | { ok: false; approved: number }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Workshop" WHERE id = ${workshopId} FOR UPDATE`;
    const all = (await tx.registration.findMany({ where: { workshopId }, select: { id: true, status: true, createdAt: true } })).map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
    const checked = checkCapacity(capacity, all);
    if (!checked.ok) return checked;
    await tx.workshop.update({ where: { id: workshopId }, data: { capacity } });
    const promotions = promoteFromWaitlist(capacity, all);
    for (const change of promotions) await tx.registration.update({ where: { id: change.id }, data: { status: change.status } });
    return { ok: true, promoted: promotions.length };
  });
}

export function listRegistrations(db: Database, workshopId: string) {
  return db.registration.findMany({
    where: { workshopId },
    orderBy: { createdAt: "asc" },
    select: { id: true, status: true, profession: true, country: true, listeningLanguage: true, timeZone: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}

export function findRegistration(db: Database, workshopId: string, userId: string) {
  return db.registration.findUnique({ where: { workshopId_userId: { workshopId, userId } }, select: { id: true, status: true } });
}

/** Sets a decision; inside one transaction so two officers deciding at once cannot overfill it. */
export async function decideRegistration(db: Database, registrationId: string, status: Exclude<RegistrationStatus, "cancelled">): Promise<RegistrationStatus> {
  return db.$transaction(async (tx) => {
    const registration = await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { workshopId: true } });
    // Lock the workshop row: decisions on one workshop are taken one at a time.
    await tx.$executeRaw`SELECT 1 FROM "Workshop" WHERE id = ${registration.workshopId} FOR UPDATE`;
    const workshop = await tx.workshop.findUniqueOrThrow({ where: { id: registration.workshopId }, select: { capacity: true } });
    const approved = await tx.registration.count({ where: { workshopId: registration.workshopId, status: "approved", id: { not: registrationId } } });
    const final = status === "approved" && approved >= workshop.capacity ? "waitlisted" : status;
    await tx.registration.update({ where: { id: registrationId }, data: { status: final } });
    return final;
  });
}

/** Cancels a registration and, when it held a seat, promotes the first person on the waitlist. */
export async function cancelWorkshopRegistration(db: Database, registrationId: string): Promise<{ promotedId: string | null }> {
  return db.$transaction(async (tx) => {
    const registration = await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { workshopId: true } });
    await tx.$executeRaw`SELECT 1 FROM "Workshop" WHERE id = ${registration.workshopId} FOR UPDATE`;
    const workshop = await tx.workshop.findUniqueOrThrow({ where: { id: registration.workshopId }, select: { capacity: true } });
    const all = await tx.registration.findMany({ where: { workshopId: registration.workshopId }, select: { id: true, status: true, createdAt: true } });
    const changes = cancelRegistration(registrationId, workshop.capacity, all.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })));
    for (const change of changes) await tx.registration.update({ where: { id: change.id }, data: { status: change.status } });
    return { promotedId: changes.find((change) => change.status === "approved")?.id ?? null };
  });
}

/** Sessions of the workshops a person is approved for, for their personal calendar feed. */
export function sessionsForAttendee(db: Database, userId: string) {
  return db.workshopSession.findMany({
    where: { workshop: { status: { in: ["published", "cancelled"] }, registrations: { some: { userId, status: "approved" } } } },
    orderBy: { startsAt: "asc" },
    select: { ...sessionSelect, workshop: { select: { id: true, title: true, timeZone: true, status: true, venue: true, onlineLink: true } } },
  });
}
