import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { proposeStaffing, type StaffingSession } from "@comity/domain";
import { addAssignment, removeAssignment, replaceWorkshopAssignments } from "@comity/db";
import { requireRole } from "../utils/auth.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { boardFor, loadStaffingInputs, type StaffingInputs } from "../staffing/staffing-plan.server.ts";
import { shapeBoard, StaffingFindings, StaffingGrid, type ShapedBoard } from "../staffing/staffing-grid.tsx";
import { displayNames } from "../workshops/display-names.server.ts";
import { formatDay, formatTime } from "../workshops/format-times.ts";
import { BackToWorkshop } from "../workshops/back-to-workshop.tsx";

export const meta: MetaFunction = () => [{ title: "Comity · Staffing board" }];

const SeatSchema = z.object({ sessionId: z.string().min(1).max(100), booth: z.string().min(2).max(3), interpreterId: z.string().min(1).max(100) });
const ProposalSchema = z.array(SeatSchema.extend({ source: z.string().min(2).max(3) })).max(10_000);
const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("run") }),
  z.object({ intent: z.literal("accept"), proposal: z.string().max(2_000_000) }),
  SeatSchema.extend({ intent: z.literal("assign") }),
  SeatSchema.extend({ intent: z.literal("unassign") }),
]);

type ProposedSeat = { sessionId: string; booth: string; interpreterId: string; source: string; byHand: boolean };
type ActionResult =
  | { intent: "run"; proposal: ProposedSeat[]; preview: ShapedBoard }
  | { intent: "accept"; accepted: number }
  | { intent: "assign"; name: string; broken: string[] }
  | { intent: "unassign" };

async function requireInputs(request: Request, context: LoaderFunctionArgs["context"], workshopId: string | undefined) {
  await requireRole(request, context, ["secretariat"]);
  const inputs = await loadStaffingInputs(context.db, workshopId ?? "");
  invariantResponse(inputs, "This workshop does not exist.", { status: 404 });
  return inputs;
}

function describer(inputs: StaffingInputs, language: string) {
  const zone = inputs.workshop.timeZone;
  return (session: StaffingSession) => ({
    day: formatDay(session.start, zone, language),
    time: `${formatTime(session.start, zone, language)}–${formatTime(session.end, zone, language)}`,
  });
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const inputs = await requireInputs(request, context, params.workshopId);
  const language = await i18nServer.getLocale(request);
  return {
    workshop: { id: inputs.workshop.id, title: inputs.workshop.title, timeZone: inputs.workshop.timeZone },
    rosterSize: inputs.roster.length,
    board: shapeBoard(boardFor(inputs), describer(inputs, language)),
    languages: displayNames(language).languages,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<ActionResult> {
  const inputs = await requireInputs(request, context, params.workshopId);
  const parsed = ActionSchema.safeParse(Object.fromEntries(await request.formData()));
  invariantResponse(parsed.success, "This request to the staffing board is not understood.", { status: 400 });
  const input = parsed.data;
  const language = await i18nServer.getLocale(request);

  if (input.intent === "run") {
    // Seats placed by hand stay; the engine fills around them.
    const keep = inputs.saved.filter((seat) => seat.byHand);
    const proposal = proposeStaffing({ sessions: inputs.sessions, roster: inputs.roster, keep, elsewhere: inputs.elsewhere });
    const marked = proposal.map((seat) => ({ ...seat, byHand: keep.some((kept) => sameSeat(kept, seat)) }));
    return { intent: input.intent, proposal: marked, preview: shapeBoard(boardFor(inputs, marked), describer(inputs, language)) };
  }

  if (input.intent === "accept") {
    let raw: unknown;
    try {
      raw = JSON.parse(input.proposal);
    } catch {
      raw = null;
    }
    const proposal = ProposalSchema.safeParse(raw);
    invariantResponse(proposal.success, "The proposal could not be read; run the engine again.", { status: 400 });
    const sessionIds = new Set(inputs.sessions.map((session) => session.id));
    const interpreterIds = new Set(inputs.roster.map((interpreter) => interpreter.id));
    invariantResponse(
      proposal.data.every((seat) => sessionIds.has(seat.sessionId) && interpreterIds.has(seat.interpreterId)),
      "The proposal names a session or an interpreter that is gone; run the engine again.",
      { status: 409 },
    );
    await replaceWorkshopAssignments(
      context.db,
      inputs.workshop.id,
      proposal.data.map((seat) => ({ ...seat, byHand: inputs.saved.some((saved) => saved.byHand && sameSeat(saved, seat)) })),
    );
    return { intent: input.intent, accepted: proposal.data.length };
  }

  if (input.intent === "assign") {
    const booth = boardFor(inputs)
      .sessions.find((row) => row.session.id === input.sessionId)
      ?.booths.find((candidate) => candidate.booth === input.booth);
    invariantResponse(booth, "This session has no such booth.", { status: 404 });
    const candidate = booth.candidates.find((option) => option.id === input.interpreterId);
    invariantResponse(candidate, "This interpreter does not have the languages for this booth, or already sits in it.", { status: 409 });
    const seat = { sessionId: input.sessionId, booth: input.booth, interpreterId: input.interpreterId, source: candidate.source };
    await addAssignment(context.db, seat);
    // Checked again at once, against the whole plan and the interpreter's work elsewhere.
    const after = boardFor(inputs, [...inputs.saved.filter((saved) => !sameSeat(saved, seat)), { ...seat, byHand: true }]);
    const broken = after.violations.filter((violation) => violation.assignments.some((assignment) => sameSeat(assignment, seat)));
    return { intent: input.intent, name: candidate.name, broken: broken.map((violation) => violation.reason) };
  }

  const sessionIds = new Set(inputs.sessions.map((session) => session.id));
  invariantResponse(sessionIds.has(input.sessionId), "This session is not in this workshop.", { status: 404 });
  await removeAssignment(context.db, input);
  return { intent: input.intent };
}

function sameSeat(a: { sessionId: string; booth: string; interpreterId: string }, b: { sessionId: string; booth: string; interpreterId: string }): boolean {
  return a.sessionId === b.sessionId && a.booth === b.booth && a.interpreterId === b.interpreterId;
}

export default function StaffingBoardPage() {
  const { t } = useTranslation();
  const { workshop, board, languages, rosterSize } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const navigation = useNavigation();
  const languageName = (code: string) => languages[code] ?? code;
  const preview = actionData?.intent === "run" ? actionData : null;
  return (
    <section>
      <BackToWorkshop workshop={workshop} />
      <h1>{t("workshops.staffing.title")}</h1>
      <p className="hint">{t("workshops.staffing.timesIn", { zone: workshop.timeZone })}</p>
      {rosterSize === 0 ? (
        <p>
          {t("workshops.staffing.emptyRoster")} <Link to="/interpreters">{t("nav.interpreters")}</Link>
        </p>
      ) : null}
      {actionData?.intent === "assign" ? (
        <div role="status" className={actionData.broken.length ? "notice notice-danger" : "notice"} data-testid="override-check">
          <p>{t("workshops.staffing.assigned", { name: actionData.name })}</p>
          {actionData.broken.length ? (
            <ul>
              {actionData.broken.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : (
            <p>{t("workshops.staffing.overrideClean")}</p>
          )}
        </div>
      ) : null}
      {actionData?.intent === "accept" ? (
        <p role="status" className="notice" data-testid="accepted">
          {t("workshops.staffing.acceptedCount", { count: actionData.accepted })}
        </p>
      ) : null}

      <table className="data-table summary" data-testid="coverage">
        <thead>
          <tr>
            <th scope="col">{t("workshops.staffing.seatsNeeded")}</th>
            <th scope="col">{t("workshops.staffing.seatsFilled")}</th>
            <th scope="col">{t("workshops.staffing.seatsMissing")}</th>
            <th scope="col">{t("workshops.staffing.rulesBroken")}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{board.coverage.needs}</td>
            <td>{board.coverage.covered}</td>
            <td>{board.coverage.unmet}</td>
            <td>{board.violations.length}</td>
          </tr>
        </tbody>
      </table>

      {preview ? (
        <div className="card" data-testid="proposal">
          <h2>{t("workshops.staffing.proposal")}</h2>
          <p>{t("workshops.staffing.proposalSummary", { covered: preview.preview.coverage.covered, needs: preview.preview.coverage.needs })}</p>
          <StaffingGrid board={preview.preview} languageName={languageName} editable={false} testId="proposal-grid" />
          <StaffingFindings board={preview.preview} />
          <div className="actions-row">
            <Form method="post">
              <input type="hidden" name="intent" value="accept" />
              <input type="hidden" name="proposal" value={JSON.stringify(preview.proposal.map(({ sessionId, booth, interpreterId, source }) => ({ sessionId, booth, interpreterId, source })))} />
              <button type="submit" disabled={navigation.state !== "idle"}>
                {t("workshops.staffing.accept")}
              </button>
            </Form>
            <Link to=".">{t("workshops.staffing.discard")}</Link>
          </div>
        </div>
      ) : (
        <Form method="post" className="actions-row">
          <input type="hidden" name="intent" value="run" />
          <button type="submit" disabled={navigation.state !== "idle" || rosterSize === 0}>
            {t("workshops.staffing.run")}
          </button>
        </Form>
      )}

      <h2>{t("workshops.staffing.current")}</h2>
      {board.sessions.length === 0 ? <p>{t("workshops.staffing.noSessions")}</p> : <StaffingGrid board={board} languageName={languageName} editable testId="staffing-grid" />}
      <StaffingFindings board={board} />
    </section>
  );
}
