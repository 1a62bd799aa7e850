import type { Role } from "@comity/domain";
import type { Database } from "../client/create-database.ts";
import { hashPassword } from "../user/password.ts";

export const DEMO_PASSWORD = "comity-demo-2026";

export const DEMO_ACCOUNTS: { email: string; name: string; roles: Role[]; language: string; timeZone: string }[] = [
  { email: "secretariat@comity.test", name: "Sofia Marin (secretariat)", roles: ["secretariat"], language: "en", timeZone: "Europe/Vienna" },
  { email: "trainer@comity.test", name: "Jean Dupont (trainer)", roles: ["trainer"], language: "en", timeZone: "Europe/Paris" },
  { email: "participant@comity.test", name: "Amina Haddad (prosecutor)", roles: ["participant"], language: "ar", timeZone: "Africa/Cairo" },
  { email: "participant2@comity.test", name: "Budi Santoso (central authority)", roles: ["participant"], language: "en", timeZone: "Asia/Jakarta" },
  { email: "interpreter@comity.test", name: "Elena Popescu (interpreter)", roles: ["interpreter"], language: "fr", timeZone: "Europe/Bucharest" },
];

export const DEMO_ROOM_TITLE = "Mock case: urgent request to freeze assets before they move";

/** Creates the demo accounts and a demo live room. Safe to run again: existing rows are left as they are. */
export async function seedDemoData(db: Database): Promise<{ usersCreated: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let usersCreated = 0;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (existing) continue;
    await db.user.create({ data: { ...account, passwordHash } });
    usersCreated += 1;
  }
  const trainer = await db.user.findUniqueOrThrow({ where: { email: "trainer@comity.test" }, select: { id: true } });
  const room = await db.liveRoom.findFirst({ where: { title: DEMO_ROOM_TITLE }, select: { id: true } });
  if (!room) await db.liveRoom.create({ data: { title: DEMO_ROOM_TITLE, createdById: trainer.id } });
  return { usersCreated };
}

/** Seeds only a database with no accounts at all, so demo logins never appear beside real accounts. */
export async function seedDemoDataIfEmpty(db: Database): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  await seedDemoData(db);
  return true;
}
