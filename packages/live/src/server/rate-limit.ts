/**
 * A token bucket: `capacity` events at once, refilled at `refillPerSecond`. One per socket, so one
 * client flooding the server slows only itself.
 */
export function createTokenBucket(options: { capacity: number; refillPerSecond: number; now?: () => number }) {
  const now = options.now ?? (() => performance.now());
  let tokens = options.capacity;
  let last = now();
  return {
    /** True when the event may go through; false when the client must slow down. */
    take(): boolean {
      const at = now();
      tokens = Math.min(options.capacity, tokens + ((at - last) / 1000) * options.refillPerSecond);
      last = at;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/** Events a socket may send: a burst of 30, then 10 a second; far above a person typing and clicking. */
export const SOCKET_RATE = { capacity: 30, refillPerSecond: 10 } as const;
