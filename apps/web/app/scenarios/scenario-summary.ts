import { showText, type LocalizedTextValue } from "@comity/domain";

/**
 * What a list shows of stored scenario content, read defensively: a draft may be incomplete, so
 * nothing here assumes it passes the format.
 */
export function scenarioSummary(content: unknown, language: string): { title: string; caseType: string; languages: string[] } {
  const value = content && typeof content === "object" && !Array.isArray(content) ? (content as Record<string, unknown>) : {};
  const mainLanguage = typeof value.mainLanguage === "string" ? value.mainLanguage : "en";
  const title = value.title && typeof value.title === "object" ? showText(value.title as LocalizedTextValue, language, mainLanguage).text : "";
  return {
    title: title || "—",
    caseType: typeof value.caseType === "string" ? value.caseType : "",
    languages: Array.isArray(value.languages) ? value.languages.filter((code): code is string => typeof code === "string") : [],
  };
}
