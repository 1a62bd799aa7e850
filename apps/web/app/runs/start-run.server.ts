import { BUILT_IN_SCENARIOS, createRunState } from "@comity/domain";
import { createRun, createScenario, findOwnPublishedVersion, publishScenarioDraft, sessionExists, type Database } from "@comity/db";
import { invariantResponse } from "../utils/responses.server.ts";

/**
 * The version a new run pins: one of the trainer's published versions, or a built-in case, which is
 * first copied into their library and published, so every run points at a version that never changes.
 */
async function versionToRun(db: Database, trainerId: string, source: string): Promise<string> {
  const [kind, id = ""] = source.split(":");
  if (kind === "built-in") {
    const builtIn = BUILT_IN_SCENARIOS.find((scenario) => scenario.id === id);
    invariantResponse(builtIn, "There is no such built-in scenario.", { status: 404 });
    const { scenarioId } = await createScenario(db, { ownerId: trainerId, content: structuredClone(builtIn), clonedFrom: builtIn.id });
    const published = await publishScenarioDraft(db, { ownerId: trainerId, scenarioId });
    invariantResponse(published.ok, "The built-in scenario could not be published.", { status: 409 });
    return published.versionId;
  }
  const version = await findOwnPublishedVersion(db, trainerId, id);
  invariantResponse(version, "Only a published version of one of your scenarios can be run.", { status: 404 });
  return version.id;
}

export async function startRun(db: Database, trainerId: string, input: { source: string; title: string; workshopSessionId?: string }) {
  if (input.workshopSessionId) invariantResponse(await sessionExists(db, input.workshopSessionId), "That workshop session does not exist or was cancelled.", { status: 404 });
  const scenarioVersionId = await versionToRun(db, trainerId, input.source);
  return createRun(db, { scenarioVersionId, trainerId, title: input.title, state: createRunState(), workshopSessionId: input.workshopSessionId || null });
}
