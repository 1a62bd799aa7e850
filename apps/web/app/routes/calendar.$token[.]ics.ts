import type { LoaderFunctionArgs } from "@remix-run/node";
import { findCalendarTokenOwner, findUserById, sessionsForAttendee } from "@comity/db";
import { invariantResponse } from "../utils/responses.server.ts";
import { calendarEvent, calendarResponse } from "../workshops/calendar-feed.server.ts";

/**
 * One person's sessions, at a private address calendar apps can poll without signing in. The
 * address is revocable from the settings page.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const userId = await findCalendarTokenOwner(context.db, params.token ?? "");
  invariantResponse(userId, "This calendar address is not valid any more.", { status: 404 });
  const user = await findUserById(context.db, userId);
  invariantResponse(user, "This calendar address is not valid any more.", { status: 404 });
  const origin = new URL(request.url).origin;
  const sessions = await sessionsForAttendee(context.db, userId);
  return calendarResponse(`Comity · ${user.name}`, user.timeZone, sessions.map((session) => calendarEvent(session, origin)));
}
