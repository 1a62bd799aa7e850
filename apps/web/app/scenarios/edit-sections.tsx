import type { ReactNode } from "react";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CASE_TYPES, SCENARIO_LEVELS } from "@comity/domain";
import { IntentButton } from "../components/intent-button.tsx";
import { Checkbox, CheckboxGroup, EditForm, Kept, LocalizedInputs, Rows, SelectInput, TextInput, useRowValue } from "./edit-form.tsx";
import { rowCount, type FormValues } from "./form-paths.ts";
import type { EditActionResult } from "../routes/scenarios.$scenarioId_.edit.$section.tsx";
import type { EditSection, SectionItem, SectionView } from "./edit-sections.server.ts";

const SECTIONS = ["metadata", "states", "cast", "documents", "timeline", "injects", "tasks"] as const satisfies readonly EditSection[];
const CRITERION_KINDS = ["key-facts", "justification", "decision", "on-time", "trap-avoided", "element"] as const;
/** The six UN languages, offered first wherever a scenario's languages are chosen. */
const UN_LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"];

/** Links to every part of the structured editor. */
export function SectionNav({ scenarioId, current }: { scenarioId: string; current?: EditSection }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("scenarios.edit.nav")} className="actions-row" data-testid="edit-sections">
      {SECTIONS.map((section) => (
        <Link key={section} to={`/scenarios/${scenarioId}/edit/${section}`} aria-current={section === current ? "page" : undefined}>
          {t(`scenarios.edit.sections.${section}`)}
        </Link>
      ))}
    </nav>
  );
}

interface PageProps {
  section: EditSection;
  view: SectionView;
  revision: string;
  result: EditActionResult | undefined;
  languageNames: Record<string, string>;
}

type Option = { value: string; label: string };
type Shared = PageProps & { languageName: (code: string) => string; options: { states: Option[]; roles: Option[]; teams: Option[]; phases: Option[]; deadlines: Option[]; traps: Option[]; audiences: Option[]; languages: Option[] } };

export function EditSectionPage(props: PageProps) {
  const { t } = useTranslation();
  const { view, languageNames } = props;
  const languageName = (code: string) => languageNames[code] ?? code;
  const toOptions = (list: { id: string; name: string }[]) => list.map((item) => ({ value: item.id, label: item.name }));
  const languageCodes = [...new Set([...UN_LANGUAGES, ...view.languages])];
  const shared: Shared = {
    ...props,
    languageName,
    options: {
      states: toOptions(view.choices.states),
      roles: toOptions(view.choices.roles),
      teams: toOptions(view.choices.teams),
      phases: toOptions(view.choices.phases),
      deadlines: toOptions(view.choices.deadlines),
      traps: toOptions(view.choices.traps),
      audiences: [
        { value: "everyone", label: t("scenarios.everyone") },
        ...view.choices.teams.map((team) => ({ value: `team:${team.id}`, label: t("scenarios.team", { name: team.name }) })),
        ...view.choices.roles.map((role) => ({ value: `role:${role.id}`, label: t("scenarios.role", { name: role.name }) })),
      ],
      languages: languageCodes.map((code) => ({ value: code, label: languageName(code) })),
    },
  };
  const Section = SECTION_PAGES[props.section];
  return <Section {...shared} />;
}

const SECTION_PAGES: Record<EditSection, (props: Shared) => ReactNode> = {
  metadata: MetadataPage,
  states: (props) => <ItemList {...props} list="states" fields={StateFields} />,
  cast: (props) => (
    <>
      <ItemList {...props} list="roles" fields={RoleFields} />
      <ItemList {...props} list="teams" fields={TeamFields} />
    </>
  ),
  documents: (props) => <ItemList {...props} list="documents" fields={DocumentFields} />,
  timeline: (props) => (
    <>
      <ItemList {...props} list="phases" fields={PhaseFields} />
      <ItemList {...props} list="deadlines" fields={DeadlineFields} />
      <ItemList {...props} list="traps" fields={TrapFields} />
    </>
  ),
  injects: (props) => <ItemList {...props} list="injects" fields={InjectFields} />,
  tasks: (props) => <ItemList {...props} list="tasks" fields={TaskFields} />,
};

/** What a form shows: what was typed when its edit was refused, otherwise what is stored. */
function formState(props: Shared, formKey: string, stored: FormValues) {
  const { result, revision } = props;
  const mine = result?.form === formKey ? result : undefined;
  return {
    // Only the form just sent starts afresh (emptied after an addition, or showing the refused values): one
    // the person is typing in meanwhile keeps what it holds.
    key: mine ? `${formKey}-${revision}-${mine.problems ? "refused" : "saved"}` : `${formKey}-stored`,
    open: Boolean(mine),
    shown: { values: mine?.problems ? (mine.values ?? stored) : stored, problems: mine?.problems ?? [], saved: Boolean(mine?.saved) },
  };
}

function MetadataPage(props: Shared) {
  const { t } = useTranslation();
  const { view, languageName, options } = props;
  const state = formState(props, "metadata", view.metadata ?? {});
  return (
    <div className="card">
      <h2>{t("scenarios.edit.sections.metadata")}</h2>
      <EditForm key={state.key} formKey="metadata" intent="save-metadata" {...state.shown} languages={view.languages} mainLanguage={view.mainLanguage} languageName={languageName} submitLabel={t("scenarios.edit.save")}>
        <LocalizedInputs name="title" label={t("scenarios.edit.fields.title")} />
        <LocalizedInputs name="summary" label={t("scenarios.edit.fields.summary")} multiline />
        <SelectInput name="caseType" label={t("scenarios.caseType")} options={CASE_TYPES.map((kind) => ({ value: kind, label: t(`scenarios.caseTypes.${kind}`) }))} />
        <SelectInput name="level" label={t("scenarios.edit.fields.level")} options={SCENARIO_LEVELS.map((level) => ({ value: level, label: t(`scenarios.edit.levels.${level}`) }))} />
        <TextInput name="durationMinutes" type="number" label={t("scenarios.edit.fields.durationMinutes")} />
        <SelectInput name="mainLanguage" label={t("scenarios.mainLanguage")} options={options.languages} />
        <CheckboxGroup name="languages" legend={t("scenarios.languages")} options={options.languages} />
        <h3>{t("scenarios.edit.fields.objectives")}</h3>
        <Rows name="objectives" legend={(index) => t("scenarios.edit.rows.objective", { number: index + 1 })} newLegend={t("scenarios.edit.rows.newObjective")}>
          {({ isNew }) => (
            <>
              {isNew ? null : <Kept name="id" />}
              <LocalizedInputs name="text" label={t("scenarios.edit.fields.objective")} />
              <TextInput name="legalSource" label={t("scenarios.legalSource")} />
            </>
          )}
        </Rows>
      </EditForm>
    </div>
  );
}

type FieldsProps = Shared & { isNew: boolean; values: FormValues };

/** A list's items, each in its own folded form with a button to remove it, then a form to add one. */
function ItemList(props: Shared & { list: keyof SectionView["lists"]; fields: (props: FieldsProps) => ReactNode }) {
  const { t } = useTranslation();
  const { list, view, languageName, fields: Fields } = props;
  const items: SectionItem[] = view.lists[list] ?? [];
  const form = (formKey: string, index: number | "new", stored: FormValues) => {
    const state = formState(props, formKey, stored);
    return {
      state,
      body: (
        <EditForm key={state.key} formKey={formKey} intent="save-item" list={list} index={index} {...state.shown} languages={view.languages} mainLanguage={view.mainLanguage} languageName={languageName} submitLabel={t(index === "new" ? `scenarios.edit.add.${list}` : "scenarios.edit.save")}>
          <Fields {...props} isNew={index === "new"} values={state.shown.values} />
        </EditForm>
      ),
    };
  };
  const added = form(`${list}-new`, "new", {});
  return (
    <div className="card" id={list}>
      <h2>{t(`scenarios.edit.lists.${list}`)}</h2>
      {props.result?.form === `${list}-removed` ? (
        <p role="status" className="notice" data-testid="removed">
          {t("scenarios.edit.removed")}
        </p>
      ) : null}
      {items.map((item, index) => {
        const { state, body } = form(`${list}-${index}`, index, item.values);
        return (
          <details key={`${item.id}-${index}`} open={state.open} data-testid={`${list}-${item.id}`}>
            <summary dir="auto">
              {item.name} <code dir="ltr">{item.id}</code>
            </summary>
            {body}
            <div className="actions-row">
              <IntentButton intent="remove-item" label={t("scenarios.edit.remove")} danger fields={{ list, index: String(index) }} />
            </div>
          </details>
        );
      })}
      <details open={added.state.open} data-testid={`${list}-new`}>
        <summary>{t(`scenarios.edit.add.${list}`)}</summary>
        {added.body}
      </details>
    </div>
  );
}

function IdField({ isNew }: { isNew: boolean }) {
  const { t } = useTranslation();
  return isNew ? <TextInput name="id" label={t("scenarios.itemId")} hint={t("scenarios.edit.idHint")} /> : <Kept name="id" />;
}

function StateFields({ isNew, options }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <IdField isNew={isNew} />
      <LocalizedInputs name="name" label={t("scenarios.edit.fields.name")} />
      <Checkbox name="deathPenalty" label={t("scenarios.edit.fields.deathPenalty")} />
      <Checkbox name="extraditesNationals" label={t("scenarios.edit.fields.extraditesNationals")} />
      <TextInput name="limitationYears" type="number" label={t("scenarios.edit.fields.limitationYears")} />
      <h3>{t("scenarios.edit.fields.offences")}</h3>
      <Rows name="offences" legend={(index) => t("scenarios.edit.rows.offence", { number: index + 1 })} newLegend={t("scenarios.edit.rows.newOffence")}>
        {({ isNew: newRow }) => (
          <>
            {newRow ? null : <Kept name="id" />}
            <LocalizedInputs name="name" label={t("scenarios.edit.fields.offence")} />
            <TextInput name="maxPenaltyYears" type="number" label={t("scenarios.edit.fields.maxPenaltyYears")} />
          </>
        )}
      </Rows>
      <CheckboxGroup name="acceptedLanguages" legend={t("scenarios.edit.fields.acceptedLanguages")} options={options.languages} />
      <LocalizedInputs name="centralAuthority" label={t("scenarios.edit.fields.centralAuthority")} />
      <LocalizedInputs name="notes" label={t("scenarios.edit.fields.notes")} multiline />
    </>
  );
}

function RoleFields({ isNew, options }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <IdField isNew={isNew} />
      <SelectInput name="stateId" label={t("scenarios.edit.fields.state")} options={options.states} />
      <LocalizedInputs name="name" label={t("scenarios.edit.fields.name")} />
      <LocalizedInputs name="brief" label={t("scenarios.edit.fields.brief")} multiline />
    </>
  );
}

function TeamFields({ isNew, options, view, values }: FieldsProps) {
  const { t } = useTranslation();
  // A team's roles are among its State's; a new team's State is not chosen yet, so every role is offered with its State.
  const stateId = typeof values.stateId === "string" ? values.stateId : "";
  const stateName = (id: string) => view.choices.states.find((state) => state.id === id)?.name ?? id;
  const roles = view.choices.roles.filter((role) => isNew || role.stateId === stateId || [values.roleIds].flat().includes(role.id)).map((role) => ({ value: role.id, label: isNew ? `${role.name} (${stateName(role.stateId)})` : role.name }));
  return (
    <>
      <IdField isNew={isNew} />
      <SelectInput name="stateId" label={t("scenarios.edit.fields.state")} options={options.states} />
      <LocalizedInputs name="name" label={t("scenarios.edit.fields.name")} />
      <CheckboxGroup name="roleIds" legend={t("scenarios.edit.fields.roles")} options={roles} />
    </>
  );
}

function DocumentFields({ isNew, options }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <IdField isNew={isNew} />
      <LocalizedInputs name="title" label={t("scenarios.edit.fields.title")} />
      <LocalizedInputs name="body" label={t("scenarios.edit.fields.body")} multiline rows={8} hint={t("scenarios.edit.markdownHint")} />
      <SelectInput name="audience" label={t("scenarios.edit.fields.readers")} options={options.audiences} />
    </>
  );
}

function PhaseFields({ isNew }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <IdField isNew={isNew} />
      <LocalizedInputs name="title" label={t("scenarios.edit.fields.title")} />
      <TextInput name="startsAtMinutes" type="number" label={t("scenarios.edit.fields.startsAtMinutes")} />
    </>
  );
}

function DeadlineFields({ isNew }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <IdField isNew={isNew} />
      <LocalizedInputs name="label" label={t("scenarios.edit.fields.label")} />
      <TextInput name="atMinutes" type="number" label={t("scenarios.atMinutes")} />
      <TextInput name="legalSource" label={t("scenarios.legalSource")} />
    </>
  );
}

function TrapFields({ isNew }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <IdField isNew={isNew} />
      <LocalizedInputs name="name" label={t("scenarios.edit.fields.name")} />
      <LocalizedInputs name="explanation" label={t("scenarios.edit.fields.explanation")} multiline />
      <TextInput name="legalSource" label={t("scenarios.legalSource")} />
    </>
  );
}

function InjectFields({ isNew, options, values }: FieldsProps) {
  const { t } = useTranslation();
  const releases = [
    { value: "at", label: t("scenarios.releaseAt") },
    { value: "phase-start", label: t("scenarios.releasePhase") },
    { value: "manual", label: t("scenarios.releaseManual") },
    ...(values["release.kind"] === "condition" ? [{ value: "condition", label: t("scenarios.timing.condition") }] : []),
  ];
  return (
    <>
      <IdField isNew={isNew} />
      <LocalizedInputs name="title" label={t("scenarios.edit.fields.title")} />
      <LocalizedInputs name="body" label={t("scenarios.edit.fields.body")} multiline hint={t("scenarios.edit.markdownHint")} />
      <SelectInput name="release.kind" label={t("scenarios.release")} options={releases} />
      <TextInput name="release.offsetMinutes" type="number" label={t("scenarios.atMinutes")} />
      <SelectInput name="release.phaseId" label={t("scenarios.phase")} options={options.phases} />
      <SelectInput name="audience" label={t("scenarios.audience")} options={options.audiences} />
    </>
  );
}

function TaskFields({ isNew, options, values }: FieldsProps) {
  const { t } = useTranslation();
  const isDecision = values.kind === "decision";
  const taskOptions = [...Array(rowCount(values, "options")).keys()].map((index) => String(values[`options[${index}].id`] ?? "")).filter(Boolean).map((id) => ({ value: id, label: id }));
  return (
    <>
      <IdField isNew={isNew} />
      {isNew ? <p className="hint">{t("scenarios.edit.newTaskHint")}</p> : <p className="hint">{t("scenarios.edit.taskKind", { kind: String(values.kind ?? "") })}</p>}
      <LocalizedInputs name="title" label={t("scenarios.edit.fields.title")} />
      <LocalizedInputs name="instructions" label={t("scenarios.edit.fields.instructions")} multiline />
      <SelectInput name="assignedTo" label={t("scenarios.assignedTo")} options={options.audiences} />
      <SelectInput name="phaseId" label={t("scenarios.phase")} options={options.phases} empty={t("scenarios.edit.none")} />
      <SelectInput name="deadlineId" label={t("scenarios.deadline")} options={options.deadlines} empty={t("scenarios.noDeadline")} />
      {isDecision ? (
        <>
          <h3>{t("scenarios.edit.fields.options")}</h3>
          <Rows name="options" legend={(index) => t("scenarios.edit.rows.option", { number: index + 1 })} newLegend={t("scenarios.edit.rows.newOption")}>
            {({ isNew: newRow }) => (
              <>
                <IdField isNew={newRow} />
                <LocalizedInputs name="label" label={t("scenarios.edit.fields.optionLabel")} />
              </>
            )}
          </Rows>
        </>
      ) : null}
      <h3>{t("scenarios.edit.fields.rubric")}</h3>
      <TextInput name="rubric.passPercent" type="number" label={t("scenarios.edit.fields.passPercent")} />
      <Rows name="rubric.criteria" legend={(index) => t("scenarios.edit.rows.criterion", { number: index + 1 })} newLegend={t("scenarios.edit.rows.newCriterion")}>
        {({ isNew: newRow }) => <CriterionFields isNew={newRow} options={options} taskOptions={taskOptions} />}
      </Rows>
      <LocalizedInputs name="modelAnswer.text" label={t("scenarios.edit.fields.modelAnswer")} multiline />
      {isDecision ? <SelectInput name="modelAnswer.optionId" label={t("scenarios.edit.fields.modelOption")} options={taskOptions} empty={t("scenarios.edit.none")} /> : null}
    </>
  );
}

/** A rubric criterion: what every criterion has, then what its kind needs (a new one shows every kind's fields). */
function CriterionFields({ isNew, options, taskOptions }: { isNew: boolean; options: Shared["options"]; taskOptions: Option[] }) {
  const { t } = useTranslation();
  const kind = useRowValue("kind");
  const shows = (candidate: (typeof CRITERION_KINDS)[number]) => isNew || kind === candidate;
  return (
    <>
      {isNew ? (
        <>
          <TextInput name="id" label={t("scenarios.itemId")} hint={t("scenarios.edit.autoIdHint")} />
          <SelectInput name="kind" label={t("scenarios.edit.fields.criterionKind")} options={CRITERION_KINDS.map((value) => ({ value, label: t(`scenarios.edit.criterionKinds.${value}`) }))} empty="" />
        </>
      ) : (
        <>
          <Kept name="id" />
          <Kept name="kind" />
          <p className="hint">{t(`scenarios.edit.criterionKinds.${kind}`, { defaultValue: kind })}</p>
        </>
      )}
      <TextInput name="weight" type="number" label={t("scenarios.edit.fields.weight")} />
      <LocalizedInputs name="feedback" label={t("scenarios.edit.fields.feedback")} multiline rows={2} />
      <TextInput name="legalSource" label={t("scenarios.legalSource")} />
      {shows("key-facts") ? (
        <Rows name="facts" legend={(index) => t("scenarios.edit.rows.fact", { number: index + 1 })} newLegend={t("scenarios.edit.rows.newFact")}>
          {({ isNew: newFact }) => (
            <>
              {newFact ? null : <Kept name="id" />}
              <LocalizedInputs name="terms" label={t("scenarios.edit.fields.terms")} />
            </>
          )}
        </Rows>
      ) : null}
      {shows("justification") ? <LocalizedInputs name="ground" label={t("scenarios.edit.fields.ground")} /> : null}
      {shows("decision") ? <SelectInput name="optionId" label={t("scenarios.edit.fields.expectedOption")} options={taskOptions} empty="" /> : null}
      {shows("on-time") ? <SelectInput name="deadlineId" label={t("scenarios.deadline")} options={options.deadlines} empty="" /> : null}
      {shows("trap-avoided") ? (
        <>
          <SelectInput name="trapId" label={t("scenarios.edit.fields.trap")} options={options.traps} empty="" />
          <LocalizedInputs name="signs" label={t("scenarios.edit.fields.signs")} />
          <LocalizedInputs name="remedy" label={t("scenarios.edit.fields.remedy")} />
        </>
      ) : null}
      {shows("element") ? <TextInput name="elementId" label={t("scenarios.edit.fields.elementId")} /> : null}
    </>
  );
}
