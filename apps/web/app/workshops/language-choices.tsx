import { useTranslation } from "react-i18next";
import { UN_LANGUAGES } from "@comity/domain";
import { translateError } from "../components/field.tsx";

/**
 * The six UN languages as tick boxes, then a free field for any other ISO 639-1 codes
 * (merged by `mergeOtherLanguages` in the action).
 */
export function LanguageChoices({ name, legend, selected, errors, names }: { name: string; legend: string; selected: readonly string[]; errors?: string[]; names: Record<string, string> }) {
  const { t } = useTranslation();
  const others = selected.filter((code) => !(UN_LANGUAGES as readonly string[]).includes(code));
  return (
    <fieldset className="field language-choices">
      <legend>{legend}</legend>
      <div className="choices">
        {UN_LANGUAGES.map((code) => (
          <label key={code}>
            <input type="checkbox" name={name} value={code} defaultChecked={selected.includes(code)} /> {names[code] ?? code}
          </label>
        ))}
      </div>
      <label htmlFor={`${name}-other`}>{t("workshops.form.otherLanguages")}</label>
      <input id={`${name}-other`} name={`${name}Other`} type="text" defaultValue={others.join(", ")} placeholder="de, pt, sq" />
      <ul className="field-errors" aria-live="polite">
        {errors?.map((error) => <li key={error}>{translateError(t, error)}</li>)}
      </ul>
    </fieldset>
  );
}

/** Adds the comma-separated codes typed in `<name>Other` to the ticked ones, lower-cased, once each. */
export function mergeOtherLanguages(formData: FormData, names: readonly string[]): FormData {
  const merged = new FormData();
  for (const [key, value] of formData.entries()) if (!names.some((name) => key === `${name}Other`)) merged.append(key, value);
  for (const name of names) {
    const ticked = new Set(formData.getAll(name).map(String));
    const typed = String(formData.get(`${name}Other`) ?? "")
      .split(/[,\s]+/)
      .map((code) => code.trim().toLowerCase())
      .filter(Boolean);
    for (const code of typed) {
      if (ticked.has(code)) continue;
      merged.append(name, code);
      ticked.add(code);
    }
  }
  return merged;
}
