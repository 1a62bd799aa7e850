import { createContext, useContext, type ReactNode } from "react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ScenarioProblem } from "@comity/domain";
import { translateError } from "../components/field.tsx";
import { rowCount, type FormValues } from "./form-paths.ts";
import { ProblemList } from "./problem-list.tsx";

/**
 * The controls of the structured scenario forms. Each is named by its place in the edited item
 * ("offences[0].name.fr"), takes its value from the form's values (the stored item, or what was typed
 * when an edit was refused) and shows the problems at its own path right beside it.
 */
interface EditFormState {
  formKey: string;
  values: FormValues;
  problems: ScenarioProblem[];
  languages: string[];
  mainLanguage: string;
  languageName: (code: string) => string;
}
const EditFormContext = createContext<EditFormState | null>(null);
const RowContext = createContext("");

export interface EditFormProps {
  formKey: string;
  intent: "save-item" | "save-metadata";
  list?: string;
  index?: number | "new";
  values: FormValues;
  problems?: ScenarioProblem[];
  saved?: boolean;
  languages: string[];
  mainLanguage: string;
  languageName: (code: string) => string;
  submitLabel: string;
  children: ReactNode;
}

export function EditForm({ formKey, intent, list, index, values, problems = [], saved, languages, mainLanguage, languageName, submitLabel, children }: EditFormProps) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  return (
    <EditFormContext.Provider value={{ formKey, values, problems, languages, mainLanguage, languageName }}>
      <Form method="post" id={formKey} aria-describedby={problems.length ? `${formKey}-problems` : undefined}>
        <input type="hidden" name="intent" value={intent} />
        {list ? <input type="hidden" name="list" value={list} /> : null}
        {index !== undefined ? <input type="hidden" name="index" value={String(index)} /> : null}
        {problems.length ? (
          <>
            <p className="notice-danger">{t("scenarios.edit.refused")}</p>
            <ProblemList id={`${formKey}-problems`} problems={problems} />
          </>
        ) : null}
        {saved ? (
          <p role="status" className="notice" data-testid="saved">
            {t("scenarios.saved")}
          </p>
        ) : null}
        {children}
        <button type="submit" disabled={navigation.state !== "idle"}>
          {submitLabel}
        </button>
      </Form>
    </EditFormContext.Provider>
  );
}

function useEditForm(): EditFormState {
  const state = useContext(EditFormContext);
  if (!state) throw new Error("A scenario form control is used outside an EditForm.");
  return state;
}

/** A control's full name inside the current row, its id, what it holds and the problems at its path. */
function useControl(name: string) {
  const form = useEditForm();
  const row = useContext(RowContext);
  const full = row ? `${row}.${name}` : name;
  const id = `${form.formKey}-${full}`.replace(/[^A-Za-z0-9_-]/g, "-");
  const value = form.values[full];
  const problemsAt = (path: string) => form.problems.filter((problem) => problem.path === path);
  return { form, full, id, value, text: Array.isArray(value) ? value.join(", ") : (value ?? ""), problemsAt };
}

function Problems({ id, problems }: { id: string; problems: ScenarioProblem[] }) {
  const { t } = useTranslation();
  return (
    <ul id={id} className="field-errors" aria-live="polite">
      {problems.map((problem, index) => (
        <li key={index}>{problem.message.startsWith("errors.") ? translateError(t, problem.message) : problem.message}</li>
      ))}
    </ul>
  );
}

export function TextInput({ name, label, multiline = false, rows = 3, type = "text", hint, lang }: { name: string; label: string; multiline?: boolean; rows?: number; type?: "text" | "number"; hint?: string; lang?: string }) {
  const { id, full, text, problemsAt } = useControl(name);
  return <TextControl id={id} name={full} label={label} value={text} problems={problemsAt(full)} multiline={multiline} rows={rows} type={type} hint={hint} lang={lang} />;
}

function TextControl(props: { id: string; name: string; label: string; value: string; problems: ScenarioProblem[]; multiline: boolean; rows: number; type: "text" | "number"; hint?: string; lang?: string }) {
  const { id, name, label, value, problems, multiline, rows, type, hint, lang } = props;
  const common = { id, name, defaultValue: value, lang, dir: lang ? "auto" : undefined, "aria-invalid": problems.length ? true : undefined, "aria-describedby": `${id}-problems` };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} rows={rows} /> : <input {...common} type={type} step={type === "number" ? "any" : undefined} />}
      {hint ? <p className="hint">{hint}</p> : null}
      <Problems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

/** One control per scenario language; a problem with the text as a whole shows under the main language. */
export function LocalizedInputs({ name, label, multiline = false, rows = 3, hint }: { name: string; label: string; multiline?: boolean; rows?: number; hint?: string }) {
  const { t } = useTranslation();
  const { form, id, full, problemsAt } = useControl(name);
  return (
    <>
      {form.languages.map((code) => {
        const value = form.values[`${full}.${code}`];
        const problems = [...problemsAt(`${full}.${code}`), ...(code === form.mainLanguage ? problemsAt(full) : [])];
        return (
          <TextControl
            key={code}
            id={`${id}-${code}`}
            name={`${full}.${code}`}
            label={t("scenarios.edit.inLanguage", { label, language: form.languageName(code) })}
            value={Array.isArray(value) ? value.join(", ") : (value ?? "")}
            problems={problems}
            multiline={multiline}
            rows={rows}
            type="text"
            hint={hint}
            lang={code}
          />
        );
      })}
    </>
  );
}

export function SelectInput({ name, label, options, empty }: { name: string; label: string; options: { value: string; label: string }[]; empty?: string }) {
  const { id, full, text, problemsAt } = useControl(name);
  const problems = problemsAt(full);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={full} defaultValue={text} aria-invalid={problems.length ? true : undefined} aria-describedby={`${id}-problems`}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Problems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

export function Checkbox({ name, label }: { name: string; label: string }) {
  const { id, full, value, problemsAt } = useControl(name);
  return (
    <div className="field">
      <label htmlFor={id}>
        <input id={id} type="checkbox" name={full} defaultChecked={value !== undefined} aria-describedby={`${id}-problems`} /> {label}
      </label>
      <Problems id={`${id}-problems`} problems={problemsAt(full)} />
    </div>
  );
}

/** Several checkboxes of one name; a problem with any chosen entry ("roleIds[1]") shows under the group. */
export function CheckboxGroup({ name, legend, options }: { name: string; legend: string; options: { value: string; label: string }[] }) {
  const { form, id, full, value } = useControl(name);
  const chosen = Array.isArray(value) ? value : value ? [value] : [];
  const problems = form.problems.filter((problem) => problem.path === full || problem.path.startsWith(`${full}[`));
  return (
    <fieldset className="field" aria-describedby={`${id}-problems`}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} htmlFor={`${id}-${option.value}`}>
          <input id={`${id}-${option.value}`} type="checkbox" name={full} value={option.value} defaultChecked={chosen.includes(option.value)} /> {option.label}
        </label>
      ))}
      <Problems id={`${id}-problems`} problems={problems} />
    </fieldset>
  );
}

/**
 * The rows of a sub-list (offences, objectives, criteria…): each stored row with a box to remove
 * it, then one blank row to add another. A blank row is left out when the form is saved.
 */
export function Rows({ name, legend, newLegend, children }: { name: string; legend: (index: number) => string; newLegend: string; children: (row: { index: number; isNew: boolean }) => ReactNode }) {
  const { t } = useTranslation();
  const { form, full, id } = useControl(name);
  const count = rowCount(form.values, full);
  const indexes = [...Array(count + 1).keys()];
  return (
    <>
      {indexes.map((index) => {
        const isNew = index === count;
        return (
          <fieldset key={index} className="card" data-testid={`${id}-${isNew ? "new" : index}`}>
            <legend>{isNew ? newLegend : legend(index)}</legend>
            <RowContext.Provider value={`${full}[${index}]`}>
              {children({ index, isNew })}
              {isNew ? null : <Checkbox name="remove" label={t("scenarios.edit.removeRow")} />}
            </RowContext.Provider>
          </fieldset>
        );
      })}
    </>
  );
}

/** A hidden field keeping a value the person does not edit here (an existing row's id, a criterion's kind). */
export function Kept({ name }: { name: string }) {
  const { full, text } = useControl(name);
  return <input type="hidden" name={full} value={text} />;
}

/** What the current row holds in a field, for choosing which controls it needs. */
export function useRowValue(name: string): string {
  return useControl(name).text;
}
