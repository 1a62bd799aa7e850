// The IANA zone list comes from the runtime's ICU data (Intl), the same data the date library uses.
let knownZones: ReadonlySet<string> | undefined;

function zones(): ReadonlySet<string> {
  knownZones ??= new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
  return knownZones;
}

/** True for a canonical IANA zone name such as "Europe/Bucharest" or "UTC"; false for offsets like "+02:00". */
export function isIanaTimeZone(value: string): boolean {
  if (zones().has(value)) return true;
  // Links such as "Asia/Calcutta" are valid IANA names that the list omits; Intl accepts them.
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function listTimeZones(): string[] {
  return [...zones()].sort();
}
