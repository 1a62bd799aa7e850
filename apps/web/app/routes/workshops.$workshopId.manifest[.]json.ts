import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "../utils/auth.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { loadLanguageManifest } from "../staffing/language-manifest.server.ts";
import { downloadName } from "../utils/download-name.server.ts";

/** The language manifest as versioned JSON, for an interpretation platform's import. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireRole(request, context, ["secretariat"]);
  const manifest = await loadLanguageManifest(context.db, params.workshopId ?? "");
  invariantResponse(manifest, "This workshop does not exist.", { status: 404 });
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${downloadName("language-manifest", manifest.workshop.title, "json")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
