import { useCallback, useEffect, useRef, useState } from "react";
import type { ConnectionState } from "../live/live-socket.ts";
import type { useRunChannel } from "./use-run-channel.ts";

/** The answer to one task as it is being written: what the rubric engine reads. */
export interface AnswerContent {
  text: string;
  optionId?: string;
  justification: string;
  elements: Record<string, string>;
}

export type AnswerSaveState = "saved" | "pending" | "offline" | "conflict";

const SAVE_DELAY_MS = 800;

function readDeviceCopy(key: string): { content: AnswerContent; baseRevision: number } | null {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as { content?: Partial<AnswerContent>; baseRevision?: number }) : null;
    if (!parsed?.content || typeof parsed.baseRevision !== "number") return null;
    return { content: { text: "", justification: "", elements: {}, ...parsed.content }, baseRevision: parsed.baseRevision };
  } catch {
    return null;
  }
}

/**
 * Keeps an answer safe while it is typed in a run: copied to this device at once, saved to the
 * server over the socket a moment later, and saved again when the connection comes back. After a
 * reload, a device copy typed on the server's current revision is put back; the server refuses a
 * save from an older revision, so another tab's work is never overwritten unseen.
 */
export function useAnswerAutosave(input: {
  runId: string;
  taskId: string;
  language: string;
  initial: AnswerContent;
  revision: number;
  connection: ConnectionState;
  request: ReturnType<typeof useRunChannel>["request"];
}) {
  const { runId, taskId, language, connection, request } = input;
  const storageKey = `comity:run:${runId}:${taskId}`;
  const [content, setContent] = useState(input.initial);
  const [state, setState] = useState<AnswerSaveState>("saved");
  const [restored, setRestored] = useState(false);
  const revision = useRef(input.revision);
  const contentRef = useRef(content);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const saveNow = useCallback(async () => {
    if (!dirty.current) return;
    const sent = contentRef.current;
    const response = await request("run:draft", { runId, taskId, baseRevision: revision.current, answer: { ...sent, language } });
    if (response.ok) {
      revision.current = response.data.revision;
      if (contentRef.current === sent) {
        dirty.current = false;
        setState("saved");
        window.localStorage.removeItem(storageKey);
      }
      return;
    }
    setState(response.error.code === "conflict" ? "conflict" : "offline");
  }, [request, runId, taskId, language, storageKey]);

  const update = useCallback(
    (next: AnswerContent) => {
      contentRef.current = next;
      dirty.current = true;
      setContent(next);
      setState("pending");
      try {
        window.localStorage.setItem(storageKey, JSON.stringify({ content: next, baseRevision: revision.current }));
      } catch {
        // A full or blocked storage only loses the device copy; the server save still runs.
      }
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
    },
    [saveNow, storageKey],
  );

  // A copy the server never got (the tab closed, the laptop slept offline) is put back once.
  useEffect(() => {
    const copy = readDeviceCopy(storageKey);
    if (copy && copy.baseRevision === input.revision) {
      setRestored(true);
      update(copy.content);
    }
    // Only on the first render of this task's form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);

  // Back online: save what waited.
  useEffect(() => {
    if (connection === "connected" && dirty.current) void saveNow();
  }, [connection, saveNow]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { content, update, state, restored, flush: saveNow };
}
