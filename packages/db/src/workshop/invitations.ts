import { randomBytes } from "node:crypto";
import type { Database } from "../client/create-database.ts";

export const INVITATION_TTL_DAYS = 14;

export type InvitationState = "pending" | "accepted" | "expired" | "revoked";

export function invitationState(invitation: { expiresAt: Date; revokedAt: Date | null; acceptedAt: Date | null }, now = new Date()): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt <= now ? "expired" : "pending";
}

/**
 * Invites each address once per workshop. Inviting again an address whose invitation expired or was
 * revoked issues a fresh link; a pending or accepted invitation is left as it is.
 */
export async function inviteToWorkshop(
  db: Database,
  input: { workshopId: string; invitedById: string; emails: readonly string[]; now?: Date },
): Promise<{ invited: string[]; unchanged: string[] }> {
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 3600 * 1000);
  const invited: string[] = [];
  const unchanged: string[] = [];
  await db.$transaction(async (tx) => {
    for (const raw of input.emails) {
      const email = raw.toLowerCase();
      const existing = await tx.invitation.findUnique({ where: { workshopId_email: { workshopId: input.workshopId, email } } });
      if (existing && ["pending", "accepted"].includes(invitationState(existing, now))) {
        unchanged.push(email);
        continue;
      }
      const token = randomBytes(24).toString("base64url");
      await tx.invitation.upsert({
        where: { workshopId_email: { workshopId: input.workshopId, email } },
        create: { workshopId: input.workshopId, email, token, invitedById: input.invitedById, expiresAt },
        update: { token, invitedById: input.invitedById, expiresAt, revokedAt: null, acceptedAt: null, createdAt: now },
      });
      invited.push(email);
    }
  });
  return { invited, unchanged };
}

export function listInvitations(db: Database, workshopId: string) {
  return db.invitation.findMany({
    where: { workshopId },
    orderBy: [{ createdAt: "desc" }, { email: "asc" }],
    select: { id: true, email: true, token: true, expiresAt: true, revokedAt: true, acceptedAt: true, createdAt: true },
  });
}

export async function revokeInvitation(db: Database, workshopId: string, invitationId: string): Promise<boolean> {
  const { count } = await db.invitation.updateMany({ where: { id: invitationId, workshopId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

/** The invitation behind a link, whatever its state: the page explains an expired or revoked one. */
export function findInvitationByToken(db: Database, token: string) {
  return db.invitation.findUnique({
    where: { token },
    select: { id: true, email: true, workshopId: true, expiresAt: true, revokedAt: true, acceptedAt: true, workshop: { select: { id: true, title: true, status: true } } },
  });
}
