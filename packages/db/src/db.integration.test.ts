import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createLiveRoom,
  createSession,
  createUser,
  deleteSession,
  findSessionUser,
  listLiveMessages,
  recentFailedSignIns,
  recordSignInAttempt,
  saveLiveMessage,
  seedDemoData,
  seedDemoDataIfEmpty,
  setUserRoles,
  verifyCredentials,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  type OpenDatabase,
} from "./index.ts";
import { createTestDatabase, testDatabaseKind } from "./testing/index.ts";

let database: OpenDatabase;
const newUser = { name: "Ana Ionescu", email: "Ana@Example.org", password: "a long enough password", language: "en", timeZone: "Europe/Bucharest" };

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  // Tests in this file share one database; each starts from empty tables.
  await database.prisma.$executeRawUnsafe(`TRUNCATE "LiveMessage", "LiveRoom", "Session", "SignInAttempt", "User" CASCADE`);
});

describe(`database on ${testDatabaseKind()}`, () => {
  it("creates an account with a hashed password and finds it by e-mail and password", async () => {
    const created = await createUser(database.prisma, newUser);
    expect(created.ok).toBe(true);
    const stored = await database.prisma.user.findUniqueOrThrow({ where: { email: "ana@example.org" } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.roles).toEqual(["participant"]);
    expect(await verifyCredentials(database.prisma, "ANA@example.org", newUser.password)).toMatchObject({ email: "ana@example.org", timeZone: "Europe/Bucharest" });
    expect(await verifyCredentials(database.prisma, "ana@example.org", "wrong password")).toBeNull();
    expect(await verifyCredentials(database.prisma, "nobody@example.org", newUser.password)).toBeNull();
  });

  it("refuses a second account with the same address, even when both are created at once", async () => {
    const results = await Promise.all([createUser(database.prisma, newUser), createUser(database.prisma, { ...newUser, email: "ana@example.org" })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, reason: "email-taken" });
  });

  it("keeps sessions until they expire or are deleted", async () => {
    const created = await createUser(database.prisma, newUser);
    if (!created.ok) throw new Error("setup failed");
    const session = await createSession(database.prisma, created.user.id);
    expect(await findSessionUser(database.prisma, session.id)).toMatchObject({ id: created.user.id });
    expect(await findSessionUser(database.prisma, session.id, new Date(session.expiresAt.getTime() + 1))).toBeNull();
    await deleteSession(database.prisma, session.id);
    expect(await findSessionUser(database.prisma, session.id)).toBeNull();
  });

  it("stores several roles per account in a fixed order", async () => {
    const created = await createUser(database.prisma, newUser);
    if (!created.ok) throw new Error("setup failed");
    const updated = await setUserRoles(database.prisma, created.user.id, ["participant", "trainer"]);
    expect(updated.roles).toEqual(["trainer", "participant"]);
  });

  it("reads back failed sign-ins by address and by client for the rate limit", async () => {
    await recordSignInAttempt(database.prisma, { email: "x@example.org", ip: "10.0.0.1", succeeded: false });
    await recordSignInAttempt(database.prisma, { email: "x@example.org", ip: "10.0.0.2", succeeded: false });
    await recordSignInAttempt(database.prisma, { email: "y@example.org", ip: "10.0.0.1", succeeded: true });
    const failures = await recentFailedSignIns(database.prisma, { email: "X@example.org", ip: "10.0.0.1" }, new Date(Date.now() - 60_000));
    expect(failures.byEmail).toHaveLength(2);
    expect(failures.byIp).toHaveLength(1);
  });

  it("keeps a live room's messages in the order they were posted", async () => {
    const created = await createUser(database.prisma, { ...newUser, roles: ["trainer"] });
    if (!created.ok) throw new Error("setup failed");
    const room = await createLiveRoom(database.prisma, { title: "Extradition drill", createdById: created.user.id });
    for (const body of ["first", "second", "third"]) await saveLiveMessage(database.prisma, { roomId: room.id, authorId: created.user.id, body });
    expect((await listLiveMessages(database.prisma, room.id)).map((message) => message.body)).toEqual(["first", "second", "third"]);
    expect((await listLiveMessages(database.prisma, room.id, 2)).map((message) => message.body)).toEqual(["second", "third"]);
  });

  it("stores a message sent twice with the same client id once", async () => {
    const created = await createUser(database.prisma, { ...newUser, roles: ["trainer"] });
    if (!created.ok) throw new Error("setup failed");
    const room = await createLiveRoom(database.prisma, { title: "MLA drill", createdById: created.user.id });
    const post = { roomId: room.id, authorId: created.user.id, body: "Freeze the account now", clientMessageId: "c0ffee00-0000-4000-8000-000000000001" };
    const [first, second] = await Promise.all([saveLiveMessage(database.prisma, post), saveLiveMessage(database.prisma, post)]);
    expect([first.outcome, second.outcome].sort()).toEqual(["created", "duplicate"]);
    expect(first.message.id).toBe(second.message.id);
    expect(await listLiveMessages(database.prisma, room.id)).toHaveLength(1);
    // The same id with another text is not silently taken for the first message.
    expect((await saveLiveMessage(database.prisma, { ...post, body: "Edited text" })).outcome).toBe("conflict");
    expect((await listLiveMessages(database.prisma, room.id)).map((message) => message.body)).toEqual(["Freeze the account now"]);
  });

  it("seeds demo accounts of every role once, and only into an empty database", async () => {
    expect(await seedDemoDataIfEmpty(database.prisma)).toBe(true);
    expect(await seedDemoDataIfEmpty(database.prisma)).toBe(false);
    expect(await seedDemoData(database.prisma)).toEqual({ usersCreated: 0 });
    const roles = new Set((await database.prisma.user.findMany()).flatMap((user) => user.roles));
    expect([...roles].sort()).toEqual(["interpreter", "participant", "secretariat", "trainer"]);
    for (const account of DEMO_ACCOUNTS) expect(await verifyCredentials(database.prisma, account.email, DEMO_PASSWORD)).not.toBeNull();
  });

  it("records migrations as Prisma does and applies nothing twice", async () => {
    const rows = await database.prisma.$queryRawUnsafe<{ migration_name: string; finished_at: Date | null }[]>(`SELECT migration_name, finished_at FROM "_prisma_migrations"`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });
});
