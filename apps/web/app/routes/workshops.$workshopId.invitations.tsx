import { getFormProps, getTextareaProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { InvitationFormSchema } from "@comity/domain";
import { findWorkshop, INVITATION_TTL_DAYS, invitationState, inviteToWorkshop, listInvitations, revokeInvitation } from "@comity/db";
import { Field, FormErrors } from "../components/field.tsx";
import { IntentButton } from "../components/intent-button.tsx";
import { requireRole } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { useZodForm } from "../utils/use-zod-form.ts";
import { formatDay, formatTime } from "../workshops/format-times.ts";
import { BackToWorkshop } from "../workshops/back-to-workshop.tsx";

export const meta: MetaFunction = () => [{ title: "Comity · Invitations" }];

const RevokeSchema = z.object({ invitationId: z.string().min(1) });

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireRole(request, context, ["secretariat"]);
  const workshop = await findWorkshop(context.db, params.workshopId ?? "");
  invariantResponse(workshop, "This workshop does not exist.", { status: 404 });
  const language = await i18nServer.getLocale(request);
  const origin = new URL(request.url).origin;
  const now = new Date();
  // Formatted here, in the workshop's zone, so the browser hydrates the same text as the server sent.
  const when = (instant: Date) => `${formatDay(instant, workshop.timeZone, language)}, ${formatTime(instant, workshop.timeZone, language)}`;
  const invitations = await listInvitations(context.db, workshop.id);
  return {
    workshop: { id: workshop.id, title: workshop.title, status: workshop.status, timeZone: workshop.timeZone, startDate: workshop.startDate, endDate: workshop.endDate },
    // Sent from here: the component must not import @comity/db, which would pull it into the browser.
    validForDays: INVITATION_TTL_DAYS,
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      state: invitationState(invitation, now),
      sent: when(invitation.createdAt),
      expires: when(invitation.expiresAt),
      link: `${origin}/invitations/${invitation.token}`,
    })),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireRole(request, context, ["secretariat"]);
  const workshop = await findWorkshop(context.db, params.workshopId ?? "");
  invariantResponse(workshop, "This workshop does not exist.", { status: 404 });
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");

  if (intent === "invite") {
    const submission = parseWithZod(formData, { schema: InvitationFormSchema });
    if (submission.status !== "success") return data({ intent, result: submission.reply(), counts: null }, { status: 400 });
    if (workshop.status === "cancelled") return data({ intent, result: submission.reply({ formErrors: ["errors.invitation.workshopCancelled"] }), counts: null }, { status: 409 });
    const { invited, unchanged } = await inviteToWorkshop(context.db, { workshopId: workshop.id, invitedById: user.id, emails: submission.value.emails });
    return { intent, result: submission.reply({ resetForm: true }), counts: { invited: invited.length, unchanged: unchanged.length } };
  }

  if (intent === "revoke") {
    const parsed = RevokeSchema.safeParse(Object.fromEntries(formData));
    invariantResponse(parsed.success, "Say which invitation to revoke.", { status: 400 });
    // The update is limited to this workshop's invitations: an id from another workshop changes nothing.
    if (!(await revokeInvitation(context.db, workshop.id, parsed.data.invitationId))) {
      const invitations = await listInvitations(context.db, workshop.id);
      invariantResponse(invitations.some((invitation) => invitation.id === parsed.data.invitationId), "No such invitation for this workshop.", { status: 404 });
      // Already revoked or accepted (a second click, another officer): the table shows its state.
    }
    return { intent, result: null, counts: null };
  }

  invariantResponse(false, "Unknown action.", { status: 400 });
}

/** A mailto: link that opens the secretariat's own mail program with the invitation written out. */
function mailtoLink(to: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(to).replace("%40", "@")}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

export default function Invitations() {
  const { t } = useTranslation();
  const { workshop, invitations, validForDays } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const inviteResult = actionData?.intent === "invite" ? actionData : null;
  const [form, fields] = useZodForm(InvitationFormSchema, { id: "invite", lastResult: inviteResult?.result });
  const dates = `${workshop.startDate} – ${workshop.endDate}`;
  return (
    <section>
      <BackToWorkshop workshop={workshop} />
      <h1>{t("workshops.invitations.title")}</h1>
      <p>{t("workshops.invitations.intro", { days: validForDays })}</p>
      <p className="hint">{t("workshops.invitations.noMailServer")}</p>

      {workshop.status === "cancelled" ? (
        <p role="status">{t("workshops.invitations.cancelled")}</p>
      ) : (
        <div className="card">
          <Form method="post" {...getFormProps(form)}>
            <FormErrors id={form.errorId} errors={form.errors} />
            <input type="hidden" name="intent" value="invite" />
            <Field label={t("workshops.invitations.emails")} field={fields.emails} hint={t("workshops.invitations.emailsHint")}>
              <textarea {...getTextareaProps(fields.emails)} rows={6} dir="ltr" />
            </Field>
            <button type="submit" disabled={navigation.state !== "idle"}>
              {t("workshops.invitations.submit")}
            </button>
          </Form>
        </div>
      )}
      {inviteResult?.counts ? (
        <p role="status" data-testid="invitation-summary">
          {t("workshops.invitations.summary", {
            invited: t("workshops.invitations.invitedCount", { count: inviteResult.counts.invited }),
            unchanged: t("workshops.invitations.unchangedCount", { count: inviteResult.counts.unchanged }),
          })}
        </p>
      ) : null}

      {invitations.length === 0 ? (
        <p>{t("workshops.invitations.none")}</p>
      ) : (
        <table className="data-table" data-testid="invitations">
          <thead>
            <tr>
              <th scope="col">{t("workshops.invitations.email")}</th>
              <th scope="col">{t("workshops.invitations.state")}</th>
              <th scope="col">{t("workshops.invitations.sent", { zone: workshop.timeZone })}</th>
              <th scope="col">{t("workshops.invitations.expires", { zone: workshop.timeZone })}</th>
              <th scope="col">{t("workshops.invitations.invitationLink")}</th>
              <th scope="col">{t("workshops.invitations.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id} data-testid={`invitation-${invitation.email}`}>
                <td dir="ltr">{invitation.email}</td>
                <td data-testid="invitation-state">{t(`workshops.invitations.states.${invitation.state}`)}</td>
                <td>{invitation.sent}</td>
                <td>{invitation.expires}</td>
                <td>
                  {invitation.state === "pending" ? (
                    <>
                      <a href={invitation.link} dir="ltr" data-testid="invitation-link">
                        {invitation.link}
                      </a>
                      <br />
                      <a
                        href={mailtoLink(
                          invitation.email,
                          t("workshops.invitations.mailSubject", { title: workshop.title }),
                          t("workshops.invitations.mailBody", { title: workshop.title, dates, link: invitation.link, expires: invitation.expires, zone: workshop.timeZone }),
                        )}
                      >
                        {t("workshops.invitations.writeEmail")}
                      </a>
                    </>
                  ) : null}
                </td>
                <td>{invitation.state === "pending" ? <IntentButton intent="revoke" label={t("workshops.invitations.revoke")} fields={{ invitationId: invitation.id }} danger /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
