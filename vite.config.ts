/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import type { Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

/**
 * The default model starts downloading with the page, not after the app's script has run:
 * a preload link to its hashed file, which the app's fetch then reuses. The font's upright
 * file too, so text is drawn in it from the first paint rather than swapped in later.
 */
function preloadModelAndFont(): Plugin {
  return {
    name: "command-atlas:preload-model-and-font",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const files = Object.values(ctx.bundle ?? {}).map((file) => file.fileName);
        const model = files.find((name) => /mnf-ukraine-[\w-]+\.json$/.test(name));
        const font = files.find((name) => /latin-wght-normal-[\w-]+\.woff2$/.test(name));
        const preload = (href: string, as: string, type?: string) => ({
          tag: "link",
          attrs: {
            rel: "preload",
            href: `./${href}`,
            as,
            ...(type ? { type } : {}),
            crossorigin: "anonymous",
          },
          injectTo: "head" as const,
        });
        return {
          html,
          tags: [
            ...(model ? [preload(model, "fetch")] : []),
            ...(font ? [preload(font, "font", "font/woff2")] : []),
          ],
        };
      },
    },
  };
}

// Relative base so the built app works from any folder (embeds, static hosts).
export default defineConfig({
  base: "./",
  plugins: [react(), preloadModelAndFont()],
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
