import { showText, type LocalizedTextValue } from "@comity/domain";
import { itemsOf, type DraftContent, type EditableList } from "./edit-engine.server.ts";
import { itemValues } from "./item-values.ts";
import type { FormValues } from "./form-paths.ts";

/** The pages of the structured editor, and the lists each one edits. */
export const EDIT_SECTIONS = {
  metadata: [],
  states: ["states"],
  cast: ["roles", "teams"],
  documents: ["documents"],
  timeline: ["phases", "deadlines", "traps"],
  injects: ["injects"],
  tasks: ["tasks"],
} as const satisfies Record<string, readonly EditableList[]>;
export type EditSection = keyof typeof EDIT_SECTIONS;

const NAME_FIELD: Record<EditableList, string> = { states: "name", roles: "name", teams: "name", documents: "title", phases: "title", deadlines: "label", traps: "name", injects: "title", tasks: "title" };

export interface SectionItem {
  id: string;
  name: string;
  values: FormValues;
}

/** What a section page shows: its items as form values, and the choices its selects offer. */
export function sectionView(content: DraftContent, section: EditSection, language: string) {
  const mainLanguage = typeof content.mainLanguage === "string" ? content.mainLanguage : "en";
  const languages = Array.isArray(content.languages) ? content.languages.filter((code): code is string => typeof code === "string") : [];
  const nameOf = (list: EditableList, item: Record<string, unknown>) => {
    const text = item[NAME_FIELD[list]];
    const shown = text && typeof text === "object" ? showText(text as LocalizedTextValue, language, mainLanguage).text : "";
    return shown || String(item.id ?? "—");
  };
  const summaries = (list: EditableList) => itemsOf(content, list).map((item) => ({ id: String(item.id ?? ""), name: nameOf(list, item), stateId: String(item.stateId ?? "") }));
  const lists = Object.fromEntries(EDIT_SECTIONS[section].map((list) => [list, itemsOf(content, list).map((item): SectionItem => ({ id: String(item.id ?? ""), name: nameOf(list, item), values: itemValues(item) }))]));
  return {
    mainLanguage,
    languages: languages.includes(mainLanguage) ? languages : [mainLanguage, ...languages],
    lists: lists as Partial<Record<EditableList, SectionItem[]>>,
    metadata: section === "metadata" ? itemValues({ title: content.title, summary: content.summary, caseType: content.caseType, level: content.level, durationMinutes: content.durationMinutes, mainLanguage, languages, objectives: content.objectives }) : null,
    choices: { states: summaries("states"), roles: summaries("roles"), teams: summaries("teams"), phases: summaries("phases"), deadlines: summaries("deadlines"), traps: summaries("traps") },
  };
}
export type SectionView = ReturnType<typeof sectionView>;
