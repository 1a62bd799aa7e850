import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";

/** Errors are translation keys, optionally with one value after "|" (e.g. "errors.x|Opening"). */
export function translateError(t: TFunction, error: string): string {
  // Only the first "|" separates: the value is what a person typed (a pasted address may hold one).
  const separator = error.indexOf("|");
  if (separator === -1) return t(error);
  return t(error.slice(0, separator), { value: error.slice(separator + 1) });
}

interface FieldProps {
  label: string;
  /** Conform's field metadata; its errors are translation keys from the schema. */
  field: { id: string; errorId: string; errors?: string[] };
  hint?: string;
  children: ReactNode;
}

/** A labelled control with its errors right beside it, announced to screen readers. */
export function Field({ label, field, hint, children }: FieldProps) {
  const { t } = useTranslation();
  const { id, errorId, errors } = field;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? <p className="hint">{hint}</p> : null}
      <ul id={errorId} className="field-errors" aria-live="polite">
        {errors?.map((error) => <li key={error}>{translateError(t, error)}</li>)}
      </ul>
    </div>
  );
}

export function FormErrors({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <div id={id} role="alert" className="form-errors">
      {errors.map((error) => <p key={error}>{translateError(t, error)}</p>)}
    </div>
  );
}
