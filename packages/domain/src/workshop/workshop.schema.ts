import { z } from "zod";
import { COUNTRY_CODES, isLanguageCode } from "../i18n/iso-codes.ts";
import { TimeZoneSchema } from "../user/account.schema.ts";

export const WORKSHOP_FORMATS = ["online", "hybrid", "in_person"] as const;
export const PROFESSIONS = ["judge", "prosecutor", "central_authority", "law_enforcement", "interpol_ncb", "other"] as const;

const DateSchema = z.string({ required_error: "errors.workshop.dateRequired" }).regex(/^\d{4}-\d{2}-\d{2}$/, "errors.workshop.dateRequired");
const LanguageCodeSchema = z.string().refine(isLanguageCode, "errors.workshop.unknownLanguage");
// Checkbox groups send nothing when none is ticked, one string for one, an array for several.
const languageList = (minimum: number, message: string) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(LanguageCodeSchema).min(minimum, message));
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

const CapacitySchema = z.coerce
  .number({ invalid_type_error: "errors.workshop.capacityInvalid" })
  .int("errors.workshop.capacityInvalid")
  .min(1, "errors.workshop.capacityInvalid")
  .max(10_000, "errors.workshop.capacityInvalid");

/** Changing the places of a workshop; whether it fits the approved count is the data layer's check. */
export const CapacityFormSchema = z.object({ capacity: CapacitySchema });

export const WorkshopFormSchema = z
  .object({
    title: z.string({ required_error: "errors.title.required" }).trim().min(1, "errors.title.required").max(200, "errors.title.tooLong"),
    description: z.string().trim().max(5000, "errors.workshop.descriptionTooLong").default(""),
    region: z.string({ required_error: "errors.workshop.regionRequired" }).trim().min(1, "errors.workshop.regionRequired").max(120),
    format: z.enum(WORKSHOP_FORMATS, { errorMap: () => ({ message: "errors.workshop.formatRequired" }) }),
    venue: z.string().trim().max(300).optional(),
    onlineLink: z.string().trim().url("errors.workshop.linkInvalid").optional(),
    timeZone: TimeZoneSchema,
    startDate: DateSchema,
    endDate: DateSchema,
    capacity: CapacitySchema,
    floorLanguages: languageList(1, "errors.workshop.floorLanguageRequired"),
    targetLanguages: languageList(0, "errors.workshop.unknownLanguage"),
  })
  .superRefine((value, context) => {
    if (value.endDate < value.startDate) context.addIssue({ code: "custom", path: ["endDate"], message: "errors.workshop.endBeforeStart" });
    if (value.format !== "online" && !value.venue) context.addIssue({ code: "custom", path: ["venue"], message: "errors.workshop.venueRequired" });
    if (value.format !== "in_person" && !value.onlineLink) context.addIssue({ code: "custom", path: ["onlineLink"], message: "errors.workshop.linkRequired" });
  });
export type WorkshopFormInput = z.infer<typeof WorkshopFormSchema>;

export const SessionFormSchema = z.object({
  title: z.string({ required_error: "errors.title.required" }).trim().min(1, "errors.title.required").max(200, "errors.title.tooLong"),
  start: z.string({ required_error: "errors.session.invalidTime" }).min(1, "errors.session.invalidTime"),
  end: z.string({ required_error: "errors.session.invalidTime" }).min(1, "errors.session.invalidTime"),
  floorLanguage: LanguageCodeSchema,
  interpreted: checkbox,
  targetLanguages: languageList(0, "errors.workshop.unknownLanguage"),
  remote: checkbox,
  trainers: z.string().trim().max(300).default(""),
});
export type SessionFormInput = z.infer<typeof SessionFormSchema>;

export const RegistrationFormSchema = z.object({
  profession: z.enum(PROFESSIONS, { errorMap: () => ({ message: "errors.registration.professionRequired" }) }),
  country: z.enum(COUNTRY_CODES as [string, ...string[]], { errorMap: () => ({ message: "errors.registration.countryRequired" }) }),
  listeningLanguage: LanguageCodeSchema,
  timeZone: TimeZoneSchema,
});
export type RegistrationFormInput = z.infer<typeof RegistrationFormSchema>;
