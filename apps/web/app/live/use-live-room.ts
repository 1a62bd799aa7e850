import { useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { Ack, ClientToServerEvents, PresenceEntry, RoomMessage, ServerToClientEvents } from "@comity/live/contracts";

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ConnectionState = "connecting" | "connected" | "reconnecting" | "refused";

interface Options {
  roomId: string;
  initialToken: string;
  initialMessages: RoomMessage[];
  /** Origin of the live server; null for this page's own origin. */
  liveUrl: string | null;
}

function mergeMessages(current: RoomMessage[], incoming: RoomMessage[]): RoomMessage[] {
  const byId = new Map(current.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

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
 * Joins a live room and keeps its messages and presence current. Re-joins after every reconnect
 * (a laptop waking up, a network change), fetching a fresh short-lived token each time.
 */
export function useLiveRoom({ roomId, initialToken, initialMessages, liveUrl }: Options) {
  const [messages, setMessages] = useState(initialMessages);
  const [presence, setPresence] = useState<PresenceEntry[]>([]);
  const [state, setState] = useState<ConnectionState>("connecting");
  const [problem, setProblem] = useState<string | null>(null);
  const socketRef = useRef<LiveSocket | null>(null);

  // The first connection uses the token the page came with; later ones (reconnects) fetch a fresh
  // one. Kept in a ref: a new page token (e.g. after a language switch) must not rebuild the socket.
  const pageToken = useRef<string | null>(initialToken);

  useEffect(() => {
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
    socketRef.current = socket;

    socket.on("connect", () => {
      setProblem(null);
      socket.emit("room:join", { roomId }, (response) => {
        if (!response.ok) {
          setProblem(response.error.message);
          return;
        }
        setState("connected");
        setMessages((current) => mergeMessages(current, response.data.messages));
        setPresence(response.data.presence);
      });
    });
    socket.on("disconnect", (reason) => {
      setState("reconnecting");
      // The server drops a socket whose token expired; come back with a fresh one.
      if (reason === "io server disconnect") socket.connect();
    });
    socket.on("connect_error", (error) => {
      setProblem(error.message);
      setState(socket.active ? "reconnecting" : "refused");
    });
    socket.on("room:posted", (message) => {
      if (message.roomId === roomId) setMessages((current) => mergeMessages(current, [message]));
    });
    socket.on("room:presence", (update) => {
      if (update.roomId === roomId) setPresence(update.presence);
    });
    return () => {
      stopped = true;
      socket.disconnect();
      socketRef.current = null;
    };
  }, [roomId, liveUrl]);

  const post = useCallback(
    (body: string, clientMessageId: string): Promise<Ack<{ message: RoomMessage }>> => {
      const socket = socketRef.current;
      if (!socket?.connected) {
        return Promise.resolve({ ok: false, error: { code: "internal", message: "" } });
      }
      // A timeout answer lets the sender retry with the same clientMessageId: no duplicate is stored.
      return socket
        .timeout(10_000)
        .emitWithAck("room:post", { roomId, body, clientMessageId })
        .then((response) => {
          if (response.ok) setMessages((current) => mergeMessages(current, [response.data.message]));
          return response;
        })
        .catch(() => ({ ok: false as const, error: { code: "internal" as const, message: "" } }));
    },
    [roomId],
  );

  return { messages, presence, state, problem, post };
}
