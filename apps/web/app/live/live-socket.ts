import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@comity/live/contracts";

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ConnectionState = "connecting" | "connected" | "reconnecting" | "refused";

/**
 * A fresh live token, or null when the person is signed out. Network failures (the web app
 * restarting, a dropped line) are retried with a growing pause instead of giving up.
 */
async function fetchLiveToken(stopped: () => boolean): Promise<string | null> {
  for (let pause = 1000; !stopped(); pause = Math.min(pause * 2, 30_000)) {
    try {
      const response = await fetch("/live/token", { headers: { Accept: "application/json" }, redirect: "manual" });
      if (response.ok) return ((await response.json()) as { token: string }).token;
      // A redirect to sign-in or a refusal: no token will come by retrying.
      if (response.type === "opaqueredirect" || response.status === 401 || response.status === 403) return null;
    } catch {
      // Offline or the server is restarting: wait and try again.
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  return null;
}

/**
 * A socket to the live server. The first connection uses the token the page came with (taken from
 * the ref once); every reconnect (a laptop waking up, a network change) fetches a fresh one.
 */
export function openLiveSocket(pageToken: { current: string | null }, liveUrl: string | null): { socket: LiveSocket; stop: () => void } {
  let stopped = false;
  const options = {
    path: "/socket.io",
    auth: (send: (data: { token: string }) => void) => {
      const token = pageToken.current;
      if (token) {
        pageToken.current = null;
        send({ token });
        return;
      }
      void fetchLiveToken(() => stopped).then((fresh) => send({ token: fresh ?? "" }));
    },
  };
  const socket: LiveSocket = liveUrl ? io(liveUrl, options) : io(options);
  return {
    socket,
    stop: () => {
      stopped = true;
      socket.disconnect();
    },
  };
}
