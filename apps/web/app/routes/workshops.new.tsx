import { getFormProps, getInputProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listTimeZones, WORKSHOP_FORMATS, WorkshopFormSchema } from "@comity/domain";
import { createWorkshop } from "@comity/db";
import { Field, FormErrors } from "../components/field.tsx";
import { TimeZoneSelect } from "../components/time-zone-select.tsx";
import { requireRole } from "../utils/auth.server.ts";
import { useZodForm } from "../utils/use-zod-form.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { displayNames } from "../workshops/display-names.server.ts";
import { LanguageChoices, mergeOtherLanguages } from "../workshops/language-choices.tsx";

export const meta: MetaFunction = () => [{ title: "Comity · New workshop" }];

const LANGUAGE_FIELDS = ["floorLanguages", "targetLanguages"] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, ["secretariat"]);
  return { timeZones: listTimeZones(), names: displayNames(await i18nServer.getLocale(request)) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, context, ["secretariat"]);
  const formData = mergeOtherLanguages(await request.formData(), LANGUAGE_FIELDS);
  const submission = parseWithZod(formData, { schema: WorkshopFormSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const workshop = await createWorkshop(context.db, { ...submission.value, organiserId: user.id });
  return redirect(`/workshops/${workshop.id}`);
}

export default function NewWorkshop() {
  const { t } = useTranslation();
  const { timeZones, names } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useZodForm(WorkshopFormSchema, { id: "new-workshop", lastResult, defaultValue: { timeZone: "UTC", format: "online", capacity: "30" }, validateInBrowser: false });
  const chosen = (value: unknown) => (Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : []);
  return (
    <section className="narrow wide-form">
      <h1>{t("workshops.new")}</h1>
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field label={t("workshops.fields.title")} field={fields.title}>
          <input {...getInputProps(fields.title, { type: "text" })} />
        </Field>
        <Field label={t("workshops.fields.description")} field={fields.description}>
          <textarea {...getTextareaProps(fields.description)} rows={3} />
        </Field>
        <Field label={t("workshops.fields.region")} field={fields.region}>
          <input {...getInputProps(fields.region, { type: "text" })} />
        </Field>
        <Field label={t("workshops.fields.format")} field={fields.format}>
          <select {...getSelectProps(fields.format)}>
            {WORKSHOP_FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(`workshops.formats.${format}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("workshops.fields.venue")} field={fields.venue}>
          <input {...getInputProps(fields.venue, { type: "text" })} />
        </Field>
        <Field label={t("workshops.fields.onlineLink")} field={fields.onlineLink}>
          <input {...getInputProps(fields.onlineLink, { type: "url" })} />
        </Field>
        <Field label={t("workshops.fields.timeZone")} field={fields.timeZone}>
          <TimeZoneSelect field={fields.timeZone} timeZones={timeZones} detectBrowserZone={false} />
        </Field>
        <Field label={t("workshops.fields.startDate")} field={fields.startDate}>
          <input {...getInputProps(fields.startDate, { type: "date" })} />
        </Field>
        <Field label={t("workshops.fields.endDate")} field={fields.endDate}>
          <input {...getInputProps(fields.endDate, { type: "date" })} />
        </Field>
        <Field label={t("workshops.fields.capacity")} field={fields.capacity}>
          <input {...getInputProps(fields.capacity, { type: "number" })} min={1} />
        </Field>
        <LanguageChoices name="floorLanguages" legend={t("workshops.fields.floorLanguages")} selected={chosen(fields.floorLanguages.value)} errors={fields.floorLanguages.errors} names={names.languages} />
        <LanguageChoices name="targetLanguages" legend={t("workshops.fields.targetLanguages")} selected={chosen(fields.targetLanguages.value)} errors={fields.targetLanguages.errors} names={names.languages} />
        <button type="submit" disabled={navigation.state !== "idle"}>
          {t("workshops.create")}
        </button>
      </Form>
    </section>
  );
}
