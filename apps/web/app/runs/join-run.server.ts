import type { z } from "zod";
import { joinRun, type RunRecord } from "@comity/db";
import type { RunHub } from "@comity/live/server";
import type { JoinDetailsSchema } from "./run-forms.schema.ts";

/** Puts a person in a run (or back in it) and lets the trainers' lobby know. */
export async function admitToRun(context: { db: Parameters<typeof joinRun>[0]; runs: RunHub }, userId: string, run: RunRecord, details: z.output<typeof JoinDetailsSchema>) {
  const { member, rejoined } = await joinRun(context.db, { runId: run.id, userId, ...details, profession: details.profession });
  if (!rejoined) await context.runs.noteMemberJoined(run.id, member);
  return member;
}
