/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

// Relative base so the built app works from any folder (embeds, static hosts).
export default defineConfig({
  base: "./",
  plugins: [react()],
  resolve: {
    // milsymbol's default entry registers every symbol standard it knows (~860 KB minified); its
    // ES module entry lets us register only the 2525C letter sets we draw. The package's
    // "exports" hide that file, hence an alias to its path.
    alias: {
      "milsymbol/letter-codes": fileURLToPath(new URL("./node_modules/milsymbol/index.mjs", import.meta.url)),
    },
  },
  build: {
    target: "es2022",
    sourcemap: true,
    // Two chunks pass Vite's 500 kB hint: the map's borders (loaded only when the map opens) and
    // the start-up chunk (React, milsymbol, zod); `npm run bench` measures what they cost.
    chunkSizeWarningLimit: 800,
  },
  test: {
    globals: true,
    environment: "node",
    include: ["tests/unit/**/*.test.ts", "tests/component/**/*.test.tsx"],
    setupFiles: ["tests/setup.ts"],
    pool: "threads",
    maxWorkers: 2,
    // Component tests render the whole app; a busy 2-core CI machine needs more than 5 s.
    testTimeout: 20_000,
  },
});
