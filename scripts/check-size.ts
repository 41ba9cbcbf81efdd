// `npm run test:size` (part of `npm test`, right after the build): the JavaScript a page loads
// before anything else (its module script, the room's chunks it names to page-start.js, and the
// modules they import statically) must stay within the first-load budget, gzipped. Prints
// every first-load chunk with its size; `--why` adds what each chunk holds, from its sourcemap.
// A worker's script the page preloads counts too: it is JavaScript every visit downloads. The
// default model is checked at build, so its pages load no validation worker; a page given
// another model (?model=) does, and its size is printed beside each page's. Lazy chunks (the
// map, milsymbol…) are listed for information only.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, posix, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** Issue 09: a chart in an article must appear at once, on a phone. KB = 1024 bytes, gzip level 6. */
export const FIRST_LOAD_BUDGET_KB = 150;

/**
 * Large packages that load only when needed, whatever the budget says: a stray import would
 * bring them back unnoticed while the total still fits. Each with where it belongs.
 */
export const LAZY_PACKAGES: Record<string, string> = {
  zod: "only the validation worker and its in-page fallback (src/load/check-text.ts) import the model's schemas",
  milsymbol: "symbols load after the first paint (src/symbols/symbol-loader.ts)",
  "world-atlas": "the map loads its borders when opened",
  "topojson-client": "the map's geometry loads with the map",
  "d3-geo": "projections load with the map",
};

/**
 * Our own modules that load only when needed (issue 06's rooms), matched in sourcemap sources:
 * each with where it belongs.
 */
export const LAZY_SOURCES: Record<string, string> = {
  "src/views/present/": "presentation mode and the presenter's window load when a story starts (App.tsx)",
  "src/views/print/PrintHandout":
    "the printed handout loads in idle time or when printing starts (usePrintReady)",
};

/** The LAZY_SOURCES entries a chunk's sourcemap sources hit. */
export function lazySourcesOf(sources: readonly string[]): string[] {
  return Object.keys(LAZY_SOURCES).filter((part) => sources.some((source) => source.includes(part)));
}

const kb = (bytes: number) => bytes / 1024;
export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 6 }).length;

const pathOf = (src: string) => posix.normalize(src.replace(/^\.?\//, ""));

/**
 * The scripts (module or classic), the room's chunks named to page-start.js (data-room-chunks) and
 * the modulepreloads an HTML page names, as paths relative to the page;
 * with `workers`, the scripts it preloads for workers instead (as="worker").
 */
export function scriptsOfPage(html: string, { workers = false } = {}): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(tag)?.[1];
    const forWorker = /^worker$|^sharedworker$|^serviceworker$/i.test(attr("as") ?? "");
    if (/^<script/i.test(tag) && attr("src") && !workers)
      found.push(attr("src")!);
    // The room's chunks, which page-start.js preloads (or main.tsx loads once the snapshot has painted).
    if (/^<script/i.test(tag) && attr("data-room-chunks") && !workers)
      found.push(...attr("data-room-chunks")!.split(/\s+/).filter(Boolean));
    if (/^<link/i.test(tag) && attr("rel") === "modulepreload" && attr("href") && forWorker === workers)
      found.push(attr("href")!);
  }
  return found.map(pathOf);
}

/** Relative specifiers a built chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
export function staticImportsOf(code: string): string[] {
  const out = new Set<string>();
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) out.add(match[1]!);
  return [...out];
}

/**
 * Every file a page loads before its app runs: its scripts and preloads (workers' too: off the
 * page's thread, but downloaded all the same), plus anything those import statically that the
 * page forgot to preload (the browser loads it all the same).
 */
export function firstLoadFiles(html: string, read: (path: string) => string | null): string[] {
  const files = new Set<string>();
  const queue = [...scriptsOfPage(html), ...scriptsOfPage(html, { workers: true })];
  while (queue.length) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    const code = read(file);
    if (code === null || !file.endsWith(".js")) continue;
    for (const spec of staticImportsOf(code))
      queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
  }
  return [...files].filter((f) => f.endsWith(".js"));
}

type Chunk = { file: string; bytes: number; gzip: number };

/** Packages whose code is in a built chunk, from its sourcemap's sources. */
export function packagesOf(sources: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const source of sources) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
    if (pkg) found.add(pkg);
  }
  return found;
}

function describeChunk(dist: string, chunk: Chunk): string[] {
  const mapFile = join(dist, chunk.file + ".map");
  if (!existsSync(mapFile)) return ["      (no sourcemap)"];
  const code = readFileSync(join(dist, chunk.file), "utf8");
  const map = JSON.parse(readFileSync(mapFile, "utf8")) as { sources: string[]; mappings: string };
  const bySource = bytesBySource(code, map);
  const byPackage = new Map<string, number>();
  for (const [source, bytes] of bySource) {
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ?? /(src\/[^/]+)/.exec(source)?.[1] ?? source;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytes);
  }
  return [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(
      ([pkg, bytes]) =>
        `      ${pkg.padEnd(34)} ${kb(bytes).toFixed(1).padStart(7)} KB raw (~${kb((bytes / chunk.bytes) * chunk.gzip).toFixed(1)} KB gzipped)`,
    );
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Bytes of generated code per original source, from a sourcemap's mappings (VLQ segments). */
function bytesBySource(code: string, map: { sources: string[]; mappings: string }): Map<string, number> {
  const out = new Map<string, number>();
  const lines = code.split("\n");
  let source = 0;
  map.mappings.split(";").forEach((line, lineIndex) => {
    const starts: [number, number][] = [];
    let column = 0;
    for (const segment of line.split(",")) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0]!;
      if (values.length > 1) source += values[1]!;
      starts.push([column, values.length > 1 ? source : -1]);
    }
    const length = lines[lineIndex]?.length ?? 0;
    starts.forEach(([start, src], i) => {
      const name = src >= 0 ? (map.sources[src] ?? "?") : "(not mapped)";
      out.set(name, (out.get(name) ?? 0) + (starts[i + 1]?.[0] ?? length) - start);
    });
  });
  return out;
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const dist = resolve(process.argv.find((a, i) => i > 1 && !a.startsWith("--")) ?? join(root, "dist"));
  const why = process.argv.includes("--why");
  const pages = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith(".html")) : [];
  if (!pages.length) {
    console.error(`No built pages in ${dist}: run \`vite build\` first.`);
    process.exit(1);
  }
  const read = (file: string) => {
    const path = join(dist, file);
    return existsSync(path) ? readFileSync(path, "utf8") : null;
  };
  const chunkOf = (file: string): Chunk => {
    const buffer = readFileSync(join(dist, file));
    return { file, bytes: buffer.length, gzip: gzipSize(buffer) };
  };
  let failed = false;
  const firstLoad = new Set<string>();
  const workerFile = readdirSync(join(dist, "assets")).find((f) => /^validation\.worker-[\w-]+\.js$/.test(f));
  const validationWorker = workerFile ? chunkOf(`assets/${workerFile}`) : null;
  for (const page of pages) {
    const chunks = firstLoadFiles(read(page)!, read)
      .map(chunkOf)
      .sort((a, b) => b.gzip - a.gzip);
    chunks.forEach((c) => firstLoad.add(c.file));
    const total = chunks.reduce((sum, c) => sum + c.gzip, 0);
    const over = kb(total) > FIRST_LOAD_BUDGET_KB;
    failed ||= over;
    console.log(
      `${page}: first-load JavaScript ${kb(total).toFixed(1)} KB gzipped, budget ${FIRST_LOAD_BUDGET_KB} KB: ${over ? "OVER BUDGET" : "ok"}`,
    );
    for (const chunk of chunks) {
      console.log(
        `  ${kb(chunk.gzip).toFixed(1).padStart(7)} KB  ${chunk.file} (${kb(chunk.bytes).toFixed(1)} KB raw)`,
      );
      if (why || over) console.log(describeChunk(dist, chunk).join("\n"));
      const map = read(chunk.file + ".map");
      const sources = map ? (JSON.parse(map) as { sources: string[] }).sources : [];
      for (const pkg of packagesOf(sources)) {
        if (!(pkg in LAZY_PACKAGES)) continue;
        failed = true;
        console.error(`  ✗ ${pkg} is in the first load (${chunk.file}): ${LAZY_PACKAGES[pkg]}.`);
      }
      for (const part of lazySourcesOf(sources)) {
        failed = true;
        console.error(`  ✗ ${part} is in the first load (${chunk.file}): ${LAZY_SOURCES[part]}.`);
      }
    }
    if (validationWorker && !chunks.some((c) => c.file === validationWorker.file))
      console.log(
        `  with another model (?model=), plus the validation worker's ${kb(validationWorker.gzip).toFixed(1)} KB (${validationWorker.file}): ${kb(total + validationWorker.gzip).toFixed(1)} KB`,
      );
  }
  const lazy = readdirSync(join(dist, "assets"))
    .filter((f) => f.endsWith(".js") && !firstLoad.has(`assets/${f}`))
    .map((f) => chunkOf(`assets/${f}`))
    .filter((c) => kb(c.gzip) >= 5)
    .sort((a, b) => b.gzip - a.gzip);
  console.log(`Loaded later, when needed (chunks of 5 KB or more, gzipped):`);
  for (const chunk of lazy)
    console.log(`  ${kb(chunk.gzip).toFixed(1).padStart(7)} KB  ${basename(chunk.file)}`);
  if (failed) {
    console.error(
      `The first load is over ${FIRST_LOAD_BUDGET_KB} KB gzipped or carries a package or module marked ✗ above. Load those parts when first needed (dynamic import(), or the worker).`,
    );
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
