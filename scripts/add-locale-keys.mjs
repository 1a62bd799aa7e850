#!/usr/bin/env node
// Adds or replaces locale keys in all three locale files at once, so they stay in step.
// Usage: node scripts/add-locale-keys.mjs keys.json   where keys.json is { "en": {...}, "fr": {...}, "ar": {...} }
// Each value is a nested object merged into the locale (leaves replace leaves).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const merge = (target, source) => {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === "object" && !Array.isArray(value)) target[key] = merge(target[key] && typeof target[key] === "object" ? target[key] : {}, value);
    else target[key] = value;
  }
  return target;
};
const additions = JSON.parse(readFileSync(process.argv[2], "utf8"));
for (const locale of ["en", "fr", "ar"]) {
  if (!additions[locale]) throw new Error(`missing "${locale}" in ${process.argv[2]}`);
  const file = fileURLToPath(new URL(`../apps/web/app/locales/${locale}.json`, import.meta.url));
  const current = JSON.parse(readFileSync(file, "utf8"));
  writeFileSync(file, `${JSON.stringify(merge(current, additions[locale]), null, 2)}\n`);
}
