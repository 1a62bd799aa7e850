import { randomUUID } from "node:crypto";
import { z } from "zod";
import { balanceTeams, RunCommandSchema, type Scenario } from "@comity/domain";
import { assignRunMembers, createRunLink, listRunMembers, revokeRunLink, setScoreboardAnonymous, type Database } from "@comity/db";
import type { RunHub } from "@comity/live/server";
import { NewLinkSchema } from "./run-forms.schema.ts";
import { refusedAsError } from "./run-page.server.ts";

const CommandFormSchema = z.object({
  type: z.enum(["start", "pause", "resume", "end", "close", "advance-phase", "fire-inject-now", "skip-inject", "reschedule-inject"]),
  injectId: z.string().max(64).optional(),
  atMinutes: z.coerce.number().int().min(0).max(60 * 24 * 30).optional(),
});

const AdHocFormSchema = z.object({
  adHocId: z.string().regex(/^adhoc-[a-z0-9-]{8,40}$/),
  title: z.string().trim().min(1, "errors.run.adhocTitle").max(200),
  body: z.string().trim().min(1, "errors.run.adhocBody").max(5_000),
  audience: z.string().max(80),
});

const ChatFormSchema = z.object({ teamId: z.string().min(1).max(64), body: z.string().trim().min(1, "errors.message.required").max(2_000), clientId: z.string().uuid() });

/** "everyone", "team:<id>" or "role:<id>" from the console's audience select. */
function audienceFrom(value: string) {
  if (value.startsWith("team:")) return { kind: "teams" as const, teamIds: [value.slice(5)] };
  if (value.startsWith("role:")) return { kind: "roles" as const, roleIds: [value.slice(5)] };
  return { kind: "everyone" as const };
}

export type ConsoleAnswer = { ok: true; intent: string; link?: string; nextAdHocId?: string } | { ok: false; intent: string; error: { key: string; message: string } };

const invalid = (intent: string, key: string): ConsoleAnswer => ({ ok: false, intent, error: { key, message: "" } });

/** One console form: parse it, hand it to the hub or the data layer, and say what happened. */
export async function handleConsoleForm(
  context: { db: Database; runs: RunHub },
  input: { userId: string; userName: string; runId: string; scenario: Scenario; origin: string },
  formData: FormData,
): Promise<ConsoleAnswer> {
  const intent = String(formData.get("intent") ?? "");
  const { userId, runId, scenario } = input;
  const fields = Object.fromEntries(formData);
  switch (intent) {
    case "command": {
      const parsed = CommandFormSchema.safeParse(fields);
      if (!parsed.success) return invalid(intent, "errors.run.command");
      const command = RunCommandSchema.safeParse(parsed.data);
      if (!command.success) return invalid(intent, "errors.run.command");
      const done = await refusedAsError(() => context.runs.command(userId, runId, command.data));
      return done.ok ? { ok: true, intent } : { ok: false, intent, error: done.error };
    }
    case "adhoc": {
      const parsed = AdHocFormSchema.safeParse(fields);
      if (!parsed.success) return invalid(intent, parsed.error.issues[0]?.message.startsWith("errors.") ? parsed.error.issues[0].message : "errors.run.command");
      const { adHocId, title, body, audience } = parsed.data;
      const main = scenario.mainLanguage;
      const done = await refusedAsError(() => context.runs.command(userId, runId, { type: "send-adhoc-inject", id: adHocId, title: { [main]: title }, body: { [main]: body }, audience: audienceFrom(audience) }));
      return done.ok ? { ok: true, intent, nextAdHocId: nextAdHocId() } : { ok: false, intent, error: done.error };
    }
    case "assign": {
      const members = await listRunMembers(context.db, runId);
      const seats = members.map((member) => {
        const [teamId = "", roleId = ""] = String(formData.get(`seat-${member.id}`) ?? "").split("/");
        const team = scenario.teams.find((candidate) => candidate.id === teamId);
        return { memberId: member.id, teamId: team ? team.id : null, roleId: team && team.roleIds.includes(roleId) ? roleId : null };
      });
      await assignRunMembers(context.db, runId, seats);
      context.runs.announceSeats(runId, seats.map((seat) => ({ ...seat, language: "", isTrainer: false })));
      return { ok: true, intent };
    }
    case "balance": {
      // Places everyone not yet placed, mixing countries, languages and professions; placements the trainer made stand.
      const members = await listRunMembers(context.db, runId);
      const pins = members.flatMap((member) => (member.teamId ? [{ participantId: member.id, teamId: member.teamId, ...(member.roleId ? { roleId: member.roleId } : {}) }] : []));
      const { assignments } = balanceTeams(scenario, members, pins);
      const seats = assignments.map((assignment) => ({ memberId: assignment.participantId, teamId: assignment.teamId, roleId: assignment.roleId }));
      await assignRunMembers(context.db, runId, seats);
      context.runs.announceSeats(runId, seats.map((seat) => ({ ...seat, language: "", isTrainer: false })));
      return { ok: true, intent };
    }
    case "link": {
      const parsed = NewLinkSchema.safeParse(fields);
      if (!parsed.success) return invalid(intent, "errors.run.linkHours");
      const { token } = await createRunLink(context.db, { runId, expiresAt: new Date(Date.now() + parsed.data.hours * 3_600_000) });
      return { ok: true, intent, link: `${input.origin}/join/${token}` };
    }
    case "revoke": {
      await revokeRunLink(context.db, { runId, linkId: String(formData.get("linkId") ?? "") });
      return { ok: true, intent };
    }
    case "chat": {
      const parsed = ChatFormSchema.safeParse(fields);
      if (!parsed.success) return invalid(intent, "errors.message.required");
      const done = await refusedAsError(() => context.runs.chat(userId, input.userName, { runId, ...parsed.data }));
      return done.ok ? { ok: true, intent } : { ok: false, intent, error: done.error };
    }
    case "anonymous": {
      await setScoreboardAnonymous(context.db, runId, formData.get("anonymous") === "on");
      return { ok: true, intent };
    }
    default:
      return invalid(intent, "errors.run.command");
  }
}

/** A fresh id for the next ad-hoc inject form, so a resubmitted form is refused instead of sent twice. */
export const nextAdHocId = () => `adhoc-${randomUUID()}`;
