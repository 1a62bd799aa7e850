import { useTranslation } from "react-i18next";
import type { ScenarioProblem } from "@comity/domain";
import { translateError } from "../components/field.tsx";

/** Every problem of a scenario with its path, as an import or a publication reports them. */
export function ProblemList({ id, problems }: { id: string; problems: ScenarioProblem[] }) {
  const { t } = useTranslation();
  return (
    <div id={id} role="alert" className="form-errors" data-testid="problems">
      <p>{t("scenarios.problems", { count: problems.length })}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code dir="ltr">{problem.path || t("scenarios.wholeFile")}</code>: {/* Form checks give translation keys; the format's checks give sentences. */}
            {problem.message.startsWith("errors.") ? translateError(t, problem.message) : problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
