import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InterpreterFormSchema, listTimeZones } from "@comity/domain";
import { addInterpreter, listInterpreters } from "@comity/db";
import { requireRole } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { displayNames } from "../workshops/display-names.server.ts";
import { InterpreterForm } from "../staffing/interpreter-form.tsx";
import { formatDay, formatTime } from "../workshops/format-times.ts";

export const meta: MetaFunction = () => [{ title: "Comity · Interpreters" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, ["secretariat"]);
  const language = await i18nServer.getLocale(request);
  const interpreters = await listInterpreters(context.db);
  return {
    interpreters: interpreters.map((interpreter) => ({
      id: interpreter.id,
      name: interpreter.name,
      email: interpreter.email,
      timeZone: interpreter.timeZone,
      remoteCapable: interpreter.remoteCapable,
      languages: interpreter.languages,
      // Windows read in the interpreter's own zone, where they were entered.
      windows: interpreter.availability.map((window) => `${formatDay(window.startsAt, interpreter.timeZone, language)} ${formatTime(window.startsAt, interpreter.timeZone, language)} – ${formatDay(window.endsAt, interpreter.timeZone, language)} ${formatTime(window.endsAt, interpreter.timeZone, language)}`),
    })),
    timeZones: listTimeZones(),
    names: displayNames(language),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireRole(request, context, ["secretariat"]);
  const submission = parseWithZod(await request.formData(), { schema: InterpreterFormSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const added = await addInterpreter(context.db, submission.value);
  if (!added.ok) return data(submission.reply({ fieldErrors: { email: ["errors.interpreter.emailTaken"] } }), { status: 409 });
  return redirect("/interpreters");
}

export default function Interpreters() {
  const { t } = useTranslation();
  const { interpreters, timeZones, names } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section>
      <h1>{t("interpreters.title")}</h1>
      {interpreters.length === 0 ? (
        <p>{t("interpreters.none")}</p>
      ) : (
        <table className="data-table" data-testid="roster">
          <thead>
            <tr>
              <th scope="col">{t("fields.name")}</th>
              <th scope="col">{t("interpreters.languages")}</th>
              <th scope="col">{t("interpreters.homeZone")}</th>
              <th scope="col">{t("interpreters.remote")}</th>
              <th scope="col">{t("interpreters.availability")}</th>
            </tr>
          </thead>
          <tbody>
            {interpreters.map((interpreter) => (
              <tr key={interpreter.id} data-testid={`interpreter-${interpreter.email}`}>
                <td>
                  <Link to={`/interpreters/${interpreter.id}`} dir="auto">
                    {interpreter.name}
                  </Link>
                  <br />
                  <span className="hint">{interpreter.email}</span>
                </td>
                <td>{interpreter.languages.map((language) => `${names.languages[language.code] ?? language.code} (${language.competence})`).join(", ")}</td>
                <td>{interpreter.timeZone}</td>
                <td>{interpreter.remoteCapable ? t("workshops.fairHours.yes") : t("workshops.fairHours.no")}</td>
                <td>
                  {interpreter.windows.length === 0
                    ? t("interpreters.noWindows")
                    : interpreter.windows.map((window) => (
                        <span key={window} dir="ltr" className="nowrap">
                          {window}
                          <br />
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="card">
        <h2>{t("interpreters.add")}</h2>
        <InterpreterForm id="add-interpreter" lastResult={lastResult} defaults={{}} timeZones={timeZones} languages={names.languages} submitLabel={t("interpreters.addSubmit")} />
      </div>
    </section>
  );
}
