import { randomUUID } from "node:crypto";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { hasAnyRole } from "@comity/domain";
import { findLiveRoom, listLiveMessages } from "@comity/db";
import { RoomPostSchema } from "@comity/live/contracts";
import { databaseRoomStore, issueLiveToken, LiveFailure, postToRoom, ROOM_POSTERS, toRoomMessage } from "@comity/live/server";
import { newClientMessageId } from "../live/client-message-id.ts";
import { useLiveRoom } from "../live/use-live-room.ts";
import { requireRole, requireUser } from "../utils/auth.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Comity · ${data?.room.title ?? "Live room"}` }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const room = await findLiveRoom(context.db, params.roomId ?? "");
  invariantResponse(room, "This live room does not exist or was closed.", { status: 404 });
  const [messages, token] = await Promise.all([
    listLiveMessages(context.db, room.id),
    issueLiveToken(context.liveTokenKey, { userId: user.id, name: user.name, roles: user.roles }),
  ]);
  return {
    room: { id: room.id, title: room.title },
    messages: messages.map(toRoomMessage),
    token,
    liveUrl: context.livePublicUrl,
    viewer: { id: user.id, timeZone: user.timeZone },
    canPost: hasAnyRole(user, ROOM_POSTERS),
    // For the form without JavaScript: one id per page view makes a resubmitted form harmless.
    clientMessageId: randomUUID(),
  };
}

/** The same post without JavaScript: stored and shown to the room as a socket post would be. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireRole(request, context, ROOM_POSTERS);
  const form = await request.formData();
  const parsed = RoomPostSchema.safeParse({ roomId: params.roomId, body: form.get("body"), clientMessageId: form.get("clientMessageId") || undefined });
  if (!parsed.success) return data({ error: parsed.error.issues[0]?.message ?? "errors.message.required", body: String(form.get("body") ?? "") }, { status: 400 });
  const room = await findLiveRoom(context.db, parsed.data.roomId);
  invariantResponse(room, "This live room does not exist or was closed.", { status: 404 });
  try {
    await postToRoom(databaseRoomStore(context.db), context.broadcastRoomMessage, { userId: user.id, name: user.name, roles: user.roles }, parsed.data);
  } catch (error) {
    if (error instanceof LiveFailure) return data({ error: "live.room.sendFailed", body: parsed.data.body }, { status: 409 });
    throw error;
  }
  return { error: null, body: "" };
}

function useDraft(key: string): [string, (value: string) => void] {
  const [draft, setDraft] = useState("");
  useEffect(() => {
    setDraft(window.localStorage.getItem(key) ?? "");
  }, [key]);
  const update = (value: string) => {
    setDraft(value);
    if (value) window.localStorage.setItem(key, value);
    else window.localStorage.removeItem(key);
  };
  return [draft, update];
}

export default function LiveRoomRoute() {
  const loaded = useLoaderData<typeof loader>();
  // A new room is a new component: no message or presence of the previous room can linger.
  return <LiveRoom key={loaded.room.id} />;
}

function LiveRoom() {
  const { t, i18n } = useTranslation();
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { messages, presence, state, problem, post } = useLiveRoom({
    roomId: loaded.room.id,
    initialToken: loaded.token,
    initialMessages: loaded.messages,
    liveUrl: loaded.liveUrl,
  });
  // Kept in the browser so a draft survives a reload or a laptop going to sleep.
  const [draft, setDraft] = useDraft(`comity:draft:${loaded.room.id}`);
  const pendingId = useRef<string | null>(null);
  const [sending, setSending] = useState(false);
  const [postError, setPostError] = useState<string | null>(null);
  const timeFormat = new Intl.DateTimeFormat(i18n.language, { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: loaded.viewer.timeZone });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = draft.trim();
    if (!body) {
      setPostError(t("errors.message.required"));
      return;
    }
    // The same id until the server confirms: a retry after a lost answer is stored once.
    pendingId.current ??= newClientMessageId();
    setSending(true);
    const response = await post(body, pendingId.current);
    setSending(false);
    if (response.ok) {
      pendingId.current = null;
      setPostError(null);
      setDraft("");
    } else {
      setPostError(response.error.message || t("live.room.sendFailed"));
    }
  }

  return (
    <section className="live-room">
      <header className="live-room-header">
        <h1 dir="auto">{loaded.room.title}</h1>
        <p className={`connection connection-${state}`} role="status" data-testid="connection-state" data-state={state}>
          {t(`live.room.state.${state}`)}
        </p>
      </header>
      {problem ? (
        <p className="field-errors" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="live-room-body">
        <div className="messages-panel">
          <h2>{t("live.room.messages")}</h2>
          <p className="hint">{t("live.room.timesIn", { zone: loaded.viewer.timeZone })}</p>
          {messages.length === 0 ? <p>{t("live.room.noMessages")}</p> : null}
          <ol className="messages" aria-live="polite" data-testid="messages">
            {messages.map((message) => (
              <li key={message.id}>
                <p className="message-meta">
                  <strong dir="auto">{message.author.name}</strong> · <time dateTime={message.createdAt}>{timeFormat.format(new Date(message.createdAt))}</time>
                </p>
                <p className="message-body" dir="auto">
                  {message.body}
                </p>
              </li>
            ))}
          </ol>
          {loaded.canPost ? (
            <Form method="post" className="post-form" onSubmit={onSubmit}>
              <input type="hidden" name="clientMessageId" value={loaded.clientMessageId} />
              <label htmlFor="message-body">{t("live.room.postLabel")}</label>
              <textarea id="message-body" name="body" rows={3} maxLength={2000} value={draft} onChange={(event) => {
                  // Edited text is a new message: it must not reuse the id of an unconfirmed one.
                  pendingId.current = null;
                  setDraft(event.target.value);
                }} />
              {postError || actionData?.error ? (
                <p className="field-errors" role="alert">
                  {postError ?? t(actionData?.error ?? "")}
                </p>
              ) : null}
              <button type="submit" disabled={sending}>
                {t("live.room.send")}
              </button>
            </Form>
          ) : (
            <p className="hint">{t("live.room.participantHint")}</p>
          )}
        </div>
        <aside className="presence-panel" aria-labelledby="presence-heading">
          <h2 id="presence-heading">
            {t("live.room.presence")} ({presence.length})
          </h2>
          <ul data-testid="presence">
            {presence.map((entry) => (
              <li key={entry.userId}>
                <bdi>{entry.name}</bdi> <span className="role-tag">{entry.roles.map((role) => t(`roles.${role}`)).join(", ")}</span>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </section>
  );
}
