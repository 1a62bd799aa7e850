import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { findOpenRunByCode, findRunMember } from "@comity/db";
import { JoinCodeForm } from "../runs/join-code-form.tsx";
import { JoinDetailsForm } from "../runs/join-details-form.tsx";
import { joinWithDetails } from "../runs/join-page.server.ts";
import { JoinCodeSchema } from "../runs/run-forms.schema.ts";
import { requireUser } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { displayNames } from "../workshops/display-names.server.ts";

export const meta: MetaFunction = () => [{ title: "Comity · Join an exercise" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const language = await i18nServer.getLocale(request);
  return { code: new URL(request.url).searchParams.get("code") ?? "", defaults: { displayName: user.name, language: user.language }, ...displayNames(language) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: JoinCodeSchema });
  if (submission.status !== "success") return data({ step: "code" as const, result: submission.reply() }, { status: 400 });
  const run = await findOpenRunByCode(context.db, submission.value.code);
  if (!run) return data({ step: "code" as const, result: submission.reply({ fieldErrors: { code: ["errors.run.codeUnknown"] } }) }, { status: 404 });
  const admission = { name: "code" as const, value: submission.value.code };
  if (formData.get("intent") === "details") return joinWithDetails(context, user.id, run, formData, admission);
  if (await findRunMember(context.db, run.id, user.id)) throw redirect(`/runs/${run.id}/play`);
  return { step: "details" as const, runTitle: run.title, admission, result: null };
}

export default function JoinExercise() {
  const { t } = useTranslation();
  const { code, defaults, languages, countries } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <section>
      <h1>{t("runs.join.title")}</h1>
      {answer?.step === "details" ? (
        <JoinDetailsForm runTitle={answer.runTitle} admission={answer.admission} lastResult={answer.result} defaults={defaults} languages={languages} countries={countries} />
      ) : (
        <JoinCodeForm lastResult={answer?.result} code={code} />
      )}
    </section>
  );
}
