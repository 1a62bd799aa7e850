import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { showText, type Scenario, type ScenarioProblem } from "@comity/domain";
import { publishScenarioDraft, saveScenarioDraft } from "@comity/db";
import { IntentButton } from "../components/intent-button.tsx";
import { requireRole } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { displayNames } from "../workshops/display-names.server.ts";
import { ProblemList } from "../scenarios/problem-list.tsx";
import { SectionNav } from "../scenarios/edit-sections.tsx";
import { addInjectFromForm, addTaskFromForm, publicationProblems, requireOwnScenario } from "../scenarios/scenario-editing.server.ts";
import { scenarioSummary } from "../scenarios/scenario-summary.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Comity · ${data?.summary.title ?? "Scenario"}` }];

const AUTHORS = ["trainer", "secretariat"] as const;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, [...AUTHORS]);
  const scenario = await requireOwnScenario(context.db, user.id, params.scenarioId ?? "");
  const language = await i18nServer.getLocale(request);
  const { scenario: valid, problems } = publicationProblems(scenario.latest.content);
  const name = (text: Record<string, string>) => (valid ? showText(text, language, valid.mainLanguage).text : "");
  return {
    id: scenario.id,
    clonedFrom: scenario.clonedFrom,
    summary: scenarioSummary(scenario.latest.content, language),
    latest: { number: scenario.latest.number, status: scenario.latest.status },
    versions: scenario.versions.map((version) => ({ number: version.number, status: version.status, publishedAt: version.publishedAt?.toISOString() ?? null })),
    problems,
    json: JSON.stringify(scenario.latest.content, null, 2),
    // What the structured forms offer; only a scenario that passes the format has them.
    choices: valid
      ? {
          languages: valid.languages,
          teams: valid.teams.map((team) => ({ id: team.id, name: name(team.name) })),
          roles: valid.roles.map((role) => ({ id: role.id, name: name(role.name) })),
          phases: valid.phases.map((phase) => ({ id: phase.id, name: name(phase.title) })),
          deadlines: valid.deadlines.map((deadline) => ({ id: deadline.id, name: name(deadline.label) })),
        }
      : null,
    languageNames: displayNames(language).languages,
  };
}

type ActionResult = { intent: string; saved?: boolean; published?: number; problems?: ScenarioProblem[]; values?: Record<string, string> };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireRole(request, context, [...AUTHORS]);
  const scenario = await requireOwnScenario(context.db, user.id, params.scenarioId ?? "");
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const values = Object.fromEntries([...formData].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const refuse = (problems: ScenarioProblem[], status: 400 | 409 = 400) => data<ActionResult>({ intent, problems, values }, { status });

  if (intent === "publish") {
    // A broken rubric is found here, by its author, never in a live run.
    const { problems } = publicationProblems(scenario.latest.content);
    if (problems.length) return refuse(problems, 409);
    const published = await publishScenarioDraft(context.db, { ownerId: user.id, scenarioId: scenario.id });
    if (!published.ok) return refuse([{ path: "", message: "There is no draft to publish: edit the scenario to start a new version." }], 409);
    return { intent, published: published.number } satisfies ActionResult;
  }

  if (intent === "save-json") {
    let content: unknown;
    try {
      content = JSON.parse(String(formData.get("json") ?? ""));
    } catch (error) {
      return refuse([{ path: "", message: `This is not JSON: ${error instanceof Error ? error.message : String(error)}` }]);
    }
    if (!content || typeof content !== "object" || Array.isArray(content)) return refuse([{ path: "", message: "A scenario is a JSON object." }]);
    // A draft may be incomplete: it is saved, and its problems are shown in place.
    await saveScenarioDraft(context.db, { ownerId: user.id, scenarioId: scenario.id, content: content as Scenario });
    return { intent, saved: true } satisfies ActionResult;
  }

  if (intent === "add-inject" || intent === "add-task") {
    const { scenario: valid, problems } = publicationProblems(scenario.latest.content);
    if (!valid) return refuse(problems);
    const edited = intent === "add-inject" ? addInjectFromForm(valid, formData) : addTaskFromForm(valid, formData);
    if (!edited.ok) return refuse(edited.problems);
    await saveScenarioDraft(context.db, { ownerId: user.id, scenarioId: scenario.id, content: edited.content });
    return { intent, saved: true } satisfies ActionResult;
  }

  return refuse([{ path: "", message: "This request is not understood." }]);
}

export default function ScenarioPage() {
  const { t } = useTranslation();
  const { id, summary, latest, versions, problems, json, choices, languageNames } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  const refusedFor = (intent: string) => (result?.intent === intent && result.problems ? result : undefined);
  const value = (intent: string, name: string) => refusedFor(intent)?.values?.[name];
  const languageName = (code: string) => languageNames[code] ?? code;
  const audiences = choices
    ? [{ value: "everyone", label: t("scenarios.everyone") }, ...choices.teams.map((team) => ({ value: `team:${team.id}`, label: t("scenarios.team", { name: team.name }) })), ...choices.roles.map((role) => ({ value: `role:${role.id}`, label: t("scenarios.role", { name: role.name }) }))]
    : [];

  return (
    <section>
      <p>
        <Link to="/scenarios">← {t("scenarios.title")}</Link>
      </p>
      <h1 dir="auto">{summary.title}</h1>
      <p className="hint" data-testid="version-status">
        {t("scenarios.versionStatus", { number: latest.number, status: t(`scenarios.statuses.${latest.status}`) })}
      </p>
      {result?.published ? (
        <p role="status" className="notice" data-testid="published">
          {t("scenarios.publishedNow", { number: result.published })}
        </p>
      ) : null}
      {result?.saved ? (
        <p role="status" className="notice" data-testid="saved">
          {t("scenarios.saved")}
        </p>
      ) : null}
      <SectionNav scenarioId={id} />
      {refusedFor("publish")?.problems ? <ProblemList id="publish-problems" problems={refusedFor("publish")?.problems ?? []} /> : null}

      <div className="card">
        <h2>{t("scenarios.check")}</h2>
        {problems.length ? <ProblemList id="draft-problems" problems={problems} /> : <p className="notice" data-testid="ready">{t("scenarios.ready")}</p>}
        <div className="actions-row">
          {latest.status === "draft" ? <IntentButton intent="publish" label={t("scenarios.publish")} /> : <span className="hint">{t("scenarios.editMakesDraft")}</span>}
        </div>
      </div>

      {choices ? (
        <Form method="get" action={`/scenarios/${id}/preview`} className="card">
          <h2>{t("scenarios.preview")}</h2>
          <div className="field">
            <label htmlFor="preview-role">{t("scenarios.previewRole")}</label>
            <select id="preview-role" name="role">
              {choices.roles.map((role) => (
                <option key={role.id} value={role.id}>
                  {role.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="preview-language">{t("scenarios.previewLanguage")}</label>
            <select id="preview-language" name="lang">
              {choices.languages.map((code) => (
                <option key={code} value={code}>
                  {languageName(code)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t("scenarios.previewButton")}</button>
        </Form>
      ) : null}

      <h2>{t("scenarios.versions")}</h2>
      <table className="data-table" data-testid="versions">
        <thead>
          <tr>
            <th scope="col">{t("scenarios.version")}</th>
            <th scope="col">{t("workshops.fields.status")}</th>
            <th scope="col">{t("scenarios.export")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.number}>
              <td>{version.number}</td>
              <td>{t(`scenarios.statuses.${version.status}`)}</td>
              <td>
                <a href={`/scenarios/${id}/versions/${version.number}.json`} download>
                  {t("scenarios.exportJson")}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {choices ? (
        <>
          <Form method="post" className="card" id="add-inject" key={result?.intent === "add-inject" && result.saved ? `inject-${versions.length}-${json.length}` : "add-inject"}>
            <h2>{t("scenarios.addInject")}</h2>
            <input type="hidden" name="intent" value="add-inject" />
            <div className="field">
              <label htmlFor="inject-id">{t("scenarios.itemId")}</label>
              <input id="inject-id" name="injectId" dir="ltr" defaultValue={value("add-inject", "injectId")} />
            </div>
            {choices.languages.map((code) => (
              <fieldset key={code} className="field">
                <legend>{languageName(code)}</legend>
                <label htmlFor={`inject-title-${code}`}>{t("scenarios.injectTitle", { language: languageName(code) })}</label>
                <input id={`inject-title-${code}`} name={`title.${code}`} lang={code} dir="auto" defaultValue={value("add-inject", `title.${code}`)} />
                <label htmlFor={`inject-body-${code}`}>{t("scenarios.injectBody", { language: languageName(code) })}</label>
                <textarea id={`inject-body-${code}`} name={`body.${code}`} lang={code} dir="auto" rows={3} defaultValue={value("add-inject", `body.${code}`)} />
              </fieldset>
            ))}
            <div className="field">
              <label htmlFor="inject-release">{t("scenarios.release")}</label>
              <select id="inject-release" name="releaseKind" defaultValue={value("add-inject", "releaseKind") ?? "at"}>
                <option value="at">{t("scenarios.releaseAt")}</option>
                <option value="phase-start">{t("scenarios.releasePhase")}</option>
                <option value="manual">{t("scenarios.releaseManual")}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="inject-minutes">{t("scenarios.atMinutes")}</label>
              <input id="inject-minutes" name="atMinutes" type="number" min={0} defaultValue={value("add-inject", "atMinutes") ?? "0"} />
            </div>
            <div className="field">
              <label htmlFor="inject-phase">{t("scenarios.phase")}</label>
              <select id="inject-phase" name="phaseId" defaultValue={value("add-inject", "phaseId")}>
                {choices.phases.map((phase) => (
                  <option key={phase.id} value={phase.id}>
                    {phase.name}
                  </option>
                ))}
              </select>
            </div>
            <AudienceSelect id="inject-audience" label={t("scenarios.audience")} options={audiences} defaultValue={value("add-inject", "audience")} />
            {refusedFor("add-inject")?.problems ? <ProblemList id="inject-problems" problems={refusedFor("add-inject")?.problems ?? []} /> : null}
            <button type="submit" disabled={busy}>
              {t("scenarios.addInjectButton")}
            </button>
          </Form>

          <Form method="post" className="card" id="add-task" key={result?.intent === "add-task" && result.saved ? `task-${versions.length}-${json.length}` : "add-task"}>
            <h2>{t("scenarios.addTask")}</h2>
            <p className="hint">{t("scenarios.addTaskHint")}</p>
            <input type="hidden" name="intent" value="add-task" />
            <div className="field">
              <label htmlFor="task-id">{t("scenarios.itemId")}</label>
              <input id="task-id" name="taskId" dir="ltr" defaultValue={value("add-task", "taskId")} />
            </div>
            {choices.languages.map((code) => (
              <fieldset key={code} className="field">
                <legend>{languageName(code)}</legend>
                {(["title", "instructions", "terms", "feedback", "modelAnswer"] as const).map((name) => (
                  <div key={name}>
                    <label htmlFor={`task-${name}-${code}`}>{t(`scenarios.task.${name}`, { language: languageName(code) })}</label>
                    <textarea id={`task-${name}-${code}`} name={`${name}.${code}`} lang={code} dir="auto" rows={name === "title" ? 1 : 3} defaultValue={value("add-task", `${name}.${code}`)} />
                  </div>
                ))}
              </fieldset>
            ))}
            <div className="field">
              <label htmlFor="task-source">{t("scenarios.legalSource")}</label>
              <input id="task-source" name="legalSource" dir="ltr" defaultValue={value("add-task", "legalSource")} />
            </div>
            <div className="field">
              <label htmlFor="task-deadline">{t("scenarios.deadline")}</label>
              <select id="task-deadline" name="deadlineId" defaultValue={value("add-task", "deadlineId") ?? ""}>
                <option value="">{t("scenarios.noDeadline")}</option>
                {choices.deadlines.map((deadline) => (
                  <option key={deadline.id} value={deadline.id}>
                    {deadline.name}
                  </option>
                ))}
              </select>
            </div>
            <AudienceSelect id="task-audience" label={t("scenarios.assignedTo")} options={audiences} defaultValue={value("add-task", "audience")} />
            {refusedFor("add-task")?.problems ? <ProblemList id="task-problems" problems={refusedFor("add-task")?.problems ?? []} /> : null}
            <button type="submit" disabled={busy}>
              {t("scenarios.addTaskButton")}
            </button>
          </Form>
        </>
      ) : (
        <p className="hint">{t("scenarios.fixFirst")}</p>
      )}

      <details className="card">
        <summary>{t("scenarios.editJson")}</summary>
        <Form method="post">
          <input type="hidden" name="intent" value="save-json" />
          <div className="field">
            <label htmlFor="scenario-json">{t("scenarios.json")}</label>
            <textarea id="scenario-json" name="json" dir="ltr" rows={20} defaultValue={value("save-json", "json") ?? json} key={json} />
          </div>
          {refusedFor("save-json")?.problems ? <ProblemList id="json-problems" problems={refusedFor("save-json")?.problems ?? []} /> : null}
          <button type="submit" disabled={busy}>
            {t("scenarios.saveJson")}
          </button>
        </Form>
      </details>
    </section>
  );
}

function AudienceSelect({ id, label, options, defaultValue }: { id: string; label: string; options: { value: string; label: string }[]; defaultValue?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name="audience" defaultValue={defaultValue ?? "everyone"}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
