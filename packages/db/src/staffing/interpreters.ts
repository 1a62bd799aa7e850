import type { RosterInterpreter } from "@comity/domain";
import type { Database } from "../client/create-database.ts";
import { isUniqueViolation } from "../client/errors.ts";
import type { Competence } from "../generated/prisma/client.ts";

export interface InterpreterInput {
  name: string;
  email: string;
  timeZone: string;
  remoteCapable: boolean;
  languages: { code: string; competence: Competence }[];
  availability: { startsAt: string; endsAt: string }[];
}

const interpreterSelect = {
  id: true,
  name: true,
  email: true,
  timeZone: true,
  remoteCapable: true,
  languages: { select: { code: true, competence: true }, orderBy: { code: "asc" } },
  availability: { select: { startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } },
} as const;

export function listInterpreters(db: Database) {
  return db.interpreter.findMany({ select: interpreterSelect, orderBy: { name: "asc" } });
}

export function findInterpreter(db: Database, id: string) {
  return db.interpreter.findUnique({ where: { id }, select: interpreterSelect });
}

export function findInterpreterByEmail(db: Database, email: string) {
  return db.interpreter.findUnique({ where: { email: email.toLowerCase() }, select: interpreterSelect });
}

export async function addInterpreter(db: Database, input: InterpreterInput): Promise<{ ok: true; id: string } | { ok: false; reason: "email-taken" }> {
  try {
    const created = await db.interpreter.create({
      data: {
        name: input.name,
        email: input.email.toLowerCase(),
        timeZone: input.timeZone,
        remoteCapable: input.remoteCapable,
        languages: { create: input.languages },
        availability: { create: input.availability },
      },
      select: { id: true },
    });
    return { ok: true, id: created.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "email-taken" };
    throw error;
  }
}

/** Replaces the roster entry's languages and windows as a whole: the form always sends all of them. */
export async function updateInterpreter(db: Database, id: string, input: InterpreterInput): Promise<{ ok: true } | { ok: false; reason: "email-taken" }> {
  try {
    await db.$transaction([
      db.interpreterLanguage.deleteMany({ where: { interpreterId: id } }),
      db.interpreterAvailability.deleteMany({ where: { interpreterId: id } }),
      db.interpreter.update({
        where: { id },
        data: {
          name: input.name,
          email: input.email.toLowerCase(),
          timeZone: input.timeZone,
          remoteCapable: input.remoteCapable,
          languages: { create: input.languages },
          availability: { create: input.availability },
        },
      }),
    ]);
    return { ok: true };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "email-taken" };
    throw error;
  }
}

export async function removeInterpreter(db: Database, id: string): Promise<void> {
  await db.interpreter.deleteMany({ where: { id } });
}

type InterpreterRow = Awaited<ReturnType<typeof listInterpreters>>[number];

/** The staffing engine's view of a roster entry. */
export function toRosterInterpreter(row: InterpreterRow): RosterInterpreter {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    remoteCapable: row.remoteCapable,
    languages: row.languages.map((language) => ({ code: language.code, competence: language.competence })),
    availability: row.availability.map((window) => ({ start: window.startsAt.toISOString(), end: window.endsAt.toISOString() })),
  };
}
