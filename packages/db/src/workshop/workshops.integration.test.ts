import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cancelWorkshopRegistration,
  createUser,
  createWorkshop,
  currentCalendarToken,
  decideRegistration,
  findCalendarTokenOwner,
  listRegistrations,
  registerForWorkshop,
  renewCalendarToken,
  type OpenDatabase,
} from "../index.ts";
import { createTestDatabase, testDatabaseKind } from "../testing/index.ts";

let database: OpenDatabase;
let workshopId: string;
const userIds: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  for (const name of ["organiser", "p1", "p2", "p3"]) {
    const created = await createUser(database.prisma, { name, email: `${name}@example.org`, password: "a long test password", language: "en", timeZone: "UTC" });
    if (!created.ok) throw new Error("setup failed");
    userIds.push(created.user.id);
  }
  const [organiserId] = userIds;
  workshopId = (
    await createWorkshop(database.prisma, {
      title: "Regional workshop on extradition",
      description: "",
      organiserId: organiserId ?? "",
      region: "South-East Europe",
      format: "online",
      onlineLink: "https://meet.example.org/w1",
      timeZone: "Europe/Bucharest",
      startDate: "2026-06-02",
      endDate: "2026-06-04",
      capacity: 1,
      floorLanguages: ["en"],
      targetLanguages: ["fr", "ar"],
    })
  ).id;
});
afterAll(async () => {
  await database.close();
});

describe(`workshop registrations on ${testDatabaseKind()}`, () => {
  it("holds capacity, waitlists the overflow and promotes the first waiting person on a cancellation", async () => {
    for (const userId of userIds.slice(1)) {
      expect(await registerForWorkshop(database.prisma, { workshopId, userId, profession: "judge", country: "RO", listeningLanguage: "fr", timeZone: "Europe/Bucharest" })).toEqual({ ok: true });
    }
    expect(await registerForWorkshop(database.prisma, { workshopId, userId: userIds[1] ?? "", profession: "judge", country: "RO", listeningLanguage: "fr", timeZone: "UTC" })).toEqual({ ok: false, reason: "already-registered" });
    const [first, second, third] = await listRegistrations(database.prisma, workshopId);
    // Approving all three at once: only one seat, so one approved and two waitlisted.
    const decisions = await Promise.all([first, second, third].map((registration) => decideRegistration(database.prisma, registration?.id ?? "", "approved")));
    expect(decisions.filter((status) => status === "approved")).toHaveLength(1);
    expect(decisions.filter((status) => status === "waitlisted")).toHaveLength(2);

    const approved = (await listRegistrations(database.prisma, workshopId)).find((registration) => registration.status === "approved");
    const { promotedId } = await cancelWorkshopRegistration(database.prisma, approved?.id ?? "");
    const after = await listRegistrations(database.prisma, workshopId);
    expect(after.filter((registration) => registration.status === "approved").map((registration) => registration.id)).toEqual([promotedId]);
    expect(after.find((registration) => registration.id === approved?.id)?.status).toBe("cancelled");
  });

  it("gives a private calendar address that stops working once renewed", async () => {
    const userId = userIds[1] ?? "";
    const token = await currentCalendarToken(database.prisma, userId);
    expect(await currentCalendarToken(database.prisma, userId)).toBe(token);
    expect(await findCalendarTokenOwner(database.prisma, token)).toBe(userId);
    const renewed = await renewCalendarToken(database.prisma, userId);
    expect(renewed).not.toBe(token);
    expect(await findCalendarTokenOwner(database.prisma, token)).toBeNull();
    expect(await findCalendarTokenOwner(database.prisma, renewed)).toBe(userId);
  });
});
