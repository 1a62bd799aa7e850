import { getFormProps, getInputProps, getSelectProps, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { COMPETENCES, INTERPRETER_FORM_LANGUAGE_ROWS, INTERPRETER_FORM_WINDOW_ROWS, InterpreterFormSchema } from "@comity/domain";
import { Field, FormErrors, translateError } from "../components/field.tsx";
import { TimeZoneSelect } from "../components/time-zone-select.tsx";
import { useZodForm } from "../utils/use-zod-form.ts";

export interface InterpreterFormDefaults {
  name?: string;
  email?: string;
  timeZone?: string;
  remoteCapable?: boolean;
  languages?: { code: string; competence: string }[];
  /** Wall-clock times in the home zone, "yyyy-MM-ddTHH:mm". */
  availability?: { start: string; end: string }[];
}

/** Pads the saved rows with blank ones so there is always room to add a language or a window. */
function withBlankRows<Row>(rows: Row[], minimum: number, blank: Row): Row[] {
  return [...rows, ...Array.from({ length: Math.max(minimum - rows.length, 2) }, () => blank)];
}

/** The roster entry form, for adding and editing: languages with A/B/C levels and availability windows. */
export function InterpreterForm({
  id,
  lastResult,
  defaults,
  timeZones,
  languages,
  submitLabel,
}: {
  id: string;
  lastResult?: SubmissionResult<string[]> | null;
  defaults: InterpreterFormDefaults;
  timeZones: string[];
  languages: Record<string, string>;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [form, fields] = useZodForm(InterpreterFormSchema, {
    id,
    lastResult,
    validateInBrowser: false,
    defaultValue: {
      name: defaults.name,
      email: defaults.email,
      timeZone: defaults.timeZone ?? "UTC",
      remoteCapable: defaults.remoteCapable ? "on" : undefined,
      languages: withBlankRows(defaults.languages ?? [], INTERPRETER_FORM_LANGUAGE_ROWS, { code: "", competence: "" }),
      availability: withBlankRows(defaults.availability ?? [], INTERPRETER_FORM_WINDOW_ROWS, { start: "", end: "" }),
    },
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="save" />
      <Field label={t("fields.name")} field={fields.name}>
        <input {...getInputProps(fields.name, { type: "text" })} autoComplete="off" />
      </Field>
      <Field label={t("fields.email")} field={fields.email}>
        <input {...getInputProps(fields.email, { type: "email" })} autoComplete="off" />
      </Field>
      <Field label={t("interpreters.homeZone")} field={fields.timeZone}>
        <TimeZoneSelect field={fields.timeZone} timeZones={timeZones} detectBrowserZone={false} />
      </Field>
      <label className="check">
        <input {...getInputProps(fields.remoteCapable, { type: "checkbox" })} /> {t("interpreters.remoteCapable")}
      </label>

      <fieldset className="field">
        <legend>{t("interpreters.languages")}</legend>
        <p className="hint">{t("interpreters.competenceHint")}</p>
        <ul className="field-errors">{fields.languages.errors?.map((error) => <li key={error}>{translateError(t, error)}</li>)}</ul>
        <table className="form-table">
          <tbody>
            {fields.languages.getFieldList().map((row, index) => {
              const cells = row.getFieldset();
              return (
                <tr key={row.key}>
                  <td>
                    <select {...getSelectProps(cells.code)} aria-label={t("interpreters.languageN", { n: index + 1 })}>
                      <option value="">—</option>
                      {Object.entries(languages).map(([code, name]) => (
                        <option key={code} value={code}>
                          {name}
                        </option>
                      ))}
                    </select>
                    <ul className="field-errors">{cells.code.errors?.map((error) => <li key={error}>{translateError(t, error)}</li>)}</ul>
                  </td>
                  <td>
                    <select {...getSelectProps(cells.competence)} aria-label={t("interpreters.levelN", { n: index + 1 })}>
                      <option value="">—</option>
                      {COMPETENCES.map((competence) => (
                        <option key={competence} value={competence}>
                          {t(`interpreters.competences.${competence}`)}
                        </option>
                      ))}
                    </select>
                    <ul className="field-errors">{cells.competence.errors?.map((error) => <li key={error}>{translateError(t, error)}</li>)}</ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>

      <fieldset className="field">
        <legend>{t("interpreters.availability")}</legend>
        <p className="hint">{t("interpreters.availabilityHint")}</p>
        <table className="form-table">
          <tbody>
            {fields.availability.getFieldList().map((row, index) => {
              const cells = row.getFieldset();
              return (
                <tr key={row.key}>
                  <td>
                    <input {...getInputProps(cells.start, { type: "datetime-local" })} aria-label={t("interpreters.windowFromN", { n: index + 1 })} />
                    <ul className="field-errors">{cells.start.errors?.map((error) => <li key={error}>{translateError(t, error)}</li>)}</ul>
                  </td>
                  <td>
                    <input {...getInputProps(cells.end, { type: "datetime-local" })} aria-label={t("interpreters.windowToN", { n: index + 1 })} />
                    <ul className="field-errors">{cells.end.errors?.map((error) => <li key={error}>{translateError(t, error)}</li>)}</ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
      <button type="submit" disabled={navigation.state !== "idle"}>
        {submitLabel}
      </button>
    </Form>
  );
}
