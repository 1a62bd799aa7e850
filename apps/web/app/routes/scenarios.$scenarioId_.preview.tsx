import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { participantView, type ShownText } from "@comity/domain";
import { requireRole } from "../utils/auth.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { renderMarkdown } from "../scenarios/render-markdown.server.ts";
import { publicationProblems, requireOwnScenario } from "../scenarios/scenario-editing.server.ts";

export const meta: MetaFunction = () => [{ title: "Comity · Preview" }];

/** The latest version as a participant playing one role, reading one language, will see it. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, ["trainer", "secretariat"]);
  const scenario = await requireOwnScenario(context.db, user.id, params.scenarioId ?? "");
  const { scenario: valid } = publicationProblems(scenario.latest.content);
  invariantResponse(valid, "This version does not pass the scenario format yet: fix its problems to preview it.", { status: 409 });
  const url = new URL(request.url);
  const view = participantView(valid, url.searchParams.get("role") ?? "", url.searchParams.get("lang") ?? valid.mainLanguage);
  invariantResponse(view, "This scenario has no such role.", { status: 404 });
  return {
    scenarioId: scenario.id,
    view: { ...view, documents: view.documents.map((document) => ({ ...document, html: renderMarkdown(document.body.text) })) },
  };
}

function Shown({ text, as: Tag = "span" }: { text: ShownText; as?: "span" | "p" | "h2" | "h3" }) {
  const { t } = useTranslation();
  return (
    <Tag lang={text.language} dir="auto">
      {text.text}
      {text.fallback ? <span className="badge" title={t("scenarios.notTranslatedTitle")}>{t("scenarios.notTranslated", { language: text.language })}</span> : null}
    </Tag>
  );
}

export default function ScenarioPreview() {
  const { t } = useTranslation();
  const { scenarioId, view } = useLoaderData<typeof loader>();
  return (
    <section data-testid="preview">
      <p>
        <Link to={`/scenarios/${scenarioId}`}>← {t("scenarios.backToScenario")}</Link>
      </p>
      <p className="hint">{t("scenarios.previewing")}</p>
      <h1 lang={view.title.language} dir="auto">
        {view.title.text}
      </h1>
      <p data-testid="preview-role">
        <Shown text={view.role.name} />
        {view.role.state ? (
          <>
            {" · "}
            <Shown text={view.role.state} />
          </>
        ) : null}
      </p>
      <Shown text={view.summary} as="p" />
      <h2>{t("scenarios.caseFile")}</h2>
      {view.documents.map((document) => (
        <article key={document.id} className="card" lang={document.body.language} dir="auto">
          <Shown text={document.title} as="h3" />
          <div dangerouslySetInnerHTML={{ __html: document.html }} />
        </article>
      ))}
      <h2>{t("scenarios.injects")}</h2>
      <ul data-testid="preview-injects">
        {view.injects.map((inject) => (
          <li key={inject.id} data-testid={`preview-inject-${inject.id}`}>
            <strong>
              <Shown text={inject.title} />
            </strong>{" "}
            <span className="hint">
              ({inject.timing.kind === "at" ? t("scenarios.timing.at", { minutes: inject.timing.minutes }) : inject.timing.kind === "phase-start" ? t("scenarios.timing.phase", { phase: inject.timing.phase.text }) : t(`scenarios.timing.${inject.timing.kind}`)})
            </span>
            <Shown text={inject.body} as="p" />
          </li>
        ))}
      </ul>
      <h2>{t("scenarios.tasks")}</h2>
      <ul data-testid="preview-tasks">
        {view.tasks.map((task) => (
          <li key={task.id} data-testid={`preview-task-${task.id}`}>
            <strong>
              <Shown text={task.title} />
            </strong>
            {task.deadline ? <span className="hint"> · {t("scenarios.deadlineAt", { label: task.deadline.label.text, minutes: task.deadline.atMinutes })}</span> : null}
            <Shown text={task.instructions} as="p" />
          </li>
        ))}
      </ul>
    </section>
  );
}
