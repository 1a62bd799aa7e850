import { Form, useNavigation } from "@remix-run/react";

/**
 * A one-button form that posts an `intent` to the page's action (publish, cancel, renew…), with
 * `fields` as hidden inputs naming what it acts on (e.g. which invitation to revoke).
 * Disabled until the page has settled, so a second click cannot cut the first one short.
 */
export function IntentButton({ intent, label, danger = false, fields = {} }: { intent: string; label: string; danger?: boolean; fields?: Record<string, string> }) {
  const navigation = useNavigation();
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={danger ? "danger" : undefined} disabled={navigation.state !== "idle"}>
        {label}
      </button>
    </Form>
  );
}
