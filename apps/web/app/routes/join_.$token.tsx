import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { findRunMember, openRunLink } from "@comity/db";
import { JoinDetailsForm } from "../runs/join-details-form.tsx";
import { joinWithDetails } from "../runs/join-page.server.ts";
import { requireUser } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { displayNames } from "../workshops/display-names.server.ts";

export const meta: MetaFunction = () => [{ title: "Comity · Join an exercise" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const language = await i18nServer.getLocale(request);
  const token = params.token ?? "";
  const link = await openRunLink(context.db, token);
  if (link.ok && (await findRunMember(context.db, link.run.id, user.id))) throw redirect(`/runs/${link.run.id}/play`);
  return {
    link: link.ok ? { ok: true as const, runTitle: link.run.title } : { ok: false as const, reason: link.reason },
    token,
    defaults: { displayName: user.name, language: user.language },
    ...displayNames(language),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const token = params.token ?? "";
  const link = await openRunLink(context.db, token);
  if (!link.ok) return { step: "refused" as const, reason: link.reason };
  return joinWithDetails(context, user.id, link.run, await request.formData(), { name: "token", value: token });
}

export default function JoinByLink() {
  const { t } = useTranslation();
  const { link, token, defaults, languages, countries } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const refusal = answer?.step === "refused" ? answer.reason : link.ok ? null : link.reason;
  return (
    <section>
      <h1>{t("runs.join.title")}</h1>
      {refusal ? (
        <p role="alert" data-testid="link-refused">
          {t(`runs.join.link.${refusal}`)}
        </p>
      ) : (
        <JoinDetailsForm
          runTitle={link.ok ? link.runTitle : ""}
          admission={{ name: "token", value: token }}
          lastResult={answer?.step === "details" ? answer.result : null}
          defaults={defaults}
          languages={languages}
          countries={countries}
        />
      )}
    </section>
  );
}
