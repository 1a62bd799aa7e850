import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { instantToLocal, InterpreterFormSchema, listTimeZones } from "@comity/domain";
import { findInterpreter, removeInterpreter, updateInterpreter } from "@comity/db";
import { IntentButton } from "../components/intent-button.tsx";
import { requireRole } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { displayNames } from "../workshops/display-names.server.ts";
import { InterpreterForm } from "../staffing/interpreter-form.tsx";

export const meta: MetaFunction = () => [{ title: "Comity · Interpreter" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireRole(request, context, ["secretariat"]);
  const interpreter = await findInterpreter(context.db, params.interpreterId ?? "");
  invariantResponse(interpreter, "This interpreter is not on the roster.", { status: 404 });
  return {
    interpreter: {
      id: interpreter.id,
      name: interpreter.name,
      email: interpreter.email,
      timeZone: interpreter.timeZone,
      remoteCapable: interpreter.remoteCapable,
      languages: interpreter.languages,
      availability: interpreter.availability.map((window) => ({ start: instantToLocal(window.startsAt.toISOString(), interpreter.timeZone), end: instantToLocal(window.endsAt.toISOString(), interpreter.timeZone) })),
    },
    timeZones: listTimeZones(),
    names: displayNames(await i18nServer.getLocale(request)),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  await requireRole(request, context, ["secretariat"]);
  const interpreter = await findInterpreter(context.db, params.interpreterId ?? "");
  invariantResponse(interpreter, "This interpreter is not on the roster.", { status: 404 });
  const formData = await request.formData();
  if (formData.get("intent") === "remove") {
    await removeInterpreter(context.db, interpreter.id);
    return redirect("/interpreters");
  }
  const submission = parseWithZod(formData, { schema: InterpreterFormSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const updated = await updateInterpreter(context.db, interpreter.id, submission.value);
  if (!updated.ok) return data(submission.reply({ fieldErrors: { email: ["errors.interpreter.emailTaken"] } }), { status: 409 });
  return redirect("/interpreters");
}

export default function EditInterpreter() {
  const { t } = useTranslation();
  const { interpreter, timeZones, names } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section>
      <p>
        <Link to="/interpreters">← {t("interpreters.title")}</Link>
      </p>
      <h1 dir="auto">{interpreter.name}</h1>
      <InterpreterForm id="edit-interpreter" lastResult={lastResult} defaults={interpreter} timeZones={timeZones} languages={names.languages} submitLabel={t("interpreters.save")} />
      <div className="actions-row">
        <IntentButton intent="remove" label={t("interpreters.remove")} danger />
      </div>
    </section>
  );
}
