import type { LoaderFunctionArgs } from "@remix-run/node";
import { listRunEvents } from "@comity/db";
import { requireTrainerRun } from "../runs/run-access.server.ts";
import { requireUser } from "../utils/auth.server.ts";
import { downloadName } from "../utils/download-name.server.ts";

/**
 * The run's whole event log for audit and replay: every event in sequence order, with its scenario
 * time, the instant it was stored, who caused it and who could read it.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { run } = await requireTrainerRun(context.db, user.id, params.runId ?? "");
  const events = await listRunEvents(context.db, run.id, 0, 1_000_000);
  const body = {
    format: "comity.run-log",
    version: 1,
    run: { id: run.id, title: run.title, scenarioVersionId: run.scenarioVersion.id, scenarioVersion: run.scenarioVersion.number },
    events: events.map((event) => ({ seq: event.seq, type: event.type, scenarioMs: event.scenarioMs, at: event.createdAt.toISOString(), actorId: event.actorId, audience: event.audience, data: event.payload })),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${downloadName("run-log", run.title, "json")}"` },
  });
}
