import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "../utils/auth.server.ts";
import { downloadName } from "../utils/download-name.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { requireOwnScenario } from "../scenarios/scenario-editing.server.ts";
import { scenarioSummary } from "../scenarios/scenario-summary.ts";

/** One version of a scenario as the JSON file the import reads back. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, ["trainer", "secretariat"]);
  const scenario = await requireOwnScenario(context.db, user.id, params.scenarioId ?? "");
  const version = scenario.versions.find((candidate) => String(candidate.number) === params.number);
  invariantResponse(version, "This scenario has no such version.", { status: 404 });
  const name = downloadName("scenario", `${scenarioSummary(version.content, "en").title} v${version.number}`, "json");
  return new Response(`${JSON.stringify(version.content, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "private, no-store" },
  });
}
