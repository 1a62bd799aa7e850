import { useCallback, useEffect, useRef, useState } from "react";
import { elementFieldName } from "./request-draft.schema.ts";

export interface DraftContent {
  title: string;
  elements: Record<string, string>;
}

interface DeviceCopy extends DraftContent {
  /** The server revision this copy was typed on. */
  baseRevision: number;
}

export type AutosaveState = "saved" | "pending" | "saving" | "offline" | "conflict" | "invalid";

const AUTOSAVE_DELAY_MS = 1_000;
const OFFLINE_RETRY_MS = 5_000;

function sameContent(a: DraftContent, b: DraftContent): boolean {
  const keys = new Set([...Object.keys(a.elements), ...Object.keys(b.elements)]);
  return a.title === b.title && [...keys].every((key) => (a.elements[key] ?? "") === (b.elements[key] ?? ""));
}

function readDeviceCopy(key: string): DeviceCopy | null {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as Partial<DeviceCopy>) : null;
    if (!parsed || typeof parsed.title !== "string" || typeof parsed.baseRevision !== "number" || !parsed.elements || typeof parsed.elements !== "object") return null;
    return { title: parsed.title, baseRevision: parsed.baseRevision, elements: parsed.elements };
  } catch {
    return null;
  }
}

/**
 * Keeps a draft safe while it is typed: every change is copied to this device at once and saved to
 * the server a moment later. When the connection drops, the device copy waits and is saved when it
 * returns; after a reload, a copy the server never got is put back. A save made from an older
 * revision is refused by the server, and the copy stays on the device rather than being lost.
 */
export function useDraftAutosave(draft: { id: string; revision: number; title: string; elements: Record<string, string> }) {
  const storageKey = `comity:writer:${draft.id}`;
  const [content, setContent] = useState<DraftContent>({ title: draft.title, elements: draft.elements });
  const [state, setState] = useState<AutosaveState>("saved");
  const [restored, setRestored] = useState(false);
  const [olderDeviceCopy, setOlderDeviceCopy] = useState<DeviceCopy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const baseRevision = useRef(draft.revision);
  const contentRef = useRef(content);
  const version = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);

  const keepOnDevice = useCallback(
    (next: DraftContent) => {
      try {
        window.localStorage.setItem(storageKey, JSON.stringify({ ...next, baseRevision: baseRevision.current }));
      } catch {
        // A full or blocked storage only loses the offline copy; the server save still runs.
      }
    },
    [storageKey],
  );

  const saveNow = useCallback(async () => {
    clearTimeout(timer.current);
    if (inFlight.current) return;
    inFlight.current = true;
    const sentVersion = version.current;
    const sent = contentRef.current;
    const body = new FormData();
    body.set("intent", "save");
    body.set("baseRevision", String(baseRevision.current));
    body.set("title", sent.title);
    for (const [id, text] of Object.entries(sent.elements)) body.set(elementFieldName(id), text);
    setState("saving");
    try {
      const response = await fetch(`/writer/${draft.id}/save`, { method: "POST", body, headers: { Accept: "application/json" } });
      const result = (await response.json()) as { status: string; revision?: number; error?: string };
      if (result.status === "conflict") {
        setState("conflict");
      } else if (result.status === "invalid") {
        setError(result.error ?? null);
        setState("invalid");
      } else if (typeof result.revision === "number") {
        baseRevision.current = result.revision;
        setError(null);
        if (version.current === sentVersion) {
          window.localStorage.removeItem(storageKey);
          setState("saved");
        } else {
          keepOnDevice(contentRef.current);
          setState("pending");
          timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
        }
      }
    } catch {
      // No connection: the device copy holds the text until the server can take it.
      setState("offline");
      timer.current = setTimeout(() => void saveNow(), OFFLINE_RETRY_MS);
    } finally {
      inFlight.current = false;
    }
  }, [draft.id, keepOnDevice, storageKey]);

  const change = useCallback(
    (next: DraftContent) => {
      contentRef.current = next;
      version.current += 1;
      setContent(next);
      keepOnDevice(next);
      setState((current) => (current === "conflict" ? current : "pending"));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    },
    [keepOnDevice, saveNow],
  );

  // After a reload: put back what the server never received.
  useEffect(() => {
    const copy = readDeviceCopy(storageKey);
    if (!copy) return;
    if (sameContent(copy, draft)) {
      window.localStorage.removeItem(storageKey);
    } else if (copy.baseRevision === draft.revision) {
      setRestored(true);
      change(copy);
    } else {
      setOlderDeviceCopy(copy);
    }
    // Only once, for the draft the page opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);

  // The page's own Save and "Mark final" buttons save through the route; take the revision they made.
  useEffect(() => {
    if (draft.revision > baseRevision.current) {
      baseRevision.current = draft.revision;
      if (sameContent(contentRef.current, draft)) {
        window.localStorage.removeItem(storageKey);
        setState("saved");
      }
    }
  }, [draft, storageKey]);

  useEffect(() => {
    const retry = () => {
      if (version.current > 0 && contentRef.current) void saveNow();
    };
    window.addEventListener("online", retry);
    return () => {
      window.removeEventListener("online", retry);
      clearTimeout(timer.current);
    };
  }, [saveNow]);

  const takeDeviceCopy = useCallback(() => {
    if (!olderDeviceCopy) return;
    setOlderDeviceCopy(null);
    change({ title: olderDeviceCopy.title, elements: olderDeviceCopy.elements });
  }, [change, olderDeviceCopy]);

  const discardOlderDeviceCopy = useCallback(() => {
    window.localStorage.removeItem(storageKey);
    setOlderDeviceCopy(null);
  }, [storageKey]);

  return { content, change, state, error, restored, olderDeviceCopy, takeDeviceCopy, discardOlderDeviceCopy, baseRevision: baseRevision.current };
}
