import { Form, useNavigation } from "@remix-run/react";

/**
 * A one-button form that posts an `intent` to the page's action (publish, cancel, renew…).
 * Disabled until the page has settled, so a second click cannot cut the first one short.
 */
export function IntentButton({ intent, label, danger = false }: { intent: string; label: string; danger?: boolean }) {
  const navigation = useNavigation();
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className={danger ? "danger" : undefined} disabled={navigation.state !== "idle"}>
        {label}
      </button>
    </Form>
  );
}
