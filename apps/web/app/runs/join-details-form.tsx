import { getFormProps, getInputProps, getSelectProps, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PROFESSIONS } from "@comity/domain";
import { Field } from "../components/field.tsx";
import { useZodForm } from "../utils/use-zod-form.ts";
import { JoinDetailsSchema } from "./run-forms.schema.ts";

interface Props {
  runTitle: string;
  /** What admits: the code typed, or the link's token; sent again so the server checks it again. */
  admission: { name: "code" | "token"; value: string };
  lastResult?: SubmissionResult<string[]> | null;
  defaults: { displayName: string; language: string };
  languages: Record<string, string>;
  countries: { code: string; name: string }[];
}

/** Who is joining: the name shown to the team, country, language and profession, used to balance teams. */
export function JoinDetailsForm({ runTitle, admission, lastResult, defaults, languages, countries }: Props) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [form, fields] = useZodForm(JoinDetailsSchema, { id: "join-details", lastResult, defaultValue: defaults });
  return (
    <Form method="post" {...getFormProps(form)}>
      <p>{t("runs.join.joining", { title: runTitle })}</p>
      <input type="hidden" name="intent" value="details" />
      <input type="hidden" name={admission.name} value={admission.value} />
      <Field label={t("runs.join.displayName")} field={fields.displayName}>
        <input {...getInputProps(fields.displayName, { type: "text" })} />
      </Field>
      <Field label={t("workshops.register.country")} field={fields.country}>
        <select {...getSelectProps(fields.country)}>
          <option value="">—</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("runs.join.language")} field={fields.language} hint={t("runs.join.languageHint")}>
        <select {...getSelectProps(fields.language)}>
          {Object.entries(languages).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("workshops.register.profession")} field={fields.profession}>
        <select {...getSelectProps(fields.profession)}>
          <option value="">—</option>
          {PROFESSIONS.map((profession) => (
            <option key={profession} value={profession}>
              {t(`workshops.professions.${profession}`)}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" disabled={navigation.state !== "idle"}>
        {t("runs.join.enter")}
      </button>
    </Form>
  );
}
