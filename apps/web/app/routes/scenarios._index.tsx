import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { BUILT_IN_SCENARIOS, parseScenarioJson, type ScenarioProblem } from "@comity/domain";
import { createScenario, listScenarios } from "@comity/db";
import { requireRole } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { ProblemList } from "../scenarios/problem-list.tsx";
import { scenarioSummary } from "../scenarios/scenario-summary.ts";

export const meta: MetaFunction = () => [{ title: "Comity · Scenarios" }];

const AUTHORS = ["trainer", "secretariat"] as const;
const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("clone"), builtInId: z.string().min(1).max(64) }),
  z.object({ intent: z.literal("import"), json: z.string().max(2_000_000, "errors.scenario.fileTooLarge") }),
]);

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, [...AUTHORS]);
  const language = await i18nServer.getLocale(request);
  const scenarios = await listScenarios(context.db, user.id);
  return {
    mine: scenarios.map((scenario) => {
      const latest = scenario.versions[0];
      return { id: scenario.id, ...scenarioSummary(latest?.content, language), number: latest?.number ?? 0, status: latest?.status ?? "draft" };
    }),
    builtIn: BUILT_IN_SCENARIOS.map((scenario) => ({ id: scenario.id, ...scenarioSummary(scenario, language), level: scenario.level, durationMinutes: scenario.durationMinutes })),
  };
}

type ImportRefused = { intent: "import"; problems: ScenarioProblem[]; json: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, context, [...AUTHORS]);
  const parsed = ActionSchema.safeParse(Object.fromEntries(await request.formData()));
  invariantResponse(parsed.success, "This request is not understood.", { status: 400 });
  const input = parsed.data;
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
  const { mine, builtIn } = useLoaderData<typeof loader>();
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
