import { z } from "zod";
import { INTERFACE_LANGUAGES } from "../i18n/languages.ts";
import { isIanaTimeZone } from "../time/time-zone.ts";
import { ROLES } from "./roles.ts";

// Messages are translation keys (apps/web/app/locales/*): the page shows them in the reader's language.
export const EmailSchema = z
  .string({ required_error: "errors.email.required" })
  .trim()
  .min(1, "errors.email.required")
  .max(254, "errors.email.tooLong")
  .email("errors.email.invalid")
  .transform((value) => value.toLowerCase());

export const PasswordSchema = z
  .string({ required_error: "errors.password.required" })
  .min(10, "errors.password.tooShort")
  .max(128, "errors.password.tooLong");

export const NameSchema = z
  .string({ required_error: "errors.name.required" })
  .trim()
  .min(1, "errors.name.required")
  .max(120, "errors.name.tooLong");

export const LanguageSchema = z.enum(INTERFACE_LANGUAGES, { errorMap: () => ({ message: "errors.language.invalid" }) });

export const TimeZoneSchema = z
  .string({ required_error: "errors.timeZone.required" })
  .trim()
  .min(1, "errors.timeZone.required")
  .refine(isIanaTimeZone, "errors.timeZone.invalid");

// The password pair is checked on its own so a mismatch shows even while another field is wrong
// (zod skips an object's refinements when one of its fields fails).
const NewPasswordSchema = z
  .object({
    password: PasswordSchema,
    confirmPassword: z.string({ required_error: "errors.password.required" }),
  })
  .refine((value) => value.password === value.confirmPassword, {
    message: "errors.password.mismatch",
    path: ["confirmPassword"],
  });

export const SignUpSchema = z
  .object({
    name: NameSchema,
    email: EmailSchema,
    language: LanguageSchema,
    timeZone: TimeZoneSchema,
    // Where to go once the account exists (an invitation link, say); checked with safeRedirectPath.
    redirectTo: z.string().optional(),
  })
  .and(NewPasswordSchema);
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string({ required_error: "errors.password.required" }).min(1, "errors.password.required").max(128, "errors.password.tooLong"),
  redirectTo: z.string().optional(),
});
export type SignInInput = z.infer<typeof SignInSchema>;

export const AccountSettingsSchema = z.object({
  name: NameSchema,
  language: LanguageSchema,
  timeZone: TimeZoneSchema,
});
export type AccountSettingsInput = z.infer<typeof AccountSettingsSchema>;

export const RoleChangeSchema = z.object({
  userId: z.string().min(1),
  roles: z.array(z.enum(ROLES)).min(1, "errors.roles.none"),
});
export type RoleChangeInput = z.infer<typeof RoleChangeSchema>;

/** A redirect target after sign-in: only paths on this site, never another origin. */
export function safeRedirectPath(target: string | null | undefined, fallback = "/"): string {
  if (!target || !target.startsWith("/")) return fallback;
  // Browsers drop tabs and newlines and read "\\" as "/", so "/\t/evil.example" would leave the site.
  if ([...target].some((char) => char === "\\" || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return fallback;
  const base = "http://comity.invalid";
  const resolved = new URL(target, base);
  if (resolved.origin !== base) return fallback;
  return resolved.pathname + resolved.search + resolved.hash;
}
