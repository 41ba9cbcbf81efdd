/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

// Relative base so the built app works from any folder (embeds, static hosts).
export default defineConfig({
  base: "./",
  plugins: [react()],
  resolve: {
    // lets us register only MIL-STD-2525C letter codes, the only ones we draw. Its package
    // "exports" hide that file, hence an alias to the path.
    alias: {
      "milsymbol/letter-codes": fileURLToPath(new URL("./node_modules/milsymbol/index.mjs", import.meta.url)),
    },
  },
  build: { target: "es2022", sourcemap: true },
  test: {
    globals: true,
    environment: "node",
    include: ["tests/unit/**/*.test.ts", "tests/component/**/*.test.tsx"],
    setupFiles: ["tests/setup.ts"],
    pool: "threads",
    maxWorkers: 2,
  },
});
