import type { TaskAnswerInput } from "@comity/scoring";

/** An answer posted by the task form without JavaScript: elements come as "element.<id>". */
export function answerFromForm(formData: FormData, language: string): TaskAnswerInput {
  const elements: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (name.startsWith("element.") && typeof value === "string" && value.trim()) elements[name.slice("element.".length)] = value;
  }
  const text = (name: string) => String(formData.get(name) ?? "").slice(0, 50_000);
  const optionId = formData.get("optionId");
  return { language, elements, text: text("text"), justification: text("justification"), ...(typeof optionId === "string" && optionId ? { optionId } : {}) };
}
