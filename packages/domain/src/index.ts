export * from "./user/roles.ts";
export * from "./user/account.schema.ts";
export * from "./i18n/languages.ts";
export * from "./time/time-zone.ts";
export * from "./auth/sign-in-limit.ts";
export * from "./live/live-room.schema.ts";
export * from "./time/fair-hours.ts";
