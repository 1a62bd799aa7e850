import { randomUUID } from "node:crypto";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { participantView, showText } from "@comity/domain";
import { listRunAnswerDrafts, listRunSubmissions } from "@comity/db";
import { cooperationViews, sendTargets } from "../runs/console-data.server.ts";
import { CooperationPanel } from "../runs/cooperation-panel.tsx";
import { answerFromForm, cooperationStepFromForm } from "../runs/play-form.server.ts";
import { RunEventFeed } from "../runs/run-event-feed.tsx";
import { requireMemberRun } from "../runs/run-access.server.ts";
import { refusedAsError, runChannelStart } from "../runs/run-page.server.ts";
import { renderMarkdown } from "../scenarios/render-markdown.server.ts";
import { ScenarioClockDisplay } from "../runs/scenario-clock-display.tsx";
import { TaskAnswer } from "../runs/task-answer.tsx";
import { TeamChat } from "../runs/team-chat.tsx";
import { useRunChannel } from "../runs/use-run-channel.ts";
import { useRevalidateOnRunEvent } from "../runs/use-revalidate-on-event.ts";
import type { AnswerContent } from "../runs/use-answer-autosave.ts";
import { requireUser } from "../utils/auth.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Comity · ${data?.run.title ?? "Exercise"}` }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { run, member, scenario, state } = await requireMemberRun(context.db, user.id, params.runId ?? "");
  const [channel, drafts, submissions] = await Promise.all([runChannelStart(context, user, run.id), listRunAnswerDrafts(context.db, run.id, member.id), listRunSubmissions(context.db, run.id)]);
  const view = member.roleId ? participantView(scenario, member.roleId, member.language) : null;
  const team = scenario.teams.find((candidate) => candidate.id === member.teamId);
  const draftOf = (taskId: string) => drafts.find((draft) => draft.taskId === taskId);
  return {
    run: { id: run.id, title: run.title, status: state.status },
    me: { displayName: member.displayName, language: member.language, teamId: member.teamId, roleId: member.roleId, teamName: team ? showText(team.name, member.language, scenario.mainLanguage) : null },
    view: view
      ? {
          title: view.title,
          summary: view.summary,
          role: view.role,
          documents: view.documents.map((document) => ({ id: document.id, title: document.title, html: renderMarkdown(document.body.text), fallback: document.body.fallback, language: document.body.language })),
          tasks: view.tasks.map((task) => ({
            ...task,
            revision: draftOf(task.id)?.revision ?? 0,
            answer: { text: "", justification: "", elements: {}, ...((draftOf(task.id)?.answer ?? {}) as Partial<AnswerContent>) } as AnswerContent,
            handedInAtMs: submissions.filter((submission) => submission.memberId === member.id && submission.taskId === task.id).at(-1)?.scenarioMs ?? null,
          })),
        }
      : null,
    cooperation: cooperationViews(scenario, state, member.teamId, member.language),
    sendTargets: sendTargets(scenario, member.teamId, member.language),
    decisionTasks: (view?.tasks ?? []).filter((task) => task.kind === "decision").map((task) => ({ id: task.id, title: task.title.text, options: task.options.map((option) => ({ id: option.id, label: option.label.text })) })),
    channel,
    noScriptClientId: randomUUID(),
  };
}

/** Hand-ins and chat messages without JavaScript: the same hub calls as over the socket. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { run, member } = await requireMemberRun(context.db, user.id, params.runId ?? "");
  const formData = await request.formData();
  const intent = formData.get("intent");
  const clientId = String(formData.get("clientId") ?? "");
  if (intent === "cooperate") {
    const { step, decision } = cooperationStepFromForm(formData);
    if (!step) return data({ ok: false as const, error: { key: "errors.run.step", message: "" } }, { status: 400 });
    const done = await refusedAsError(() => context.runs.cooperate(user.id, { runId: run.id, requestId: String(formData.get("requestId") ?? ""), clientId, step, decision }));
    return done.ok ? { ok: true as const } : data({ ok: false as const, error: done.error }, { status: 409 });
  }
  const sendToTeamId = formData.get("sendToTeamId");
  const done =
    intent === "chat"
      ? await refusedAsError(() => context.runs.chat(user.id, user.name, { runId: run.id, body: String(formData.get("body") ?? "").trim(), clientId }))
      : await refusedAsError(() =>
          context.runs.submit(user.id, {
            runId: run.id,
            taskId: String(formData.get("taskId") ?? ""),
            clientId,
            answer: answerFromForm(formData, member.language),
            ...(typeof sendToTeamId === "string" && sendToTeamId ? { sendToTeamId } : {}),
          }),
        );
  return done.ok ? { ok: true as const } : data({ ok: false as const, error: done.error }, { status: 409 });
}

export default function PlayRun() {
  const { t } = useTranslation();
  const { run, me, view, channel, noScriptClientId, cooperation, sendTargets, decisionTasks } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const live = useRunChannel({ runId: run.id, initialToken: channel.token, liveUrl: channel.liveUrl, initialEvents: channel.events, initialClock: channel.clock, initialSeat: channel.seat, lastSeq: channel.lastSeq });
  useRevalidateOnRunEvent(live.onEvent, (event) => event.type.startsWith("cooperation.") || event.type === "answer.submitted");
  const injects = live.events.filter((event) => event.type === "inject.released" || event.type === "adhoc-inject.released").reverse();
  const status = live.clock.status;
  const seatChanged = live.seat.teamId !== me.teamId || live.seat.roleId !== me.roleId;
  // A new team or role brings another case file and other tasks: load them at once.
  const revalidator = useRevalidator();
  const seatLoaded = useRef(`${me.teamId}/${me.roleId}`);
  const liveSeat = `${live.seat.teamId}/${live.seat.roleId}`;
  useEffect(() => {
    // Once per new seat, so a reload that still shows the old one cannot start a loop.
    if (!seatChanged || seatLoaded.current === liveSeat) return;
    seatLoaded.current = liveSeat;
    revalidator.revalidate();
  }, [seatChanged, liveSeat, revalidator]);

  return (
    <section className="run-play" lang={me.language}>
      <h1 dir="auto">{view ? view.title.text : run.title}</h1>
      <div className="run-status-bar">
        <ScenarioClockDisplay clock={live.clock} />
        <p data-testid="my-seat">{me.teamName ? t("runs.play.seat", { team: me.teamName.text, role: view?.role.name.text ?? "—" }) : t("runs.play.noSeat")}</p>
        <p className="connection-state" data-testid="connection-state" data-state={live.connection}>
          {t(`live.room.state.${live.connection}`)}
        </p>
      </div>
      {seatChanged ? (
        <p role="status" data-testid="seat-changed">
          {t("runs.play.seatChanged")} <a href={`/runs/${run.id}/play`}>{t("runs.play.reload")}</a>
        </p>
      ) : null}
      {answer && !answer.ok ? (
        <p role="alert" className="form-error">
          {t(answer.error.key, { defaultValue: answer.error.message })}
        </p>
      ) : null}
      {status === "lobby" ? <p data-testid="lobby-wait">{t("runs.play.lobby")}</p> : null}
      {status === "paused" ? (
        <p role="status" className="paused-banner" data-testid="paused-banner">
          {t("runs.play.paused")}
        </p>
      ) : null}
      {status === "debrief" || status === "closed" ? <p role="status">{t("runs.play.ended")}</p> : null}

      {view ? (
        <div className="play-layout">
          <div>
            <h2>{t("runs.play.injects")}</h2>
            {injects.length === 0 ? <p>{t("runs.play.noInjects")}</p> : null}
            <ol className="inject-feed" data-testid="inject-feed" aria-live="polite">
              {injects.map((event) => (
                <li key={event.seq} lang={event.title?.language}>
                  <h3 dir="auto">{event.title?.text}</h3>
                  {event.title?.fallback ? (
                    <span className="badge" data-testid="not-translated" title={t("scenarios.notTranslatedTitle")}>
                      {t("scenarios.notTranslated", { language: event.title.language })}
                    </span>
                  ) : null}
                  <p dir="auto">{event.body?.text}</p>
                </li>
              ))}
            </ol>
            <h2>{t("runs.play.tasks")}</h2>
            {status === "lobby" ? null : view.tasks.length === 0 ? (
              <p>{t("runs.play.noTasks")}</p>
            ) : (
              view.tasks.map((task) => (
                <TaskAnswer
                  key={task.id}
                  runId={run.id}
                  task={task}
                  language={me.language}
                  initial={task.answer}
                  revision={task.revision}
                  handedInAtMs={task.handedInAtMs}
                  noScriptClientId={noScriptClientId}
                  sendTargets={sendTargets}
                  clock={live.clock}
                  connection={live.connection}
                  request={live.request}
                />
              ))
            )}
            <h2>{t("runs.cooperation.title")}</h2>
            <CooperationPanel requests={cooperation} myTeamId={me.teamId} decisionTasks={decisionTasks} clientId={noScriptClientId} />
          </div>
          <aside>
            <h2>{t("runs.play.caseFile")}</h2>
            <p dir="auto">{view.summary.text}</p>
            {view.role.brief ? <p dir="auto">{view.role.brief.text}</p> : null}
            {view.documents.map((document) => (
              <details key={document.id} className="case-document">
                <summary dir="auto">{document.title.text}</summary>
                {document.fallback ? (
                  <span className="badge" title={t("scenarios.notTranslatedTitle")}>
                    {t("scenarios.notTranslated", { language: document.language })}
                  </span>
                ) : null}
                <div dir="auto" dangerouslySetInnerHTML={{ __html: document.html }} />
              </details>
            ))}
            {me.teamId && me.teamName ? <TeamChat runId={run.id} teamId={me.teamId} teamName={me.teamName.text} events={live.events} clientId={noScriptClientId} request={live.request} /> : null}
            <h2>{t("runs.log")}</h2>
            <RunEventFeed events={live.events} limit={15} />
          </aside>
        </div>
      ) : (
        <p data-testid="waiting-seat">{t("runs.play.waitingSeat")}</p>
      )}
    </section>
  );
}
