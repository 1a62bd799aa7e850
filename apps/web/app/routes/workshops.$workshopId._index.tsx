import { getFormProps, getInputProps, getSelectProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { checkAgendaSession, hasRole, listTimeZones, RegistrationFormSchema, SessionFormSchema } from "@comity/domain";
import { addWorkshopSession, cancelWorkshopRegistration, findRegistration, findWorkshop, listSessionRuns, registerForWorkshop, setWorkshopStatus } from "@comity/db";
import { Field, translateError } from "../components/field.tsx";
import { IntentButton } from "../components/intent-button.tsx";
import { requireRole, requireUser } from "../utils/auth.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { useZodForm } from "../utils/use-zod-form.ts";
import { formatDay, formatTime } from "../workshops/format-times.ts";
import { displayNames } from "../workshops/display-names.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { mergeOtherLanguages } from "../workshops/language-choices.tsx";
import { RegistrationForm } from "../workshops/registration-form.tsx";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Comity · ${data?.workshop.title ?? "Workshop"}` }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const workshop = await findWorkshop(context.db, params.workshopId ?? "");
  const isSecretariat = hasRole(user, "secretariat");
  invariantResponse(workshop && (workshop.status !== "draft" || isSecretariat), "This workshop does not exist or is not published yet.", { status: 404 });
  const showMine = new URL(request.url).searchParams.get("zone") === "mine";
  const shownZone = showMine ? user.timeZone : workshop.timeZone;
  const language = await i18nServer.getLocale(request);
  const registration = await findRegistration(context.db, workshop.id, user.id);
  // A run's join code admits to it: shown to approved participants, the secretariat and the run's trainer only.
  const runs = await listSessionRuns(context.db, workshop.sessions.map((session) => session.id));
  const mayJoin = isSecretariat || registration?.status === "approved";
  return {
    workshop,
    exercises: runs.flatMap((run) =>
      run.trainerId === user.id || mayJoin ? [{ id: run.id, title: run.title, sessionId: run.workshopSessionId, href: run.trainerId === user.id ? `/runs/${run.id}` : `/join?code=${run.joinCode}` }] : [],
    ),
    // Formatted here so the browser hydrates the same text (its ICU data may differ from Node's).
    agenda: workshop.sessions.map((session) => ({
      id: session.id,
      cancelled: session.cancelled,
      day: formatDay(session.startsAt, shownZone, language),
      time: `${formatTime(session.startsAt, shownZone, language)}–${formatTime(session.endsAt, shownZone, language)}`,
    })),
    names: displayNames(language),
    isSecretariat,
    registration,
    viewer: { timeZone: user.timeZone },
    shownZone,
    showMine,
    timeZones: listTimeZones(),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const workshop = await findWorkshop(context.db, params.workshopId ?? "");
  invariantResponse(workshop, "This workshop does not exist.", { status: 404 });
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");

  if (intent === "add-session") {
    await requireRole(request, context, ["secretariat"]);
    const submission = parseWithZod(mergeOtherLanguages(formData, ["targetLanguages"]), { schema: SessionFormSchema });
    if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
    const session = submission.value;
    const fieldErrors: Record<string, string[]> = {};
    const checked = checkAgendaSession(session, workshop, workshop.sessions.filter((other) => !other.cancelled).map((other) => ({ ...other, startsAt: other.startsAt.toISOString(), endsAt: other.endsAt.toISOString() })));
    if (!checked.ok) for (const problem of checked.problems) (fieldErrors[problem.field] ??= []).push(problem.code === "errors.session.overlaps" ? `errors.session.overlaps|${problem.otherTitle}` : problem.code);
    if (!workshop.floorLanguages.includes(session.floorLanguage)) (fieldErrors.floorLanguage ??= []).push("errors.session.floorNotInWorkshop");
    if (session.targetLanguages.some((code) => !workshop.targetLanguages.includes(code))) (fieldErrors.targetLanguages ??= []).push("errors.session.targetNotInWorkshop");
    if (Object.keys(fieldErrors).length || !checked.ok) return data({ intent, result: submission.reply({ fieldErrors }) }, { status: 400 });
    await addWorkshopSession(context.db, workshop.id, {
      title: session.title,
      startsAt: checked.startsAt,
      endsAt: checked.endsAt,
      floorLanguage: session.floorLanguage,
      interpreted: session.interpreted,
      targetLanguages: session.interpreted ? session.targetLanguages : [],
      remote: session.remote,
      trainers: session.trainers,
    });
    return { intent, result: submission.reply({ resetForm: true }) };
  }

  if (intent === "publish" || intent === "cancel-workshop") {
    await requireRole(request, context, ["secretariat"]);
    await setWorkshopStatus(context.db, workshop.id, intent === "publish" ? "published" : "cancelled");
    return { intent, result: null };
  }

  if (intent === "register") {
    invariantResponse(workshop.status === "published", "Registration is open only for published workshops.", { status: 409 });
    const submission = parseWithZod(formData, { schema: RegistrationFormSchema });
    if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
    const registered = await registerForWorkshop(context.db, { ...submission.value, workshopId: workshop.id, userId: user.id });
    if (!registered.ok) return data({ intent, result: submission.reply({ formErrors: ["errors.registration.already"] }) }, { status: 409 });
    return { intent, result: submission.reply({ resetForm: true }) };
  }

  if (intent === "cancel-registration") {
    const registration = await findRegistration(context.db, workshop.id, user.id);
    invariantResponse(registration, "You are not registered for this workshop.", { status: 404 });
    await cancelWorkshopRegistration(context.db, registration.id);
    return { intent, result: null };
  }

  invariantResponse(false, "Unknown action.", { status: 400 });
}

export default function WorkshopPage() {
  const { t } = useTranslation();
  const { workshop, exercises, agenda, names, isSecretariat, registration, shownZone, showMine, viewer, timeZones } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const resultFor = (intent: string) => (actionData?.intent === intent ? (actionData.result ?? undefined) : undefined);
  const [sessionForm, sessionFields] = useZodForm(SessionFormSchema, { id: "add-session", lastResult: resultFor("add-session"), validateInBrowser: false, defaultValue: { floorLanguage: workshop.floorLanguages[0], interpreted: "on" } });
  const sessions = workshop.sessions;
  const languageName = (code: string) => names.languages[code] ?? code;

  return (
    <section className="workshop">
      <h1 dir="auto">{workshop.title}</h1>
      <p className={`status status-${workshop.status}`}>{t(`workshops.statuses.${workshop.status}`)}</p>
      <dl className="facts">
        <dt>{t("workshops.fields.region")}</dt>
        <dd dir="auto">{workshop.region}</dd>
        <dt>{t("workshops.fields.dates")}</dt>
        <dd>
          {/* Ranges read left to right in every language; Arabic text around them stays right-to-left. */}
          <span dir="ltr">
            {workshop.startDate} – {workshop.endDate}
          </span>{" "}
          ({workshop.timeZone})
        </dd>
        <dt>{t("workshops.fields.format")}</dt>
        <dd>
          {t(`workshops.formats.${workshop.format}`)}
          {workshop.venue ? ` · ${workshop.venue}` : ""}
        </dd>
        <dt>{t("workshops.fields.languages")}</dt>
        <dd>
          {workshop.floorLanguages.map((code) => languageName(code)).join(", ")} → {workshop.targetLanguages.map((code) => languageName(code)).join(", ") || "—"}
        </dd>
        <dt>{t("workshops.fields.capacity")}</dt>
        <dd>{workshop.capacity}</dd>
      </dl>
      {workshop.description ? <p dir="auto">{workshop.description}</p> : null}
      <p>
        <a href={`/workshops/${workshop.id}/calendar.ics`}>{t("workshops.calendarFeed")}</a>
        {isSecretariat ? (
          <>
            {" · "}
            <Link to={`/workshops/${workshop.id}/registrations`}>{t("workshops.registrations.title")}</Link>
            {" · "}
            <Link to={`/workshops/${workshop.id}/invitations`}>{t("workshops.invitations.link")}</Link>
            {" · "}
            <Link to={`/workshops/${workshop.id}/staffing`}>{t("workshops.staffing.link")}</Link>
            {" · "}
            <Link to={`/workshops/${workshop.id}/manifest`}>{t("workshops.manifest.link")}</Link>
            {" · "}
            <Link to={`/workshops/${workshop.id}/attendance`}>{t("workshops.attendance.link")}</Link>
            {" · "}
            <Link to={`/workshops/${workshop.id}/fair-hours`}>{t("workshops.fairHours.link")}</Link>
          </>
        ) : null}
      </p>

      <h2>{t("workshops.agenda.title")}</h2>
      <p className="zone-switch">
        <span data-testid="shown-zone">{t(showMine ? "workshops.agenda.timesInYours" : "workshops.agenda.timesInWorkshop", { zone: shownZone })}</span>{" "}
        {showMine ? <Link to="?">{t("workshops.agenda.showWorkshopZone", { zone: workshop.timeZone })}</Link> : <Link to="?zone=mine">{t("workshops.agenda.showMyZone", { zone: viewer.timeZone })}</Link>}
      </p>
      {sessions.length === 0 ? (
        <p>{t("workshops.agenda.empty")}</p>
      ) : (
        <table className="data-table" data-testid="agenda">
          <thead>
            <tr>
              <th scope="col">{t("workshops.agenda.day")}</th>
              <th scope="col">{t("workshops.agenda.time")}</th>
              <th scope="col">{t("workshops.fields.title")}</th>
              <th scope="col">{t("workshops.agenda.languages")}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session, index) => (
              <tr key={session.id} className={session.cancelled ? "cancelled" : undefined}>
                <td>{agenda[index]?.day}</td>
                <td>
                  <span dir="ltr">{agenda[index]?.time}</span>
                </td>
                <td dir="auto">
                  {session.title}
                  {session.remote ? ` (${t("workshops.agenda.remote")})` : ""}
                  {exercises
                    .filter((exercise) => exercise.sessionId === session.id)
                    .map((exercise) => (
                      <p key={exercise.id} className="hint">
                        {t("workshops.agenda.exercise")}{" "}
                        <Link to={exercise.href} dir="auto">
                          {exercise.title}
                        </Link>
                      </p>
                    ))}
                </td>
                <td>
                  {languageName(session.floorLanguage)}
                  {session.interpreted && session.targetLanguages.length ? ` → ${session.targetLanguages.map((code) => languageName(code)).join(", ")}` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {isSecretariat && workshop.status !== "cancelled" ? (
        <div className="card">
          <h2>{t("workshops.agenda.add")}</h2>
          <p className="hint">{t("workshops.agenda.enterIn", { zone: workshop.timeZone })}</p>
          <Form method="post" {...getFormProps(sessionForm)}>
            <input type="hidden" name="intent" value="add-session" />
            <Field label={t("workshops.fields.title")} field={sessionFields.title}>
              <input {...getInputProps(sessionFields.title, { type: "text" })} />
            </Field>
            <Field label={t("workshops.agenda.start")} field={sessionFields.start}>
              <input {...getInputProps(sessionFields.start, { type: "datetime-local" })} />
            </Field>
            <Field label={t("workshops.agenda.end")} field={sessionFields.end}>
              <input {...getInputProps(sessionFields.end, { type: "datetime-local" })} />
            </Field>
            <Field label={t("workshops.agenda.floorLanguage")} field={sessionFields.floorLanguage}>
              <select {...getSelectProps(sessionFields.floorLanguage)}>
                {workshop.floorLanguages.map((code) => (
                  <option key={code} value={code}>
                    {languageName(code)}
                  </option>
                ))}
              </select>
            </Field>
            <label className="check">
              <input {...getInputProps(sessionFields.interpreted, { type: "checkbox" })} /> {t("workshops.agenda.interpreted")}
            </label>
            <fieldset className="field">
              <legend>{t("workshops.agenda.targetLanguages")}</legend>
              <div className="choices">
                {workshop.targetLanguages.map((code) => (
                  <label key={code}>
                    <input type="checkbox" name="targetLanguages" value={code} defaultChecked /> {languageName(code)}
                  </label>
                ))}
              </div>
              <ul className="field-errors">{sessionFields.targetLanguages.errors?.map((error) => <li key={error}>{translateError(t, error)}</li>)}</ul>
            </fieldset>
            <label className="check">
              <input {...getInputProps(sessionFields.remote, { type: "checkbox" })} /> {t("workshops.agenda.remoteInterpreting")}
            </label>
            <Field label={t("workshops.agenda.trainers")} field={sessionFields.trainers}>
              <input {...getInputProps(sessionFields.trainers, { type: "text" })} />
            </Field>
            <button type="submit" disabled={navigation.state !== "idle"}>
              {t("workshops.agenda.addSubmit")}
            </button>
          </Form>
          <div className="actions-row">
            {workshop.status === "draft" ? (
              <IntentButton intent="publish" label={t("workshops.publish")} />
            ) : null}
            <IntentButton intent="cancel-workshop" label={t("workshops.cancelWorkshop")} danger />
          </div>
        </div>
      ) : null}

      {registration && registration.status !== "cancelled" ? (
        <div className="card">
          <h2>{t("workshops.register.yours")}</h2>
          <p data-testid="registration-status">{t(`workshops.register.statuses.${registration.status}`)}</p>
          <IntentButton intent="cancel-registration" label={t("workshops.register.cancel")} danger />
        </div>
      ) : workshop.status === "published" ? (
        <div className="card">
          <h2>{t("workshops.register.title")}</h2>
          <RegistrationForm lastResult={resultFor("register")} names={names} timeZones={timeZones} defaultTimeZone={viewer.timeZone} />
        </div>
      ) : null}
    </section>
  );
}
