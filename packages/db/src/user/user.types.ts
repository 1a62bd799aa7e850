import type { Role } from "@comity/domain";

/** What the app may know about an account; never the password hash. */
export interface AccountUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  language: string;
  timeZone: string;
}

export const accountUserSelect = { id: true, email: true, name: true, roles: true, language: true, timeZone: true } as const;
