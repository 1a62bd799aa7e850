import { getFormProps, getInputProps, getSelectProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CHECKLIST_BY_TASK_KIND, DRAFT_KINDS, draftCompleteness } from "@comity/scoring";
import { createRequestDraft, listRequestDrafts } from "@comity/db";
import { Field } from "../components/field.tsx";
import { requireUser } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { useZodForm } from "../utils/use-zod-form.ts";
import { displayNames } from "../workshops/display-names.server.ts";
import { isDraftKind, NewDraftSchema } from "../writer/request-draft.schema.ts";

export const meta: MetaFunction = () => [{ title: "Comity · Request writer" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const language = await i18nServer.getLocale(request);
  const drafts = await listRequestDrafts(context.db, user.id);
  return {
    drafts: drafts.map((draft) => ({
      id: draft.id,
      title: draft.title,
      kind: draft.kind,
      language: draft.language,
      status: draft.status,
      updatedAt: draft.updatedAt.toISOString(),
      percent: isDraftKind(draft.kind) ? draftCompleteness(CHECKLIST_BY_TASK_KIND[draft.kind], draft.elements).percent : 0,
    })),
    languages: displayNames(language).languages,
    interfaceLanguage: language,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const submission = parseWithZod(await request.formData(), { schema: NewDraftSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const id = await createRequestDraft(context.db, { ownerId: user.id, ...submission.value });
  throw redirect(`/writer/${id}`);
}

export default function RequestWriterIndex() {
  const { t } = useTranslation();
  const { drafts, languages, interfaceLanguage } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useZodForm(NewDraftSchema, { id: "new-draft", lastResult, defaultValue: { language: interfaceLanguage } });
  return (
    <section>
      <h1>{t("writer.title")}</h1>
      <p>{t("writer.intro")}</p>
      {drafts.length === 0 ? (
        <p>{t("writer.none")}</p>
      ) : (
        <table className="data-table" data-testid="drafts">
          <thead>
            <tr>
              <th scope="col">{t("workshops.fields.title")}</th>
              <th scope="col">{t("writer.kind")}</th>
              <th scope="col">{t("writer.language")}</th>
              <th scope="col">{t("writer.complete")}</th>
              <th scope="col">{t("workshops.fields.status")}</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((draft) => (
              <tr key={draft.id}>
                <td dir="auto">
                  <Link to={`/writer/${draft.id}`}>{draft.title}</Link>
                </td>
                <td>{t(`writer.kinds.${draft.kind}`)}</td>
                <td>{languages[draft.language] ?? draft.language}</td>
                <td>{draft.percent} %</td>
                <td>{t(`writer.statuses.${draft.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="card">
        <h2>{t("writer.new")}</h2>
        <Form method="post" {...getFormProps(form)}>
          <Field label={t("writer.kind")} field={fields.kind}>
            <select {...getSelectProps(fields.kind)}>
              <option value="">—</option>
              {DRAFT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`writer.kinds.${kind}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t("writer.language")} field={fields.language}>
            <select {...getSelectProps(fields.language)}>
              {Object.entries(languages).map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t("workshops.fields.title")} field={fields.title}>
            <input {...getInputProps(fields.title, { type: "text" })} />
          </Field>
          <button type="submit" disabled={navigation.state !== "idle"}>
            {t("writer.start")}
          </button>
        </Form>
      </div>
    </section>
  );
}
