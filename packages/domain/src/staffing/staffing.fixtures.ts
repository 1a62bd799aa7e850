// Builders for the staffing tests: each test states only what matters to it.
import type { Competence, RosterInterpreter, StaffingSession } from "./staffing.types.ts";

export function makeSession(overrides: Partial<StaffingSession> & Pick<StaffingSession, "id" | "start" | "end">): StaffingSession {
  return {
    workshopId: "w1",
    title: overrides.id,
    floorLanguage: "en",
    targetLanguages: ["fr", "es"],
    remote: false,
    ...overrides,
  };
}

/** Languages as "en:A fr:B ar:C". */
export function makeInterpreter(
  id: string,
  languages: string,
  overrides: Partial<RosterInterpreter> = {},
): RosterInterpreter {
  return {
    id,
    name: overrides.name ?? `Interpreter ${id}`,
    languages: languages
      .split(" ")
      .filter(Boolean)
      .map((pair) => {
        const [code = "", competence = "C"] = pair.split(":");
        return { code, competence: competence as Competence };
      }),
    timeZone: "Europe/Bucharest",
    remoteCapable: true,
    availability: [{ start: "2026-01-01T00:00:00Z", end: "2027-01-01T00:00:00Z" }],
    ...overrides,
  };
}
