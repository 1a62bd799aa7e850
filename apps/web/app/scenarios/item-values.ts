import { encodeValues, type FormValues } from "./form-paths.ts";

/** The audience select's value for a stored audience: the inverse of `toAudience`. */
export function fromAudience(audience: unknown): string {
  const value = (audience ?? {}) as { kind?: string; teamIds?: string[]; roleIds?: string[] };
  if (value.kind === "teams" && value.teamIds?.[0]) return `team:${value.teamIds[0]}`;
  if (value.kind === "roles" && value.roleIds?.[0]) return `role:${value.roleIds[0]}`;
  return "everyone";
}

/** A stored item (or the scenario's top-level fields) as the values of its section form. */
export function itemValues(item: unknown): FormValues {
  const value = { ...((item ?? {}) as Record<string, unknown>) };
  if ("audience" in value) value.audience = fromAudience(value.audience);
  if ("assignedTo" in value) value.assignedTo = fromAudience(value.assignedTo);
  return encodeValues(value);
}
