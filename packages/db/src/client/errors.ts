import { Prisma } from "../generated/prisma/client.ts";

/**
 * True when a write failed on a unique index. adapter-pg reports it as Prisma's P2002; the PGlite
 * adapter passes PostgreSQL's own code 23505 through in the driver error's cause, so check both.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return true;
  const cause = (error as { cause?: { kind?: string; code?: string } } | null)?.cause;
  return cause?.kind === "postgres" && cause.code === "23505";
}
