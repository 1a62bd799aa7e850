import { useTranslation } from "react-i18next";
import type { RunDelivery } from "@comity/live/contracts";
import { formatScenarioTime } from "./scenario-clock-display.tsx";

/** What happened in the run, newest first, each with its scenario time. */
export function RunEventFeed({ events, limit = 40 }: { events: RunDelivery[]; limit?: number }) {
  const { t } = useTranslation();
  const shown = events.filter((event) => event.type !== "chat.posted").slice(-limit).reverse();
  return (
    <ol className="event-feed" data-testid="event-feed">
      {shown.map((event) => (
        <li key={event.seq} data-type={event.type}>
          <time>{formatScenarioTime(event.scenarioMs)}</time> · {t(`runs.events.${event.type}`, { defaultValue: event.type })}
          {event.title ? (
            <>
              {" "}
              · <span dir="auto">{event.title.text}</span>
            </>
          ) : null}
          {typeof event.data.displayName === "string" ? ` · ${event.data.displayName}` : null}
        </li>
      ))}
    </ol>
  );
}
