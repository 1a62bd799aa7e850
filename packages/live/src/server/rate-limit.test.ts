import { describe, expect, it } from "vitest";
import { createTokenBucket } from "./rate-limit.ts";

describe("token bucket", () => {
  it("lets a burst through, refuses beyond it, and refills with time", () => {
    let at = 0;
    const bucket = createTokenBucket({ capacity: 3, refillPerSecond: 2, now: () => at });
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    at = 499;
    expect(bucket.take()).toBe(false);
    at = 500;
    expect(bucket.take()).toBe(true);
    // A long quiet spell never banks more than the capacity.
    at = 60_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});
