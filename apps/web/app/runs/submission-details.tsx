import { useTranslation } from "react-i18next";

export interface SubmissionView {
  by: string;
  elements: [string, string][];
  option: string | null;
  text: string;
  criteria: { id: string; earned: number; judged: boolean; feedback: string; legalSource: string }[];
  trapsFallen: string[];
}

/** A team's latest answer to a task as the trainer reads it: the text, the choice, and each criterion's verdict. */
export function SubmissionDetails({ submission }: { submission: SubmissionView }) {
  const { t } = useTranslation();
  return (
    <details className="submission" data-testid="submission">
      <summary>{t("runs.readAnswer", { name: submission.by })}</summary>
      {submission.elements.map(([elementId, text]) => (
        <div key={elementId}>
          <p className="message-meta">{t(`writer.elements.${elementId}.label`)}</p>
          <p className="prewrap" dir="auto">
            {text}
          </p>
        </div>
      ))}
      {submission.option ? (
        <p>
          <strong>{t("runs.play.choose")}:</strong> <span dir="auto">{submission.option}</span>
        </p>
      ) : null}
      {submission.text ? (
        <p className="prewrap" dir="auto">
          {submission.text}
        </p>
      ) : null}
      {submission.trapsFallen.length > 0 ? (
        <p className="notice-danger">
          {t("runs.trapsFallen")}: {submission.trapsFallen.join(", ")}
        </p>
      ) : null}
      <table className="data-table">
        <caption>{t("runs.criteria")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("runs.earned")}</th>
            <th scope="col">{t("runs.feedback")}</th>
          </tr>
        </thead>
        <tbody>
          {submission.criteria.map((criterion) => (
            <tr key={criterion.id}>
              <td>{criterion.judged ? `${Math.round(criterion.earned * 100)} %` : "—"}</td>
              <td dir="auto">
                {criterion.feedback} <span className="hint">({criterion.legalSource})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
