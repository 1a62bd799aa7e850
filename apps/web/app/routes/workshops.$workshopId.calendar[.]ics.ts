import type { LoaderFunctionArgs } from "@remix-run/node";
import { hasRole } from "@comity/domain";
import { findWorkshop } from "@comity/db";
import { requireUser } from "../utils/auth.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { calendarEvent, calendarResponse } from "../workshops/calendar-feed.server.ts";

/** The workshop's agenda as an iCalendar file, in the workshop's zone. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const workshop = await findWorkshop(context.db, params.workshopId ?? "");
  invariantResponse(workshop && (workshop.status !== "draft" || hasRole(user, "secretariat")), "This workshop does not exist.", { status: 404 });
  const origin = new URL(request.url).origin;
  const events = workshop.sessions.map((session) => calendarEvent({ ...session, workshop }, origin));
  return calendarResponse(workshop.title, workshop.timeZone, events);
}
