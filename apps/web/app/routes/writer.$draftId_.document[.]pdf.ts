import type { LoaderFunctionArgs } from "@remix-run/node";
import { CHECKLIST_BY_TASK_KIND } from "@comity/scoring";
import { requireUser } from "../utils/auth.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { documentSections } from "../writer/document-sections.server.ts";
import { renderRequestPdf } from "../writer/request-pdf.server.ts";
import { requireOwnDraft } from "../writer/save-draft.server.ts";
import { downloadName } from "../utils/download-name.server.ts";

/** The draft's document as a PDF download. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const draft = await requireOwnDraft(context.db, user.id, params.draftId ?? "");
  const document = await documentSections(draft, CHECKLIST_BY_TASK_KIND[draft.kind]);
  // pdfkit lays words out left to right: an Arabic or Hebrew line would come out in the wrong order.
  invariantResponse(document.direction === "ltr", "A PDF of a right-to-left document cannot be made here yet: open the document, choose Print, then Save as PDF.", { status: 409 });
  const pdf = await renderRequestPdf(document);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${downloadName(draft.kind, draft.title, "pdf")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
