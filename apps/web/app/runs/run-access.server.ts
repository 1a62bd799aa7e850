import { RunStateSchema, ScenarioSchema } from "@comity/domain";
import { findRun, findRunMember, type Database } from "@comity/db";
import { invariantResponse } from "../utils/responses.server.ts";

/** A run the person leads, with its pinned scenario and state; "not found" for anyone else. */
export async function requireTrainerRun(db: Database, userId: string, runId: string) {
  const run = await findRun(db, runId);
  invariantResponse(run && run.trainerId === userId, "This exercise does not exist, or you do not run it.", { status: 404 });
  return { run, scenario: ScenarioSchema.parse(run.scenarioVersion.content), state: RunStateSchema.parse(run.state) };
}

/** A run the person has joined, with their place in it; "not found" for anyone else. */
export async function requireMemberRun(db: Database, userId: string, runId: string) {
  const run = await findRun(db, runId);
  const member = run ? await findRunMember(db, run.id, userId) : null;
  invariantResponse(run && member, "This exercise does not exist, or you have not joined it. Join with its code.", { status: 404 });
  return { run, member, scenario: ScenarioSchema.parse(run.scenarioVersion.content), state: RunStateSchema.parse(run.state) };
}
