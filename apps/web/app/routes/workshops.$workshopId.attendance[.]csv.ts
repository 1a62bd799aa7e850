import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "../utils/auth.server.ts";
import { csvResponse } from "../utils/csv.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { loadAttendanceSheet } from "../workshops/attendance-sheet.server.ts";
import { countryName } from "../workshops/format-times.ts";

/** How a presence was recorded, as the CSV says it: stable words a spreadsheet can filter on in any language. */
const SOURCE_CELL = { live: "live", secretariat: "marked" } as const;

/** The attendance sheet as a CSV file: one row per approved participant, one column per session held. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireRole(request, context, ["secretariat"]);
  const language = await i18nServer.getLocale(request);
  const sheet = await loadAttendanceSheet(context.db, params.workshopId ?? "", language);
  invariantResponse(sheet, "This workshop does not exist.", { status: 404 });
  const t = await i18nServer.getFixedT(language);
  const zone = sheet.workshop.timeZone;
  const header = [
    t("fields.name"),
    t("workshops.attendance.csv.email"),
    t("workshops.register.country"),
    t("workshops.register.profession"),
    t("workshops.attendance.csv.sessionsAttended"),
    t("workshops.attendance.csv.hours"),
    ...sheet.sessions.map((session) => `${session.title} (${session.localStart.replace("T", " ")} ${zone})`),
  ];
  const rows = sheet.participants.map((participant, index) => {
    const attendance = sheet.summary.participants[index];
    const attended = attendance?.attended ?? {};
    return [
      participant.name,
      participant.email,
      countryName(participant.country, language),
      t(`workshops.professions.${participant.profession}`),
      attendance?.sessionsAttended ?? 0,
      (attendance?.hours ?? 0).toFixed(2),
      ...sheet.sessions.map((session) => {
        const source = attended[session.id];
        return source ? SOURCE_CELL[source] : "";
      }),
    ];
  });
  return csvResponse(`attendance-${sheet.workshop.title}.csv`, header, rows);
}
