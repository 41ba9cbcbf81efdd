// The size gate counts what a page loads before its app runs: its module script, its
// modulepreloads, the room's chunks it names to page-start.js, and anything those import statically; never the chunks loaded by import().
import {
  LAZY_PACKAGES,
  firstLoadFiles,
  lazySourcesOf,
  packagesOf,
  scriptsOfPage,
  staticImportsOf,
} from "../../../scripts/check-size";

const PAGE = `<!doctype html><html><head>
  <script src="./page-start.js"></script>
  <script type="module" crossorigin src="./assets/index-a1.js"></script>
  <link rel="modulepreload" crossorigin href="./assets/runtime-b2.js">
  <link rel="modulepreload" as="worker" crossorigin href="./assets/validation.worker-w1.js">
  <link rel="stylesheet" href="./assets/index-c3.css">
  <link rel="preload" href="./assets/model-d4.json" as="fetch" crossorigin="anonymous">
</head><body><div id="root"></div></body></html>`;

describe("the first-load size gate", () => {
  it("reads a page's scripts (classic and module) and modulepreloads, not its styles, data or workers' scripts", () => {
    expect(scriptsOfPage(PAGE)).toEqual(["page-start.js", "assets/index-a1.js", "assets/runtime-b2.js"]);
    expect(scriptsOfPage(PAGE, { workers: true })).toEqual(["assets/validation.worker-w1.js"]);
  });

  it("counts the room's chunks the page names to page-start.js, which load right after the first paint", () => {
    const page = PAGE.replace(
      '<script src="./page-start.js">',
      '<script src="./page-start.js" data-room-chunks="./assets/mount-room-k1.js ./assets/mount-l2.js">',
    );
    expect(scriptsOfPage(page)).toEqual([
      "page-start.js",
      "assets/mount-room-k1.js",
      "assets/mount-l2.js",
      "assets/index-a1.js",
      "assets/runtime-b2.js",
    ]);
  });

  it("finds static imports in minified code and ignores dynamic ones", () => {
    const code =
      'import{a as b,c}from"./shared-e5.js";import"./side-f6.js";export{x}from"./re-g7.js";const m=()=>import("./lazy-h8.js");';
    expect(staticImportsOf(code).sort()).toEqual(["./re-g7.js", "./shared-e5.js", "./side-f6.js"]);
  });

  it("counts a chunk the page forgot to preload when a first-load chunk imports it, and a worker's preloaded script", () => {
    const chunks: Record<string, string> = {
      "assets/index-a1.js": 'import{r}from"./shared-e5.js";const v=()=>import("./map-i9.js");',
      "assets/runtime-b2.js": "",
      "assets/validation.worker-w1.js": "",
      "assets/shared-e5.js": 'import"./deep-j0.js";',
      "assets/deep-j0.js": "",
      "assets/map-i9.js": "",
      "page-start.js": "",
    };
    expect(firstLoadFiles(PAGE, (file) => chunks[file] ?? null).sort()).toEqual([
      "assets/deep-j0.js",
      "assets/index-a1.js",
      "assets/runtime-b2.js",
      "assets/shared-e5.js",
      "assets/validation.worker-w1.js",
      "page-start.js",
    ]);
  });

  it("names the packages in a chunk from its sourcemap, so zod or milsymbol in the first load fails", () => {
    const sources = [
      "../../node_modules/zod/v4/classic/schemas.js",
      "../../node_modules/@tanstack/query-core/build/modern/query.js",
      "../../src/model/schema.ts",
    ];
    expect([...packagesOf(sources)].sort()).toEqual(["@tanstack/query-core", "zod"]);
    expect(Object.keys(LAZY_PACKAGES)).toEqual(expect.arrayContaining(["zod", "milsymbol", "world-atlas"]));
  });

  it("names the presentation and print modules when they reach a first-load chunk", () => {
    expect(
      lazySourcesOf([
        "../../src/views/app/App.tsx",
        "../../src/views/present/PresentRoom.tsx",
        "../../src/views/print/PrintHandout.tsx",
      ]),
    ).toEqual(["src/views/present/", "src/views/print/PrintHandout"]);
    expect(
      lazySourcesOf(["../../src/views/print/usePrintReady.ts", "../../src/views/focus/RoomControls.tsx"]),
    ).toEqual([]);
  });
});
