import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScenario, createUser, findScenario, findScenarioVersion, listScenarios, publishScenarioDraft, saveScenarioDraft, type OpenDatabase } from "../index.ts";
import { createTestDatabase, testDatabaseKind } from "../testing/index.ts";

let database: OpenDatabase;
const trainers: string[] = [];
const content = (title: string) => ({ format: "comity.scenario", formatVersion: 1, id: "case", title: { en: title } });

beforeAll(async () => {
  database = await createTestDatabase();
  for (const name of ["author", "someone-else"]) {
    const created = await createUser(database.prisma, { name, email: `${name}@scenarios.example.org`, password: "a long test password", language: "en", timeZone: "UTC" });
    if (!created.ok) throw new Error("setup failed");
    trainers.push(created.user.id);
  }
});

afterAll(async () => {
  await database?.close();
});

describe(`scenario versions (${testDatabaseKind()})`, () => {
  it("edits the draft in place, freezes it when published, and opens a new draft on the next edit", async () => {
    const ownerId = trainers[0] ?? "";
    const { scenarioId, versionId } = await createScenario(database.prisma, { ownerId, content: content("First"), clonedFrom: "extradition-provisional-arrest" });
    expect(await saveScenarioDraft(database.prisma, { ownerId, scenarioId, content: content("First, edited") })).toEqual({ ok: true, versionId, number: 1 });
    expect(await publishScenarioDraft(database.prisma, { ownerId, scenarioId })).toEqual({ ok: true, versionId, number: 1 });
    expect(await publishScenarioDraft(database.prisma, { ownerId, scenarioId })).toEqual({ ok: false });

    const next = await saveScenarioDraft(database.prisma, { ownerId, scenarioId, content: content("Second") });
    expect(next).toMatchObject({ ok: true, number: 2 });
    // The published version a run would pin is untouched.
    expect((await findScenarioVersion(database.prisma, versionId))?.content).toEqual(content("First, edited"));
    const scenario = await findScenario(database.prisma, ownerId, scenarioId);
    expect(scenario?.versions.map((version) => [version.number, version.status])).toEqual([
      [2, "draft"],
      [1, "published"],
    ]);
    expect((await listScenarios(database.prisma, ownerId))[0]?.versions[0]?.number).toBe(2);
  });

  it("never lets another person see, edit or publish a scenario", async () => {
    const [ownerId = "", otherId = ""] = trainers;
    const { scenarioId } = await createScenario(database.prisma, { ownerId, content: content("Mine") });
    expect(await findScenario(database.prisma, otherId, scenarioId)).toBeNull();
    expect(await saveScenarioDraft(database.prisma, { ownerId: otherId, scenarioId, content: content("Theirs") })).toEqual({ ok: false });
    expect(await publishScenarioDraft(database.prisma, { ownerId: otherId, scenarioId })).toEqual({ ok: false });
  });

  it("opens exactly one new draft when two saves race after a publication", async () => {
    const ownerId = trainers[0] ?? "";
    const { scenarioId } = await createScenario(database.prisma, { ownerId, content: content("Race") });
    await publishScenarioDraft(database.prisma, { ownerId, scenarioId });
    const results = await Promise.all([saveScenarioDraft(database.prisma, { ownerId, scenarioId, content: content("A") }), saveScenarioDraft(database.prisma, { ownerId, scenarioId, content: content("B") })]);
    expect(results.every((result) => result.ok)).toBe(true);
    const versions = (await findScenario(database.prisma, ownerId, scenarioId))?.versions ?? [];
    expect(versions.map((version) => [version.number, version.status])).toEqual([
      [2, "draft"],
      [1, "published"],
    ]);
  });
});
