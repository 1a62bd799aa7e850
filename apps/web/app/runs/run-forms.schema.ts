import { z } from "zod";
import { isCountryCode, isLanguageCode, PROFESSIONS, type Role } from "@comity/domain";

/** Who may start and run an exercise. */
export const RUN_LEADERS: readonly Role[] = ["trainer", "secretariat"];

/** A scenario to run: one of the trainer's published versions, or a built-in case. */
export const NewRunSchema = z.object({
  source: z.string({ required_error: "errors.run.sourceRequired" }).regex(/^(version|built-in):[A-Za-z0-9_-]{1,64}$/, "errors.run.sourceRequired"),
  title: z.string({ required_error: "errors.run.titleRequired" }).trim().min(3, "errors.run.titleRequired").max(120, "errors.run.titleTooLong"),
  workshopSessionId: z.string().max(64).optional(),
});

export const JoinCodeSchema = z.object({
  code: z
    .string({ required_error: "errors.run.codeRequired" })
    .trim()
    .transform((code) => code.toUpperCase().replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^[A-Z0-9]{6}$/, "errors.run.codeShape")),
});

/** What a member tells the run on joining: used to balance teams and to pick their language. */
export const JoinDetailsSchema = z.object({
  displayName: z.string({ required_error: "errors.run.nameRequired" }).trim().min(1, "errors.run.nameRequired").max(80, "errors.run.nameTooLong"),
  country: z.string({ required_error: "errors.registration.countryRequired" }).refine(isCountryCode, "errors.registration.countryRequired"),
  language: z.string({ required_error: "errors.run.languageRequired" }).refine(isLanguageCode, "errors.run.languageRequired"),
  profession: z.enum(PROFESSIONS, { errorMap: () => ({ message: "errors.registration.professionRequired" }) }),
});

/** A join link's life, in hours: long enough for a workshop day, never permanent. */
export const NewLinkSchema = z.object({ hours: z.coerce.number().int().min(1, "errors.run.linkHours").max(72, "errors.run.linkHours") });
