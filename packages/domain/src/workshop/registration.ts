export const REGISTRATION_STATUSES = ["pending", "approved", "waitlisted", "rejected", "cancelled"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export interface RegistrationState {
  id: string;
  status: RegistrationStatus;
  /** ISO instant; the waitlist is served in this order. */
  createdAt: string;
}

/**
 * What approving a registration does given the capacity: approved while seats remain, otherwise
 * waitlisted (never silently over capacity).
 */
export function approveOrWaitlist(capacity: number, registrations: readonly RegistrationState[]): "approved" | "waitlisted" {
  const approved = registrations.filter((registration) => registration.status === "approved").length;
  return approved < capacity ? "approved" : "waitlisted";
}

/** Who moves up when a seat frees: the earliest waitlisted registration, if any. */
export function nextFromWaitlist(registrations: readonly RegistrationState[]): RegistrationState | null {
  const waiting = registrations.filter((registration) => registration.status === "waitlisted");
  waiting.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return waiting[0] ?? null;
}

/**
 * The status changes a cancellation causes: the cancelled one, and the first waitlisted
 * registration promoted into the freed seat when the cancelled one held a seat.
 */
export function cancelRegistration(registrationId: string, capacity: number, registrations: readonly RegistrationState[]): { id: string; status: RegistrationStatus }[] {
  const target = registrations.find((registration) => registration.id === registrationId);
  if (!target || target.status === "cancelled") return [];
  const changes: { id: string; status: RegistrationStatus }[] = [{ id: registrationId, status: "cancelled" }];
  const remaining = registrations.map((registration) => (registration.id === registrationId ? { ...registration, status: "cancelled" as const } : registration));
  const approved = remaining.filter((registration) => registration.status === "approved").length;
  const promoted = approved < capacity ? nextFromWaitlist(remaining) : null;
  if (promoted) changes.push({ id: promoted.id, status: "approved" });
  return changes;
}

/** A capacity below the number already approved would turn people away after they were accepted. */
export function checkCapacity(capacity: number, registrations: readonly RegistrationState[]): { ok: true } | { ok: false; approved: number } {
  const approved = registrations.filter((registration) => registration.status === "approved").length;
  return capacity >= approved ? { ok: true } : { ok: false, approved };
}

/** After capacity grows, the waitlist moves up in order until the seats are full. */
export function promoteFromWaitlist(capacity: number, registrations: readonly RegistrationState[]): { id: string; status: "approved" }[] {
  let approved = registrations.filter((registration) => registration.status === "approved").length;
  let remaining = [...registrations];
  const changes: { id: string; status: "approved" }[] = [];
  while (approved < capacity) {
    const next = nextFromWaitlist(remaining);
    if (!next) break;
    changes.push({ id: next.id, status: "approved" });
    remaining = remaining.map((registration) => (registration.id === next.id ? { ...registration, status: "approved" as const } : registration));
    approved += 1;
  }
  return changes;
}
