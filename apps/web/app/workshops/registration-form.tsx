import { getFormProps, getSelectProps, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PROFESSIONS, RegistrationFormSchema } from "@comity/domain";
import { Field, FormErrors } from "../components/field.tsx";
import { TimeZoneSelect } from "../components/time-zone-select.tsx";
import { useZodForm } from "../utils/use-zod-form.ts";

interface RegistrationFormProps {
  /** The action's reply to the last "register" submission, so errors show beside their fields. */
  lastResult?: SubmissionResult<string[]> | null;
  /** Names computed on the server (see displayNames), so the page hydrates with the same text. */
  names: { languages: Record<string, string>; countries: { code: string; name: string }[] };
  timeZones: string[];
  defaultTimeZone: string;
  submitLabel?: string;
}

/**
 * The participant's registration form (profession, country, listening language, time zone), posted
 * with intent "register" to the page's own action: the workshop page and an invitation link both use it.
 */
export function RegistrationForm({ lastResult, names, timeZones, defaultTimeZone, submitLabel }: RegistrationFormProps) {
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  const [form, fields] = useZodForm(RegistrationFormSchema, { id: "register", lastResult, defaultValue: { timeZone: defaultTimeZone, listeningLanguage: i18n.language } });
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="register" />
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
      <Field label={t("workshops.register.country")} field={fields.country}>
        <select {...getSelectProps(fields.country)}>
          <option value="">—</option>
          {names.countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("workshops.register.listeningLanguage")} field={fields.listeningLanguage}>
        <select {...getSelectProps(fields.listeningLanguage)}>
          {Object.entries(names.languages).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("fields.timeZone")} field={fields.timeZone}>
        <TimeZoneSelect field={fields.timeZone} timeZones={timeZones} detectBrowserZone={false} />
      </Field>
      <button type="submit" disabled={navigation.state !== "idle"}>
        {submitLabel ?? t("workshops.register.submit")}
      </button>
    </Form>
  );
}
