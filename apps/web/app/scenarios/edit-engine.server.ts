import type { ScenarioProblem } from "@comity/domain";
import { concerns } from "./form-paths.ts";
import { publicationProblems } from "./scenario-editing.server.ts";

/** The lists of a scenario the structured forms edit item by item. */
export const EDITABLE_LISTS = ["states", "roles", "teams", "documents", "phases", "deadlines", "traps", "injects", "tasks"] as const;
export type EditableList = (typeof EDITABLE_LISTS)[number];

/** Stored draft content: it may be incomplete, so it is read as plain JSON. */
export type DraftContent = Record<string, unknown>;
export type DraftItem = Record<string, unknown>;

/** A refused edit's problems are relative to the edited item ("name.fr"), so each lands beside its control. */
export type EditOutcome = { ok: true; content: DraftContent } | { ok: false; problems: ScenarioProblem[] };

export function itemsOf(content: DraftContent, list: EditableList): DraftItem[] {
  const items = content[list];
  return Array.isArray(items) ? items.filter((item): item is DraftItem => Boolean(item) && typeof item === "object" && !Array.isArray(item)) : [];
}

/** Which field of the format points at an item of which list. */
const REFERENCES: Record<string, EditableList> = { stateId: "states", roleIds: "roles", teamIds: "teams", phaseId: "phases", deadlineId: "deadlines", trapId: "traps", taskId: "tasks" };

/** Every item elsewhere in the scenario that points at `list`'s item `id`, as `roles "prosecutor"`. */
export function usersOf(content: DraftContent, list: EditableList, id: string): string[] {
  const pointsAt = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(pointsAt);
    if (!value || typeof value !== "object") return false;
    return Object.entries(value).some(([key, field]) => (REFERENCES[key] === list && (field === id || (Array.isArray(field) && field.includes(id)))) || pointsAt(field));
  };
  return EDITABLE_LISTS.filter((other) => other !== list).flatMap((other) => itemsOf(content, other).filter(pointsAt).map((item) => `${other} "${String(item.id)}"`));
}

/** Puts an item in its place (or at the end for a new one), and keeps the change only if it adds no problem. */
export function saveItem(content: DraftContent, list: EditableList, index: number | "new", item: DraftItem): EditOutcome {
  const items = [...itemsOf(content, list)];
  if (index === "new") items.push(item);
  else if (index >= 0 && index < items.length) items[index] = item;
  else return { ok: false, problems: [{ path: "", message: "errors.scenario.itemGone" }] };
  // Phases are kept in the order they start, which the format requires.
  if (list === "phases") items.sort((a, b) => Number(a.startsAtMinutes) - Number(b.startsAtMinutes));
  const at = items.indexOf(item);
  return keepIfNoNewProblems(content, { ...content, [list]: items }, [`${list}[${at}]`]);
}

/** Removes an item, unless something still points at it or the list would become too short. */
export function removeItem(content: DraftContent, list: EditableList, index: number): EditOutcome {
  const items = itemsOf(content, list);
  const item = items[index];
  if (!item) return { ok: false, problems: [{ path: "", message: "errors.scenario.itemGone" }] };
  const users = usersOf(content, list, String(item.id));
  if (users.length) return { ok: false, problems: [{ path: "", message: `errors.scenario.stillUsed|${users.join(", ")}` }] };
  // Problems of later items move up by one; those of the removed item go with it.
  const renumber = (path: string): string | null => {
    const match = new RegExp(`^${list}\\[(\\d+)\\]`).exec(path);
    if (!match) return path;
    const position = Number(match[1]);
    if (position === index) return null;
    return position > index ? `${list}[${position - 1}]${path.slice(match[0].length)}` : path;
  };
  return keepIfNoNewProblems(content, { ...content, [list]: items.filter((_, position) => position !== index) }, [list], renumber);
}

/** Replaces top-level fields (title, languages, objectives…). */
export function saveFields(content: DraftContent, fields: DraftContent): EditOutcome {
  return keepIfNoNewProblems(content, { ...content, ...fields }, Object.keys(fields));
}

/**
 * An edit is kept when it adds no problem: a valid scenario stays valid, and an unfinished draft
 * accepts any edit whose own part passes the format (what is still missing elsewhere stays listed on
 * its page).
 */
function keepIfNoNewProblems(before: DraftContent, after: DraftContent, edited: string[], renumber: (path: string) => string | null = (path) => path): EditOutcome {
  const earlier = publicationProblems(before).problems;
  const known = new Set(earlier.flatMap((problem) => {
    const path = renumber(problem.path);
    return path === null ? [] : [`${path}\n${problem.message}`];
  }));
  const { scenario, problems } = publicationProblems(after);
  const added = problems.filter((problem) => !known.has(`${problem.path}\n${problem.message}`) && (earlier.length === 0 || edited.some((part) => concerns(problem.path, part))));
  if (added.length) return { ok: false, problems: added.map((problem) => ({ ...problem, path: relativeTo(problem.path, edited) })) };
  return { ok: true, content: (scenario as DraftContent | null) ?? after };
}

/** "states[1].name.fr" seen from the form of states[1] is "name.fr"; top-level fields keep their names. */
function relativeTo(path: string, edited: string[]): string {
  const [single] = edited;
  if (edited.length !== 1 || !single?.endsWith("]")) return path;
  if (path === single) return "";
  return path.startsWith(`${single}.`) ? path.slice(single.length + 1) : path;
}
