import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { approveOrWaitlist, cancelRegistration, checkCapacity, nextFromWaitlist, REGISTRATION_STATUSES, type RegistrationState } from "./registration.ts";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();

describe("registration decisions", () => {
  const registrations: RegistrationState[] = [
    { id: "a", status: "approved", createdAt: at(1) },
    { id: "b", status: "approved", createdAt: at(2) },
    { id: "c", status: "waitlisted", createdAt: at(4) },
    { id: "d", status: "waitlisted", createdAt: at(3) },
  ];

  it("approves while seats remain and waitlists once full", () => {
    expect(approveOrWaitlist(3, registrations)).toBe("approved");
    expect(approveOrWaitlist(2, registrations)).toBe("waitlisted");
  });

  it("promotes the earliest waitlisted person when an approved one cancels", () => {
    expect(nextFromWaitlist(registrations)?.id).toBe("d");
    expect(cancelRegistration("a", 2, registrations)).toEqual([
      { id: "a", status: "cancelled" },
      { id: "d", status: "approved" },
    ]);
    // A waitlisted person cancelling frees no seat.
    expect(cancelRegistration("c", 2, registrations)).toEqual([{ id: "c", status: "cancelled" }]);
  });

  it("refuses a capacity below the number already approved", () => {
    expect(checkCapacity(1, registrations)).toEqual({ ok: false, approved: 2 });
    expect(checkCapacity(2, registrations)).toEqual({ ok: true });
  });

  it("never takes the approved count over capacity through cancellations", () => {
    const statusArb = fc.constantFrom(...REGISTRATION_STATUSES);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.array(statusArb, { minLength: 1, maxLength: 12 }), fc.nat(11), (capacity, statuses, pick) => {
        let state: RegistrationState[] = statuses.map((status, index) => ({ id: `r${index}`, status, createdAt: at(index) }));
        const approvedBefore = state.filter((registration) => registration.status === "approved").length;
        const target = state[pick % state.length];
        if (!target) return;
        const changes = cancelRegistration(target.id, capacity, state);
        state = state.map((registration) => ({ ...registration, status: changes.find((change) => change.id === registration.id)?.status ?? registration.status }));
        const approvedAfter = state.filter((registration) => registration.status === "approved").length;
        expect(approvedAfter).toBeLessThanOrEqual(Math.max(capacity, approvedBefore));
        expect(changes.filter((change) => change.status === "approved").length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
