import type { Checklist } from "@comity/scoring";
import { i18nServer } from "../utils/i18next.server.ts";

const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "ur"]);

export interface RequestDocument {
  language: string;
  direction: "ltr" | "rtl";
  kindName: string;
  title: string;
  sections: { id: string; heading: string; paragraphs: string[] }[];
}

/**
 * The draft laid out as the document it will become: its written elements in checklist order, each
 * under a heading in the drafting language (English headings where Comity has no translation).
 * The page and the PDF both read this, so they cannot differ.
 */
export async function documentSections(draft: { kind: string; language: string; title: string; elements: Record<string, string> }, checklist: Checklist): Promise<RequestDocument> {
  const t = await i18nServer.getFixedT(draft.language);
  return {
    language: draft.language,
    direction: RIGHT_TO_LEFT.has(draft.language) ? "rtl" : "ltr",
    kindName: t(`writer.kinds.${draft.kind}`),
    title: draft.title,
    sections: checklist.items
      .map((item) => ({
        id: item.id,
        heading: t(`writer.elements.${item.id}.label`),
        paragraphs: (draft.elements[item.id] ?? "")
          .split(/\n\s*\n/)
          .map((paragraph) => paragraph.trim())
          .filter(Boolean),
      }))
      .filter((section) => section.paragraphs.length > 0),
  };
}
