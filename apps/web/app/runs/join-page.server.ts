import { parseWithZod } from "@conform-to/zod";
import { data, redirect } from "@remix-run/node";
import { findRunMember, type RunRecord } from "@comity/db";
import type { RunHub } from "@comity/live/server";
import type { Database } from "@comity/db";
import { admitToRun } from "./join-run.server.ts";
import { JoinDetailsSchema } from "./run-forms.schema.ts";

/**
 * The second step of joining, shared by the code and the link: a person already in the run goes
 * straight back to it; otherwise their details are checked and they are admitted.
 */
export async function joinWithDetails(context: { db: Database; runs: RunHub }, userId: string, run: RunRecord, formData: FormData, admission: { name: "code" | "token"; value: string }) {
  if (await findRunMember(context.db, run.id, userId)) throw redirect(`/runs/${run.id}/play`);
  const submission = parseWithZod(formData, { schema: JoinDetailsSchema });
  if (submission.status !== "success") return data({ step: "details" as const, runTitle: run.title, admission, result: submission.reply() }, { status: 400 });
  await admitToRun(context, userId, run, submission.value);
  throw redirect(`/runs/${run.id}/play`);
}
