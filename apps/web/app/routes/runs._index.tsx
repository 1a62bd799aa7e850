import { getFormProps, getInputProps, getSelectProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BUILT_IN_SCENARIOS, hasAnyRole, ScenarioSchema, showText } from "@comity/domain";
import { listMemberRuns, listPublishedVersions, listSessionsForRuns, listTrainerRuns } from "@comity/db";
import { Field } from "../components/field.tsx";
import { NewRunSchema, RUN_LEADERS } from "../runs/run-forms.schema.ts";
import { startRun } from "../runs/start-run.server.ts";
import { JoinCodeForm } from "../runs/join-code-form.tsx";
import { requireRole, requireUser } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { useZodForm } from "../utils/use-zod-form.ts";
import { formatDay, formatTime } from "../workshops/format-times.ts";

export const meta: MetaFunction = () => [{ title: "Comity · Exercises" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const language = await i18nServer.getLocale(request);
  const leads = hasAnyRole(user, RUN_LEADERS);
  const [led, playing, versions, sessions] = await Promise.all([
    leads ? listTrainerRuns(context.db, user.id) : [],
    listMemberRuns(context.db, user.id),
    leads ? listPublishedVersions(context.db, user.id) : [],
    leads ? listSessionsForRuns(context.db, new Date(Date.now() - 24 * 60 * 60 * 1000)) : [],
  ]);
  const titleOf = (content: unknown) => {
    const parsed = ScenarioSchema.safeParse(content);
    return parsed.success ? showText(parsed.data.title, language, parsed.data.mainLanguage).text : "—";
  };
  return {
    leads,
    led: led.map((run) => ({ id: run.id, title: run.title, status: run.status, joinCode: run.joinCode, members: run._count.members, createdAt: run.createdAt.toISOString() })),
    playing: playing.map(({ run }) => ({ id: run.id, title: run.title, status: run.status })),
    sources: [
      ...versions.map((version) => ({ value: `version:${version.id}`, label: `${titleOf(version.content)} · v${version.number}` })),
      ...BUILT_IN_SCENARIOS.map((scenario) => ({ value: `built-in:${scenario.id}`, label: showText(scenario.title, language, scenario.mainLanguage).text, builtIn: true })),
    ],
    sessions: sessions.map((session) => ({
      id: session.id,
      label: `${session.workshop.title} · ${session.title} · ${formatDay(session.startsAt, session.workshop.timeZone, language)} ${formatTime(session.startsAt, session.workshop.timeZone, language)}`,
    })),
    timeZone: user.timeZone,
    language,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, context, RUN_LEADERS);
  const submission = parseWithZod(await request.formData(), { schema: NewRunSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const run = await startRun(context.db, user.id, submission.value);
  throw redirect(`/runs/${run.id}`);
}

export default function Exercises() {
  const { t } = useTranslation();
  const { leads, led, playing, sources, sessions, timeZone, language } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useZodForm(NewRunSchema, { id: "new-run", lastResult });
  return (
    <section>
      <h1>{t("runs.title")}</h1>
      <p>{t("runs.intro")}</p>
      <div className="card">
        <h2>{t("runs.join.title")}</h2>
        <JoinCodeForm />
      </div>
      {playing.length > 0 ? (
        <>
          <h2>{t("runs.playing")}</h2>
          <ul data-testid="runs-playing">
            {playing.map((run) => (
              <li key={run.id}>
                <Link to={`/runs/${run.id}/play`}>{run.title}</Link> · {t(`runs.statuses.${run.status}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {leads ? (
        <>
          <h2>{t("runs.led")}</h2>
          {led.length === 0 ? (
            <p>{t("runs.none")}</p>
          ) : (
            <table className="data-table" data-testid="runs-led">
              <thead>
                <tr>
                  <th scope="col">{t("workshops.fields.title")}</th>
                  <th scope="col">{t("runs.code")}</th>
                  <th scope="col">{t("workshops.fields.status")}</th>
                  <th scope="col">{t("runs.members")}</th>
                  <th scope="col">{t("runs.created")}</th>
                </tr>
              </thead>
              <tbody>
                {led.map((run) => (
                  <tr key={run.id}>
                    <td dir="auto">
                      <Link to={`/runs/${run.id}`}>{run.title}</Link>
                    </td>
                    <td className="join-code">{run.joinCode}</td>
                    <td>{t(`runs.statuses.${run.status}`)}</td>
                    <td>{run.members}</td>
                    <td>
                      {formatDay(run.createdAt, timeZone, language)} {formatTime(run.createdAt, timeZone, language)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="card">
            <h2>{t("runs.new")}</h2>
            <Form method="post" {...getFormProps(form)}>
              <Field label={t("runs.source")} field={fields.source} hint={t("runs.sourceHint")}>
                <select {...getSelectProps(fields.source)}>
                  <option value="">—</option>
                  {sources.map((source) => (
                    <option key={source.value} value={source.value}>
                      {"builtIn" in source ? `${source.label} (${t("runs.builtIn")})` : source.label}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t("workshops.fields.title")} field={fields.title}>
                <input {...getInputProps(fields.title, { type: "text" })} />
              </Field>
              <Field label={t("runs.session")} field={fields.workshopSessionId}>
                <select {...getSelectProps(fields.workshopSessionId)}>
                  <option value="">{t("runs.noSession")}</option>
                  {sessions.map((session) => (
                    <option key={session.id} value={session.id}>
                      {session.label}
                    </option>
                  ))}
                </select>
              </Field>
              <button type="submit" disabled={navigation.state !== "idle"}>
                {t("runs.create")}
              </button>
            </Form>
          </div>
        </>
      ) : null}
    </section>
  );
}
