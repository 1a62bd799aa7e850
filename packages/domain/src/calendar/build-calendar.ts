import ical, { ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";

export interface CalendarEvent {
  /** Stable across every export of the same session, so calendar apps update instead of duplicating. */
  uid: string;
  /** Raised on each change (and on cancellation) so calendar apps take the new version. */
  sequence: number;
  /** ISO instants (UTC). */
  start: string;
  end: string;
  /** IANA zone the event is written in (the workshop's); calendar apps convert for the reader. */
  timeZone: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  cancelled?: boolean;
}

export interface CalendarFeed {
  name: string;
  /** The calendar's own zone, used where an app has no per-event zone. */
  timeZone: string;
  events: CalendarEvent[];
}

/** The RFC 5545 VTIMEZONE of an IANA zone, from the timezones-ical-library's current tz data. */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  const text = Array.isArray(block) ? block[0] : null;
  return text && text.startsWith("BEGIN:VTIMEZONE") ? text : null;
}

/**
 * An iCalendar document: every event with a TZID and local times in its zone, a VTIMEZONE for
 * each zone used, stable UIDs, SEQUENCE, and STATUS:CANCELLED for cancelled events. Never floating
 * times: the audience spans many countries.
 */
export function buildCalendar(feed: CalendarFeed, stampedAt: Date = new Date()): string {
  // No calendar-wide zone name: with one, ical-generator writes DTSTAMP as a local time, which
  // RFC 5545 forbids. Each event names its zone instead; the generator adds their VTIMEZONEs.
  const calendar = ical({ name: feed.name, prodId: { company: "Comity", product: "Comity", language: "EN" }, timezone: { name: null, generator: vtimezone } });
  calendar.x([["X-WR-TIMEZONE", feed.timeZone]]);
  for (const event of feed.events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      // Luxon values carry their zone, so ical-generator writes the local time of that zone.
      start: DateTime.fromISO(event.start, { zone: "utc" }).setZone(event.timeZone),
      end: DateTime.fromISO(event.end, { zone: "utc" }).setZone(event.timeZone),
      stamp: DateTime.fromJSDate(stampedAt, { zone: "utc" }),
      timezone: event.timeZone,
      summary: event.summary,
      description: event.description ?? null,
      location: event.location ?? null,
      url: event.url ?? null,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
