import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addAssignment,
  addInterpreter,
  addWorkshopSession,
  createLiveRoom,
  createUser,
  createWorkshop,
  decideRegistration,
  findInvitationByToken,
  invitationState,
  inviteToWorkshop,
  linkLiveRoom,
  listInvitations,
  listOtherCommitments,
  listRegistrations,
  listSessionLiveRooms,
  listWorkshopAssignments,
  listWorkshopAttendance,
  markAttendance,
  recordLiveAttendance,
  registerByInvitation,
  registerForWorkshop,
  replaceWorkshopAssignments,
  revokeInvitation,
  setWorkshopCapacity,
  shiftsForInterpreter,
  type OpenDatabase,
} from "../index.ts";
import { createTestDatabase, testDatabaseKind } from "../testing/index.ts";

let database: OpenDatabase;
const users: Record<string, string> = {};

async function newWorkshop(capacity: number, title = "Workshop") {
  return (
    await createWorkshop(database.prisma, {
      title,
      description: "",
      organiserId: users.organiser ?? "",
      region: "West Africa",
      format: "online",
      onlineLink: "https://meet.example.org/w",
      timeZone: "Africa/Dakar",
      startDate: "2026-12-01",
      endDate: "2026-12-03",
      capacity,
      floorLanguages: ["en"],
      targetLanguages: ["fr"],
    })
  ).id;
}

const registration = (workshopId: string, userId: string) => ({ workshopId, userId, profession: "prosecutor" as const, country: "SN", listeningLanguage: "fr", timeZone: "Africa/Dakar" });

beforeAll(async () => {
  database = await createTestDatabase();
  for (const name of ["organiser", "a", "b", "c", "d"]) {
    const created = await createUser(database.prisma, { name, email: `${name}@ops.example.org`, password: "a long test password", language: "en", timeZone: "UTC" });
    if (!created.ok) throw new Error("setup failed");
    users[name] = created.user.id;
  }
});
afterAll(async () => {
  await database.close();
});

describe(`workshop operations on ${testDatabaseKind()}`, () => {
  it("refuses a capacity below the approved count, and a larger one moves the waitlist up in order", async () => {
    const workshopId = await newWorkshop(2);
    for (const name of ["a", "b", "c", "d"]) await registerForWorkshop(database.prisma, registration(workshopId, users[name] ?? ""));
    for (const row of await listRegistrations(database.prisma, workshopId)) await decideRegistration(database.prisma, row.id, "approved");
    expect(await setWorkshopCapacity(database.prisma, workshopId, 1)).toEqual({ ok: false, approved: 2 });
    expect(await setWorkshopCapacity(database.prisma, workshopId, 3)).toEqual({ ok: true, promoted: 1 });
    const statuses = (await listRegistrations(database.prisma, workshopId)).map((row) => [row.user.name, row.status]);
    expect(statuses).toEqual([
      ["a", "approved"],
      ["b", "approved"],
      ["c", "approved"],
      ["d", "waitlisted"],
    ]);
  });

  it("invites addresses once, lets a revoked or expired one be invited again, and spends a link on one registration", async () => {
    const workshopId = await newWorkshop(1);
    const first = await inviteToWorkshop(database.prisma, { workshopId, invitedById: users.organiser ?? "", emails: ["A@ops.example.org", "b@ops.example.org"] });
    expect(first).toEqual({ invited: ["a@ops.example.org", "b@ops.example.org"], unchanged: [] });
    expect((await inviteToWorkshop(database.prisma, { workshopId, invitedById: users.organiser ?? "", emails: ["a@ops.example.org"] })).unchanged).toEqual(["a@ops.example.org"]);

    const invitations = await listInvitations(database.prisma, workshopId);
    const forA = invitations.find((row) => row.email === "a@ops.example.org");
    const forB = invitations.find((row) => row.email === "b@ops.example.org");
    expect(forA && invitationState(forA)).toBe("pending");
    expect(forA && invitationState(forA, new Date(forA.expiresAt.getTime() + 1))).toBe("expired");

    expect(await revokeInvitation(database.prisma, workshopId, forB?.id ?? "")).toBe(true);
    const revoked = await findInvitationByToken(database.prisma, forB?.token ?? "");
    expect(revoked && invitationState(revoked)).toBe("revoked");
    expect(await registerByInvitation(database.prisma, forB?.id ?? "", registration(workshopId, users.b ?? ""))).toEqual({ ok: false, reason: "invitation-used" });
    expect((await inviteToWorkshop(database.prisma, { workshopId, invitedById: users.organiser ?? "", emails: ["b@ops.example.org"] })).invited).toEqual(["b@ops.example.org"]);
    // The old link of a re-invited address no longer works.
    expect(await findInvitationByToken(database.prisma, forB?.token ?? "")).toBeNull();

    expect(await registerByInvitation(database.prisma, forA?.id ?? "", registration(workshopId, users.a ?? ""))).toEqual({ ok: true, status: "approved" });
    expect(await registerByInvitation(database.prisma, forA?.id ?? "", registration(workshopId, users.c ?? ""))).toEqual({ ok: false, reason: "invitation-used" });
    const reinvitedB = (await listInvitations(database.prisma, workshopId)).find((row) => row.email === "b@ops.example.org");
    // One seat, already taken: the invited person waits.
    expect(await registerByInvitation(database.prisma, reinvitedB?.id ?? "", registration(workshopId, users.b ?? ""))).toEqual({ ok: true, status: "waitlisted" });
  });

  it("records attendance from live presence only while the session runs, and lets the secretariat mark it", async () => {
    const workshopId = await newWorkshop(5);
    const room = await createLiveRoom(database.prisma, { title: "Plenary", createdById: users.organiser ?? "" });
    const now = Date.now();
    const running = await addWorkshopSession(database.prisma, workshopId, { title: "Running", startsAt: new Date(now - 600_000).toISOString(), endsAt: new Date(now + 600_000).toISOString(), floorLanguage: "en", interpreted: false, targetLanguages: [], remote: true, trainers: "" });
    const later = await addWorkshopSession(database.prisma, workshopId, { title: "Tomorrow", startsAt: new Date(now + 86_400_000).toISOString(), endsAt: new Date(now + 90_000_000).toISOString(), floorLanguage: "en", interpreted: false, targetLanguages: [], remote: true, trainers: "" });
    await linkLiveRoom(database.prisma, running.id, room.id);
    await linkLiveRoom(database.prisma, later.id, room.id);
    await registerForWorkshop(database.prisma, registration(workshopId, users.a ?? ""));
    await registerForWorkshop(database.prisma, registration(workshopId, users.b ?? ""));
    const [forA] = await listRegistrations(database.prisma, workshopId);
    await decideRegistration(database.prisma, forA?.id ?? "", "approved");

    expect(await recordLiveAttendance(database.prisma, room.id, users.a ?? "")).toBe(1);
    expect(await recordLiveAttendance(database.prisma, room.id, users.a ?? "")).toBe(0);
    // b registered but was never approved: joining the room does not count.
    expect(await recordLiveAttendance(database.prisma, room.id, users.b ?? "")).toBe(0);
    await markAttendance(database.prisma, { sessionId: later.id, userId: users.a ?? "", present: true });
    const rows = (await listWorkshopAttendance(database.prisma, workshopId)).map((row) => [row.sessionId, row.source]).sort();
    expect(rows).toEqual([[running.id, "live"], [later.id, "secretariat"]].sort());
    await markAttendance(database.prisma, { sessionId: later.id, userId: users.a ?? "", present: false });
    expect(await listWorkshopAttendance(database.prisma, workshopId)).toHaveLength(1);
  });

  it("lists which live room each session is linked to, and forgets a link once removed", async () => {
    const workshopId = await newWorkshop(5);
    const room = await createLiveRoom(database.prisma, { title: "Breakout", createdById: users.organiser ?? "" });
    const session = (title: string, startsAt: string, endsAt: string) =>
      addWorkshopSession(database.prisma, workshopId, { title, startsAt, endsAt, floorLanguage: "en", interpreted: false, targetLanguages: [], remote: true, trainers: "" });
    const second = await session("Second", "2026-06-03T09:00:00.000Z", "2026-06-03T10:00:00.000Z");
    const first = await session("First", "2026-06-02T09:00:00.000Z", "2026-06-02T10:00:00.000Z");
    await linkLiveRoom(database.prisma, second.id, room.id);
    expect(await listSessionLiveRooms(database.prisma, workshopId)).toEqual([
      { id: first.id, liveRoomId: null },
      { id: second.id, liveRoomId: room.id },
    ]);
    await linkLiveRoom(database.prisma, second.id, null);
    expect((await listSessionLiveRooms(database.prisma, workshopId)).map((row) => row.liveRoomId)).toEqual([null, null]);
  });

  it("keeps a plan per workshop, sees an interpreter's other commitments and lists their shifts once published", async () => {
    const added = await addInterpreter(database.prisma, {
      name: "Awa",
      email: "Awa@ops.example.org",
      timeZone: "Africa/Dakar",
      remoteCapable: true,
      languages: [
        { code: "fr", competence: "A" },
        { code: "en", competence: "B" },
      ],
      availability: [{ startsAt: "2026-12-01T00:00:00Z", endsAt: "2026-12-04T00:00:00Z" }],
    });
    if (!added.ok) throw new Error("interpreter not added");
    expect(await addInterpreter(database.prisma, { name: "Again", email: "awa@ops.example.org", timeZone: "UTC", remoteCapable: false, languages: [], availability: [] })).toEqual({ ok: false, reason: "email-taken" });

    const first = await newWorkshop(5, "First");
    const second = await newWorkshop(5, "Second");
    const session = (workshopId: string) =>
      addWorkshopSession(database.prisma, workshopId, { title: "Opening", startsAt: "2026-12-01T09:00:00Z", endsAt: "2026-12-01T11:00:00Z", floorLanguage: "en", interpreted: true, targetLanguages: ["fr"], remote: true, trainers: "" });
    const inFirst = await session(first);
    const inSecond = await session(second);
    await replaceWorkshopAssignments(database.prisma, first, [{ sessionId: inFirst.id, booth: "fr", source: "en", interpreterId: added.id }]);
    await addAssignment(database.prisma, { sessionId: inSecond.id, booth: "fr", source: "en", interpreterId: added.id });

    expect(await listWorkshopAssignments(database.prisma, first)).toEqual([{ sessionId: inFirst.id, booth: "fr", source: "en", interpreterId: added.id, byHand: false }]);
    const elsewhere = await listOtherCommitments(database.prisma, first, [added.id]);
    expect(elsewhere.sessions.map((row) => row.id)).toEqual([inSecond.id]);
    expect(elsewhere.assignments).toEqual([{ sessionId: inSecond.id, booth: "fr", source: "en", interpreterId: added.id }]);

    expect(await shiftsForInterpreter(database.prisma, added.id)).toEqual([]);
    await database.prisma.workshop.update({ where: { id: first }, data: { status: "published" } });
    const shifts = await shiftsForInterpreter(database.prisma, added.id);
    expect(shifts.map((shift) => [shift.session.workshop.title, shift.booth, shift.session.sequence])).toEqual([["First", "fr", 1]]);
  });
});
