export interface SignInLimitPolicy {
  /** Failed tries allowed inside the window before sign-in is refused. */
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_SIGN_IN_LIMIT: SignInLimitPolicy = { maxFailures: 5, windowMs: 15 * 60 * 1000 };

/**
 * Decides whether another sign-in try is allowed, from the times of recent failed tries
 * (for one e-mail address or one client address). Pure: the caller reads the tries and the clock.
 */
export function checkSignInLimit(
  recentFailureTimes: readonly Date[],
  now: Date,
  policy: SignInLimitPolicy = DEFAULT_SIGN_IN_LIMIT,
): { allowed: true } | { allowed: false; retryAfterMs: number } {
  const windowStart = now.getTime() - policy.windowMs;
  const inWindow = recentFailureTimes.map((time) => time.getTime()).filter((time) => time > windowStart).sort((a, b) => a - b);
  if (inWindow.length < policy.maxFailures) return { allowed: true };
  // The oldest failure that still counts must leave the window before another try is allowed.
  const oldestCounted = inWindow[inWindow.length - policy.maxFailures] ?? now.getTime();
  return { allowed: false, retryAfterMs: Math.max(1, oldestCounted + policy.windowMs - now.getTime()) };
}
