/** "Tue 2 June 2026" in the reader's language, for a wall-clock instant in a zone. */
export function formatDay(instant: string | Date, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone }).format(new Date(instant));
}

/** "09:00" in the zone, 24-hour, the same on the server and in the browser. */
export function formatTime(instant: string | Date, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(new Date(instant));
}

/** A language code's name in the reader's language ("ar" → "Arabic" / "arabe" / "العربية"). */
export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
