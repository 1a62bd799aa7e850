import { useNavigation, useRevalidator } from "@remix-run/react";
import { useEffect, useRef } from "react";
import type { RunDelivery } from "@comity/live/contracts";
import type { useRunChannel } from "./use-run-channel.ts";

const BATCH_MS = 250;

/**
 * Reloads the page's data when run events it shows arrive, at most a few times a second, and never
 * while the person is leaving the page (a reload cut short by a navigation is not an error).
 */
export function useRevalidateOnRunEvent(onEvent: ReturnType<typeof useRunChannel>["onEvent"], matters: (event: RunDelivery) => boolean = () => true) {
  const revalidator = useRevalidator();
  const navigation = useNavigation();
  const idle = useRef(true);
  idle.current = navigation.state === "idle";
  const matter = useRef(matters);
  matter.current = matters;
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | null = null;
    const stop = onEvent((event) => {
      if (pending || !matter.current(event)) return;
      pending = setTimeout(() => {
        pending = null;
        if (idle.current) revalidator.revalidate();
      }, BATCH_MS);
    });
    return () => {
      stop();
      if (pending) clearTimeout(pending);
    };
  }, [onEvent, revalidator]);
}
