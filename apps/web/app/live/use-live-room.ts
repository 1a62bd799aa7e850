import { useCallback, useEffect, useRef, useState } from "react";
import type { Ack, PresenceEntry, RoomMessage } from "@comity/live/contracts";
import { openLiveSocket, type ConnectionState, type LiveSocket } from "./live-socket.ts";

export type { ConnectionState };

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
    const { socket, stop } = openLiveSocket(pageToken, liveUrl);
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
      stop();
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
