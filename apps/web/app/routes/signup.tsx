import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listTimeZones, safeRedirectPath, SignUpSchema } from "@comity/domain";
import { createUser } from "@comity/db";
import { useZodForm } from "../utils/use-zod-form.ts";
import { LanguageSelect } from "../components/language-select.tsx";
import { Field, FormErrors } from "../components/field.tsx";
import { TimeZoneSelect } from "../components/time-zone-select.tsx";
import { getUser, startSession } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";

export const meta: MetaFunction = () => [{ title: "Comity · Sign up" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getUser(request, context)) throw redirect("/");
  return { timeZones: listTimeZones(), language: await i18nServer.getLocale(request) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: SignUpSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["password", "confirmPassword"] }), { status: 400 });
  const { name, email, password, language, timeZone, redirectTo } = submission.value;
  // Sign-up always makes a participant; other roles are granted by the secretariat.
  const created = await createUser(context.db, { name, email, password, language, timeZone, roles: ["participant"] });
  if (!created.ok) {
    return data(submission.reply({ fieldErrors: { email: ["errors.email.taken"] }, hideFields: ["password", "confirmPassword"] }), { status: 409 });
  }
  return startSession(request, context, created.user, safeRedirectPath(redirectTo, "/"));
}

export default function SignUp() {
  const { t } = useTranslation();
  const { timeZones, language } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "";
  const [form, fields] = useZodForm(SignUpSchema, { id: "signup", lastResult, defaultValue: { language, timeZone: "UTC" } });
  return (
    <section className="narrow">
      <h1>{t("signUp.title")}</h1>
      <p>{t("signUp.intro")}</p>
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field label={t("fields.name")} field={fields.name}>
          <input {...getInputProps(fields.name, { type: "text" })} autoComplete="name" />
        </Field>
        <Field label={t("fields.email")} field={fields.email}>
          <input {...getInputProps(fields.email, { type: "email" })} autoComplete="email" />
        </Field>
        <Field label={t("fields.password")} field={fields.password} hint={t("signUp.passwordHint")}>
          <input {...getInputProps(fields.password, { type: "password" })} autoComplete="new-password" />
        </Field>
        <Field label={t("fields.confirmPassword")} field={fields.confirmPassword}>
          <input {...getInputProps(fields.confirmPassword, { type: "password" })} autoComplete="new-password" />
        </Field>
        <Field label={t("fields.language")} field={fields.language}>
          <LanguageSelect field={fields.language} />
        </Field>
        <Field label={t("fields.timeZone")} field={fields.timeZone} hint={t("signUp.timeZoneHint")}>
          <TimeZoneSelect field={fields.timeZone} timeZones={timeZones} detectBrowserZone={!lastResult} />
        </Field>
        <button type="submit" disabled={navigation.state !== "idle"}>
          {t("signUp.submit")}
        </button>
      </Form>
      <p>
        {t("signUp.haveAccount")} <Link to={redirectTo ? `/signin?${new URLSearchParams({ redirectTo })}` : "/signin"}>{t("nav.signIn")}</Link>
      </p>
    </section>
  );
}
