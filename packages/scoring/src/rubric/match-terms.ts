/**
 * Text as the rubric compares it: lower case, accents and Arabic diacritics dropped (NFKD splits
 * "é" and "أ" into a letter and a mark), Arabic letter variants folded, spaces collapsed. A person
 * who types "resume" for "résumé" or leaves out the hamza still gets the credit.
 */
export function normaliseForMatching(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/ى/g, "ي")
    // Arabic-Indic and Persian digits read as the same numbers as 0–9.
    .replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/ـ/g, "") // tatweel, a stretching stroke with no meaning
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

// Arabic joins articles, conjunctions and prepositions to the word (ال، و، ب، ل): a term is found
// anywhere in it. Elsewhere a term must start a word, and may run on: "assurance" finds "assurances",
// but "art" is not found in "party".
const ATTACHED_PREFIX_LANGUAGES = new Set(["ar", "fa", "ur"]);

function containsTerm(text: string, term: string, language: string): boolean {
  if (!term) return false;
  if (ATTACHED_PREFIX_LANGUAGES.has(language)) return text.includes(term);
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const before = text[at - 1];
    if (before === undefined || !WORD_CHARACTER.test(before)) return true;
  }
  return false;
}

/** The terms of `terms` found in `text` (written in `language`), compared after normalisation. */
export function termsFound(text: string, terms: readonly string[], language: string): string[] {
  const haystack = normaliseForMatching(text);
  return terms.filter((term) => containsTerm(haystack, normaliseForMatching(term), language));
}

/** Words with a letter or digit in them: "…" and "-" are not words. */
export function countWords(text: string): number {
  return normaliseForMatching(text)
    .split(" ")
    .filter((word) => WORD_CHARACTER.test(word)).length;
}
