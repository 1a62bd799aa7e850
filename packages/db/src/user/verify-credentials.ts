import type { Database } from "../client/create-database.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { accountUserSelect, type AccountUser } from "./user.types.ts";

let unknownUserHash: Promise<string> | undefined;

/** The account for this e-mail and password, or null. Unknown addresses cost a hash too, so timing does not reveal accounts. */
export async function verifyCredentials(db: Database, email: string, password: string): Promise<AccountUser | null> {
  const found = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { ...accountUserSelect, passwordHash: true } });
  if (!found) {
    unknownUserHash ??= hashPassword("comity-timing-equaliser");
    await verifyPassword(await unknownUserHash, password);
    return null;
  }
  if (!(await verifyPassword(found.passwordHash, password))) return null;
  const { passwordHash: _omitted, ...user } = found;
  return user;
}
