import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    remix({
      ignoredRouteFiles: ["**/*.test.*", "**/*.schema.ts"],
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
  build: {
    target: "es2022",
    // The server build imports the workspace packages at run time (under tsx, see server/main.ts)
    // instead of bundling a second copy: one Prisma runtime, one database, one live server per process.
    rollupOptions: isSsrBuild ? { external: [/^@comity\//] } : {},
  },
}));
