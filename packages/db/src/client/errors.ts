/**
 * True when a write failed on a unique index. adapter-pg reports it as Prisma's P2002; the PGlite
 * adapter passes PostgreSQL's own code 23505 through in the driver error's cause; the drivers
 * themselves give 23505. Check all three.
 */
export function isUniqueViolation(error: unknown): boolean {
  // Shapes, not instanceof: an error may come from another copy of the Prisma runtime.
  const code = (error as { code?: unknown } | null)?.code;
  // P2002 from Prisma; 23505 from a statement sent straight to the driver (pg or PGlite).
  if (code === "P2002" || code === "23505") return true;
  const cause = (error as { cause?: { kind?: string; code?: string } } | null)?.cause;
  return cause?.kind === "postgres" && cause.code === "23505";
}
