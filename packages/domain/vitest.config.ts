import { defineConfig } from "vitest/config";

// Property and exhaustive-search tests run hundreds of programmes; on two busy cores (the whole
// suite runs in parallel) they need more than Vitest's 5 s default.
export default defineConfig({ test: { testTimeout: 60_000 } });
