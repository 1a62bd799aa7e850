import type { Role } from "@comity/domain";
import type { Database } from "../client/create-database.ts";
import { isUniqueViolation } from "../client/errors.ts";
import { hashPassword } from "./password.ts";
import { accountUserSelect, type AccountUser } from "./user.types.ts";

export interface NewUser {
  name: string;
  email: string;
  password: string;
  language: string;
  timeZone: string;
  roles?: Role[];
}

export async function createUser(db: Database, input: NewUser): Promise<{ ok: true; user: AccountUser } | { ok: false; reason: "email-taken" }> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: {
        name: input.name,
        email: input.email.toLowerCase(),
        passwordHash,
        language: input.language,
        timeZone: input.timeZone,
        roles: input.roles ?? ["participant"],
      },
      select: accountUserSelect,
    });
    return { ok: true, user };
  } catch (error) {
    // The unique index decides, so two simultaneous sign-ups with one address cannot both win.
    if (isUniqueViolation(error)) return { ok: false, reason: "email-taken" };
    throw error;
  }
}
