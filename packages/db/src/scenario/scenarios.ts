import type { Database } from "../client/create-database.ts";
import type { Prisma } from "../generated/prisma/client.ts";

/** Scenario content as stored: the comity.scenario JSON, checked by the caller before it is written. */
export type ScenarioContent = Prisma.InputJsonValue;

const versionSelect = { id: true, number: true, status: true, content: true, publishedAt: true, updatedAt: true } as const;

/** A new scenario with its first version as a draft: written from scratch, imported or cloned. */
export async function createScenario(db: Database, input: { ownerId: string; content: ScenarioContent; clonedFrom?: string }): Promise<{ scenarioId: string; versionId: string }> {
  const scenario = await db.scenario.create({
    data: { ownerId: input.ownerId, clonedFrom: input.clonedFrom ?? null, versions: { create: { number: 1, content: input.content } } },
    select: { id: true, versions: { select: { id: true } } },
  });
  return { scenarioId: scenario.id, versionId: scenario.versions[0]?.id ?? "" };
}

/** A person's scenarios, newest first, each with its latest version. */
export function listScenarios(db: Database, ownerId: string) {
  return db.scenario.findMany({
    where: { ownerId },
    orderBy: { updatedAt: "desc" },
    select: { id: true, clonedFrom: true, updatedAt: true, versions: { orderBy: { number: "desc" }, take: 1, select: versionSelect } },
  });
}

/** One of the person's scenarios with all its versions, latest first; another person's is not found. */
export function findScenario(db: Database, ownerId: string, scenarioId: string) {
  return db.scenario.findFirst({
    where: { id: scenarioId, ownerId },
    select: { id: true, clonedFrom: true, createdAt: true, versions: { orderBy: { number: "desc" }, select: versionSelect } },
  });
}

/** A version by id, whoever owns it: what a run pins and plays. */
export function findScenarioVersion(db: Database, versionId: string) {
  return db.scenarioVersion.findUnique({ where: { id: versionId }, select: { ...versionSelect, scenarioId: true } });
}

/**
 * Saves content into the scenario's draft version. When the latest version is published, a new draft
 * version is made instead: a published version never changes.
 */
export async function saveScenarioDraft(db: Database, input: { ownerId: string; scenarioId: string; content: ScenarioContent }): Promise<{ ok: true; versionId: string; number: number } | { ok: false }> {
  return db.$transaction(async (tx) => {
    // One writer at a time per scenario, so two saves cannot both open a new draft version.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Scenario" WHERE id = ${input.scenarioId} AND "ownerId" = ${input.ownerId} FOR UPDATE`;
    if (locked.length === 0) return { ok: false };
    const latest = await tx.scenarioVersion.findFirst({ where: { scenarioId: input.scenarioId }, orderBy: { number: "desc" }, select: { id: true, number: true, status: true } });
    if (latest?.status === "draft") {
      await tx.scenarioVersion.update({ where: { id: latest.id }, data: { content: input.content } });
      await tx.scenario.update({ where: { id: input.scenarioId }, data: { updatedAt: new Date() } });
      return { ok: true, versionId: latest.id, number: latest.number };
    }
    const number = (latest?.number ?? 0) + 1;
    const created = await tx.scenarioVersion.create({ data: { scenarioId: input.scenarioId, number, content: input.content }, select: { id: true } });
    await tx.scenario.update({ where: { id: input.scenarioId }, data: { updatedAt: new Date() } });
    return { ok: true, versionId: created.id, number };
  });
}

/** Publishes the scenario's draft version; the caller has checked its content. False when there is no draft. */
export async function publishScenarioDraft(db: Database, input: { ownerId: string; scenarioId: string }): Promise<{ ok: true; versionId: string; number: number } | { ok: false }> {
  const draft = await db.scenarioVersion.findFirst({ where: { scenarioId: input.scenarioId, status: "draft", scenario: { ownerId: input.ownerId } }, select: { id: true, number: true } });
  if (!draft) return { ok: false };
  const { count } = await db.scenarioVersion.updateMany({ where: { id: draft.id, status: "draft" }, data: { status: "published", publishedAt: new Date() } });
  return count === 1 ? { ok: true, versionId: draft.id, number: draft.number } : { ok: false };
}

/** Every published version of a person's scenarios, newest first: what they can run. */
export function listPublishedVersions(db: Database, ownerId: string) {
  return db.scenarioVersion.findMany({
    where: { status: "published", scenario: { ownerId } },
    orderBy: [{ publishedAt: "desc" }],
    select: { id: true, number: true, content: true, publishedAt: true, scenarioId: true },
  });
}

/** A published version a person owns, or null: only those may be run by them. */
export function findOwnPublishedVersion(db: Database, ownerId: string, versionId: string) {
  return db.scenarioVersion.findFirst({ where: { id: versionId, status: "published", scenario: { ownerId } }, select: { id: true } });
}
