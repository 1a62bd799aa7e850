import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequestDraft, createUser, deleteRequestDraft, findRequestDraft, listRequestDrafts, markRequestDraftFinal, saveRequestDraft, type OpenDatabase } from "../index.ts";
import { createTestDatabase, testDatabaseKind } from "../testing/index.ts";

let database: OpenDatabase;
const owners: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  for (const name of ["judge", "other"]) {
    const created = await createUser(database.prisma, { name, email: `${name}@writer.example.org`, password: "a long test password", language: "fr", timeZone: "UTC" });
    if (!created.ok) throw new Error("setup failed");
    owners.push(created.user.id);
  }
});

afterAll(async () => {
  await database?.close();
});

describe(`request drafts (${testDatabaseKind()})`, () => {
  it("saves text revision by revision and refuses a save made from an older revision", async () => {
    const ownerId = owners[0] ?? "";
    const id = await createRequestDraft(database.prisma, { ownerId, kind: "mla-request", language: "fr", title: "Demande d'entraide : comptes bancaires" });
    const first = await saveRequestDraft(database.prisma, { ownerId, id, baseRevision: 0, title: "Demande d'entraide", elements: { "mla.authority": "Le parquet de Carola" } });
    expect(first).toEqual({ ok: true, revision: 1 });
    // A second tab still on revision 0 cannot overwrite what the first one saved.
    const stale = await saveRequestDraft(database.prisma, { ownerId, id, baseRevision: 0, title: "x", elements: {} });
    expect(stale).toEqual({ ok: false, reason: "conflict", revision: 1 });
    expect((await findRequestDraft(database.prisma, ownerId, id))?.elements).toEqual({ "mla.authority": "Le parquet de Carola" });
  });

  it("marks a draft final only at the revision that was checked, and editing opens it again", async () => {
    const ownerId = owners[0] ?? "";
    const id = await createRequestDraft(database.prisma, { ownerId, kind: "mla-request", language: "en", title: "Request" });
    await saveRequestDraft(database.prisma, { ownerId, id, baseRevision: 0, title: "Request", elements: { "mla.facts": "facts" } });
    expect(await markRequestDraftFinal(database.prisma, { ownerId, id, revision: 0 })).toBe(false);
    expect(await markRequestDraftFinal(database.prisma, { ownerId, id, revision: 1 })).toBe(true);
    expect((await findRequestDraft(database.prisma, ownerId, id))?.status).toBe("final");
    await saveRequestDraft(database.prisma, { ownerId, id, baseRevision: 1, title: "Request", elements: { "mla.facts": "more facts" } });
    expect((await findRequestDraft(database.prisma, ownerId, id))?.status).toBe("draft");
  });

  it("never shows, saves or deletes another person's draft", async () => {
    const [ownerId = "", otherId = ""] = owners;
    const id = await createRequestDraft(database.prisma, { ownerId, kind: "jit-agreement", language: "en", title: "JIT" });
    expect(await findRequestDraft(database.prisma, otherId, id)).toBeNull();
    expect(await saveRequestDraft(database.prisma, { ownerId: otherId, id, baseRevision: 0, title: "mine now", elements: {} })).toEqual({ ok: false, reason: "not-found" });
    expect(await deleteRequestDraft(database.prisma, otherId, id)).toBe(false);
    expect((await listRequestDrafts(database.prisma, otherId)).map((draft) => draft.id)).not.toContain(id);
    expect(await deleteRequestDraft(database.prisma, ownerId, id)).toBe(true);
  });
});
