import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { instantToLocal, localTimesFor, localToInstant, type Viewer } from "@comity/domain";
import { findWorkshop, listInterpreters, listRegistrations, listWorkshopAssignments } from "@comity/db";
import { requireRole } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { countryName } from "../workshops/format-times.ts";
import { BackToWorkshop } from "../workshops/back-to-workshop.tsx";

export const meta: MetaFunction = () => [{ title: "Comity · Fair hours" }];

/**
 * Where a proposed session time falls for everyone taking part: each registered participant's
 * country and zone, and each interpreter assigned to the workshop, flagged outside 07:00–22:00 local time.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireRole(request, context, ["secretariat", "trainer"]);
  const workshop = await findWorkshop(context.db, params.workshopId ?? "");
  invariantResponse(workshop, "This workshop does not exist.", { status: 404 });
  const url = new URL(request.url);
  const first = workshop.sessions[0];
  const start = url.searchParams.get("start") ?? (first ? instantToLocal(first.startsAt.toISOString(), workshop.timeZone) : `${workshop.startDate}T09:00`);
  const end = url.searchParams.get("end") ?? (first ? instantToLocal(first.endsAt.toISOString(), workshop.timeZone) : `${workshop.startDate}T12:00`);
  const startAt = localToInstant(start, workshop.timeZone);
  const endAt = localToInstant(end, workshop.timeZone);
  const language = await i18nServer.getLocale(request);

  const viewers = new Map<string, Viewer>([[workshop.timeZone, { label: "workshop", timeZone: workshop.timeZone }]]);
  for (const registration of await listRegistrations(context.db, workshop.id)) {
    if (registration.status === "rejected" || registration.status === "cancelled") continue;
    const key = `${registration.country}|${registration.timeZone}`;
    if (!viewers.has(key)) viewers.set(key, { label: countryName(registration.country, language), timeZone: registration.timeZone });
  }
  const assigned = new Set((await listWorkshopAssignments(context.db, workshop.id)).map((seat) => seat.interpreterId));
  const t = await i18nServer.getFixedT(language);
  for (const interpreter of await listInterpreters(context.db)) {
    if (assigned.has(interpreter.id)) viewers.set(`interpreter|${interpreter.id}`, { label: t("workshops.fairHours.interpreter", { name: interpreter.name }), timeZone: interpreter.timeZone });
  }
  const problem = !startAt.ok ? startAt.code : !endAt.ok ? endAt.code : endAt.instant <= startAt.instant ? "errors.session.endBeforeStart" : null;
  const rows = problem || !startAt.ok || !endAt.ok ? [] : localTimesFor(startAt.instant, endAt.instant, workshop.timeZone, [...viewers.values()]);
  return { workshop: { id: workshop.id, title: workshop.title, timeZone: workshop.timeZone }, start, end, problem, rows };
}

export default function FairHours() {
  const { t } = useTranslation();
  const { workshop, start, end, problem, rows } = useLoaderData<typeof loader>();
  return (
    <section>
      <BackToWorkshop workshop={workshop} />
      <h1>{t("workshops.fairHours.title")}</h1>
      <p className="hint">{t("workshops.agenda.enterIn", { zone: workshop.timeZone })}</p>
      <Form method="get" className="actions-row">
        <label>
          {t("workshops.agenda.start")} <input type="datetime-local" name="start" defaultValue={start} />
        </label>
        <label>
          {t("workshops.agenda.end")} <input type="datetime-local" name="end" defaultValue={end} />
        </label>
        <button type="submit">{t("workshops.fairHours.check")}</button>
      </Form>
      {problem ? (
        <p className="field-errors" role="alert">
          {t(problem)}
        </p>
      ) : (
        <table className="data-table" data-testid="fair-hours">
          <thead>
            <tr>
              <th scope="col">{t("workshops.fairHours.who")}</th>
              <th scope="col">{t("fields.timeZone")}</th>
              <th scope="col">{t("workshops.fairHours.local")}</th>
              <th scope="col">{t("workshops.fairHours.fair")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.label}|${row.timeZone}`} className={row.withinFairHours ? undefined : "outside-hours"}>
                <td dir="auto">{row.label === "workshop" ? t("workshops.fairHours.workshopZone") : row.label}</td>
                <td>
                  {row.timeZone} (<span dir="ltr">{row.utcOffset}</span>)
                </td>
                <td>
                  <span dir="ltr">
                    {row.localStart.replace("T", " ")} – {row.localEnd.slice(11)}
                  </span>
                  {row.dayShift !== 0 ? ` (${t("workshops.fairHours.dayShift", { count: row.dayShift, signed: row.dayShift > 0 ? `+${row.dayShift}` : String(row.dayShift) })})` : ""}
                </td>
                <td>{row.withinFairHours ? t("workshops.fairHours.yes") : t("workshops.fairHours.no")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
