import { z } from "zod";
import { isLanguageCode } from "../i18n/iso-codes.ts";
import { EmailSchema, NameSchema, TimeZoneSchema } from "../user/account.schema.ts";
import { localToInstant } from "./agenda.ts";

export const COMPETENCES = ["A", "B", "C"] as const;
/** Rows the roster form offers; blank rows are ignored. */
export const INTERPRETER_FORM_LANGUAGE_ROWS = 6;
export const INTERPRETER_FORM_WINDOW_ROWS = 4;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

const LanguageRowSchema = z.object({
  code: z.preprocess(blankToUndefined, z.string().trim().toLowerCase().refine(isLanguageCode, "errors.workshop.unknownLanguage").optional()),
  competence: z.preprocess(blankToUndefined, z.enum(COMPETENCES, { errorMap: () => ({ message: "errors.interpreter.competenceInvalid" }) }).optional()),
});
const WindowRowSchema = z.object({
  start: z.preprocess(blankToUndefined, z.string().optional()),
  end: z.preprocess(blankToUndefined, z.string().optional()),
});
// A row left blank arrives as nothing at all; it is dropped below.
const rows = <T extends z.ZodTypeAny>(row: T) => z.array(row.optional()).max(50).default([]);

/**
 * The roster form: languages with their A/B/C level, and availability windows typed as wall-clock
 * times in the interpreter's home zone, turned into UTC instants here (a time that does not exist
 * there, on the night clocks move forward, is refused).
 */
export const InterpreterFormSchema = z
  .object({
    name: NameSchema,
    email: EmailSchema,
    timeZone: TimeZoneSchema,
    remoteCapable: checkbox,
    languages: rows(LanguageRowSchema),
    availability: rows(WindowRowSchema),
  })
  .superRefine((value, context) => {
    const seen = new Set<string>();
    value.languages.forEach((row = {}, index) => {
      if (row.code && !row.competence) context.addIssue({ code: "custom", path: ["languages", index, "competence"], message: "errors.interpreter.competenceRequired" });
      if (!row.code && row.competence) context.addIssue({ code: "custom", path: ["languages", index, "code"], message: "errors.interpreter.languageRequired" });
      if (row.code && seen.has(row.code)) context.addIssue({ code: "custom", path: ["languages", index, "code"], message: "errors.interpreter.duplicateLanguage" });
      if (row.code) seen.add(row.code);
    });
    if (!value.languages.some((row) => row?.code && (row.competence === "A" || row.competence === "B"))) {
      context.addIssue({ code: "custom", path: ["languages"], message: "errors.interpreter.activeLanguageRequired" });
    }
    value.availability.forEach((row = {}, index) => {
      if (!row.start && !row.end) return;
      if (!row.start) return context.addIssue({ code: "custom", path: ["availability", index, "start"], message: "errors.session.invalidTime" });
      if (!row.end) return context.addIssue({ code: "custom", path: ["availability", index, "end"], message: "errors.session.invalidTime" });
      const start = localToInstant(row.start, value.timeZone);
      const end = localToInstant(row.end, value.timeZone);
      if (!start.ok) context.addIssue({ code: "custom", path: ["availability", index, "start"], message: start.code });
      if (!end.ok) context.addIssue({ code: "custom", path: ["availability", index, "end"], message: end.code });
      if (start.ok && end.ok && end.instant <= start.instant) context.addIssue({ code: "custom", path: ["availability", index, "end"], message: "errors.session.endBeforeStart" });
    });
  })
  .transform((value) => ({
    name: value.name,
    email: value.email,
    timeZone: value.timeZone,
    remoteCapable: value.remoteCapable,
    languages: value.languages.flatMap((row) => (row?.code && row.competence ? [{ code: row.code, competence: row.competence }] : [])),
    availability: value.availability.flatMap((row) => {
      if (!row?.start || !row.end) return [];
      const start = localToInstant(row.start, value.timeZone);
      const end = localToInstant(row.end, value.timeZone);
      return start.ok && end.ok ? [{ startsAt: start.instant, endsAt: end.instant }] : [];
    }),
  }));
export type InterpreterFormValue = z.output<typeof InterpreterFormSchema>;
