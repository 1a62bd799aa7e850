import { Form } from "@remix-run/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CHECKLIST_BY_TASK_KIND, DRAFT_KINDS } from "@comity/scoring";
import type { ShownText } from "@comity/domain";
import { newClientMessageId } from "../live/client-message-id.ts";
import { ChecklistFields, CompletenessMeter } from "../writer/checklist-fields.tsx";
import type { ConnectionState } from "../live/live-socket.ts";
import { formatScenarioTime, useScenarioNow } from "./scenario-clock-display.tsx";
import { useAnswerAutosave, type AnswerContent } from "./use-answer-autosave.ts";
import type { LocalClock, useRunChannel } from "./use-run-channel.ts";

export interface TaskView {
  id: string;
  kind: string;
  title: ShownText;
  instructions: ShownText;
  options: { id: string; label: ShownText }[];
  deadline: { label: ShownText; atMinutes: number } | null;
}

interface Props {
  runId: string;
  task: TaskView;
  language: string;
  initial: AnswerContent;
  revision: number;
  /** Scenario ms of this member's last handed-in answer to the task, if any. */
  handedInAtMs: number | null;
  noScriptClientId: string;
  /** Teams of other States a drafted request can be sent to on hand-in. */
  sendTargets: { id: string; name: string }[];
  clock: LocalClock;
  connection: ConnectionState;
  request: ReturnType<typeof useRunChannel>["request"];
}

const isDraftKind = (kind: string): kind is (typeof DRAFT_KINDS)[number] => (DRAFT_KINDS as readonly string[]).includes(kind);

/** A deadline in scenario time, counting down while the run runs and standing still while it is paused. */
function DeadlineCountdown({ deadline, clock }: { deadline: NonNullable<TaskView["deadline"]>; clock: LocalClock }) {
  const { t } = useTranslation();
  const now = useScenarioNow(clock);
  const leftMs = deadline.atMinutes * 60_000 - now;
  return (
    <p className={leftMs <= 5 * 60_000 ? "deadline deadline-near" : "deadline"} data-testid="deadline">
      <span dir="auto">{deadline.label.text}</span> · {leftMs > 0 ? t("runs.play.timeLeft", { time: formatScenarioTime(leftMs) }) : t("runs.play.lapsed")}
    </p>
  );
}

/**
 * One task: its instructions, its deadline, the answer form (saved as it is typed) and "Hand in".
 * A hand-in keeps its client id until the server acknowledges it, so a retry is never a second answer.
 */
export function TaskAnswer({ runId, task, language, initial, revision, handedInAtMs, noScriptClientId, sendTargets, clock, connection, request }: Props) {
  const { t } = useTranslation();
  const { content, update, state, restored, flush } = useAnswerAutosave({ runId, taskId: task.id, language, initial, revision, connection, request });
  const pendingKey = `comity:run:${runId}:${task.id}:hand-in`;
  const [handedIn, setHandedIn] = useState(handedInAtMs);
  const [problem, setProblem] = useState<string | null>(null);
  const [waiting, setWaiting] = useState(false);
  const canSend = isDraftKind(task.kind) && sendTargets.length > 0;
  const [sendTo, setSendTo] = useState(canSend ? (sendTargets[0]?.id ?? "") : "");
  const sending = useRef(false);

  async function handIn(clientId: string, answer: AnswerContent, sendToTeamId: string) {
    if (sending.current) return;
    sending.current = true;
    const response = await request("run:submit", { runId, taskId: task.id, clientId, answer: { ...answer, language }, ...(sendToTeamId ? { sendToTeamId } : {}) });
    sending.current = false;
    if (response.ok) {
      window.localStorage.removeItem(pendingKey);
      setWaiting(false);
      setProblem(null);
      setHandedIn(response.data.scenarioMs);
      return;
    }
    if (!response.error.message) {
      // No answer from the server: keep the hand-in and send it again when the connection is back.
      setWaiting(true);
      return;
    }
    // Refused (paused, ended, not this team's task): nothing was stored; the answer stays in the form.
    window.localStorage.removeItem(pendingKey);
    setWaiting(false);
    setProblem(t(`runs.refusals.${response.error.reason ?? response.error.code}`, { defaultValue: response.error.message }));
  }

  // A hand-in that never got its acknowledgement (reload, sleep, lost connection) is sent again.
  useEffect(() => {
    if (connection !== "connected") return;
    try {
      const raw = window.localStorage.getItem(pendingKey);
      if (raw) {
        const pending = JSON.parse(raw) as { clientId: string; answer: AnswerContent; sendTo?: string };
        void handIn(pending.clientId, pending.answer, pending.sendTo ?? "");
      }
    } catch {
      window.localStorage.removeItem(pendingKey);
    }
    // Only when the connection state changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [connection]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await flush();
    const pending = { clientId: newClientMessageId(), answer: content, sendTo };
    window.localStorage.setItem(pendingKey, JSON.stringify(pending));
    await handIn(pending.clientId, pending.answer, pending.sendTo);
  }

  const set = (patch: Partial<AnswerContent>) => update({ ...content, ...patch });
  const elementField = (id: string) => `element.${id}`;

  return (
    <article className="card task" data-testid={`task-${task.id}`}>
      <h3 dir="auto">{task.title.text}</h3>
      <p dir="auto">{task.instructions.text}</p>
      {task.deadline ? <DeadlineCountdown deadline={task.deadline} clock={clock} /> : null}
      <Form method="post" onSubmit={onSubmit}>
        <input type="hidden" name="intent" value="submit" />
        <input type="hidden" name="taskId" value={task.id} />
        <input type="hidden" name="clientId" value={noScriptClientId} />
        {isDraftKind(task.kind) ? (
          <>
            <CompletenessMeter checklist={CHECKLIST_BY_TASK_KIND[task.kind]} elements={content.elements} />
            <ChecklistFields checklist={CHECKLIST_BY_TASK_KIND[task.kind]} elements={content.elements} language={language} fieldName={elementField} onChange={(elements) => set({ elements })} />
          </>
        ) : null}
        {task.kind === "decision" ? (
          <>
            <fieldset>
              <legend>{t("runs.play.choose")}</legend>
              {task.options.map((option) => (
                <label key={option.id} className="choice">
                  <input type="radio" name="optionId" value={option.id} checked={content.optionId === option.id} onChange={() => set({ optionId: option.id })} /> <span dir="auto">{option.label.text}</span>
                </label>
              ))}
            </fieldset>
            <label className="field">
              {t("runs.play.justification")}
              <textarea name="justification" rows={4} value={content.justification} onChange={(event) => set({ justification: event.target.value })} dir="auto" />
            </label>
          </>
        ) : null}
        {task.kind === "short-answer" ? (
          <label className="field">
            {t("runs.play.answer")}
            <textarea name="text" rows={5} value={content.text} onChange={(event) => set({ text: event.target.value })} dir="auto" />
          </label>
        ) : null}
        <p className="autosave" role="status" data-testid={`save-state-${task.id}`} data-state={state}>
          {restored ? `${t("runs.play.restored")} ` : null}
          {t(`runs.play.saveStates.${state}`)}
        </p>
        {problem ? (
          <p className="field-errors" role="alert">
            {problem}
          </p>
        ) : null}
        {waiting ? <p role="status">{t("runs.play.handInWaiting")}</p> : null}
        {handedIn !== null ? (
          <p className="handed-in" data-testid={`handed-in-${task.id}`}>
            {t("runs.play.handedIn", { time: formatScenarioTime(handedIn) })}
          </p>
        ) : null}
        {canSend ? (
          <label className="field">
            {t("runs.play.sendTo")}
            <select name="sendToTeamId" value={sendTo} onChange={(event) => setSendTo(event.target.value)}>
              <option value="">{t("runs.play.dontSend")}</option>
              {sendTargets.map((target) => (
                <option key={target.id} value={target.id}>
                  {target.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit">{handedIn !== null ? t("runs.play.handInAgain") : t("runs.play.handIn")}</button>
      </Form>
    </article>
  );
}
