import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { BUILT_IN_SCENARIOS, CASE_TYPES, isLanguageCode, parseScenarioJson, type ScenarioProblem } from "@comity/domain";
import { createScenario, listScenarios } from "@comity/db";
import { requireRole } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { ProblemList } from "../scenarios/problem-list.tsx";
import { scenarioSummary } from "../scenarios/scenario-summary.ts";
import { displayNames } from "../workshops/display-names.server.ts";

export const meta: MetaFunction = () => [{ title: "Comity · Scenarios" }];

const AUTHORS = ["trainer", "secretariat"] as const;
const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("clone"), builtInId: z.string().min(1).max(64) }),
  z.object({ intent: z.literal("import"), json: z.string().max(2_000_000, "errors.scenario.fileTooLarge") }),
  z.object({
    intent: z.literal("new"),
    title: z.string().trim().min(1, "errors.title.required").max(200, "errors.title.tooLong"),
    caseType: z.enum(CASE_TYPES),
    mainLanguage: z.string().refine(isLanguageCode, "errors.workshop.unknownLanguage"),
  }),
]);

/**
 * A new scenario's first draft: its title, case and language, and empty lists for the rest. It does not
 * pass the format yet; its page lists what is missing, path by path.
 */
function blankScenario(input: { title: string; caseType: (typeof CASE_TYPES)[number]; mainLanguage: string }) {
  const text = (value: string) => ({ [input.mainLanguage]: value });
  return {
    format: "comity.scenario",
    formatVersion: 1,
    id: "new-scenario",
    title: text(input.title),
    summary: text(input.title),
    caseType: input.caseType,
    level: "introductory",
    durationMinutes: 90,
    mainLanguage: input.mainLanguage,
    languages: [input.mainLanguage],
    objectives: [],
    states: [],
    roles: [],
    teams: [],
    documents: [],
    phases: [],
    injects: [],
    deadlines: [],
    traps: [],
    tasks: [],
  };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, [...AUTHORS]);
  const language = await i18nServer.getLocale(request);
  const scenarios = await listScenarios(context.db, user.id);
  return {
    mine: scenarios.map((scenario) => {
      const latest = scenario.versions[0];
      return { id: scenario.id, ...scenarioSummary(latest?.content, language), number: latest?.number ?? 0, status: latest?.status ?? "draft" };
    }),
    languages: displayNames(language).languages,
    builtIn: BUILT_IN_SCENARIOS.map((scenario) => ({ id: scenario.id, ...scenarioSummary(scenario, language), level: scenario.level, durationMinutes: scenario.durationMinutes })),
  };
}

type ImportRefused = { intent: "import"; problems: ScenarioProblem[]; json: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, context, [...AUTHORS]);
  const parsed = ActionSchema.safeParse(Object.fromEntries(await request.formData()));
  invariantResponse(parsed.success, "This request is not understood.", { status: 400 });
  const input = parsed.data;
  if (input.intent === "new") {
    const { scenarioId } = await createScenario(context.db, { ownerId: user.id, content: blankScenario(input) });
    throw redirect(`/scenarios/${scenarioId}`);
  }
  if (input.intent === "clone") {
    const builtIn = BUILT_IN_SCENARIOS.find((scenario) => scenario.id === input.builtInId);
    invariantResponse(builtIn, "There is no such built-in scenario.", { status: 404 });
    const { scenarioId } = await createScenario(context.db, { ownerId: user.id, content: structuredClone(builtIn), clonedFrom: builtIn.id });
    throw redirect(`/scenarios/${scenarioId}`);
  }
  // An import that fails the format is refused whole, with every problem and its path; nothing is written.
  const result = parseScenarioJson(input.json);
  if (!result.ok) return data<ImportRefused>({ intent: "import", problems: result.problems, json: input.json }, { status: 400 });
  const { scenarioId } = await createScenario(context.db, { ownerId: user.id, content: result.scenario });
  throw redirect(`/scenarios/${scenarioId}`);
}

export default function ScenarioLibrary() {
  const { t } = useTranslation();
  const { mine, builtIn, languages } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>() as ImportRefused | undefined;
  const navigation = useNavigation();
  return (
    <section>
      <h1>{t("scenarios.title")}</h1>
      <h2>{t("scenarios.mine")}</h2>
      {mine.length === 0 ? (
        <p>{t("scenarios.none")}</p>
      ) : (
        <table className="data-table" data-testid="my-scenarios">
          <thead>
            <tr>
              <th scope="col">{t("workshops.fields.title")}</th>
              <th scope="col">{t("scenarios.caseType")}</th>
              <th scope="col">{t("scenarios.version")}</th>
            </tr>
          </thead>
          <tbody>
            {mine.map((scenario) => (
              <tr key={scenario.id}>
                <td dir="auto">
                  <Link to={`/scenarios/${scenario.id}`}>{scenario.title}</Link>
                </td>
                <td>{scenario.caseType ? t(`scenarios.caseTypes.${scenario.caseType}`, { defaultValue: scenario.caseType }) : "—"}</td>
                <td>{t("scenarios.versionStatus", { number: scenario.number, status: t(`scenarios.statuses.${scenario.status}`) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t("scenarios.builtIn")}</h2>
      <table className="data-table" data-testid="built-in-scenarios">
        <thead>
          <tr>
            <th scope="col">{t("workshops.fields.title")}</th>
            <th scope="col">{t("scenarios.caseType")}</th>
            <th scope="col">{t("scenarios.languages")}</th>
            <th scope="col">{t("scenarios.clone")}</th>
          </tr>
        </thead>
        <tbody>
          {builtIn.map((scenario) => (
            <tr key={scenario.id} data-testid={`built-in-${scenario.id}`}>
              <td dir="auto">{scenario.title}</td>
              <td>{t(`scenarios.caseTypes.${scenario.caseType}`)}</td>
              <td>{scenario.languages.join(", ")}</td>
              <td>
                <Form method="post">
                  <input type="hidden" name="intent" value="clone" />
                  <input type="hidden" name="builtInId" value={scenario.id} />
                  <button type="submit" disabled={navigation.state !== "idle"}>
                    {t("scenarios.cloneButton")}
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <Form method="post" className="card" id="new-scenario">
        <h2>{t("scenarios.new")}</h2>
        <input type="hidden" name="intent" value="new" />
        <div className="field">
          <label htmlFor="new-title">{t("workshops.fields.title")}</label>
          <input id="new-title" name="title" required maxLength={200} dir="auto" />
        </div>
        <div className="field">
          <label htmlFor="new-case">{t("scenarios.caseType")}</label>
          <select id="new-case" name="caseType">
            {CASE_TYPES.map((kind) => (
              <option key={kind} value={kind}>
                {t(`scenarios.caseTypes.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-language">{t("scenarios.mainLanguage")}</label>
          <select id="new-language" name="mainLanguage" defaultValue="en">
            {Object.entries(languages).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={navigation.state !== "idle"}>
          {t("scenarios.newButton")}
        </button>
      </Form>

      <div className="card">
        <h2>{t("scenarios.import")}</h2>
        <p className="hint">{t("scenarios.importHint")}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="import" />
          <div className="field">
            <label htmlFor="scenario-json">{t("scenarios.importLabel")}</label>
            <textarea id="scenario-json" name="json" rows={8} defaultValue={refused?.json ?? ""} key={refused?.json ?? "empty"} aria-describedby="import-problems" />
          </div>
          {refused ? <ProblemList id="import-problems" problems={refused.problems} /> : null}
          <button type="submit" disabled={navigation.state !== "idle"}>
            {t("scenarios.importButton")}
          </button>
        </Form>
      </div>
    </section>
  );
}
