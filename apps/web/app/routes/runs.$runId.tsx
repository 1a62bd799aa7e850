import { randomUUID } from "node:crypto";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { showText } from "@comity/domain";
import { findSessionForRun, listRunLinks, listRunMembers, listRunSubmissions } from "@comity/db";
import { IntentButton } from "../components/intent-button.tsx";
import { handleConsoleForm, nextAdHocId } from "../runs/console-actions.server.ts";
import { cooperationViews, injectQueue, seatOptions, teamProgress } from "../runs/console-data.server.ts";
import { CooperationPanel } from "../runs/cooperation-panel.tsx";
import { RunEventFeed } from "../runs/run-event-feed.tsx";
import { requireTrainerRun } from "../runs/run-access.server.ts";
import { runChannelStart } from "../runs/run-page.server.ts";
import { ScenarioClockDisplay, formatScenarioTime } from "../runs/scenario-clock-display.tsx";
import { SubmissionDetails } from "../runs/submission-details.tsx";
import { TeamChat } from "../runs/team-chat.tsx";
import { useRunChannel } from "../runs/use-run-channel.ts";
import { useRevalidateOnRunEvent } from "../runs/use-revalidate-on-event.ts";
import { requireUser } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { displayNames } from "../workshops/display-names.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Comity · ${data?.run.title ?? "Exercise"}` }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const language = await i18nServer.getLocale(request);
  const { run, scenario, state } = await requireTrainerRun(context.db, user.id, params.runId ?? "");
  const [members, links, submissions, channel, session] = await Promise.all([
    listRunMembers(context.db, run.id),
    listRunLinks(context.db, run.id),
    listRunSubmissions(context.db, run.id),
    runChannelStart(context, user, run.id),
    run.workshopSessionId ? findSessionForRun(context.db, run.workshopSessionId) : null,
  ]);
  const show = (text: Record<string, string>) => showText(text, language, scenario.mainLanguage).text;
  const now = Date.now();
  return {
    session,
    run: { id: run.id, title: run.title, joinCode: run.joinCode, status: state.status, anonymousScoreboard: run.anonymousScoreboard, scenarioTitle: show(scenario.title), version: run.scenarioVersion.number },
    phases: scenario.phases.map((phase) => ({ id: phase.id, title: show(phase.title), startsAtMinutes: phase.startsAtMinutes, started: state.phaseStarts.find((start) => start.phaseId === phase.id) ?? null })),
    currentPhaseId: state.currentPhaseId,
    members: members.map((member) => ({ id: member.id, displayName: member.displayName, country: member.country, language: member.language, profession: member.profession, seat: member.teamId ? `${member.teamId}/${member.roleId ?? ""}` : "" })),
    links: links.map((link) => ({ id: link.id, expiresAt: link.expiresAt.toISOString(), state: link.revokedAt ? "revoked" : link.expiresAt.getTime() <= now ? "expired" : "active" })),
    injects: injectQueue(scenario, state, language),
    teams: teamProgress(scenario, members, submissions, language),
    seatOptions: seatOptions(scenario, language),
    cooperation: cooperationViews(scenario, state, null, language),
    roles: scenario.roles.map((role) => ({ id: role.id, name: show(role.name) })),
    channel,
    adHocId: nextAdHocId(),
    chatClientId: randomUUID(),
    names: displayNames(language),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { run, scenario } = await requireTrainerRun(context.db, user.id, params.runId ?? "");
  const answer = await handleConsoleForm(context, { userId: user.id, userName: user.name, runId: run.id, scenario, origin: new URL(request.url).origin }, await request.formData());
  return answer.ok ? answer : data(answer, { status: 409 });
}

export default function RunConsole() {
  const { t } = useTranslation();
  const { run, session, phases, currentPhaseId, members, links, injects, teams, seatOptions, roles, channel, adHocId, chatClientId, names, cooperation } = useLoaderData<typeof loader>();
  const actionAnswer = useActionData<typeof action>();
  // Run events reload the page's data in the background, and a reload clears the action's answer: the
  // last answer (a join link shown once, a refusal) stays on screen until the trainer's next action.
  const [answer, setAnswer] = useState(actionAnswer);
  // The message form keeps its id, and what is typed in it, through those reloads and other console
  // actions; it starts afresh, with a new id, only once a message has been sent.
  const [adHocFormId, setAdHocFormId] = useState(adHocId);
  useEffect(() => {
    if (!actionAnswer) return;
    setAnswer(actionAnswer);
    if (actionAnswer.ok && actionAnswer.nextAdHocId) setAdHocFormId(actionAnswer.nextAdHocId);
  }, [actionAnswer]);
  const navigation = useNavigation();
  const live = useRunChannel({ runId: run.id, initialToken: channel.token, liveUrl: channel.liveUrl, initialEvents: channel.events, initialClock: channel.clock, initialSeat: channel.seat, lastSeq: channel.lastSeq });
  useRevalidateOnRunEvent(live.onEvent);


  const status = live.clock.status;
  const command = (type: string, label: string, extra: Record<string, string> = {}, danger = false) => <IntentButton intent="command" label={label} danger={danger} fields={{ type, ...extra }} />;
  const languageName = (code: string) => names.languages[code] ?? code;
  const countryName = (code: string) => names.countries.find((country) => country.code === code)?.name ?? code;

  return (
    <section className="run-console">
      <h1>{run.title}</h1>
      <p>
        {run.scenarioTitle} · v{run.version}
        {session ? (
          <>
            {" · "}
            {t("runs.partOf")} <Link to={`/workshops/${session.workshopId}`}>{`${session.workshopTitle} · ${session.title}`}</Link>
          </>
        ) : null}
      </p>
      <div className="run-status-bar">
        <p>
          {t("runs.code")}: <strong className="join-code" data-testid="join-code">{run.joinCode}</strong>
        </p>
        <ScenarioClockDisplay clock={live.clock} />
        <p>
          <Link to={`/runs/${run.id}/projector`}>{t("runs.projector.open")}</Link>
        </p>
      </div>
      {answer && !answer.ok ? (
        <p role="alert" className="form-error" data-testid="console-error">
          {t(answer.error.key, { defaultValue: answer.error.message || t("errors.run.command") })}
        </p>
      ) : null}

      <h2>{t("runs.controls")}</h2>
      <div className="button-row" data-testid="run-controls">
        {status === "lobby" ? command("start", t("runs.commands.start")) : null}
        {status === "running" ? command("pause", t("runs.commands.pause")) : null}
        {status === "paused" ? command("resume", t("runs.commands.resume")) : null}
        {status === "running" || status === "paused" ? command("advance-phase", t("runs.commands.advancePhase")) : null}
        {status === "running" || status === "paused" ? command("end", t("runs.commands.end"), {}, true) : null}
        {status === "debrief" || status === "lobby" ? command("close", t("runs.commands.close"), {}, true) : null}
      </div>

      <h2>{t("runs.phases")}</h2>
      <ol className="phase-timeline" data-testid="phase-timeline">
        {phases.map((phase) => (
          <li key={phase.id} aria-current={phase.id === currentPhaseId ? "step" : undefined}>
            {phase.title} · {t("runs.atMinute", { minute: phase.startsAtMinutes })}
            {phase.started ? ` · ${t("runs.startedAt", { time: formatScenarioTime(phase.started.scenarioMs) })}` : null}
          </li>
        ))}
      </ol>

      <h2>{t("runs.lobby")}</h2>
      {members.length === 0 ? (
        <p>{t("runs.noMembers")}</p>
      ) : (
        <Form method="post">
          <input type="hidden" name="intent" value="assign" />
          <table className="data-table" data-testid="members">
            <thead>
              <tr>
                <th scope="col">{t("runs.memberName")}</th>
                <th scope="col">{t("workshops.register.country")}</th>
                <th scope="col">{t("runs.readingLanguage")}</th>
                <th scope="col">{t("workshops.register.profession")}</th>
                <th scope="col">{t("runs.seat")}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id}>
                  <td dir="auto">{member.displayName}</td>
                  <td>{countryName(member.country)}</td>
                  <td>{languageName(member.language)}</td>
                  <td>{t(`workshops.professions.${member.profession}`)}</td>
                  <td>
                    {/* Keyed by the saved seat: a placement made elsewhere (balanced teams) replaces the shown one, which defaultValue alone would not. */}
                    <select key={member.seat} name={`seat-${member.id}`} defaultValue={member.seat} aria-label={t("runs.seatFor", { name: member.displayName })}>
                      <option value="">{t("runs.noSeat")}</option>
                      {seatOptions.map((team) => (
                        <optgroup key={team.id} label={team.name}>
                          {team.roles.map((role) => (
                            <option key={role.id} value={`${team.id}/${role.id}`}>
                              {team.name} · {role.name}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit" disabled={navigation.state !== "idle"}>
            {t("runs.saveSeats")}
          </button>
        </Form>
      )}

      {members.length > 0 ? <IntentButton intent="balance" label={t("runs.balance")} /> : null}

      <h2>{t("runs.links.title")}</h2>
      <Form method="post" className="inline-form">
        <input type="hidden" name="intent" value="link" />
        <label>
          {t("runs.links.hours")} <input type="number" name="hours" defaultValue={8} min={1} max={72} />
        </label>
        <button type="submit" disabled={navigation.state !== "idle"}>
          {t("runs.links.create")}
        </button>
      </Form>
      {answer?.ok && answer.link ? (
        <p data-testid="new-link">
          {t("runs.links.shownOnce")} <code>{answer.link}</code>
        </p>
      ) : null}
      {links.length > 0 ? (
        <ul data-testid="links">
          {links.map((link) => (
            <li key={link.id}>
              {t(`runs.links.states.${link.state}`)} · {link.expiresAt.slice(0, 16).replace("T", " ")} UTC
              {link.state === "active" ? <IntentButton intent="revoke" label={t("runs.links.revoke")} fields={{ linkId: link.id }} danger /> : null}
            </li>
          ))}
        </ul>
      ) : null}

      <h2>{t("runs.injects.title")}</h2>
      <table className="data-table" data-testid="inject-queue">
        <thead>
          <tr>
            <th scope="col">{t("workshops.fields.title")}</th>
            <th scope="col">{t("runs.injects.rule")}</th>
            <th scope="col">{t("workshops.fields.status")}</th>
            <th scope="col">{t("runs.injects.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {injects.map((inject) => (
            <tr key={inject.id} data-testid={`inject-${inject.id}`}>
              <td dir="auto">{inject.title}</td>
              <td>{inject.rule.kind === "at" ? t("runs.atMinute", { minute: inject.rule.minutes }) : inject.rule.kind === "phase-start" ? t("runs.injects.atPhase", { phase: inject.rule.phase }) : t(`runs.injects.rules.${inject.rule.kind}`)}</td>
              <td>
                {t(`runs.injects.statuses.${inject.status}`)}
                {inject.releasedAtMs !== null ? ` · ${formatScenarioTime(inject.releasedAtMs)}` : null}
                {inject.rescheduledTo !== null ? ` · ${t("runs.atMinute", { minute: inject.rescheduledTo })}` : null}
              </td>
              <td>
                {inject.status === "pending" || inject.status === "rescheduled" ? (
                  <div className="button-row">
                    {command("fire-inject-now", t("runs.injects.fireNow"), { injectId: inject.id })}
                    {command("skip-inject", t("runs.injects.skip"), { injectId: inject.id })}
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="command" />
                      <input type="hidden" name="type" value="reschedule-inject" />
                      <input type="hidden" name="injectId" value={inject.id} />
                      <label>
                        {t("runs.injects.minute")} <input type="number" name="atMinutes" min={0} required className="narrow" />
                      </label>
                      <button type="submit">{t("runs.injects.reschedule")}</button>
                    </Form>
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="card">
        <h3>{t("runs.adhoc.title")}</h3>
        <Form method="post" key={adHocFormId}>
          <input type="hidden" name="intent" value="adhoc" />
          <input type="hidden" name="adHocId" value={adHocFormId} />
          <label>
            {t("workshops.fields.title")} <input type="text" name="title" required maxLength={200} />
          </label>
          <label>
            {t("runs.adhoc.body")} <textarea name="body" required rows={3} maxLength={5000} />
          </label>
          <label>
            {t("runs.adhoc.audience")}{" "}
            <select name="audience" defaultValue="everyone">
              <option value="everyone">{t("scenarios.everyone")}</option>
              {seatOptions.map((team) => (
                <option key={team.id} value={`team:${team.id}`}>
                  {team.name}
                </option>
              ))}
              {roles.map((role) => (
                <option key={role.id} value={`role:${role.id}`}>
                  {role.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={navigation.state !== "idle"}>
            {t("runs.adhoc.send")}
          </button>
        </Form>
      </div>

      <h2>{t("runs.progress")}</h2>
      <table className="data-table" data-testid="team-progress">
        <thead>
          <tr>
            <th scope="col">{t("runs.team")}</th>
            <th scope="col">{t("runs.members")}</th>
            <th scope="col">{t("runs.task")}</th>
            <th scope="col">{t("runs.score")}</th>
          </tr>
        </thead>
        <tbody>
          {teams.flatMap((team) =>
            team.tasks.map((task, index) => (
              <tr key={`${team.id}-${task.id}`}>
                {index === 0 ? <th scope="row" rowSpan={team.tasks.length}>{team.name}</th> : null}
                {index === 0 ? <td rowSpan={team.tasks.length}>{team.members.join(", ") || "—"}</td> : null}
                <td dir="auto">{task.title}</td>
                <td>
                  {task.percent === null ? t("runs.notSubmitted") : `${task.percent} % · ${t(task.passed ? "runs.passed" : "runs.failed")} · ${formatScenarioTime(task.scenarioMs ?? 0)}`}
                  {task.latest ? <SubmissionDetails submission={task.latest} /> : null}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>

      <h2>{t("runs.cooperation.title")}</h2>
      <CooperationPanel requests={cooperation} myTeamId={null} decisionTasks={[]} clientId={chatClientId} />

      <h2>{t("runs.chats")}</h2>
      <div className="team-chats">
        {seatOptions.map((team) => (
          <TeamChat key={team.id} teamId={team.id} teamName={team.name} events={live.events} clientId={chatClientId} request={live.request} runId={run.id} asTrainer />
        ))}
      </div>

      <h2>{t("runs.log")}</h2>
      <p>
        <a href={`/runs/${run.id}/log.json`} download>
          {t("runs.logDownload")}
        </a>
      </p>
      <RunEventFeed events={live.events} />
      <p className="connection-state" data-testid="connection-state" data-state={live.connection}>
        {t(`live.room.state.${live.connection}`)}
      </p>
    </section>
  );
}
