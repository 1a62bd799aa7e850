import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listTimeZones, RegistrationFormSchema } from "@comity/domain";
import { findInvitationByToken, findRegistration, findWorkshop, invitationState, registerByInvitation } from "@comity/db";
import { getUser, requireUser } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { displayNames } from "../workshops/display-names.server.ts";
import { formatDay, formatTime } from "../workshops/format-times.ts";
import { RegistrationForm } from "../workshops/registration-form.tsx";

export const meta: MetaFunction = () => [{ title: "Comity · Invitation" }];

/**
 * The invitee's side of an invitation link. Anyone holding the link may open it (that is how it
 * reaches a person without an account yet); only the invited address can register with it.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const invitation = await findInvitationByToken(context.db, params.token ?? "");
  const workshop = invitation ? await findWorkshop(context.db, invitation.workshopId) : null;
  // Answered in the page rather than the error boundary, so the sentence is in the reader's language.
  if (!invitation || !workshop) return data({ view: "unknown" as const }, { status: 404 });

  const language = await i18nServer.getLocale(request);
  const when = (instant: Date) => `${formatDay(instant, workshop.timeZone, language)}, ${formatTime(instant, workshop.timeZone, language)}`;
  const page = {
    workshop: { id: workshop.id, title: workshop.title, startDate: workshop.startDate, endDate: workshop.endDate, timeZone: workshop.timeZone },
    expires: when(invitation.expiresAt),
    invitedEmail: invitation.email,
    returnTo: new URL(request.url).pathname,
  };
  const state = invitationState(invitation);
  if (state !== "pending") return { ...page, view: state };
  if (workshop.status === "cancelled") return { ...page, view: "cancelled" as const };

  const user = await getUser(request, context);
  if (!user) return { ...page, view: "signed-out" as const };
  if (user.email.toLowerCase() !== invitation.email) return { ...page, view: "wrong-account" as const, signedInAs: user.email };
  if (workshop.status === "draft") return { ...page, view: "draft" as const };
  const registration = await findRegistration(context.db, workshop.id, user.id);
  if (registration && registration.status !== "cancelled") return { ...page, view: "already-registered" as const, registrationStatus: registration.status };
  return { ...page, view: "register" as const, names: displayNames(language), timeZones: listTimeZones(), viewerTimeZone: user.timeZone };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const invitation = await findInvitationByToken(context.db, params.token ?? "");
  invariantResponse(invitation, "This invitation link is not valid.", { status: 404 });
  invariantResponse(invitationState(invitation) === "pending", "This invitation can no longer be used.", { status: 409 });
  invariantResponse(user.email.toLowerCase() === invitation.email, "This invitation is for another e-mail address.", { status: 403 });
  invariantResponse(invitation.workshop.status === "published", "Registration is open only for published workshops.", { status: 409 });
  const submission = parseWithZod(await request.formData(), { schema: RegistrationFormSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  // Spends the invitation and gives a seat (or a waitlist place) in one transaction.
  const registered = await registerByInvitation(context.db, invitation.id, { ...submission.value, workshopId: invitation.workshopId, userId: user.id });
  if (!registered.ok) {
    const reason = registered.reason === "already-registered" ? "errors.registration.already" : "errors.invitation.used";
    return data(submission.reply({ formErrors: [reason] }), { status: 409 });
  }
  // The workshop page shows the registration's status and lets the person cancel it.
  throw redirect(`/workshops/${invitation.workshopId}`);
}

export default function InvitationPage() {
  const { t } = useTranslation();
  const page = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  if (page.view === "unknown") {
    return (
      <section className="narrow">
        <h1>{t("invitation.title")}</h1>
        <p role="alert">{t("invitation.unknown")}</p>
      </section>
    );
  }
  const { workshop } = page;
  const returnQuery = new URLSearchParams({ redirectTo: page.returnTo }).toString();
  return (
    <section className="narrow">
      <p>{t("invitation.title")}</p>
      <h1 dir="auto">{workshop.title}</h1>
      <p>
        <span dir="ltr">
          {workshop.startDate} – {workshop.endDate}
        </span>{" "}
        ({workshop.timeZone})
      </p>
      <div data-testid="invitation-message">
        {page.view === "expired" ? <p>{t("invitation.expired", { date: `${page.expires} (${workshop.timeZone})` })}</p> : null}
        {page.view === "revoked" ? <p>{t("invitation.revoked")}</p> : null}
        {page.view === "accepted" ? (
          <p>
            {t("invitation.accepted")} <Link to={`/workshops/${workshop.id}`}>{t("invitation.openWorkshop")}</Link>
          </p>
        ) : null}
        {page.view === "cancelled" ? <p>{t("invitation.cancelled")}</p> : null}
        {page.view === "signed-out" ? (
          <>
            <p>{t("invitation.invitedTo")}</p>
            <p>{t("invitation.signInPrompt", { email: page.invitedEmail })}</p>
            <p>
              <Link to={`/signin?${returnQuery}`}>{t("invitation.signIn")}</Link>
              {" · "}
              <Link to={`/signup?${returnQuery}`}>{t("invitation.signUp")}</Link>
            </p>
            <p className="hint">{t("invitation.validUntil", { date: page.expires, zone: workshop.timeZone })}</p>
          </>
        ) : null}
        {page.view === "wrong-account" ? <p>{t("invitation.wrongAccount", { invited: page.invitedEmail, current: page.signedInAs })}</p> : null}
        {page.view === "draft" ? <p>{t("invitation.draft")}</p> : null}
        {page.view === "already-registered" ? (
          <p>
            {t("invitation.alreadyRegistered")} {t(`workshops.register.statuses.${page.registrationStatus}`)}{" "}
            <Link to={`/workshops/${workshop.id}`}>{t("invitation.openWorkshop")}</Link>
          </p>
        ) : null}
      </div>
      {page.view === "register" ? (
        <div className="card">
          <h2>{t("invitation.register")}</h2>
          <p className="hint">{t("invitation.registerHint")}</p>
          <RegistrationForm lastResult={lastResult} names={page.names} timeZones={page.timeZones} defaultTimeZone={page.viewerTimeZone} submitLabel={t("workshops.register.submit")} />
        </div>
      ) : null}
    </section>
  );
}
