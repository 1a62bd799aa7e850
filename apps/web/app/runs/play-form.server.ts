import { CooperationStepSchema } from "@comity/domain";
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

/** A cooperation step posted by one of the request's forms, checked by the step's own schema. */
export function cooperationStepFromForm(formData: FormData) {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" && value.trim() ? value.trim() : undefined;
  };
  const step = CooperationStepSchema.safeParse({
    kind: field("kind"),
    question: field("question"),
    text: field("text"),
    reason: field("reason"),
    legalGround: field("legalGround"),
    note: field("note"),
    ground: field("ground"),
    reasons: field("reasons"),
    otherGround: field("otherGround"),
  });
  const [taskId, optionId] = (field("decision") ?? "").split("/");
  return { step: step.success ? step.data : null, decision: taskId && optionId ? { taskId, optionId } : undefined };
}
