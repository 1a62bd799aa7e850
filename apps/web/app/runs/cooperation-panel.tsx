import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { REFUSAL_GROUNDS, type CooperationRequest } from "@comity/domain";
import { formatScenarioTime } from "./scenario-clock-display.tsx";

export interface CooperationView {
  request: CooperationRequest;
  fromTeam: string;
  toTeam: string;
  taskTitle: string;
}

interface Props {
  requests: CooperationView[];
  /** The reader's team; null for the trainer, who only reads. */
  myTeamId: string | null;
  /** The team's decision tasks, which a refusal or an execution can answer. */
  decisionTasks: { id: string; title: string; options: { id: string; label: string }[] }[];
  clientId: string;
}

/** One entry of a request's history, as a line a person reads. */
function HistoryLine({ entry, teamName }: { entry: CooperationRequest["history"][number]; teamName: string }) {
  const { t } = useTranslation();
  const detail =
    entry.kind === "send"
      ? entry.body
      : entry.kind === "request-more-information"
        ? entry.question
        : entry.kind === "answer"
          ? entry.text
          : entry.kind === "postpone"
            ? `${entry.reason} (${entry.legalGround})`
            : entry.kind === "execute"
              ? (entry.note ?? "")
              : `${t(`runs.cooperation.grounds.${entry.ground}`)}${entry.otherGround ? ` (${entry.otherGround})` : ""}: ${entry.reasons}`;
  return (
    <li data-kind={entry.kind}>
      <p className="message-meta">
        <time>{formatScenarioTime(entry.scenarioMs)}</time> · {teamName} · <strong>{t(`runs.cooperation.steps.${entry.kind}`)}</strong>
        {entry.kind === "refuse" && entry.invalidGround ? <span className="badge danger"> {t("runs.cooperation.invalidGround")}</span> : null}
      </p>
      <p className="message-body prewrap" dir="auto">
        {detail}
      </p>
    </li>
  );
}

function StepForm({ requestId, clientId, kind, label, children }: { requestId: string; clientId: string; kind: string; label: string; children: React.ReactNode }) {
  const navigation = useNavigation();
  return (
    <details className="step-form" data-testid={`step-${kind}`}>
      <summary>{label}</summary>
      <Form method="post">
        <input type="hidden" name="intent" value="cooperate" />
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="clientId" value={clientId} />
        <input type="hidden" name="kind" value={kind} />
        {children}
        <button type="submit" disabled={navigation.state !== "idle"}>
          {label}
        </button>
      </Form>
    </details>
  );
}

/** A decision task this step also answers, chosen by the team, so the task's rubric scores the step. */
function DecisionChoice({ decisionTasks }: { decisionTasks: Props["decisionTasks"] }) {
  const { t } = useTranslation();
  if (decisionTasks.length === 0) return null;
  return (
    <label className="field">
      {t("runs.cooperation.asDecision")}
      <select name="decision" defaultValue="">
        <option value="">{t("runs.cooperation.noDecision")}</option>
        {decisionTasks.flatMap((task) =>
          task.options.map((option) => (
            <option key={`${task.id}/${option.id}`} value={`${task.id}/${option.id}`}>
              {task.title} · {option.label}
            </option>
          )),
        )}
      </select>
    </label>
  );
}

/** Requests between the teams of different States: what was sent, every step since, and what the reader's team may do next. */
export function CooperationPanel({ requests, myTeamId, decisionTasks, clientId }: Props) {
  const { t } = useTranslation();
  if (requests.length === 0) return <p>{t("runs.cooperation.none")}</p>;
  return (
    <ol className="cooperation" data-testid="cooperation">
      {requests.map(({ request, fromTeam, toTeam, taskTitle }) => {
        const receiving = myTeamId === request.toTeamId;
        const sending = myTeamId === request.fromTeamId;
        const open = request.status !== "executed" && request.status !== "refused";
        const teamName = (teamId: string) => (teamId === request.fromTeamId ? fromTeam : toTeam);
        return (
          <li key={request.id} className="card" data-testid={`request-${request.id}`} data-status={request.status}>
            <h3 dir="auto">
              {taskTitle} · {fromTeam} → {toTeam}
            </h3>
            <p>
              {t("workshops.fields.status")}: <strong data-testid="request-status">{t(`runs.cooperation.statuses.${request.status}`)}</strong>
            </p>
            <ol className="messages">
              {request.history.map((entry, index) => (
                <HistoryLine key={index} entry={entry} teamName={teamName(entry.byTeamId)} />
              ))}
            </ol>
            {receiving && open ? (
              <div className="button-row">
                {request.status === "sent" || request.status === "postponed" ? (
                  <StepForm requestId={request.id} clientId={clientId} kind="request-more-information" label={t("runs.cooperation.steps.request-more-information")}>
                    <label className="field">
                      {t("runs.cooperation.question")}
                      <textarea name="question" rows={3} required />
                    </label>
                  </StepForm>
                ) : null}
                {request.status === "sent" ? (
                  <StepForm requestId={request.id} clientId={clientId} kind="postpone" label={t("runs.cooperation.steps.postpone")}>
                    <label className="field">
                      {t("runs.cooperation.reason")}
                      <textarea name="reason" rows={3} required />
                    </label>
                    <label className="field">
                      {t("runs.cooperation.legalGround")}
                      <input type="text" name="legalGround" required placeholder="UNTOC art. 18(25)" />
                    </label>
                  </StepForm>
                ) : null}
                <StepForm requestId={request.id} clientId={clientId} kind="execute" label={t("runs.cooperation.steps.execute")}>
                  <label className="field">
                    {t("runs.cooperation.note")}
                    <textarea name="note" rows={3} />
                  </label>
                  <DecisionChoice decisionTasks={decisionTasks} />
                </StepForm>
                <StepForm requestId={request.id} clientId={clientId} kind="refuse" label={t("runs.cooperation.steps.refuse")}>
                  <label className="field">
                    {t("runs.cooperation.ground")}
                    <select name="ground" required defaultValue="">
                      <option value="">—</option>
                      {REFUSAL_GROUNDS.map((ground) => (
                        <option key={ground} value={ground}>
                          {t(`runs.cooperation.grounds.${ground}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="field">
                    {t("runs.cooperation.otherGround")}
                    <input type="text" name="otherGround" />
                  </label>
                  <label className="field">
                    {t("runs.cooperation.reasons")}
                    <textarea name="reasons" rows={4} required />
                  </label>
                  <DecisionChoice decisionTasks={decisionTasks} />
                </StepForm>
              </div>
            ) : null}
            {sending && request.status === "more-information-requested" ? (
              <StepForm requestId={request.id} clientId={clientId} kind="answer" label={t("runs.cooperation.steps.answer")}>
                <label className="field">
                  {t("runs.cooperation.answerText")}
                  <textarea name="text" rows={4} required />
                </label>
              </StepForm>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
