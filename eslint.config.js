// One lint configuration for the whole workspace; each package runs `eslint .` from its folder.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/build/**", "**/generated/**", "**/node_modules/**", "**/reports/**", "**/test-results/**", "**/.turbo/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["error", "warn", "log"] }],
    },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly" } },
  },
  {
    // Domain and scoring run in the browser, the server and tests alike: no framework, database or socket.
    files: ["packages/domain/**/*.ts", "packages/scoring/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["@remix-run/*", "react", "react-dom", "@prisma/*", "@comity/db", "@comity/live*", "socket.io*", "node:*", "pg", "@electric-sql/*"] },
      ],
    },
  },
);
