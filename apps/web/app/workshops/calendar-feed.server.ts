import { buildCalendar, type CalendarEvent } from "@comity/domain/calendar";

interface FeedSession {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
  cancelled: boolean;
  workshop: { id: string; title: string; timeZone: string; status: string; venue: string | null; onlineLink: string | null };
}

export function calendarEvent(session: FeedSession, origin: string): CalendarEvent {
  return {
    // One UID per session for ever: calendar apps update the event instead of adding a copy.
    uid: `session-${session.id}@comity`,
    sequence: session.sequence,
    start: session.startsAt.toISOString(),
    end: session.endsAt.toISOString(),
    timeZone: session.workshop.timeZone,
    summary: `${session.title} · ${session.workshop.title}`,
    location: session.workshop.venue ?? session.workshop.onlineLink ?? undefined,
    url: `${origin}/workshops/${session.workshop.id}`,
    cancelled: session.cancelled || session.workshop.status === "cancelled",
  };
}

export function calendarResponse(name: string, timeZone: string, events: CalendarEvent[]): Response {
  return new Response(buildCalendar({ name, timeZone, events }), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'attachment; filename="comity.ics"', "Cache-Control": "private, no-cache" },
  });
}

interface FeedShift {
  booth: string;
  source: string;
  session: FeedSession;
}

/** An interpreter's seat: its own UID per session and booth, so it sits beside the session itself. */
export function shiftEvent(shift: FeedShift, origin: string, describe: { booth: string; from: string }): CalendarEvent {
  return {
    ...calendarEvent(shift.session, origin),
    uid: `shift-${shift.session.id}-${shift.booth}@comity`,
    summary: `${describe.booth} · ${shift.session.title} · ${shift.session.workshop.title}`,
    description: describe.from,
    url: `${origin}/shifts`,
  };
}
