import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatHoursMinutes } from "@comity/domain";
import { EARLY_JOIN_MS, findLiveRoom, linkLiveRoom, listLiveRooms, markAttendance } from "@comity/db";
import { requireRole } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { loadAttendanceSheet } from "../workshops/attendance-sheet.server.ts";
import { AttendanceActionSchema } from "../workshops/attendance.schema.ts";
import { displayNames } from "../workshops/display-names.server.ts";
import { formatDay, formatTime } from "../workshops/format-times.ts";
import { BackToWorkshop } from "../workshops/back-to-workshop.tsx";
import { SessionLabel } from "../workshops/session-label.tsx";

export const meta: MetaFunction = () => [{ title: "Comity · Attendance" }];

async function requireSheet(request: Request, context: LoaderFunctionArgs["context"], workshopId: string | undefined) {
  await requireRole(request, context, ["secretariat"]);
  const language = await i18nServer.getLocale(request);
  const sheet = await loadAttendanceSheet(context.db, workshopId ?? "", language);
  invariantResponse(sheet, "This workshop does not exist.", { status: 404 });
  return { sheet, language };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { sheet, language } = await requireSheet(request, context, params.workshopId);
  const zone = sheet.workshop.timeZone;
  const countries = displayNames(language).countries;
  return {
    workshop: { id: sheet.workshop.id, title: sheet.workshop.title, timeZone: zone },
    // Day and time formatted here so the browser hydrates the same text (its ICU data may differ from Node's).
    sessions: sheet.sessions.map((session, index) => ({
      id: session.id,
      title: session.title,
      day: formatDay(session.startsAt, zone, language),
      time: `${formatTime(session.startsAt, zone, language)}–${formatTime(session.endsAt, zone, language)}`,
      liveRoomId: session.liveRoomId,
      present: sheet.summary.sessions[index]?.present ?? 0,
    })),
    participants: sheet.participants.map((participant, index) => {
      const attendance = sheet.summary.participants[index];
      return {
        ...participant,
        countryName: countries.find((country) => country.code === participant.country)?.name ?? participant.country,
        attended: attendance?.attended ?? {},
        hours: formatHoursMinutes(attendance?.minutes ?? 0),
      };
    }),
    liveRooms: (await listLiveRooms(context.db)).map((room) => ({ id: room.id, title: room.title })),
    earlyJoinMinutes: EARLY_JOIN_MS / 60_000,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { sheet } = await requireSheet(request, context, params.workshopId);
  const parsed = AttendanceActionSchema.safeParse(Object.fromEntries(await request.formData()));
  invariantResponse(parsed.success, "This change to the attendance is not understood.", { status: 400 });
  const input = parsed.data;
  const cancelled = sheet.workshop.sessions.some((session) => session.id === input.sessionId && session.cancelled);
  invariantResponse(!cancelled, "This session was cancelled: nobody can attend it.", { status: 409 });
  invariantResponse(
    sheet.sessions.some((session) => session.id === input.sessionId),
    "This session is not in this workshop.",
    { status: 404 },
  );

  if (input.intent === "mark") {
    invariantResponse(
      sheet.participants.some((participant) => participant.userId === input.userId),
      "This person is not an approved participant of this workshop.",
      { status: 409 },
    );
    await markAttendance(context.db, { sessionId: input.sessionId, userId: input.userId, present: input.presence === "present" });
    return { intent: input.intent };
  }

  if (input.intent === "link-room") {
    invariantResponse(await findLiveRoom(context.db, input.liveRoomId), "This live room does not exist.", { status: 404 });
    await linkLiveRoom(context.db, input.sessionId, input.liveRoomId);
    return { intent: input.intent };
  }

  await linkLiveRoom(context.db, input.sessionId, null);
  return { intent: input.intent };
}

export default function AttendancePage() {
  const { t } = useTranslation();
  const { workshop, sessions, participants, liveRooms, earlyJoinMinutes } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  const roomTitle = (id: string | null) => liveRooms.find((room) => room.id === id)?.title;
  return (
    <section>
      <BackToWorkshop workshop={workshop} />
      <h1>{t("workshops.attendance.title")}</h1>
      <p className="hint" data-testid="shown-zone">
        {t("workshops.agenda.timesInWorkshop", { zone: workshop.timeZone })}
      </p>
      <p>
        {/* A plain link: the browser downloads the file the resource route sends. */}
        <a href={`/workshops/${workshop.id}/attendance.csv`} download>
          {t("workshops.attendance.download")}
        </a>
      </p>

      {sessions.length === 0 ? (
        <p>{t("workshops.attendance.noSessions")}</p>
      ) : participants.length === 0 ? (
        <p>{t("workshops.attendance.noParticipants")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table attendance" data-testid="attendance">
            <thead>
              <tr>
                <th scope="col">{t("fields.name")}</th>
                <th scope="col">{t("workshops.register.country")}</th>
                <th scope="col">{t("workshops.register.profession")}</th>
                {sessions.map((session) => (
                  <th scope="col" key={session.id}>
                    <SessionLabel session={session} />
                  </th>
                ))}
                <th scope="col">{t("workshops.attendance.hours")}</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((participant) => (
                <tr key={participant.userId} data-testid={`attendance-${participant.email}`}>
                  <th scope="row" dir="auto">
                    {participant.name}
                  </th>
                  <td>{participant.countryName}</td>
                  <td>{t(`workshops.professions.${participant.profession}`)}</td>
                  {sessions.map((session) => {
                    const source = participant.attended[session.id];
                    const next = source ? "absent" : "present";
                    return (
                      <td key={session.id} className={source ? "attendance-present" : "attendance-absent"}>
                        <span className="attendance-state">
                          {source === "live" ? t("workshops.attendance.presentLive") : source ? t("workshops.attendance.presentMarked") : t("workshops.attendance.absent")}
                        </span>
                        <Form method="post">
                          <input type="hidden" name="intent" value="mark" />
                          <input type="hidden" name="sessionId" value={session.id} />
                          <input type="hidden" name="userId" value={participant.userId} />
                          <input type="hidden" name="presence" value={next} />
                          <button
                            type="submit"
                            className="small"
                            disabled={busy}
                            aria-label={t(next === "present" ? "workshops.attendance.markPresentLabel" : "workshops.attendance.markAbsentLabel", { name: participant.name, session: session.title })}
                          >
                            {t(next === "present" ? "workshops.attendance.markPresent" : "workshops.attendance.markAbsent")}
                          </button>
                        </Form>
                      </td>
                    );
                  })}
                  <td data-testid={`hours-${participant.email}`}>
                    <span dir="ltr">{participant.hours}</span>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="present-per-session">
                <th scope="row" colSpan={3}>
                  {t("workshops.attendance.presentCount")}
                </th>
                {sessions.map((session) => (
                  <td key={session.id}>{session.present}</td>
                ))}
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}

      {sessions.length ? (
        <div className="card">
          <h2>{t("workshops.attendance.rooms.title")}</h2>
          <p className="hint">{t("workshops.attendance.rooms.hint", { minutes: earlyJoinMinutes })}</p>
          {liveRooms.length === 0 ? (
            <p>
              {t("workshops.attendance.rooms.none")} <Link to="/live">{t("live.title")}</Link>
            </p>
          ) : null}
          <table className="data-table" data-testid="session-rooms">
            <thead>
              <tr>
                <th scope="col">{t("workshops.attendance.rooms.session")}</th>
                <th scope="col">{t("workshops.attendance.rooms.linked")}</th>
                <th scope="col">{t("workshops.attendance.rooms.change")}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} data-testid={`session-room-${session.title}`}>
                  <th scope="row">
                    <SessionLabel session={session} />
                  </th>
                  <td>
                    {session.liveRoomId ? (
                      <Link to={`/live/${session.liveRoomId}`} dir="auto">
                        {roomTitle(session.liveRoomId) ?? session.liveRoomId}
                      </Link>
                    ) : (
                      t("workshops.attendance.rooms.notLinked")
                    )}
                  </td>
                  <td>
                    <div className="actions-row">
                      {liveRooms.length ? (
                        <Form method="post" className="actions-row">
                          <input type="hidden" name="intent" value="link-room" />
                          <input type="hidden" name="sessionId" value={session.id} />
                          <select name="liveRoomId" aria-label={t("workshops.attendance.rooms.choose", { session: session.title })} defaultValue={session.liveRoomId ?? liveRooms[0]?.id}>
                            {liveRooms.map((room) => (
                              <option key={room.id} value={room.id}>
                                {room.title}
                              </option>
                            ))}
                          </select>
                          <button type="submit" disabled={busy} aria-label={t("workshops.attendance.rooms.linkLabel", { session: session.title })}>
                            {t("workshops.attendance.rooms.link")}
                          </button>
                        </Form>
                      ) : null}
                      {session.liveRoomId ? (
                        <Form method="post">
                          <input type="hidden" name="intent" value="unlink-room" />
                          <input type="hidden" name="sessionId" value={session.id} />
                          <button type="submit" className="danger" disabled={busy} aria-label={t("workshops.attendance.rooms.unlinkLabel", { session: session.title })}>
                            {t("workshops.attendance.rooms.unlink")}
                          </button>
                        </Form>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
