// The default model's first view, painted before any script has run (issue 09). After `vite
// build` writes dist/, the build opens each page (index.html, embed.html) in the system Chromium
// at each of the project's screen sizes, waits until the app's first view has settled, and writes
// what the app drew into the page's #root: one static snapshot per size, of which a media query
// shows the one for the reader's screen width. The app replaces the snapshot on its first render
// (mount-room.tsx waits for the model so that its first frame is the same view). Each snapshot is
// the app's own DOM at that size, so it has the same classes, sizes and chart frame (the chart's
// first view depends on its box: layout/viewport.ts) as the live page, and nothing jumps.
//
// The Content Security Policy (style-src 'self') refuses style="" attributes in markup, which
// React writes through the CSSOM on the live page: each distinct one becomes a class in a small
// stylesheet of our own (assets/prerender-<page>-<hash>.css), linked from the page, with the
// media queries that choose a snapshot.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { BrowserContext } from "playwright-core";
import { CHROME_ARGS, CHROME_PATH } from "./chromium.ts";
import { startPreview } from "./preview-server.ts";

/** Marks the prerendered content, so the app knows to wait for its model before replacing it. */
export const PRERENDER_ATTRIBUTE = "data-prerendered";

/** A screen the snapshot is taken on, and the narrowest screen width (px) that is shown it. */
export type PrerenderSize = { width: number; height: number; from: number };

/**
 * The theme a page opens in until a reader picks one (store.ts, themeChoice): the app's follows
 * the system (dark, or more contrast), the embed's is light, whatever the system.
 */
type PageTheme = "system" | "light";

/**
 * The page's theme before its script has run. The script says which theme applies by <html
 * data-theme>; until then only the system's preferences (media queries) can. themes.css gives a
 * dark system a dark background then; these rules make the snapshot the page's own theme.
 */
function themeCss(theme: PageTheme, rules: Partial<Record<ThemeName, string>>): string[] {
  const before = (media: string, declarations: string | undefined, more = "") =>
    declarations ? [`@media ${media}{html:not([data-theme]){${declarations}${more}}}`] : [];
  // More contrast comes first (theme.ts), so its rule comes last.
  if (theme === "system")
    return [
      ...before("(prefers-color-scheme: dark)", rules.dark),
      ...before("(prefers-contrast: more)", rules.contrast),
    ];
  return before("(prefers-color-scheme: dark), (prefers-contrast: more)", rules.light, " background: none;");
}

/**
 * The screens of the browser suite's projects (phone 390 × 844, laptop 1280 × 800, projector
 * 1920 × 1080) and the embed's widths (320, 600, 1000 px; the embed's height follows its width).
 * Each snapshot is shown from its `from` width up to the next one's: a screen between two sizes
 * gets the nearer one's view, scaled to its box (the chart's viewBox) until the app refits it.
 * The phone's ends where the app's layout changes (760 px, app.css).
 */
export const PRERENDER_PAGES: Record<string, { theme: PageTheme; sizes: readonly PrerenderSize[] }> = {
  "index.html": {
    theme: "system",
    sizes: [
      { width: 390, height: 844, from: 0 },
      { width: 1280, height: 800, from: 760 },
      { width: 1920, height: 1080, from: 1600 },
    ],
  },
  "embed.html": {
    theme: "light",
    sizes: [
      // An article's column on a phone: 320 (the narrowest), 390 (most phones' width, less the
      // page's margins) up to where the 600 px picture takes over. Without the 390 one, a 412 px
      // embed showed the 320 picture 1.3 times larger, one card, then zoomed out to three.
      { width: 320, height: 700, from: 0 },
      { width: 390, height: 700, from: 360 },
      { width: 600, height: 700, from: 460 },
      { width: 1000, height: 800, from: 800 },
    ],
  },
};

const ROOT_TAG = '<div id="root"></div>';

type ThemeName = "light" | "dark" | "contrast";
type Snapshot = {
  html: string;
  css: string[];
  /** The declarations of each theme's rule ([data-theme="…"] in themes.css). */
  themes: Partial<Record<ThemeName, string>>;
  sheets: string[];
  title: string;
};

/**
 * Runs in the page: the #root's markup as a still picture, as snapshot number `index` of its
 * page. Style attributes become classes (with their rules in `css`), ids get the snapshot's
 * suffix (several snapshots share the page), and controls are inert.
 */
function takeSnapshot(index: number): Snapshot {
  const live = document.getElementById("root")!;
  const root = live.cloneNode(true) as HTMLElement;
  // A select's choice and a box's tick are properties, not attributes: write them as attributes.
  const liveSelects = live.querySelectorAll("select");
  root.querySelectorAll("select").forEach((select, i) => {
    const chosen = liveSelects[i]?.selectedIndex ?? -1;
    select
      .querySelectorAll("option")
      .forEach((option, j) => option.toggleAttribute("selected", j === chosen));
  });
  const liveInputs = live.querySelectorAll("input");
  root.querySelectorAll("input").forEach((input, i) => {
    const twin = liveInputs[i];
    if (!twin) return;
    if (twin.type === "checkbox" || twin.type === "radio") input.toggleAttribute("checked", twin.checked);
    else input.setAttribute("value", twin.value);
  });
  // Below 1000 px the app draws its view switch above the view, not in the header (App.tsx):
  // a snapshot taken wide and shown on a narrower screen carries both; its stylesheet shows one.
  const headerSwitch = root.querySelector(".app-header .view-switch");
  const mainView = root.querySelector(".main-view");
  if (headerSwitch && mainView && !mainView.querySelector(":scope > .view-switch")) {
    const narrowSwitch = headerSwitch.cloneNode(true) as HTMLElement;
    headerSwitch.classList.add("prerender-wide-only");
    narrowSwitch.classList.add("prerender-narrow-only");
    mainView.prepend(narrowSwitch);
  }
  // The chart is fitted to its box by script. A viewBox of the box it was fitted to keeps the
  // same view, scaled, in a box of another size until the app refits it.
  const liveCharts = live.querySelectorAll<SVGSVGElement>("svg.chart-svg");
  root.querySelectorAll("svg.chart-svg").forEach((svg, i) => {
    const box = liveCharts[i]?.getBoundingClientRect();
    if (!box?.width || !box.height) return;
    svg.setAttribute("viewBox", `0 0 ${box.width} ${box.height}`);
    svg.setAttribute("preserveAspectRatio", "xMidYMin meet");
  });
  // Nothing in the snapshot may run, or be clicked, typed into or focused: it is a picture of the
  // first view until the app takes over. Controls are inert (no focus, no clicks, out of the
  // accessibility tree); the rest of the page (headings, the as-of line, the legends) stays readable.
  root.querySelectorAll("script, style").forEach((element) => element.remove());
  const controls = [
    "a[href]",
    "button",
    "input",
    "select",
    "textarea",
    "summary",
    "label",
    "[tabindex]",
    "[contenteditable]",
    ...["button", "link", "checkbox", "radio", "switch", "tab", "menuitem", "option", "slider"].map(
      (role) => `[role="${role}"]`,
    ),
    ...["tree", "treeitem", "radiogroup", "tablist", "menu", "listbox", "grid", "toolbar"].map(
      (role) => `[role="${role}"]`,
    ),
  ].join(", ");
  // A heading whose title is a button (the structure's fold on a phone) would be empty to a
  // screen reader once the button is inert: the heading is named by the button's text.
  root.querySelectorAll(":is(h1, h2, h3, h4):has(> button)").forEach((heading) => {
    heading.setAttribute("aria-label", heading.textContent?.trim() ?? "");
  });
  root.querySelectorAll(controls).forEach((control) => {
    // inert is an HTML attribute: a control drawn in SVG (the chart's cards) makes its nearest
    // HTML container inert.
    let element: Element | null = control;
    while (element && !(element instanceof HTMLElement)) element = element.parentElement;
    if (element && !element.closest("[inert]")) element.setAttribute("inert", "");
  });
  // Several snapshots share the page: each one's ids, and what refers to them, get its suffix.
  const suffix = `--prerender-${index}`;
  const ids = new Set<string>();
  root.querySelectorAll("[id]").forEach((element) => {
    ids.add(element.id);
    element.id += suffix;
  });
  const renamed = (id: string) => (ids.has(id) ? id + suffix : id);
  const idLists = [
    "aria-labelledby",
    "aria-describedby",
    "aria-controls",
    "aria-owns",
    "aria-details",
    "for",
  ];
  root.querySelectorAll("*").forEach((element) => {
    for (const attribute of [...element.attributes]) {
      const { name, value } = attribute;
      let next = value;
      if (idLists.includes(name)) next = value.split(/\s+/).map(renamed).join(" ");
      else if (name === "aria-activedescendant") next = renamed(value);
      else if ((name === "href" || name === "xlink:href") && value.startsWith("#"))
        next = "#" + renamed(value.slice(1));
      if (value.includes("url(#"))
        next = next.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${renamed(id)})`);
      if (next !== value) element.setAttribute(name, next);
    }
  });
  const styles: string[] = [];
  root.querySelectorAll<HTMLElement | SVGElement>("[style]").forEach((element) => {
    const text = element
      .getAttribute("style")!
      .trim()
      .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${renamed(id)})`);
    element.removeAttribute("style");
    if (!text) return;
    let at = styles.indexOf(text);
    if (at < 0) at = styles.push(text) - 1;
    element.classList.add(`prerender-${index}-${at}`);
  });
  // An inline style outranks the stylesheets: its class gets the same precedence by !important.
  const css = styles.map((text, at) => {
    const declarations = text
      .split(";")
      .map((declaration) => declaration.trim())
      .filter(Boolean)
      .map((declaration) => `${declaration} !important;`);
    return `.prerender-${index}-${at}{${declarations.join(" ")}}`;
  });
  // The room's one element (the app's shell, or the embed's frame) says which snapshot it is.
  if (root.children.length !== 1) throw new Error(`#root has ${root.children.length} elements, not 1`);
  root.children[0]!.classList.add(`prerender-at-${index}`);
  // The stylesheets the room's chunks brought in (its CSS loads with its script): linked from
  // the page too, so the snapshot is drawn with them before any script has run.
  const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) =>
    new URL(link.href).pathname.replace(/^.*\/assets\//, "./assets/"),
  );
  const themes: Partial<Record<ThemeName, string>> = {};
  for (const sheet of document.styleSheets)
    for (const rule of sheet.cssRules)
      for (const theme of ["light", "dark", "contrast"] as const)
        if (
          rule instanceof CSSStyleRule &&
          rule.selectorText.split(/,\s*/).includes(`[data-theme="${theme}"]`)
        )
          themes[theme] = rule.style.cssText;
  return { html: root.innerHTML, css, themes, sheets, title: document.title };
}

/**
 * Runs in a blank page (the app's pages allow no HTML parsing by script: Trusted Types): a
 * snapshot's markup with its unit symbols and flags drawn inline. `addressed`: the pictures
 * whose address the page already carries (in an earlier snapshot), returned with this one's.
 */
function inlinePictures({ html, addressed }: { html: string; addressed: string[] }): {
  html: string;
  addressed: string[];
} {
  const template = document.createElement("template");
  template.innerHTML = html;
  // Unit symbols and flags are SVG pictures (data: addresses in <image>). The browser builds a
  // document for each picture while it parses the page, before the first paint, also for the
  // snapshots a screen does not show and on addresses whose app replaces the snapshot at once
  // (?model=, ?unit=, …). Drawn inline they cost only their markup. Each picture's first copy
  // on the page keeps its address (data-href), from which the app's first frame draws it
  // (mount-room.tsx, adoptPictures).
  const firstCopies = new Set(addressed);
  // Only plain shapes: inline, a picture's ids, styles, text or links would reach the page.
  const shapes = new Set(["g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon"]);
  template.content
    .querySelectorAll<SVGImageElement>("image[data-sidc], image[data-flag]")
    .forEach((image) => {
      const href = image.getAttribute("href") ?? "";
      const comma = href.indexOf(",");
      if (!href.startsWith("data:image/svg+xml") || comma < 0) return;
      const source = new DOMParser().parseFromString(
        decodeURIComponent(href.slice(comma + 1)),
        "image/svg+xml",
      ).documentElement;
      if (source.namespaceURI !== "http://www.w3.org/2000/svg" || source.localName !== "svg") return;
      const plain = [...source.querySelectorAll("*")].every(
        (element) =>
          shapes.has(element.localName) &&
          [...element.attributes].every((a) => !/^(on|id$|class$|style$|href$|xlink:)/i.test(a.name)),
      );
      if (!plain) return;
      const picture = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      for (const name of [
        "x",
        "y",
        "width",
        "height",
        "preserveAspectRatio",
        "aria-hidden",
        "data-sidc",
        "data-flag",
      ]) {
        const value = image.getAttribute(name);
        if (value !== null) picture.setAttribute(name, value);
      }
      // An <image> fits the picture's viewBox (or its own size) to its box, as a nested <svg> does.
      const viewBox =
        source.getAttribute("viewBox") ??
        `0 0 ${parseFloat(source.getAttribute("width") ?? "0")} ${parseFloat(source.getAttribute("height") ?? "0")}`;
      picture.setAttribute("viewBox", viewBox);
      picture.setAttribute("class", "prerender-picture");
      if (!firstCopies.has(href)) {
        firstCopies.add(href);
        picture.setAttribute("data-href", href);
      }
      picture.append(...[...source.childNodes].map((node) => document.importNode(node, true)));
      image.replaceWith(picture);
    });
  return { html: template.innerHTML, addressed: [...firstCopies] };
}

/** The page's snapshots with their pictures drawn inline (inlinePictures), in one blank page. */
async function withInlinePictures(
  context: BrowserContext,
  snapshots: readonly Snapshot[],
): Promise<Snapshot[]> {
  const blank = await context.newPage();
  try {
    let addressed: string[] = [];
    const drawn: Snapshot[] = [];
    for (const snapshot of snapshots) {
      const inline = await blank.evaluate(inlinePictures, { html: snapshot.html, addressed });
      addressed = inline.addressed;
      drawn.push({ ...snapshot, html: inline.html });
    }
    return drawn;
  } finally {
    await blank.close();
  }
}

/**
 * Runs in the page: whether the first view's parts that arrive with chunks of their own are in:
 * every card's symbol (milsymbol), every flag, the timeline's axis.
 */
function firstViewComplete(): boolean {
  const cards = [...document.querySelectorAll("svg.chart-svg .chart-card")];
  return (
    cards.length > 0 &&
    cards.every((card) => !card.querySelector(".card-name") || card.querySelector("image[data-sidc]")) &&
    !document.querySelector("svg.chart-svg .flag-placeholder") &&
    (!document.querySelector(".timeline-strip") || !!document.querySelector(".timeline-axis svg"))
  );
}

/** Runs in the page: resolves once nothing in #root has changed for `quietMs`. */
function firstViewSettled(quietMs: number): Promise<void> {
  return new Promise((resolve) => {
    let timer = 0;
    const quiet = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        observer.disconnect();
        resolve();
      }, quietMs);
    };
    const observer = new MutationObserver(quiet);
    observer.observe(document.getElementById("root")!, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    quiet();
  });
}

async function snapshotAt(
  context: BrowserContext,
  url: string,
  size: PrerenderSize,
  index: number,
): Promise<Snapshot> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("chart:rendered").length > 0, null, {
      timeout: 30_000,
    });
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await page.waitForFunction(firstViewComplete, null, { timeout: 30_000, polling: 50 });
    await page.evaluate(firstViewSettled, 150);
    return await page.evaluate(takeSnapshot, index);
  } finally {
    await page.close();
  }
}

/** The stylesheet of a page's snapshots: their former style attributes, and which one shows where. */
function snapshotCss(
  snapshots: readonly Snapshot[],
  sizes: readonly PrerenderSize[],
  theme: PageTheme,
): string {
  const rules = [
    ...themeCss(theme, snapshots[0]?.themes ?? {}),
    ...snapshots.flatMap((snapshot) => snapshot.css),
  ];
  sizes.forEach((size, i) => {
    // Hidden below its first width and from the next size's first width up: min-width only,
    // so every width shows exactly one snapshot.
    const hide = `.prerender-at-${i}{display:none !important}`;
    if (size.from > 0) rules.push(`@media not all and (min-width: ${size.from}px){${hide}}`);
    const next = sizes[i + 1];
    if (next) rules.push(`@media (min-width: ${next.from}px){${hide}}`);
  });
  rules.push(
    // A picture drawn inline (inlinePictures) would inherit the card's paint; as an <image> it
    // had the defaults of a document of its own.
    ".prerender-picture{fill:#000;fill-opacity:1;fill-rule:nonzero;stroke:none;stroke-width:1px;stroke-opacity:1;stroke-dasharray:none;stroke-dashoffset:0;stroke-linecap:butt;stroke-linejoin:miter;stroke-miterlimit:4;paint-order:normal;color:#000;visibility:visible}",
    "@media not all and (min-width: 1000px){.prerender-wide-only{display:none !important}}",
    "@media (min-width: 1000px){.prerender-narrow-only{display:none !important}}",
  );
  return rules.join("\n") + "\n";
}

export async function prerender(
  dist: string,
  log: (message: string) => void = console.log,
  warn: (message: string) => void = console.warn,
): Promise<void> {
  if (!existsSync(CHROME_PATH)) {
    warn(
      [
        "",
        "!! PRERENDER SKIPPED: no Chromium at " + CHROME_PATH + " (install it or set CHROME_PATH).",
        "!! index.html and embed.html are built without their first view: they paint only once",
        "!! their scripts have run, and show nothing without JavaScript.",
        "",
      ].join("\n"),
    );
    return;
  }
  const started = Date.now();
  const { base, close } = await startPreview(dist);
  const userDataDir = mkdtempSync(join(tmpdir(), "atlas-prerender-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    args: CHROME_ARGS,
    reducedMotion: "reduce",
  });
  try {
    for (const [name, { theme, sizes }] of Object.entries(PRERENDER_PAGES)) {
      const file = join(dist, name);
      const source = readFileSync(file, "utf8");
      if (!source.includes(ROOT_TAG)) throw new Error(`${name} has no empty ${ROOT_TAG}`);
      const url = new URL(name, base).href;
      // The sizes side by side: most of each one's time is spent waiting for its page to settle.
      const snapshots = await withInlinePictures(
        context,
        await Promise.all(sizes.map((size, index) => snapshotAt(context, url, size, index))),
      );
      const css = snapshotCss(snapshots, sizes, theme);
      const cssName = `assets/prerender-${name.replace(".html", "")}-${createHash("sha256").update(css).digest("hex").slice(0, 8)}.css`;
      writeFileSync(join(dist, cssName), css);
      // The page links some stylesheets itself; others it only preloads (a room's, which its
      // script then links): the snapshot needs every one linked.
      const linked = new Set(
        [...source.matchAll(/<link rel="stylesheet"[^>]*\shref="([^"]+)"/g)].map((match) => match[1]),
      );
      const links = [...new Set(snapshots.flatMap((s) => s.sheets))]
        .filter((href) => !linked.has(href))
        .map((href) => `  <link rel="stylesheet" crossorigin href="${href}">\n`)
        .join("");
      const markup = snapshots.map((s) => s.html).join("");
      // Linked at the end of <head>, and preloaded before page-start.js (vite.config.ts: nothing
      // after that blocking script is asked for until it has run).
      const sheets = `${links}  <link rel="stylesheet" href="./${cssName}">\n`;
      const preloads = [...sheets.matchAll(/<link rel="stylesheet"([^>]*)>/g)]
        .map(([, rest]) => `<link rel="preload" as="style"${rest}>`)
        .filter((preload) => !source.includes(preload))
        .map((preload) => `  ${preload}\n`)
        .join("");
      const pageStart = source.indexOf('<script src="./page-start.js"');
      // At the start of that line.
      const before = pageStart >= 0 ? source.lastIndexOf("\n", pageStart) + 1 : -1;
      const withPreloads = before >= 0 ? source.slice(0, before) + preloads + source.slice(before) : source;
      const html = withPreloads
        .replace("</head>", `${sheets}  </head>`)
        .replace(ROOT_TAG, `<div id="root" ${PRERENDER_ATTRIBUTE}>${markup}</div>`)
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(snapshots[0]!.title)}</title>`);
      writeFileSync(file, html);
      log(
        `prerendered ${name} at ${sizes.map((s) => `${s.width}×${s.height}`).join(", ")}: ` +
          `${(markup.length / 1024).toFixed(0)} KB of markup, ${css.length} bytes of CSS`,
      );
    }
  } finally {
    await context.close();
    await close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  log(`prerender took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
