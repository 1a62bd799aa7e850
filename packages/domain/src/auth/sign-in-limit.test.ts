import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkSignInLimit } from "./sign-in-limit.ts";

const policy = { maxFailures: 3, windowMs: 60_000 };
const now = new Date("2026-11-23T12:00:00Z");
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

describe("checkSignInLimit", () => {
  it("allows tries while failures in the window stay under the limit", () => {
    expect(checkSignInLimit([secondsAgo(10), secondsAgo(20)], now, policy)).toEqual({ allowed: true });
  });

  it("refuses at the limit and says when the oldest counted failure leaves the window", () => {
    const result = checkSignInLimit([secondsAgo(50), secondsAgo(10), secondsAgo(5)], now, policy);
    expect(result).toEqual({ allowed: false, retryAfterMs: 10_000 });
  });

  it("ignores failures older than the window", () => {
    expect(checkSignInLimit([secondsAgo(61), secondsAgo(120), secondsAgo(5), secondsAgo(1)], now, policy)).toEqual({ allowed: true });
  });

  it("refuses exactly when the window holds maxFailures or more, for any history", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 180 }), { maxLength: 12 }), (ages) => {
        const result = checkSignInLimit(ages.map(secondsAgo), now, policy);
        const counted = ages.filter((age) => age * 1000 < policy.windowMs).length;
        expect(result.allowed).toBe(counted < policy.maxFailures);
        if (!result.allowed) {
          expect(result.retryAfterMs).toBeGreaterThan(0);
          expect(result.retryAfterMs).toBeLessThanOrEqual(policy.windowMs);
        }
      }),
    );
  });
});
