import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { scenarioMsNow, type LocalClock } from "./use-run-channel.ts";

/** Scenario time as h:mm:ss or mm:ss. */
export function formatScenarioTime(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const pad = (value: number) => String(value).padStart(2, "0");
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/** Scenario time now, redrawn every second while the clock runs. */
export function useScenarioNow(clock: LocalClock): number {
  // The first render uses only the server's numbers, so the page hydrates with the text it was rendered with.
  const [now, setNow] = useState(() => (clock.runningSinceMs === null ? clock.accumulatedMs : clock.accumulatedMs + Math.max(0, clock.serverNowMs - clock.runningSinceMs)));
  useEffect(() => {
    setNow(scenarioMsNow(clock));
    if (clock.runningSinceMs === null) return;
    const timer = setInterval(() => setNow(scenarioMsNow(clock)), 1000);
    return () => clearInterval(timer);
  }, [clock]);
  return now;
}

/** The scenario clock, stopped or running, as everyone in the run sees it. */
export function ScenarioClockDisplay({ clock }: { clock: LocalClock }) {
  const { t } = useTranslation();
  const now = useScenarioNow(clock);
  return (
    <p className="scenario-clock" data-testid="scenario-clock" data-status={clock.status}>
      <span className="label">{t("runs.clock")}</span> <time>{formatScenarioTime(now)}</time> · <span>{t(`runs.statuses.${clock.status}`)}</span>
    </p>
  );
}
