import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { safeRedirectPath, SignInSchema } from "@comity/domain";
import { useZodForm } from "../utils/use-zod-form.ts";
import { Field, FormErrors } from "../components/field.tsx";
import { getUser, signIn, startSession } from "../utils/auth.server.ts";

export const meta: MetaFunction = () => [{ title: "Comity · Sign in" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getUser(request, context)) throw redirect("/");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: SignInSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const result = await signIn(context, submission.value.email, submission.value.password);
  if (!result.ok) {
    const message = result.reason === "rate-limited" ? `signIn.tooMany|${result.retryAfterMinutes}` : "signIn.invalid";
    return data(submission.reply({ formErrors: [message], hideFields: ["password"] }), { status: result.reason === "rate-limited" ? 429 : 400 });
  }
  return startSession(request, context, result.user, safeRedirectPath(submission.value.redirectTo, "/"));
}

export default function SignIn() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const [form, fields] = useZodForm(SignInSchema, { id: "signin", lastResult });
  const redirectTo = searchParams.get("redirectTo") ?? "";
  return (
    <section className="narrow">
      <h1>{t("signIn.title")}</h1>
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field label={t("fields.email")} field={fields.email}>
          <input {...getInputProps(fields.email, { type: "email" })} autoComplete="email" />
        </Field>
        <Field label={t("fields.password")} field={fields.password}>
          <input {...getInputProps(fields.password, { type: "password" })} autoComplete="current-password" />
        </Field>
        <button type="submit" disabled={navigation.state !== "idle"}>
          {t("signIn.submit")}
        </button>
      </Form>
      <p>
        {t("signIn.noAccount")} <Link to={redirectTo ? `/signup?${new URLSearchParams({ redirectTo })}` : "/signup"}>{t("nav.signUp")}</Link>
      </p>
    </section>
  );
}
