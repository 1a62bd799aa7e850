import type { LoaderFunctionArgs } from "@remix-run/node";
import { MANIFEST_CSV_HEADER, manifestCsvRows } from "@comity/domain";
import { requireRole } from "../utils/auth.server.ts";
import { csvResponse } from "../utils/csv.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { loadLanguageManifest } from "../staffing/language-manifest.server.ts";
import { downloadName } from "../utils/download-name.server.ts";

/** The language manifest as CSV: one row per channel of each session. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireRole(request, context, ["secretariat"]);
  const manifest = await loadLanguageManifest(context.db, params.workshopId ?? "");
  invariantResponse(manifest, "This workshop does not exist.", { status: 404 });
  return csvResponse(downloadName("language-manifest", manifest.workshop.title, "csv"), MANIFEST_CSV_HEADER, manifestCsvRows(manifest));
}
