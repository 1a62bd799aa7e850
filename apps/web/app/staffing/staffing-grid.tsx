import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { StaffingBoard } from "@comity/domain";
import { SessionLabel } from "../workshops/session-label.tsx";

export interface GridSession {
  id: string;
  title: string;
  day: string;
  time: string;
  remote: boolean;
  floorLanguage: string;
  pivot: string | null;
  reasons: string[];
}

/** The board as the page shows it: times already formatted on the server, in the workshop's zone. */
export function shapeBoard(board: StaffingBoard, describe: (session: StaffingBoard["sessions"][number]["session"]) => { day: string; time: string }) {
  return {
    columns: board.boothLanguages,
    sessions: board.sessions.map((row) => ({
      ...describe(row.session),
      id: row.session.id,
      title: row.session.title,
      remote: row.session.remote,
      floorLanguage: row.session.floorLanguage,
      pivot: row.pivot,
      reasons: row.reasons,
      booths: row.booths.map((booth) => ({
        language: booth.booth,
        source: booth.source,
        twoWay: booth.twoWay,
        givesRelay: booth.givesRelay,
        required: booth.required,
        seats: booth.seats.map((seat) => ({ interpreterId: seat.interpreterId, name: seat.interpreterName, source: seat.source, byHand: seat.byHand, violationCodes: seat.violationCodes })),
        unmetReason: booth.unmet?.reason ?? null,
        candidates: booth.candidates,
      })),
    })),
    violations: board.violations.map((violation) => ({ code: violation.code, reason: violation.reason })),
    unmet: board.unmet.map((need) => ({ sessionId: need.sessionId, booth: need.booth, reason: need.reason })),
    warnings: board.warnings.map((warning) => ({ code: warning.code, reason: warning.reason })),
    coverage: board.coverage,
  };
}
export type ShapedBoard = ReturnType<typeof shapeBoard>;

/**
 * Sessions × booths. Editable: each seat can be removed and each booth takes a hand-picked
 * interpreter; read-only for the engine's proposal before it is accepted.
 */
export function StaffingGrid({ board, languageName, editable, testId }: { board: ShapedBoard; languageName: (code: string) => string; editable: boolean; testId: string }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  return (
    <div className="table-scroll">
      <table className="data-table staffing-grid" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t("workshops.staffing.session")}</th>
            {board.columns.map((language) => (
              <th scope="col" key={language}>
                {t("workshops.staffing.booth", { language: languageName(language) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.sessions.map((session) => (
            <tr key={session.id} data-testid={`staffing-row-${session.title}`}>
              <th scope="row">
                <SessionLabel session={session} />
                <br />
                <span className="hint">
                  {t("workshops.staffing.floor", { language: languageName(session.floorLanguage) })}
                  {session.pivot ? ` · ${t("workshops.staffing.pivot", { language: languageName(session.pivot) })}` : ""}
                  {session.remote ? ` · ${t("workshops.agenda.remote")}` : ""}
                </span>
              </th>
              {board.columns.map((language) => {
                const booth = session.booths.find((candidate) => candidate.language === language);
                if (!booth) return <td key={language}>—</td>;
                const short = booth.seats.length < booth.required;
                const broken = booth.seats.some((seat) => seat.violationCodes.length > 0);
                return (
                  <td key={language} className={broken ? "cell-broken" : short ? "cell-unmet" : "cell-ok"} data-testid={`booth-${session.title}-${language}`}>
                    <p className="hint">
                      {t("workshops.staffing.seats", { assigned: booth.seats.length, required: booth.required })}
                      {booth.twoWay ? ` · ${t("workshops.staffing.twoWay")}` : ""}
                      {booth.givesRelay ? ` · ${t("workshops.staffing.givesRelay")}` : ""}
                      {booth.source !== session.floorLanguage ? ` · ${t("workshops.staffing.takesRelay", { language: languageName(booth.source) })}` : ""}
                    </p>
                    <ul className="seats">
                      {booth.seats.map((seat) => (
                        <li key={seat.interpreterId} className={seat.violationCodes.length ? "seat-broken" : undefined}>
                          <span dir="auto">{seat.name}</span>
                          {seat.source !== session.floorLanguage ? ` (${t("workshops.staffing.from", { language: languageName(seat.source) })})` : ""}
                          {seat.byHand ? ` · ${t("workshops.staffing.byHand")}` : ""}
                          {seat.violationCodes.length ? ` · ${t("workshops.staffing.breaksRules", { count: seat.violationCodes.length })}` : ""}
                          {editable ? (
                            <Form method="post" className="inline-form">
                              <input type="hidden" name="intent" value="unassign" />
                              <input type="hidden" name="sessionId" value={session.id} />
                              <input type="hidden" name="booth" value={booth.language} />
                              <input type="hidden" name="interpreterId" value={seat.interpreterId} />
                              <button type="submit" className="link-button" disabled={busy} aria-label={t("workshops.staffing.removeSeat", { name: seat.name })}>
                                ×
                              </button>
                            </Form>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                    {booth.unmetReason ? <p className="unmet-reason">{booth.unmetReason}</p> : null}
                    {editable && booth.candidates.length > 0 ? (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="assign" />
                        <input type="hidden" name="sessionId" value={session.id} />
                        <input type="hidden" name="booth" value={booth.language} />
                        <select name="interpreterId" aria-label={t("workshops.staffing.chooseFor", { session: session.title, language: languageName(booth.language) })}>
                          {booth.candidates.map((candidate) => (
                            <option key={candidate.id} value={candidate.id}>
                              {candidate.name}
                              {candidate.source !== session.floorLanguage ? ` (${t("workshops.staffing.from", { language: languageName(candidate.source) })})` : ""}
                            </option>
                          ))}
                        </select>
                        <button type="submit" disabled={busy}>
                          {t("workshops.staffing.assign")}
                        </button>
                      </Form>
                    ) : null}
                    {editable && booth.candidates.length === 0 && short ? <p className="hint">{t("workshops.staffing.noCandidates")}</p> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Broken rules, unmet needs and soft warnings, each with the engine's reason. */
export function StaffingFindings({ board }: { board: ShapedBoard }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t("workshops.staffing.violations")}</h2>
      {board.violations.length === 0 ? (
        <p data-testid="no-violations">{t("workshops.staffing.noViolations")}</p>
      ) : (
        <ul className="findings findings-broken" data-testid="violations">
          {board.violations.map((violation, index) => (
            <li key={`${violation.code}-${index}`}>{violation.reason}</li>
          ))}
        </ul>
      )}
      <h2>{t("workshops.staffing.unmet")}</h2>
      {board.unmet.length === 0 ? (
        <p data-testid="no-unmet">{t("workshops.staffing.noUnmet")}</p>
      ) : (
        <ul className="findings findings-unmet" data-testid="unmet">
          {board.unmet.map((need) => (
            <li key={`${need.sessionId}-${need.booth}`}>{need.reason}</li>
          ))}
        </ul>
      )}
      {board.warnings.length ? (
        <>
          <h2>{t("workshops.staffing.warnings")}</h2>
          <ul className="findings" data-testid="warnings">
            {board.warnings.map((warning, index) => (
              <li key={`${warning.code}-${index}`}>{warning.reason}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
