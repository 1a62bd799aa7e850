import { COUNTRY_CODES, languagesUnFirst } from "@comity/domain";
import { countryName, languageName } from "./format-times.ts";

/**
 * Language and country names in the reader's language, computed once on the server and sent with
 * the page: the browser's ICU data names some places differently from Node's, and a page must
 * hydrate with exactly the text it was rendered with.
 */
export function displayNames(language: string) {
  return {
    languages: Object.fromEntries(languagesUnFirst().map((code) => [code, languageName(code, language)])) as Record<string, string>,
    countries: COUNTRY_CODES.map((code) => ({ code, name: countryName(code, language) })).sort((a, b) => a.name.localeCompare(b.name, language)),
  };
}
