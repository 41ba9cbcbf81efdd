/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import type { HtmlTagDescriptor, Plugin, Rolldown } from "vite";

type OutputChunk = Rolldown.OutputChunk;
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { META_POLICY, headersFile, securityHeaders } from "./scripts/csp.ts";
import { prerender } from "./scripts/prerender.ts";
import { checkedModels } from "./scripts/checked-at-build.ts";

/**
 * What the page needs first starts downloading with the page, not after a script has run:
 * - the default model, by a preload link to its hashed file that public/page-start.js adds (not
 *   on a page that asks for another model, nor on the default view, whose snapshot paints first:
 *   main.tsx fetches it then), which the app's fetch then reuses;
 * - the room's chunk (src/mount.tsx: React and the views; on the embed page src/mount-embed.tsx)
 *   and its imports: page-start.js is told their names (data-room-chunks) and preloads them for
 *   any address but the default view's; the default view paints the build's snapshot first, and
 *   main.tsx asks for them once it has (src/lib/after-first-paint.ts). Their stylesheets have
 *   preload links here (the snapshot's own stylesheet links name them too);
 * - the font's files (both faces), so text is drawn in it from the first paint rather than swapped in.
 * The validation worker's script is not preloaded: the default model was checked at build
 * (scripts/checked-at-build.ts), and a page given another model starts the worker at once
 * (public/page-start.js, told the worker's file name here).
 */
function preloadStartup(): Plugin {
  return {
    name: "command-atlas:preload-startup",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const files = Object.values(ctx.bundle ?? {});
        const tags: HtmlTagDescriptor[] = [];
        const roomChunks: string[] = [];
        // Each page preloads its own room: the embed page the embed's, the app's page the app's.
        const room = /(^|\/)embed\.html$/.test(ctx.path)
          ? /[\\/]src[\\/]mount-embed\.tsx$/
          : /[\\/]src[\\/]mount\.tsx$/;
        const app = files.find(
          (file): file is OutputChunk => file.type === "chunk" && file.moduleIds.some((id) => room.test(id)),
        );
        if (app) {
          const chunks = new Map(
            files.filter((f): f is OutputChunk => f.type === "chunk").map((c) => [c.fileName, c]),
          );
          const seen = new Set<string>();
          const visit = (fileName: string) => {
            if (seen.has(fileName) || html.includes(`/${fileName}"`)) return;
            seen.add(fileName);
            const chunk = chunks.get(fileName);
            chunk?.imports.forEach(visit);
            roomChunks.push(`./${fileName}`);
            // Its stylesheet too: otherwise it is only asked for once the chunk has run.
            for (const css of chunk?.viteMetadata?.importedCss ?? [])
              if (!html.includes(`/${css}"`))
                tags.push({
                  tag: "link",
                  // crossorigin as Vite's loader asks for it, so the preloaded file is reused
                  attrs: { rel: "preload", as: "style", crossorigin: true, href: `./${css}` },
                  injectTo: "head",
                });
          };
          visit(app.fileName);
        }
        // Both faces: the first view draws upright names and italic conditions ("after a
        // ceasefire"), so the italic file is otherwise asked for only once the page is laid out.
        for (const style of ["normal", "italic"]) {
          const font = files.find(
            (file) => file.fileName.endsWith(".woff2") && file.fileName.includes(`latin-wght-${style}-`),
          );
          if (font)
            tags.push({
              tag: "link",
              attrs: {
                rel: "preload",
                href: `./${font.fileName}`,
                as: "font",
                type: "font/woff2",
                crossorigin: "anonymous",
              },
              injectTo: "head",
            });
        }
        // page-start.js learns files' names here: the validation worker's, which it starts for a
        // ?model= page; the default model's, which it preloads unless ?model= asks for another; and
        // the room's chunks, which it preloads for any address but the default view's.
        const worker = files.find((file) => /(^|\/)validation\.worker-[\w-]+\.js$/.test(file.fileName));
        const model = files.find((file) => /mnf-ukraine-[\w-]+\.json$/.test(file.fileName));
        const names: [string, string][] = [];
        if (worker) names.push(["data-validation-worker", `./${worker.fileName}`]);
        if (model) names.push(["data-default-model", `./${model.fileName}`]);
        if (roomChunks.length) names.push(["data-room-chunks", roomChunks.join(" ")]);
        // After every preload and module script: it blocks the parser, and the security policy's
        // <meta> tag turns off Chromium's preload scanner, so anything after it would only be
        // asked for once it had arrived and run (on a slow phone, one more round trip before the
        // first paint). Before the stylesheets, each preloaded where it was: a script waits for
        // the stylesheets before it, and this one starts a ?model= page's worker.
        const pageStart = /<script src="\.\/page-start\.js"><\/script>\s*/;
        if (pageStart.test(html)) {
          html = html.replace(pageStart, "");
          const sheets: HtmlTagDescriptor[] = [];
          html = html.replace(/<link rel="stylesheet"([^>]*)>/g, (_, rest: string) => {
            const attrs = Object.fromEntries(
              [...rest.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name!, value ?? true]),
            );
            sheets.push({ tag: "link", attrs: { rel: "stylesheet", ...attrs }, injectTo: "head" });
            return `<link rel="preload" as="style"${rest}>`;
          });
          tags.push(
            { tag: "script", attrs: { src: "./page-start.js", ...Object.fromEntries(names) }, injectTo: "head" },
            ...sheets,
          );
        }
        return { html, tags };
      },
    },
  };
}

/**
 * The security policy of scripts/csp.ts, in every built page (a <meta> tag first in <head>), in
 * dist/_headers (Netlify, Cloudflare Pages), and as real headers from `vite preview`, which can
 * also say who may frame a page (frame-ancestors: only the embed page is open). Not in `vite`
 * (dev): its hot reload needs inline scripts and styles.
 */
function securityPolicy(): Plugin {
  return {
    name: "command-atlas:security-policy",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        if (ctx.server) return html;
        return {
          html,
          tags: [
            {
              tag: "meta",
              attrs: { "http-equiv": "Content-Security-Policy", content: META_POLICY },
              injectTo: "head-prepend",
            },
            { tag: "meta", attrs: { name: "referrer", content: "no-referrer" }, injectTo: "head-prepend" },
          ],
        };
      },
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "_headers", source: headersFile() });
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = new URL(request.url ?? "/", "http://preview").pathname;
        for (const [name, value] of Object.entries(securityHeaders(pathname)))
          response.setHeader(name, value);
        next();
      });
    },
  };
}

/**
 * Few chunks for what a room (src/mount.tsx, src/mount-embed.tsx) loads before its first paint:
 * left to itself, the bundler splits off every small module a lazy chunk shares with them (a
 * badge, an icon, the theme…), and the page then waits on twenty requests, six at a time over
 * HTTP/1.1 (measured: the model's download queued ~300 ms behind them). So: one chunk for what
 * both rooms share, one for each room's own. Modules the first script (main.tsx) imports stay
 * with it, so that it still starts the model's download before the rooms' code arrives.
 */
function firstPaintChunks(): Rolldown.CodeSplittingGroup {
  const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));
  type Graph = { getModuleInfo: (id: string) => { importedIds: string[] } | null };
  const closure = (from: string, graph: Graph, stop = new Set<string>()) => {
    const seen = new Set<string>();
    const queue = [from];
    while (queue.length) {
      const id = queue.pop()!;
      if (seen.has(id) || stop.has(id)) continue;
      seen.add(id);
      queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
    return seen;
  };
  let rooms: { app: Set<string>; embed: Set<string> } | null = null;
  return {
    debugName: "first-paint",
    // Each module goes where its rooms put it; its imports are placed by their own rooms.
    includeDependenciesRecursively: false,
    name(moduleId, graph) {
      if (!rooms) {
        const first = closure(src("main.tsx"), graph);
        rooms = {
          app: closure(src("mount.tsx"), graph, first),
          embed: closure(src("mount-embed.tsx"), graph, first),
        };
      }
      const inApp = rooms.app.has(moduleId);
      const inEmbed = rooms.embed.has(moduleId);
      return inApp && inEmbed ? "mount-room" : inApp ? "mount" : inEmbed ? "mount-embed" : null;
    },
  };
}

/**
 * The default model's first view in the built pages' #root, painted before any script runs
 * (scripts/prerender.ts: the built app opened in the system Chromium, its first view kept).
 * Runs once the whole build is written, as the last step of `vite build`.
 */
function prerenderFirstView(): Plugin {
  let outDir = "dist";
  return {
    name: "command-atlas:prerender",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir.startsWith("/") ? config.build.outDir : `${config.root}/${config.build.outDir}`;
    },
    async closeBundle() {
      await prerender(
        outDir,
        (message) => this.info(message),
        (message) => this.warn(message),
      );
    },
  };
}

// Relative base so the built app works from any folder (embeds, static hosts).
export default defineConfig({
  base: "./",
  plugins: [
    react(),
    preloadStartup(),
    securityPolicy(),
    checkedModels(fileURLToPath(new URL("./data", import.meta.url))),
    prerenderFirstView(),
  ],
  resolve: {
    // milsymbol's default entry registers every symbol standard it knows (~860 KB minified); its
    // ES module entry lets us register only the 2525C letter sets we draw. The package's
    // "exports" hide that file, hence an alias to its path.
    alias: {
      "milsymbol/letter-codes": fileURLToPath(new URL("./node_modules/milsymbol/index.mjs", import.meta.url)),
      // jsPDF's optional helpers for html() and addSvgAsImage(), which we never call: markup
      // from strings, refused under Trusted Types. A module that refuses to load stands in.
      ...Object.fromEntries(
        ["html2canvas", "dompurify", "canvg"].map((name) => [
          name,
          fileURLToPath(new URL("./src/deck/not-shipped.ts", import.meta.url)),
        ]),
      ),
    },
  },
  // The validation worker (src/load/validation.ts) is a module worker, built as an ES module.
  worker: { format: "es" },
  build: {
    target: "es2022",
    // Two pages: the app, and the embed page that other sites put in an iframe (its own
    // frame-ancestors rule; the same chunks, without the app's shell).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL("./index.html", import.meta.url)),
        embed: fileURLToPath(new URL("./embed.html", import.meta.url)),
      },
      output: {
        codeSplitting: { groups: [firstPaintChunks()] },
        // Needed once modules are grouped by room rather than with their imports: without it a
        // lazy chunk ran a shared module before its imports (the Embed dialog failed to open).
        strictExecutionOrder: true,
      },
    },
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
    // The exports read the theme colours from themes.css?raw: tests must see the real sheet.
    css: { include: [/themes\.css/] },
    pool: "threads",
    maxWorkers: 2,
    // Component tests render the whole app; a busy 2-core CI machine needs more than 5 s.
    testTimeout: 20_000,
  },
});
