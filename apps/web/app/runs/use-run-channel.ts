import { useCallback, useEffect, useRef, useState } from "react";
import type { ClientToServerEvents, RunClockView, RunDelivery, RunSeat } from "@comity/live/contracts";
import { openLiveSocket, type ConnectionState, type LiveSocket } from "../live/live-socket.ts";
import { mergeEvents, seenEvents, takeEvents, takeJoinClock } from "./run-event-log.ts";

interface Options {
  runId: string;
  initialToken: string;
  liveUrl: string | null;
  /** What the page was rendered with: the log up to `lastSeq`, and the clock then. */
  initialEvents: RunDelivery[];
  initialClock: RunClockView;
  initialSeat: RunSeat;
  lastSeq: number;
}

/** The clock as this browser reads it: the server's numbers plus how far this machine's clock is off. */
export interface LocalClock extends RunClockView {
  /** server time − this browser's time, in ms. */
  skewMs: number;
}

const toLocal = (clock: RunClockView): LocalClock => ({ ...clock, skewMs: clock.serverNowMs - Date.now() });

/** Scenario time now, by a clock received from the server. */
export function scenarioMsNow(clock: LocalClock): number {
  if (clock.runningSinceMs === null) return clock.accumulatedMs;
  return clock.accumulatedMs + Math.max(0, Date.now() + clock.skewMs - clock.runningSinceMs);
}

type Emitted<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[1] extends (response: infer R) => void ? R : never;

/**
 * A run's live channel: joins on every (re)connect with the last sequence number seen, so the page
 * gets exactly what it missed, merges events by sequence number (never twice), and keeps the clock.
 */
export function useRunChannel({ runId, initialToken, liveUrl, initialEvents, initialClock, initialSeat, lastSeq }: Options) {
  const [events, setEvents] = useState(initialEvents);
  const [clock, setClock] = useState<LocalClock>(() => toLocal(initialClock));
  const [seat, setSeat] = useState(initialSeat);
  const [connection, setConnection] = useState<ConnectionState>("connecting");
  const [problem, setProblem] = useState<string | null>(null);
  const socketRef = useRef<LiveSocket | null>(null);
  const pageToken = useRef<string | null>(initialToken);
  const seen = useRef(seenEvents(initialEvents, lastSeq));
  const listeners = useRef(new Set<(event: RunDelivery) => void>());

  useEffect(() => {
    const { socket, stop } = openLiveSocket(pageToken, liveUrl);
    socketRef.current = socket;
    const take = (incoming: RunDelivery[]) => {
      const { fresh, clock } = takeEvents(seen.current, incoming);
      if (fresh.length === 0) return;
      setEvents((current) => mergeEvents(current, fresh));
      if (clock) setClock(toLocal(clock));
      for (const event of fresh) for (const listener of listeners.current) listener(event);
    };
    const join = (afterSeq: number) => {
      socket.emit("run:join", { runId, afterSeq }, (response) => {
        if (!response.ok) {
          setProblem(response.error.message);
          return;
        }
        setProblem(null);
        setConnection("connected");
        setSeat(response.data.seat);
        const clock = takeJoinClock(seen.current, response.data.clock, response.data.lastSeq);
        if (clock) setClock(toLocal(clock));
        take(response.data.events);
      });
    };
    socket.on("connect", () => join(seen.current.lastSeq));
    socket.on("disconnect", (reason) => {
      setConnection("reconnecting");
      // The server drops a socket whose token expired; come back with a fresh one.
      if (reason === "io server disconnect") socket.connect();
    });
    socket.on("connect_error", (error) => {
      setProblem(error.message);
      setConnection(socket.active ? "reconnecting" : "refused");
    });
    socket.on("run:event", (event) => {
      if (event.runId === runId) take([event]);
    });
    socket.on("run:seat", (update) => {
      if (update.runId !== runId) return;
      // A new team or role: what reaches us changed, so read the log again from the start.
      setSeat(update.seat);
      seen.current = { ...seenEvents([], 0), clockSeq: seen.current.clockSeq };
      setEvents([]);
      join(0);
    });
    return () => {
      stop();
      socketRef.current = null;
    };
  }, [runId, liveUrl]);

  /** Sends one request and waits for its acknowledgement; a timeout or no connection is an error answer, never a throw. */
  const request = useCallback(<E extends "run:command" | "run:submit" | "run:draft" | "run:chat">(event: E, payload: Parameters<ClientToServerEvents[E]>[0]): Promise<Emitted<E>> => {
    const socket = socketRef.current;
    const offline = { ok: false, error: { code: "internal", message: "" } } as Emitted<E>;
    if (!socket?.connected) return Promise.resolve(offline);
    return (socket.timeout(10_000).emitWithAck as (event: string, payload: unknown) => Promise<Emitted<E>>)(event, payload).catch(() => offline);
  }, []);

  /** Called for each new event, after it is merged (e.g. to reload a page's data). */
  const onEvent = useCallback((listener: (event: RunDelivery) => void) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  return { events, clock, seat, connection, problem, request, onEvent };
}

