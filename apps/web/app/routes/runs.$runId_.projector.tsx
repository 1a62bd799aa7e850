import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listRunMembers, listRunSubmissions, setScoreboardAnonymous } from "@comity/db";
import { teamProgress } from "../runs/console-data.server.ts";
import { requireTrainerRun } from "../runs/run-access.server.ts";
import { runChannelStart } from "../runs/run-page.server.ts";
import { scoreboard } from "../runs/scoreboard.ts";
import { ScenarioClockDisplay } from "../runs/scenario-clock-display.tsx";
import { useRunChannel } from "../runs/use-run-channel.ts";
import { useRevalidateOnRunEvent } from "../runs/use-revalidate-on-event.ts";
import { requireUser } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Comity · ${data?.run.title ?? "Scoreboard"}` }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const language = await i18nServer.getLocale(request);
  const { run, scenario } = await requireTrainerRun(context.db, user.id, params.runId ?? "");
  const [members, submissions, channel] = await Promise.all([listRunMembers(context.db, run.id), listRunSubmissions(context.db, run.id), runChannelStart(context, user, run.id)]);
  return {
    run: { id: run.id, title: run.title, anonymous: run.anonymousScoreboard },
    board: scoreboard(teamProgress(scenario, members, submissions, language), run.anonymousScoreboard),
    channel,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { run } = await requireTrainerRun(context.db, user.id, params.runId ?? "");
  await setScoreboardAnonymous(context.db, run.id, (await request.formData()).get("anonymous") === "on");
  return { ok: true };
}

export default function Projector() {
  const { t } = useTranslation();
  const { run, board, channel } = useLoaderData<typeof loader>();
  const live = useRunChannel({ runId: run.id, initialToken: channel.token, liveUrl: channel.liveUrl, initialEvents: channel.events, initialClock: channel.clock, initialSeat: channel.seat, lastSeq: channel.lastSeq });
  useRevalidateOnRunEvent(live.onEvent, (event) => event.type === "score.recorded");

  const widest = Math.max(1, ...board.rows.map((row) => row.average ?? 0));
  return (
    <section className="projector">
      <h1 dir="auto">{run.title}</h1>
      <ScenarioClockDisplay clock={live.clock} />
      <table className="data-table scoreboard" data-testid="scoreboard">
        <caption>{t("runs.projector.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("runs.team")}</th>
            {board.tasks.map((task) => (
              <th scope="col" key={task.id} dir="auto">
                {task.title}
              </th>
            ))}
            <th scope="col">{t("runs.projector.average")}</th>
          </tr>
        </thead>
        <tbody>
          {board.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" dir="auto">
                {row.label}
                {row.members ? <span className="hint"> · {row.members}</span> : null}
              </th>
              {row.cells.map((cell, index) => (
                <td key={board.tasks[index]?.id ?? index}>{cell === undefined ? "" : cell === null ? "—" : `${cell} %`}</td>
              ))}
              <td>
                {row.average === null ? "—" : `${row.average} %`}
                <span className="bar" aria-hidden="true" style={{ inlineSize: `${((row.average ?? 0) / widest) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Form method="post" className="inline-form" onChange={(event) => event.currentTarget.requestSubmit()}>
        <label>
          <input type="checkbox" name="anonymous" defaultChecked={run.anonymous} /> {t("runs.projector.anonymous")}
        </label>
        <noscript>
          <button type="submit">{t("runs.projector.apply")}</button>
        </noscript>
      </Form>
    </section>
  );
}
