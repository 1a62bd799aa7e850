import { Form } from "@remix-run/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { RunDelivery } from "@comity/live/contracts";
import { newClientMessageId } from "../live/client-message-id.ts";
import { formatScenarioTime } from "./scenario-clock-display.tsx";
import type { useRunChannel } from "./use-run-channel.ts";

interface Props {
  runId: string;
  teamId: string;
  teamName: string;
  events: RunDelivery[];
  /** For the form without JavaScript: one id per page view makes a resubmitted form harmless. */
  clientId: string;
  request: ReturnType<typeof useRunChannel>["request"];
  /** Trainers name the team they write to; members always write to their own. */
  asTrainer?: boolean;
}

/** One team's chat: the messages of the run's log, and a form that sends over the socket (or posts without JavaScript). */
export function TeamChat({ runId, teamId, teamName, events, clientId, request, asTrainer = false }: Props) {
  const { t } = useTranslation();
  // Kept in the browser until sent, so a message half-written survives a reload or a sleeping laptop.
  const storageKey = `comity:run-chat:${runId}:${teamId}`;
  const [draft, setDraftState] = useState("");
  useEffect(() => {
    setDraftState(window.localStorage.getItem(storageKey) ?? "");
  }, [storageKey]);
  const setDraft = (value: string) => {
    setDraftState(value);
    try {
      if (value) window.localStorage.setItem(storageKey, value);
      else window.localStorage.removeItem(storageKey);
    } catch {
      // Storage full or blocked: the message is only in the page until sent.
    }
  };
  const [error, setError] = useState<string | null>(null);
  const pendingId = useRef<string | null>(null);
  const messages = events.filter((event) => event.type === "chat.posted" && event.data.teamId === teamId);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = draft.trim();
    if (!body) {
      setError(t("errors.message.required"));
      return;
    }
    // The same id until the server confirms: a resend after a lost answer is stored once.
    pendingId.current ??= newClientMessageId();
    const response = await request("run:chat", { runId, body, clientId: pendingId.current, ...(asTrainer ? { teamId } : {}) });
    if (response.ok) {
      pendingId.current = null;
      setDraft("");
      setError(null);
    } else {
      setError(response.error.message || t("live.room.sendFailed"));
    }
  }

  return (
    <div className="team-chat card" data-testid={`chat-${teamId}`}>
      <h3>{t("runs.chatOf", { team: teamName })}</h3>
      <ol className="messages" aria-live="polite">
        {messages.map((message) => (
          <li key={message.seq}>
            <p className="message-meta">
              <strong dir="auto">{String(message.data.author ?? "")}</strong>
              {message.data.fromTrainer ? ` (${t("runs.trainer")})` : null} · {formatScenarioTime(message.scenarioMs)}
            </p>
            <p className="message-body" dir="auto">
              {String(message.data.body ?? "")}
            </p>
          </li>
        ))}
      </ol>
      <Form method="post" onSubmit={onSubmit}>
        <input type="hidden" name="intent" value="chat" />
        <input type="hidden" name="teamId" value={teamId} />
        <input type="hidden" name="clientId" value={clientId} />
        <label>
          {t("runs.chatMessage")}
          <textarea name="body" rows={2} maxLength={2000} value={draft} onChange={(event) => setDraft(event.target.value)} />
        </label>
        {error ? (
          <p className="field-errors" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit">{t("runs.send")}</button>
      </Form>
    </div>
  );
}
