import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { currentCalendarToken, findInterpreterByEmail, shiftsForInterpreter } from "@comity/db";
import { requireRole } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { displayNames } from "../workshops/display-names.server.ts";
import { formatDay, formatTime } from "../workshops/format-times.ts";

export const meta: MetaFunction = () => [{ title: "Comity · My shifts" }];

/** An interpreter's own seats across every published workshop, in their home zone and the workshop's. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, ["interpreter"]);
  const language = await i18nServer.getLocale(request);
  const interpreter = await findInterpreterByEmail(context.db, user.email);
  const calendarUrl = `${new URL(request.url).origin}/calendar/${await currentCalendarToken(context.db, user.id)}.ics`;
  if (!interpreter) return { onRoster: false as const, calendarUrl, homeZone: user.timeZone, shifts: [], languages: displayNames(language).languages };
  const shifts = await shiftsForInterpreter(context.db, interpreter.id);
  const range = (start: Date, end: Date, zone: string) => `${formatDay(start, zone, language)} ${formatTime(start, zone, language)}–${formatTime(end, zone, language)}`;
  return {
    onRoster: true as const,
    calendarUrl,
    homeZone: interpreter.timeZone,
    languages: displayNames(language).languages,
    shifts: shifts.map((shift) => ({
      key: `${shift.session.id}-${shift.booth}`,
      workshopId: shift.session.workshop.id,
      workshopTitle: shift.session.workshop.title,
      title: shift.session.title,
      booth: shift.booth,
      source: shift.source,
      remote: shift.session.remote,
      cancelled: shift.session.cancelled || shift.session.workshop.status === "cancelled",
      local: range(shift.session.startsAt, shift.session.endsAt, interpreter.timeZone),
      workshopTime: range(shift.session.startsAt, shift.session.endsAt, shift.session.workshop.timeZone),
      workshopZone: shift.session.workshop.timeZone,
    })),
  };
}

export default function Shifts() {
  const { t } = useTranslation();
  const { onRoster, shifts, homeZone, calendarUrl, languages } = useLoaderData<typeof loader>();
  const languageName = (code: string) => languages[code] ?? code;
  return (
    <section>
      <h1>{t("shifts.title")}</h1>
      {!onRoster ? (
        <p>{t("shifts.notOnRoster")}</p>
      ) : shifts.length === 0 ? (
        <p>{t("shifts.none")}</p>
      ) : (
        <table className="data-table" data-testid="shifts">
          <thead>
            <tr>
              <th scope="col">{t("shifts.localTime", { zone: homeZone })}</th>
              <th scope="col">{t("shifts.workshopTime")}</th>
              <th scope="col">{t("shifts.session")}</th>
              <th scope="col">{t("shifts.booth")}</th>
            </tr>
          </thead>
          <tbody>
            {shifts.map((shift) => (
              <tr key={shift.key} className={shift.cancelled ? "cancelled" : undefined}>
                <td>
                  <span dir="ltr">{shift.local}</span>
                </td>
                <td>
                  <span dir="ltr">{shift.workshopTime}</span> ({shift.workshopZone})
                </td>
                <td>
                  <Link to={`/workshops/${shift.workshopId}`} dir="auto">
                    {shift.workshopTitle}
                  </Link>
                  {" · "}
                  <span dir="auto">{shift.title}</span>
                  {shift.remote ? ` (${t("workshops.agenda.remote")})` : ""}
                </td>
                <td>{t("shifts.direction", { from: languageName(shift.source), into: languageName(shift.booth) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {t("shifts.calendar")}{" "}
        <a href={calendarUrl} className="break" data-testid="shifts-calendar">
          {calendarUrl}
        </a>
      </p>
    </section>
  );
}
