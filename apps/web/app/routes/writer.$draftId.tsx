import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CHECKLIST_BY_TASK_KIND } from "@comity/scoring";
import { deleteRequestDraft } from "@comity/db";
import { translateError } from "../components/field.tsx";
import { IntentButton } from "../components/intent-button.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { displayNames } from "../workshops/display-names.server.ts";
import { ChecklistFields, CompletenessMeter } from "../writer/checklist-fields.tsx";
import { elementFieldName } from "../writer/request-draft.schema.ts";
import { requireOwnDraft, saveDraftFromForm, statusOf } from "../writer/save-draft.server.ts";
import { useDraftAutosave } from "../writer/use-draft-autosave.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Comity · ${data?.draft.title ?? "Request writer"}` }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const draft = await requireOwnDraft(context.db, user.id, params.draftId ?? "");
  const language = await i18nServer.getLocale(request);
  return {
    draft: { id: draft.id, kind: draft.kind, language: draft.language, title: draft.title, elements: draft.elements, status: draft.status, revision: draft.revision },
    languageName: displayNames(language).languages[draft.language] ?? draft.language,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const draft = await requireOwnDraft(context.db, user.id, params.draftId ?? "");
  const formData = await request.formData();
  if (formData.get("intent") === "delete") {
    await deleteRequestDraft(context.db, user.id, draft.id);
    throw redirect("/writer");
  }
  const result = await saveDraftFromForm(context.db, user.id, draft, formData);
  return data(result, { status: statusOf(result) });
}

export default function RequestWriterPage() {
  const { t } = useTranslation();
  const { draft, languageName } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const autosave = useDraftAutosave(draft);
  const checklist = CHECKLIST_BY_TASK_KIND[draft.kind];
  const elementLabel = (id: string) => t(`writer.elements.${id}.label`);
  const busy = navigation.state !== "idle" || autosave.state === "saving";

  return (
    <section className="writer">
      <p>
        <Link to="/writer">← {t("writer.title")}</Link>
      </p>
      <h1 dir="auto">{autosave.content.title}</h1>
      <p className="hint">
        {t(`writer.kinds.${draft.kind}`)} · {t("writer.draftedIn", { language: languageName })} · <span data-testid="draft-status">{t(`writer.statuses.${draft.status}`)}</span>
      </p>

      <CompletenessMeter checklist={checklist} elements={autosave.content.elements}>
        <p role="status" aria-live="polite" data-testid="save-state" data-state={autosave.state}>
          {autosave.state === "invalid" && autosave.error ? translateError(t, autosave.error) : t(`writer.saveStates.${autosave.state}`)}
        </p>
      </CompletenessMeter>

      {autosave.restored ? (
        <p role="status" className="notice" data-testid="restored">
          {t("writer.restored")}
        </p>
      ) : null}
      {autosave.olderDeviceCopy ? (
        <div role="alert" className="card notice-danger" data-testid="device-copy">
          <p>{t("writer.deviceCopy")}</p>
          <div className="actions-row">
            <button type="button" onClick={autosave.takeDeviceCopy}>
              {t("writer.useDeviceCopy")}
            </button>
            <button type="button" onClick={autosave.discardOlderDeviceCopy}>
              {t("writer.discardDeviceCopy")}
            </button>
          </div>
        </div>
      ) : null}
      {actionData?.status === "not-final" ? (
        <p role="alert" className="notice-danger" data-testid="final-refused">
          {t("writer.finalRefused", { elements: actionData.missing.map(elementLabel).join(", ") })}
        </p>
      ) : null}
      {actionData?.status === "final" ? (
        <p role="status" className="notice" data-testid="final-done">
          {t("writer.finalDone")}
        </p>
      ) : null}
      {actionData?.status === "conflict" || autosave.state === "conflict" ? (
        <p role="alert" className="notice-danger">
          {t("writer.conflict")}
        </p>
      ) : null}

      <Form method="post" className="writer-form">
        <input type="hidden" name="baseRevision" value={autosave.baseRevision} />
        <div className="field">
          <label htmlFor="draft-title">{t("workshops.fields.title")}</label>
          <input id="draft-title" name="title" type="text" dir="auto" maxLength={200} value={autosave.content.title} onChange={(event) => autosave.change({ ...autosave.content, title: event.target.value })} />
        </div>
        <ChecklistFields
          checklist={checklist}
          elements={autosave.content.elements}
          language={draft.language}
          fieldName={elementFieldName}
          onChange={(elements) => autosave.change({ ...autosave.content, elements })}
        />
        <div className="actions-row">
          <button type="submit" name="intent" value="save" disabled={busy}>
            {t("writer.save")}
          </button>
          <button type="submit" name="intent" value="final" disabled={busy}>
            {t("writer.markFinal")}
          </button>
          <Link to={`/writer/${draft.id}/document`}>{t("writer.document")}</Link>
        </div>
      </Form>
      <div className="actions-row">
        <IntentButton intent="delete" label={t("writer.delete")} danger />
      </div>
    </section>
  );
}
