import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ScenarioProblem } from "@comity/domain";
import { saveScenarioDraft } from "@comity/db";
import { requireRole } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { displayNames } from "../workshops/display-names.server.ts";
import { applyEditForm, EditRequestSchema, formKey } from "../scenarios/apply-edit-form.server.ts";
import type { DraftContent } from "../scenarios/edit-engine.server.ts";
import { EDIT_SECTIONS, sectionView, type EditSection } from "../scenarios/edit-sections.server.ts";
import { EditSectionPage, SectionNav } from "../scenarios/edit-sections.tsx";
import { itemValues } from "../scenarios/item-values.ts";
import { requireOwnScenario } from "../scenarios/scenario-editing.server.ts";
import { scenarioSummary } from "../scenarios/scenario-summary.ts";
import type { FormValues } from "../scenarios/form-paths.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Comity · ${data?.title ?? "Scenario"}` }];

const AUTHORS = ["trainer", "secretariat"] as const;

function isSection(value: string | undefined): value is EditSection {
  return Boolean(value && Object.hasOwn(EDIT_SECTIONS, value));
}

async function loadDraft(args: LoaderFunctionArgs | ActionFunctionArgs) {
  const user = await requireRole(args.request, args.context, [...AUTHORS]);
  const scenario = await requireOwnScenario(args.context.db, user.id, args.params.scenarioId ?? "");
  const section = args.params.section;
  invariantResponse(isSection(section), "There is no such part of a scenario.", { status: 404 });
  const content = scenario.latest.content;
  const draft = content && typeof content === "object" && !Array.isArray(content) ? (content as DraftContent) : null;
  return { user, scenario, section, draft };
}

export async function loader(args: LoaderFunctionArgs) {
  const { scenario, section, draft } = await loadDraft(args);
  const language = await i18nServer.getLocale(args.request);
  return {
    id: scenario.id,
    section,
    title: scenarioSummary(draft, language).title,
    status: scenario.latest.status,
    // Forms are keyed by it, so a saved edit shows the stored values afresh.
    revision: `${scenario.latest.number}-${scenario.latest.updatedAt.toISOString()}`,
    view: draft ? sectionView(draft, section, language) : null,
    languageNames: displayNames(language).languages,
  };
}

export type EditActionResult = { form: string; saved?: boolean; problems?: ScenarioProblem[]; values?: FormValues };

export async function action(args: ActionFunctionArgs) {
  const { user, scenario, draft } = await loadDraft(args);
  const formData = await args.request.formData();
  const request = EditRequestSchema.safeParse(Object.fromEntries(formData));
  invariantResponse(request.success, "This request is not understood.", { status: 400 });
  const form = formKey(request.data);
  if (!draft) return data<EditActionResult>({ form, problems: [{ path: "", message: "errors.scenario.notAnObject" }] }, { status: 400 });
  const { outcome, attempt } = applyEditForm(draft, request.data, formData);
  if (!outcome.ok) return data<EditActionResult>({ form, problems: outcome.problems, values: attempt === undefined ? undefined : itemValues(attempt) }, { status: 400 });
  await saveScenarioDraft(args.context.db, { ownerId: user.id, scenarioId: scenario.id, content: outcome.content as never });
  // After a removal the items below move up: the notice goes to the list, not to another item's form.
  return { form: request.data.intent === "remove-item" ? `${request.data.list}-removed` : form, saved: true } satisfies EditActionResult;
}

export default function ScenarioEditSection() {
  const { t } = useTranslation();
  const { id, section, title, status, revision, view, languageNames } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as EditActionResult | undefined;
  return (
    <section>
      <p>
        <Link to={`/scenarios/${id}`}>← {t("scenarios.backToScenario")}</Link>
      </p>
      <h1 dir="auto">{title}</h1>
      <SectionNav scenarioId={id} current={section} />
      {status === "published" ? <p className="hint">{t("scenarios.editMakesDraft")}</p> : null}
      {view ? <EditSectionPage section={section} view={view} revision={revision} result={result} languageNames={languageNames} /> : <p className="hint">{t("scenarios.edit.notAnObject")}</p>}
    </section>
  );
}
