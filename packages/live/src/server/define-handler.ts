import type { ZodType, ZodTypeDef } from "zod";
import { MAX_EVENT_PAYLOAD_BYTES, type Ack, type LiveError, type LiveErrorCode } from "../contracts/events.ts";

/** Thrown by a handler to answer with an error ack; anything else thrown is an internal error. */
export class LiveFailure extends Error {
  constructor(
    readonly code: LiveErrorCode,
    message: string,
    /** Why, as a code a page can translate. */
    readonly reason?: string,
  ) {
    super(message);
  }
}

export function payloadBytes(payload: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(payload) ?? "", "utf8");
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

// A NUL, or half of a surrogate pair: PostgreSQL stores neither in text or jsonb, and no keyboard types them.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string) => text.includes("\u0000") || LONE_SURROGATE.test(text);

/** True when some text in the payload holds a character the database cannot store. */
export function holdsUnstorableText(payload: unknown): boolean {
  if (typeof payload === "string") return unstorable(payload);
  if (Array.isArray(payload)) return payload.some(holdsUnstorableText);
  if (payload && typeof payload === "object") return Object.entries(payload).some(([key, value]) => holdsUnstorableText(key) || holdsUnstorableText(value));
  return false;
}

function invalidInput(issues: { path: (string | number)[]; message: string }[]): LiveError {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.join(".") || "payload";
    (fields[key] ??= []).push(issue.message);
  }
  const summary = Object.entries(fields)
    .map(([field, messages]) => `${field}: ${messages.join(" ")}`)
    .join("; ");
  return { code: "invalid", message: `The request was not understood (${summary}).`, fields };
}

export interface HandlerLog {
  error(message: string, error: unknown): void;
}

/**
 * Wraps one socket event: checks the size, validates the payload with its schema, runs the
 * handler and answers through the ack. The one place errors are turned into answers.
 */
export function defineHandler<Input, Data>(
  schema: ZodType<Input, ZodTypeDef, unknown>,
  handler: (input: Input) => Promise<Data>,
  log: HandlerLog,
): (payload: unknown, ack: unknown) => Promise<void> {
  return async (payload, ack) => {
    // A client that asked for no answer cannot be told anything; do nothing rather than guess.
    if (typeof ack !== "function") return;
    const reply = ack as (response: Ack<Data>) => void;
    if (payloadBytes(payload) > MAX_EVENT_PAYLOAD_BYTES) {
      reply({ ok: false, error: { code: "too-large", message: `The message is too large: at most ${MAX_EVENT_PAYLOAD_BYTES / 1024} KB can be sent at once.` } });
      return;
    }
    if (holdsUnstorableText(payload)) {
      reply({ ok: false, error: { code: "invalid", message: "The text holds a character that cannot be stored (a NUL or a broken Unicode character): remove it and send again." } });
      return;
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      reply({ ok: false, error: invalidInput(parsed.error.issues) });
      return;
    }
    try {
      reply({ ok: true, data: await handler(parsed.data) });
    } catch (error) {
      if (error instanceof LiveFailure) {
        reply({ ok: false, error: { code: error.code, message: error.message, ...(error.reason ? { reason: error.reason } : {}) } });
        return;
      }
      log.error("live handler failed", error);
      reply({ ok: false, error: { code: "internal", message: "Something went wrong on the server; nothing was changed. Please try again." } });
    }
  };
}
