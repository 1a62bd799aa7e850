/**
 * The structured scenario forms name each control by its place in the edited item, in the same
 * notation as the format's problems ("offences[0].name.fr"): a problem then lands beside its control,
 * and a refused edit is shown again exactly as it was typed.
 */
export type FormValues = Record<string, string | string[]>;
type Tree = { [key: string]: Tree | Tree[] | string | string[] } | Tree[];

function tokens(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] === undefined ? match[1]! : Number(match[2])));
}

/** Form data as a nested object: "offences[1].name.fr" → { offences: [, { name: { fr } }] }; a name sent twice gives a list. */
export function decodeForm(formData: FormData, skip: readonly string[] = ["intent", "list", "index"]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of formData) {
    if (typeof value !== "string" || skip.includes(name)) continue;
    const path = tokens(name);
    let node: Record<string | number, unknown> = root;
    path.forEach((key, position) => {
      const last = position === path.length - 1;
      if (last) {
        const existing = node[key];
        node[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
        return;
      }
      if (node[key] === undefined || typeof node[key] !== "object") node[key] = typeof path[position + 1] === "number" ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    });
  }
  return root;
}

/** The inverse: an item as form values. A list of plain values stays a list (checkboxes, comma-separated terms). */
export function encodeValues(item: unknown, prefix = "", into: FormValues = {}): FormValues {
  if (item === undefined || item === null || item === false) return into;
  if (Array.isArray(item)) {
    if (item.every((entry) => typeof entry !== "object" || entry === null)) into[prefix] = item.map(String);
    else item.forEach((entry, index) => encodeValues(entry, `${prefix}[${index}]`, into));
    return into;
  }
  if (typeof item === "object") {
    for (const [key, value] of Object.entries(item as Tree)) encodeValues(value, prefix ? `${prefix}.${key}` : key, into);
    return into;
  }
  into[prefix] = item === true ? "on" : String(item);
  return into;
}

/** How many rows of a sub-list the values hold: "offences[2].id" means three. */
export function rowCount(values: FormValues, list: string): number {
  const pattern = new RegExp(`^${list.replace(/[.[\]]/g, "\\$&")}\\[(\\d+)\\]`);
  return Object.keys(values).reduce((count, name) => Math.max(count, Number(pattern.exec(name)?.[1] ?? -1) + 1), 0);
}

/** Whether a problem's path concerns the control or group named `name`. */
export function concerns(path: string, name: string): boolean {
  return path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`);
}
