import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { loadLanguageManifest } from "../staffing/language-manifest.server.ts";
import { displayNames } from "../workshops/display-names.server.ts";
import { formatDay, formatTime } from "../workshops/format-times.ts";
import { SessionLabel } from "../workshops/session-label.tsx";
import { BackToWorkshop } from "../workshops/back-to-workshop.tsx";

export const meta: MetaFunction = () => [{ title: "Comity · Language manifest" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireRole(request, context, ["secretariat"]);
  const manifest = await loadLanguageManifest(context.db, params.workshopId ?? "");
  invariantResponse(manifest, "This workshop does not exist.", { status: 404 });
  const language = await i18nServer.getLocale(request);
  const zone = manifest.workshop.timeZone;
  return {
    workshop: manifest.workshop,
    // Formatted here so the browser hydrates the same text.
    sessions: manifest.sessions.map((session) => ({
      ...session,
      day: formatDay(new Date(session.start), zone, language),
      time: `${formatTime(new Date(session.start), zone, language)}–${formatTime(new Date(session.end), zone, language)}`,
    })),
    languages: displayNames(language).languages,
  };
}

export default function LanguageManifestPage() {
  const { t } = useTranslation();
  const { workshop, sessions, languages } = useLoaderData<typeof loader>();
  const languageName = (code: string) => languages[code] ?? code;
  return (
    <section>
      <BackToWorkshop workshop={workshop} />
      <h1>{t("workshops.manifest.title")}</h1>
      <p className="hint">{t("workshops.manifest.intro")}</p>
      <p className="hint">{t("workshops.staffing.timesIn", { zone: workshop.timeZone })}</p>
      <p className="actions-row">
        <a href={`/workshops/${workshop.id}/manifest.json`} download>
          {t("workshops.manifest.downloadJson")}
        </a>
        <a href={`/workshops/${workshop.id}/manifest.csv`} download>
          {t("workshops.manifest.downloadCsv")}
        </a>
      </p>
      {sessions.length === 0 ? (
        <p>{t("workshops.agenda.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="manifest">
            <thead>
              <tr>
                <th scope="col">{t("workshops.staffing.session")}</th>
                <th scope="col">{t("workshops.manifest.channel")}</th>
                <th scope="col">{t("workshops.manifest.listensTo")}</th>
                <th scope="col">{t("workshops.manifest.interpreters")}</th>
                <th scope="col">{t("workshops.manifest.seats")}</th>
              </tr>
            </thead>
            {sessions.map((session) => (
              <tbody key={session.id} data-testid={`manifest-${session.title}`}>
                {session.channels.map((channel, index) => (
                  <tr key={channel.language} className={channel.interpreters.length < channel.interpretersRequired ? "cell-unmet" : undefined}>
                    {index === 0 ? (
                      <th scope="rowgroup" rowSpan={session.channels.length}>
                        <SessionLabel session={session} note={session.remote ? t("workshops.agenda.remote") : undefined} />
                        {session.unfilledSeats > 0 ? (
                          <>
                            <br />
                            <span className="notice-danger">{t("workshops.manifest.unfilled", { count: session.unfilledSeats })}</span>
                          </>
                        ) : null}
                      </th>
                    ) : null}
                    <td>
                      {channel.kind === "floor" ? t("workshops.manifest.floorChannel", { language: languageName(channel.language) }) : languageName(channel.language)}
                    </td>
                    <td>
                      {channel.kind === "floor"
                        ? t("workshops.manifest.speakers")
                        : channel.relayFrom
                          ? t("workshops.manifest.relayFrom", { language: languageName(channel.relayFrom) })
                          : t("workshops.manifest.fromFloor", { language: languageName(channel.source ?? session.floorLanguage) })}
                      {channel.twoWay ? ` · ${t("workshops.staffing.twoWay")}` : ""}
                      {channel.givesRelay ? ` · ${t("workshops.staffing.givesRelay")}` : ""}
                    </td>
                    <td dir="auto">{channel.interpreters.map((interpreter) => interpreter.name).join(", ") || (channel.kind === "floor" ? "" : "—")}</td>
                    <td>{channel.kind === "floor" ? "" : t("workshops.staffing.seats", { assigned: channel.interpreters.length, required: channel.interpretersRequired })}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}
