import type { LoaderFunctionArgs } from "@remix-run/node";
import { CHECKLIST_BY_TASK_KIND } from "@comity/scoring";
import { requireUser } from "../utils/auth.server.ts";
import { documentSections } from "../writer/document-sections.server.ts";
import { renderRequestPdf } from "../writer/request-pdf.server.ts";
import { requireOwnDraft } from "../writer/save-draft.server.ts";
import { downloadName } from "../utils/download-name.server.ts";

/** The draft's document as a PDF download. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const draft = await requireOwnDraft(context.db, user.id, params.draftId ?? "");
  const pdf = await renderRequestPdf(await documentSections(draft, CHECKLIST_BY_TASK_KIND[draft.kind]));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${downloadName(draft.kind, draft.title, "pdf")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
