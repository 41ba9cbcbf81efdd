// The default model's first view, painted before any script has run (issue 09). After `vite
// build` writes dist/, the build opens each page (index.html, embed.html) in the system Chromium
// at a laptop's size, waits for the default model's chart, and writes what the app drew into the
// page's #root: a static snapshot that the app replaces on its first render (mount-room.tsx waits
// for the model so that its first frame is the same view). The snapshot is the app's own DOM,
// so it has the same classes and sizes as the live page and nothing jumps.
//
// The Content Security Policy (style-src 'self') refuses style="" attributes in markup, which
// React writes through the CSSOM on the live page: each distinct one becomes a class in a small
// stylesheet of our own (assets/prerender-<hash>.css), linked from the page.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROME_ARGS, CHROME_PATH } from "./chromium.ts";
import { startPreview } from "./preview-server.ts";

/** Marks the prerendered content, so the app knows to wait for its model before replacing it. */
export const PRERENDER_ATTRIBUTE = "data-prerendered";

const PAGES = ["index.html", "embed.html"] as const;
const ROOT_TAG = '<div id="root"></div>';

type Snapshot = { html: string; styles: string[]; sheets: string[] };

/** Runs in the page: the #root's markup, with each style attribute swapped for a class. */
function takeSnapshot(): Snapshot {
  const live = document.getElementById("root")!;
  const root = live.cloneNode(true) as HTMLElement;
  // A select's choice and a box's tick are properties, not attributes: write them as attributes.
  const liveSelects = live.querySelectorAll("select");
  root.querySelectorAll("select").forEach((select, i) => {
    const chosen = liveSelects[i]?.selectedIndex ?? -1;
    select.querySelectorAll("option").forEach((option, j) => option.toggleAttribute("selected", j === chosen));
  });
  const liveInputs = live.querySelectorAll("input");
  root.querySelectorAll("input").forEach((input, i) => {
    const twin = liveInputs[i];
    if (!twin) return;
    if (twin.type === "checkbox" || twin.type === "radio") input.toggleAttribute("checked", twin.checked);
    else input.setAttribute("value", twin.value);
  });
  // Below 1000 px the app draws its view switch above the view, not in the header
  // (App.tsx): the snapshot, taken wide, carries both, and its stylesheet shows the right one.
  const headerSwitch = root.querySelector(".app-header .view-switch");
  const mainView = root.querySelector(".main-view");
  if (headerSwitch && mainView && !mainView.querySelector(":scope > .view-switch")) {
    const narrowSwitch = headerSwitch.cloneNode(true) as HTMLElement;
    headerSwitch.classList.add("prerender-wide-only");
    narrowSwitch.classList.add("prerender-narrow-only");
    mainView.prepend(narrowSwitch);
  }
  // The chart is fitted to its box by script. A viewBox of the box it was fitted to keeps the
  // same view, scaled, in a box of another size (a phone, a narrow embed) until the app refits it.
  const liveCharts = live.querySelectorAll<SVGSVGElement>("svg.chart-svg");
  root.querySelectorAll("svg.chart-svg").forEach((svg, i) => {
    const box = liveCharts[i];
    if (!box || !box.clientWidth || !box.clientHeight) return;
    svg.setAttribute("viewBox", `0 0 ${box.clientWidth} ${box.clientHeight}`);
    svg.setAttribute("preserveAspectRatio", "xMidYMin meet");
  });
  const styles: string[] = [];
  root.querySelectorAll<HTMLElement | SVGElement>("[style]").forEach((element) => {
    const text = element.getAttribute("style")!.trim();
    element.removeAttribute("style");
    if (!text) return;
    let index = styles.indexOf(text);
    if (index < 0) index = styles.push(text) - 1;
    element.classList.add(`prerender-${index}`);
  });
  // Nothing in the snapshot may run or be typed into: it is a picture of the first view.
  root.querySelectorAll("script, style").forEach((element) => element.remove());
  // The stylesheets the room's chunks brought in (its CSS loads with its script): linked from
  // the page too, so the snapshot is drawn with them before any script has run.
  const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
    (link) => new URL(link.href).pathname.replace(/^.*\/assets\//, "./assets/"),
  );
  return { html: root.innerHTML, styles, sheets };
}

export async function prerender(dist: string, log: (message: string) => void = console.log): Promise<void> {
  if (!existsSync(CHROME_PATH)) {
    log(`prerender skipped: no Chromium at ${CHROME_PATH} (the pages paint once their scripts run)`);
    return;
  }
  const { base, close } = await startPreview();
  const userDataDir = mkdtempSync(join(tmpdir(), "atlas-prerender-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    args: CHROME_ARGS,
    viewport: { width: 1280, height: 800 },
    reducedMotion: "reduce",
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    for (const name of PAGES) {
      const file = join(dist, name);
      const source = readFileSync(file, "utf8");
      if (!source.includes(ROOT_TAG)) throw new Error(`${name} has no empty ${ROOT_TAG}`);
      await page.goto(new URL(name, base).href);
      await page.waitForFunction(() => performance.getEntriesByName("chart:rendered").length > 0, null, {
        timeout: 30_000,
      });
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      // The unit symbols arrive with milsymbol's chunk: the snapshot shows them.
      await page
        .waitForFunction(() => !!document.querySelector("svg image[href^='data:']"), null, { timeout: 5_000 })
        .catch(() => undefined);
      const title = await page.title();
      const snapshot = await page.evaluate(takeSnapshot);
      const css =
        [
          ...snapshot.styles.map((text, i) => `.prerender-${i}{${important(text)}}`),
          "@media not all and (min-width: 1000px){.prerender-wide-only{display:none !important}}",
          "@media (min-width: 1000px){.prerender-narrow-only{display:none !important}}",
        ].join("\n") + "\n";
      const cssName = `assets/prerender-${name.replace(".html", "")}-${createHash("sha256").update(css).digest("hex").slice(0, 8)}.css`;
      writeFileSync(join(dist, cssName), css);
      const links = snapshot.sheets
        .filter((href) => !source.includes(`"${href}"`))
        .map((href) => `  <link rel="stylesheet" crossorigin href="${href}">\n`)
        .join("");
      const html = source
        .replace(ROOT_TAG, `<div id="root" ${PRERENDER_ATTRIBUTE}>${snapshot.html}</div>`)
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
        .replace("</head>", `${links}  <link rel="stylesheet" href="./${cssName}">\n  </head>`);
      writeFileSync(file, html);
      log(`prerendered ${name}: ${(snapshot.html.length / 1024).toFixed(0)} KB of markup, ${snapshot.styles.length} style classes`);
    }
  } finally {
    await context.close();
    await close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** An inline style outranks the stylesheets; its class gets the same precedence this way. */
function important(declarations: string): string {
  return declarations
    .split(";")
    .map((declaration) => declaration.trim())
    .filter(Boolean)
    .map((declaration) => `${declaration} !important;`)
    .join(" ");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
