import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CHECKLIST_BY_TASK_KIND } from "@comity/scoring";
import { requireUser } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { requireOwnDraft } from "../writer/save-draft.server.ts";
import { documentSections } from "../writer/document-sections.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.document.title ?? "Comity · Document" }];

/** The draft as a formatted document in its drafting language, ready to print or save as PDF. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const draft = await requireOwnDraft(context.db, user.id, params.draftId ?? "");
  return { id: draft.id, status: draft.status, document: await documentSections(draft, CHECKLIST_BY_TASK_KIND[draft.kind]), interfaceLanguage: await i18nServer.getLocale(request) };
}

export default function DraftDocument() {
  const { t } = useTranslation();
  const { id, status, document } = useLoaderData<typeof loader>();
  return (
    <section>
      <p className="no-print actions-row">
        <Link to={`/writer/${id}`}>← {t("writer.backToDraft")}</Link>
        <a href={`/writer/${id}/document.pdf`} download>
          {t("writer.downloadPdf")}
        </a>
        <button type="button" onClick={() => window.print()}>
          {t("writer.print")}
        </button>
      </p>
      {status !== "final" ? <p className="no-print notice-danger">{t("writer.notFinalYet")}</p> : null}
      <article className="request-document" lang={document.language} dir={document.direction} data-testid="document">
        <p className="request-kind">{document.kindName}</p>
        <h1>{document.title}</h1>
        {document.sections.map((section) => (
          <section key={section.id}>
            <h2>{section.heading}</h2>
            {section.paragraphs.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </section>
        ))}
      </article>
    </section>
  );
}
