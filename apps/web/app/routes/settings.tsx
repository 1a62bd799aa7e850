import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AccountSettingsSchema, listTimeZones } from "@comity/domain";
import { currentCalendarToken, renewCalendarToken, updateAccountSettings } from "@comity/db";
import { useZodForm } from "../utils/use-zod-form.ts";
import { LanguageSelect } from "../components/language-select.tsx";
import { Field } from "../components/field.tsx";
import { IntentButton } from "../components/intent-button.tsx";
import { TimeZoneSelect } from "../components/time-zone-select.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { languageCookie } from "../utils/i18next.server.ts";
import { isHttps } from "../utils/session.server.ts";

export const meta: MetaFunction = () => [{ title: "Comity · Settings" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const calendarUrl = `${new URL(request.url).origin}/calendar/${await currentCalendarToken(context.db, user.id)}.ics`;
  return { user, timeZones: listTimeZones(), calendarUrl };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const formData = await request.formData();
  if (formData.get("intent") === "renew-calendar") {
    await renewCalendarToken(context.db, user.id);
    return { result: undefined, saved: false, calendarRenewed: true };
  }
  const submission = parseWithZod(formData, { schema: AccountSettingsSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), saved: false, calendarRenewed: false }, { status: 400 });
  const updated = await updateAccountSettings(context.db, user.id, submission.value);
  return data(
    { result: submission.reply(), saved: true, calendarRenewed: false },
    { headers: { "Set-Cookie": await languageCookie.serialize(updated.language, { secure: isHttps(request) }) } },
  );
}

export default function Settings() {
  const { t } = useTranslation();
  const { user, timeZones, calendarUrl } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useZodForm(AccountSettingsSchema, { id: "settings", lastResult: actionData?.result, defaultValue: { name: user.name, language: user.language, timeZone: user.timeZone } });
  return (
    <section className="narrow">
      <h1>{t("settings.title")}</h1>
      <p>{t("settings.email", { email: user.email })}</p>
      {actionData?.saved ? (
        <p role="status" className="notice">
          {t("settings.saved")}
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <Field label={t("fields.name")} field={fields.name}>
          <input {...getInputProps(fields.name, { type: "text" })} autoComplete="name" />
        </Field>
        <Field label={t("fields.language")} field={fields.language}>
          <LanguageSelect field={fields.language} />
        </Field>
        <Field label={t("fields.timeZone")} field={fields.timeZone}>
          <TimeZoneSelect field={fields.timeZone} timeZones={timeZones} detectBrowserZone={false} />
        </Field>
        <button type="submit" disabled={navigation.state !== "idle"}>
          {t("settings.submit")}
        </button>
      </Form>
      <div className="card">
        <h2>{t("settings.calendar.title")}</h2>
        <p>{t("settings.calendar.explain")}</p>
        <p>
          <a href={calendarUrl} data-testid="personal-calendar" className="break">
            {calendarUrl}
          </a>
        </p>
        {actionData?.calendarRenewed ? (
          <p role="status" className="notice">
            {t("settings.calendar.renewed")}
          </p>
        ) : null}
        <IntentButton intent="renew-calendar" label={t("settings.calendar.renew")} danger />
      </div>
    </section>
  );
}
