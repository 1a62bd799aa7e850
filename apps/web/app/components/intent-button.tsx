import { Form } from "@remix-run/react";

/** A one-button form that posts an `intent` to the page's action (publish, cancel, renew…). */
export function IntentButton({ intent, label, danger = false }: { intent: string; label: string; danger?: boolean }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className={danger ? "danger" : undefined}>
        {label}
      </button>
    </Form>
  );
}
