import type { LoaderFunctionArgs } from "@remix-run/node";
import { findCalendarTokenOwner, findInterpreterByEmail, findUserById, sessionsForAttendee, shiftsForInterpreter } from "@comity/db";
import { i18nServer } from "../utils/i18next.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { calendarEvent, calendarResponse, shiftEvent } from "../workshops/calendar-feed.server.ts";
import { languageName } from "../workshops/format-times.ts";

/**
 * One person's sessions, and an interpreter's shifts, at a private address calendar apps can poll without signing in. The
 * address is revocable from the settings page.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const userId = await findCalendarTokenOwner(context.db, params.token ?? "");
  invariantResponse(userId, "This calendar address is not valid any more.", { status: 404 });
  const user = await findUserById(context.db, userId);
  invariantResponse(user, "This calendar address is not valid any more.", { status: 404 });
  const origin = new URL(request.url).origin;
  const sessions = await sessionsForAttendee(context.db, userId);
  const interpreter = await findInterpreterByEmail(context.db, user.email);
  const shifts = interpreter ? await shiftsForInterpreter(context.db, interpreter.id) : [];
  // Calendar apps fetch without the person's cookies: the account's language is used.
  const t = await i18nServer.getFixedT(user.language);
  const name = (code: string) => languageName(code, user.language);
  return calendarResponse(`Comity · ${user.name}`, user.timeZone, [
    ...sessions.map((session) => calendarEvent(session, origin)),
    ...shifts.map((shift) => shiftEvent(shift, origin, { booth: t("shifts.boothLabel", { language: name(shift.booth) }), from: t("shifts.direction", { from: name(shift.source), into: name(shift.booth) }) })),
  ]);
}
