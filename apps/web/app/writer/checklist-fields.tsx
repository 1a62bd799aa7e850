import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { draftCompleteness, elementCoverage, type Checklist } from "@comity/scoring";

const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "ur"]);
export const isRightToLeft = (language: string) => RIGHT_TO_LEFT.has(language);

/** How complete a draft is against its checklist, and which essential elements are still missing. */
export function CompletenessMeter({ checklist, elements, children }: { checklist: Checklist; elements: Record<string, string>; children?: ReactNode }) {
  const { t } = useTranslation();
  const meter = draftCompleteness(checklist, elements);
  const id = `completeness-${checklist.id}`;
  return (
    <div className="writer-meter card" data-testid="meter">
      <label htmlFor={id}>{t("writer.meter", { percent: meter.percent })}</label>
      <progress id={id} max={100} value={meter.percent}>
        {meter.percent} %
      </progress>
      {meter.missingRequired.length ? (
        <>
          <p>{t("writer.missingEssentials")}</p>
          <ul data-testid="missing-essentials">
            {meter.missingRequired.map((elementId) => (
              <li key={elementId}>{t(`writer.elements.${elementId}.label`)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="notice">{t("writer.allEssentials")}</p>
      )}
      {children}
    </div>
  );
}

/**
 * The checklist's elements as guided fields: each with its label, essential or optional, the help
 * text with its legal source, and a text area in the drafting language's direction.
 */
export function ChecklistFields({
  checklist,
  elements,
  language,
  fieldName,
  onChange,
}: {
  checklist: Checklist;
  elements: Record<string, string>;
  language: string;
  fieldName: (elementId: string) => string;
  onChange: (elements: Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {checklist.items.map((item) => {
        const text = elements[item.id] ?? "";
        const inputId = `element-${checklist.id}-${item.id}`;
        return (
          <div key={item.id} className={`field writer-element coverage-${elementCoverage(text) * 2}`} data-testid={`element-${item.id}`}>
            <label htmlFor={inputId}>
              {t(`writer.elements.${item.id}.label`)} <span className={item.required ? "badge badge-essential" : "badge"}>{t(item.required ? "writer.essential" : "writer.optional")}</span>
            </label>
            <p className="hint" id={`${inputId}-help`}>
              {t(`writer.elements.${item.id}.help`)}
            </p>
            <textarea
              id={inputId}
              name={fieldName(item.id)}
              rows={4}
              dir={isRightToLeft(language) ? "rtl" : "ltr"}
              lang={language}
              aria-describedby={`${inputId}-help`}
              value={text}
              onChange={(event) => onChange({ ...elements, [item.id]: event.target.value })}
            />
          </div>
        );
      })}
    </>
  );
}
