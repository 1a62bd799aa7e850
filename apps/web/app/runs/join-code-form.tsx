import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field } from "../components/field.tsx";
import { useZodForm } from "../utils/use-zod-form.ts";
import { JoinCodeSchema } from "./run-forms.schema.ts";

/** The short code a trainer shows: typed here, checked by /join. */
export function JoinCodeForm({ lastResult, code }: { lastResult?: SubmissionResult<string[]> | null; code?: string }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [form, fields] = useZodForm(JoinCodeSchema, { id: "join-code", lastResult, defaultValue: { code }, validateInBrowser: false });
  return (
    <Form method="post" action="/join" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="code" />
      <Field label={t("runs.join.code")} field={fields.code} hint={t("runs.join.codeHint")}>
        <input {...getInputProps(fields.code, { type: "text" })} autoComplete="off" autoCapitalize="characters" spellCheck={false} className="join-code" />
      </Field>
      <button type="submit" disabled={navigation.state !== "idle"}>
        {t("runs.join.continue")}
      </button>
    </Form>
  );
}
