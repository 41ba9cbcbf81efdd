// The default model's first view is in the built pages themselves (scripts/prerender.ts): a
// reader sees the chart before any script has run, on each screen the view made for that screen,
// and the app then takes over the same view: nothing on screen moves, appears or goes when it does.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, keepScreenshot, openModel, test, waitForChart } from "./fixtures";

const TITLE = "Multinational Force Ukraine (MNF-U)";
// The HQ: its short name on its chart card, its full name in the structure tree and details.
const HQ = "Coalition HQ";
const HQ_NAME = "Coalition multinational headquarters";
/** The app's screens (the suite's projects) and the embed's widths (its height follows its width). */
const SCREENS = ["@phone", "@laptop", "@projector"];
const EMBED_WIDTHS = [320, 390, 600, 1000];
/** How far (CSS px) anything may be from where the snapshot drew it: less than a pixel, rounded. */
const TOLERANCE = 1.5;

/** One thing a reader sees, where it is on the page (not the window), what it says and its colours. */
type Seen = { key: string; x: number; y: number; w: number; h: number; text: string; look: string };

/**
 * Runs in the page: what the page shows (prerendered or live), keyed so that the snapshot's and
 * the app's copies of one thing pair up: headings, controls, structure rows, the timeline's
 * ticks and stages, and every chart card, symbol and flag inside the chart's box.
 */
function picture(): Seen[] {
  const seen: Seen[] = [];
  const counts = new Map<string, number>();
  const shown = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 ? rect : null;
  };
  const add = (element: Element, kind: string, name: string, rect = shown(element)) => {
    if (!rect) return;
    // Its colours: text and background, or for a card its frame's fill and outline. A picture's
    // colours are its own (the same unit symbol code or nation is the same picture).
    const painted = getComputedStyle(element.querySelector(":scope > .card-frame") ?? element);
    const look =
      kind === "symbol" || kind === "flag"
        ? ""
        : [painted.color, painted.backgroundColor, painted.fill, painted.stroke].join(" ");
    const base = `${kind}:${name}`;
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    seen.push({
      key: `${base}#${n}`,
      x: rect.x + window.scrollX,
      y: rect.y + window.scrollY,
      w: rect.width,
      h: rect.height,
      text: (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 80),
      look,
    });
  };
  const words = (element: Element) =>
    (element.getAttribute("aria-label") ?? element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
  const root = document.getElementById("root")!;
  for (const element of root.querySelectorAll("h1, h2, button, select, a, label, .axis-tick, .timeline-stage"))
    add(element, element.tagName.toLowerCase(), words(element));
  for (const row of root.querySelectorAll(".structure-panel [data-unit-id]"))
    add(row, "row", row.getAttribute("data-unit-id")!);
  for (const chart of root.querySelectorAll("svg.chart-svg")) {
    const box = shown(chart);
    if (!box) continue;
    add(chart, "chart", "");
    for (const card of chart.querySelectorAll("[data-unit-id]")) {
      const rect = shown(card);
      // Only what the chart's box shows: the snapshot and the app may keep other cards out of sight.
      if (!rect || rect.right <= box.left || rect.left >= box.right || rect.bottom <= box.top || rect.top >= box.bottom)
        continue;
      const id = card.getAttribute("data-unit-id")!;
      add(card, "card", id);
      // A symbol or flag: the same picture in the same place (drawn inline in the snapshot, as an
      // image by the app: the same unit symbol code or nation).
      // Its box as its attributes place it (a nested <svg> would measure only what it paints).
      card.querySelectorAll<SVGGraphicsElement>("[data-sidc], [data-flag]").forEach((picture) => {
        const flag = picture.getAttribute("data-flag");
        const matrix = (picture.parentNode as SVGGraphicsElement).getScreenCTM()!;
        const at = (name: string) => parseFloat(picture.getAttribute(name) ?? "0");
        const corner = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(matrix);
        const [a, b] = [corner(at("x"), at("y")), corner(at("x") + at("width"), at("y") + at("height"))];
        const box = new DOMRect(a.x, a.y, b.x - a.x, b.y - a.y);
        add(picture, flag ? "flag" : "symbol", `${id}:${flag ?? picture.getAttribute("data-sidc")}`, box);
      });
    }
  }
  return seen;
}

/** What moved, appeared or went between two pictures, one line each (empty when none did). */
function differences(before: Seen[], after: Seen[]): string[] {
  const afterByKey = new Map(after.map((s) => [s.key, s]));
  const lines: string[] = [];
  for (const b of before) {
    const a = afterByKey.get(b.key);
    afterByKey.delete(b.key);
    if (!a) {
      lines.push(`went: ${b.key} (${b.text})`);
      continue;
    }
    const moved = Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y), Math.abs(a.w - b.w), Math.abs(a.h - b.h));
    if (moved > TOLERANCE)
      lines.push(
        `moved ${moved.toFixed(1)} px: ${b.key} from ${[b.x, b.y, b.w, b.h].map(Math.round)} to ${[a.x, a.y, a.w, a.h].map(Math.round)}`,
      );
    else if (a.text !== b.text) lines.push(`changed: ${b.key} "${b.text}" → "${a.text}"`);
    else if (a.look !== b.look) lines.push(`recoloured: ${b.key} ${b.look} → ${a.look}`);
  }
  for (const a of afterByKey.values()) lines.push(`appeared: ${a.key} (${a.text})`);
  return lines;
}

/**
 * Opens `path` with every script held back: the page shows only its prerendered snapshot. Returns
 * a function that lets the scripts load, and the page's frames are recorded from the take-over
 * on (window.__frames: a picture right after the app's first render, before it is painted, then
 * one in each of the next 30 animation frames).
 */
async function openWithScriptsHeld(page: Page, path: string): Promise<() => void> {
  await page.addInitScript(
    ({ pictureSource }) => {
      const frames: unknown[][] = [];
      (window as unknown as { __frames: unknown[][] }).__frames = frames;
      const take = new Function(`return (${pictureSource})();`) as () => unknown[];
      const observer = new MutationObserver(() => {
        if (document.getElementById("root")?.hasAttribute("data-prerendered") !== false) return;
        observer.disconnect();
        // The page as the take-over left it, before the browser has painted it; then each frame.
        frames.push(take());
        let left = 30;
        const sample = () => {
          frames.push(take());
          if (--left > 0) requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
      observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-prerendered"] });
    },
    { pictureSource: picture.toString() },
  );
  const scripts = heldBack();
  // The app's scripts wait; page-start.js, which runs before the first paint, does not.
  await page.route(
    (url) => url.pathname.endsWith(".js") && !url.pathname.endsWith("/page-start.js"),
    async (route) => {
      await scripts.held;
      await route.continue();
    },
  );
  await page.goto(path, { waitUntil: "commit" });
  await expect(page.locator("#root[data-prerendered]")).toHaveCount(1);
  // The snapshot's stylesheets and font, as a reader's first paint has them.
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet),
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  return scripts.release;
}

/** A gate for held-back requests: they wait on `held` until `release()`. */
function heldBack() {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  return { held, release };
}

async function expectSameViewAfterTakeOver(page: Page, path: string, where: string) {
  const release = await openWithScriptsHeld(page, path);
  const before = await page.evaluate(picture);
  expect(before.filter((s) => s.key.startsWith("card:")).length, "cards in the snapshot's chart").toBeGreaterThan(0);
  await keepScreenshot(page, `${where} before the take-over`);
  release();
  await expect(page.locator("#root[data-prerendered]")).toHaveCount(0, { timeout: 15_000 });
  await waitForChart(page);
  await page.waitForFunction(() => (window as unknown as { __frames: unknown[] }).__frames.length > 30);
  const frames = (await page.evaluate(() => (window as unknown as { __frames: Seen[][] }).__frames)) as Seen[][];
  frames.forEach((frame, i) =>
    expect(
      differences(before, frame),
      `${where}: ${i ? `frame ${i} after the take-over` : "the take-over, before it is painted"}`,
    ).toEqual([]),
  );
  // And once the app has settled (the symbols' and flags' own chunks loaded, the chart marked).
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  expect(differences(before, await page.evaluate(picture)), `${where}: settled after the take-over`).toEqual([]);
  await keepScreenshot(page, `${where} after the take-over`);
}

/** Roles a reader acts on: none may be in the still picture's accessibility tree. */
const CONTROL_ROLES = new Set(
  "button link combobox checkbox radio switch tree treeitem searchbox textbox listbox option menuitem tab slider spinbutton".split(" "),
);

/** The roles of what the browser exposes to screen readers (Chromium's accessibility tree). */
async function exposedRoles(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  return nodes.filter((node) => !node.ignored).map((node) => String(node.role?.value ?? ""));
}

test.describe("before any script has run", () => {
  test("the app's page shows the default model's title, chart and structure", { tag: SCREENS }, async ({ page }, testInfo) => {
    await openWithScriptsHeld(page, "./");
    await expect(page.locator("h1:visible")).toHaveText(TITLE);
    await expect(page).toHaveTitle(`${TITLE} · Command Atlas`);
    await expect(page.locator("svg.chart-svg:visible").getByText("Coalition", { exact: true }).first()).toBeVisible();
    const structure = page.locator(".structure-panel:visible");
    if (testInfo.project.name === "phone") {
      // A phone opens with the tree folded under its title, so the views come first.
      await expect(structure.getByText("Structure", { exact: true })).toBeVisible();
      await expect(structure.getByText(HQ_NAME, { exact: true })).toBeHidden();
    } else await expect(structure.getByText(HQ_NAME, { exact: true })).toBeVisible();
    // Its unit symbols and flags are drawn inline, not pictures the browser must decode before it
    // can paint (also in the snapshots for other screens, and where the app replaces them at once).
    const pictures = await page.evaluate(() => {
      const root = document.getElementById("root")!;
      const drawn = (selector: string) =>
        [...root.querySelectorAll<SVGSVGElement>(selector)].filter(
          (picture) => picture.checkVisibility() && picture.getBBox().width > 0,
        ).length;
      return {
        toDecode: root.querySelectorAll("image").length,
        cards: [...root.querySelectorAll("svg.chart-svg .chart-card")].filter((card) => card.checkVisibility()).length,
        symbols: drawn("svg.chart-svg svg[data-sidc]"),
        flags: drawn("svg.chart-svg svg[data-flag]"),
      };
    });
    expect(pictures.toDecode, "pictures to decode before the first paint").toBe(0);
    expect(pictures.symbols, "cards drawn with their unit symbol").toBe(pictures.cards);
    expect(pictures.flags, "flags drawn").toBeGreaterThan(0);
    await keepScreenshot(page, `prerendered app on the ${testInfo.project.name}`);
    await expectNoAxeViolations(page, `the prerendered first view on the ${testInfo.project.name}`);
  });

  test("its controls cannot be used: none can be reached by keyboard, mouse or screen reader", { tag: SCREENS }, async ({ page }) => {
    await openWithScriptsHeld(page, "./");
    await expect(page.locator("h1:visible")).toHaveText(TITLE);
    expect((await exposedRoles(page)).filter((role) => CONTROL_ROLES.has(role))).toEqual([]);
    await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("#root")?.tagName ?? null)).toBeNull();
    // A box would tick without any script: in the still picture it does not.
    const box = page.locator("#root input[type=checkbox]:visible").first();
    await expect(box).toBeChecked();
    await box.click({ force: true });
    await expect(box).toBeChecked();
  });

  test.describe("on a dark system", () => {
    test.use({ colorScheme: "dark" });

    test("the page is in the dark theme, and passes axe", async ({ page }) => {
      await openWithScriptsHeld(page, "./");
      await expect(page.locator("h1:visible")).toHaveCSS("color", "rgb(232, 236, 242)");
      await keepScreenshot(page, "prerendered app on a dark system");
      await expectNoAxeViolations(page, "the prerendered first view on a dark system");
    });
  });

  for (const width of EMBED_WIDTHS)
    test.describe(`an embed ${width} px wide`, () => {
      test.use({ viewport: { width, height: 700 } });

      test("shows the default model's chart", async ({ page }) => {
        await openWithScriptsHeld(page, "./embed.html");
        await expect(page.locator("h1:visible")).toContainText(TITLE);
        await expect(page.locator("svg.chart-svg:visible").getByText("Coalition", { exact: true }).first()).toBeVisible();
        expect((await exposedRoles(page)).filter((role) => CONTROL_ROLES.has(role))).toEqual([]);
        await keepScreenshot(page, `prerendered embed ${width} px wide`);
        await expectNoAxeViolations(page, `the prerendered embed, ${width} px wide`);
      });
    });
});

test.describe("an address that asks for something else", () => {
  test("another model's address never shows the default model's picture", async ({ page }) => {
    const release = await openWithScriptsHeld(page, "./?model=./fixtures/ten-defects.json");
    await expect(page.locator("#root")).toBeHidden();
    await expect(page.getByText(TITLE).filter({ visible: true })).toHaveCount(0);
    // Not a blank page either: the stylesheet says something is on its way.
    expect(await page.evaluate(() => getComputedStyle(document.body, "::before").content)).toBe('"Loading…"');
    await keepScreenshot(page, "another model's address before the app's scripts");
    // Then the app shows that model's problems, never the default model.
    release();
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page.getByText(TITLE).filter({ visible: true })).toHaveCount(0);
  });

  test("another view or stage, in the app and in the embed, shows no picture of the default view", async ({ page }) => {
    for (const path of ["./?view=map", "./?unit=mnf-u-hq", "./embed.html?stage=2025-07"]) {
      const release = await openWithScriptsHeld(page, path);
      await expect(page.locator("#root"), path).toBeHidden();
      release();
      await page.unrouteAll({ behavior: "ignoreErrors" });
    }
  });
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("every screen width shows exactly one snapshot, the one made for it", async ({ page }) => {
    for (const [name, widths] of [
      ["./", { 320: 0, 759: 0, 760: 1, 999: 1, 1599: 1, 1600: 2, 2560: 2 }],
      ["./embed.html", { 280: 0, 359: 0, 360: 1, 459: 1, 460: 2, 799: 2, 800: 3, 1400: 3 }],
    ] as const) {
      await page.goto(name);
      for (const [width, index] of Object.entries(widths)) {
        await page.setViewportSize({ width: Number(width), height: 800 });
        const shown = await page
          .locator("#root > *")
          .evaluateAll((copies) => copies.filter((c) => getComputedStyle(c).display !== "none").map((c) => c.className));
        expect(shown, `${name} at ${width} px`).toEqual([expect.stringMatching(new RegExp(`\\bprerender-at-${index}\\b`))]);
      }
    }
  });
});

test.describe("the app takes over without a visible change", () => {
  test("the app's first view", { tag: SCREENS }, async ({ page }, testInfo) => {
    await expectSameViewAfterTakeOver(page, "./", `the app on the ${testInfo.project.name}`);
  });

  // Until a reader picks a theme the app's follows the system and the embed's is light: the
  // snapshots' too.
  for (const [system, options] of [
    ["a dark system", { colorScheme: "dark" }],
    ["a system asking for more contrast", { contrast: "more" }],
  ] as const)
    test.describe(`on ${system}`, () => {
      test.use(options);

      test("the app's first view, in the system's theme", async ({ page }) => {
        await expectSameViewAfterTakeOver(page, "./", `the app on ${system}`);
      });

      test("the embed's first view, in its light theme", async ({ page }) => {
        await page.setViewportSize({ width: 600, height: 700 });
        await expectSameViewAfterTakeOver(page, "./embed.html", `the embed on ${system}`);
      });
    });

  for (const width of EMBED_WIDTHS)
    test.describe(`an embed ${width} px wide`, () => {
      test.use({ viewport: { width, height: 700 } });

      test("the embed's first view", async ({ page }) => {
        await expectSameViewAfterTakeOver(page, "./embed.html", `the embed at ${width} px`);
      });
    });
});

/**
 * The chart's cards, symbols and flags in a picture. (Not its box: between two snapshot sizes its
 * height can differ by a few pixels, as it ends at the bottom of the window from where the
 * timeline above it ends, which the app measures again.)
 */
const chartOnly = (seen: Seen[]) => seen.filter((s) => /^(card|symbol|flag):/.test(s.key));

test.describe("on a screen between the snapshot sizes, the chart glides from the snapshot's frame to the app's own", () => {
  for (const [where, path, viewport] of [
    ["a 1366 × 768 laptop", "./", { width: 1366, height: 768 }],
    ["an embed 480 px wide", "./embed.html", { width: 480, height: 700 }],
  ] as const)
    test.describe(where, () => {
      test.use({ viewport });

      test("the chart starts where the snapshot drew it and ends on the app's own first view", async ({ page, browser }) => {
        // The app's own first view here: any query replaces the snapshot at once.
        const own = await browser.newPage({ viewport });
        await openModel(own, `${path}?view=chart`);
        await waitForChart(own);
        await own.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
        const ownChart = chartOnly(await own.evaluate(picture));
        await own.close();

        const release = await openWithScriptsHeld(page, path);
        const before = chartOnly(await page.evaluate(picture));
        expect(differences(before, ownChart), "the snapshot's frame differs from the app's here").not.toEqual([]);
        release();
        await waitForChart(page);
        await page.waitForFunction(() => (window as unknown as { __frames: unknown[] }).__frames.length > 30);
        // The app's first render puts the chart where the snapshot had it; from its first painted
        // frame on, the chart glides (d3-zoom's transition, ChartView) to the app's own view.
        const [atTakeOver] = (await page.evaluate(() => (window as unknown as { __frames: Seen[][] }).__frames)) as Seen[][];
        expect(differences(before, chartOnly(atTakeOver!)), `${where}: the chart at the take-over`).toEqual([]);
        await expect
          .poll(async () => differences(ownChart, chartOnly(await page.evaluate(picture))), {
            message: `${where}: the chart settles on the app's own first view`,
          })
          .toEqual([]);
      });
    });
});

test.describe("on a phone between the snapshot sizes, the chart below the first screen", () => {
  // 760 px tall: at 823 the chart's top now shows at the screen's foot (the tree opens folded).
  const viewport = { width: 412, height: 760 };
  test.use({ viewport });

  test("opens on the app's own first view at once: no glide that nobody sees and each frame pays for", async ({
    page,
    browser,
  }) => {
    const own = await browser.newPage({ viewport });
    await openModel(own, "./?view=chart");
    await waitForChart(own);
    await own.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const ownChart = chartOnly(await own.evaluate(picture));
    await own.close();

    const release = await openWithScriptsHeld(page, "./");
    const before = chartOnly(await page.evaluate(picture));
    expect(differences(before, ownChart), "the snapshot's frame differs from the app's here").not.toEqual([]);
    const chartTop = await page
      .locator(".prerender-at-0 svg.chart-svg")
      .evaluate((svg) => svg.getBoundingClientRect().top);
    expect(chartTop, "the chart starts below the first screen").toBeGreaterThan(viewport.height);
    release();
    await waitForChart(page);
    await page.waitForFunction(() => (window as unknown as { __frames: unknown[] }).__frames.length > 30);
    const frames = (await page.evaluate(() => (window as unknown as { __frames: Seen[][] }).__frames)) as Seen[][];
    for (const [i, frame] of [frames[1]!, frames.at(-1)!].entries())
      expect(differences(ownChart, chartOnly(frame)), i ? "the last frame" : "the first painted frame").toEqual([]);
  });
});

test("on a slow connection the web font swaps in late, and nothing on the page jumps when it does", async ({ page }) => {
  // A phone as Lighthouse's: the title fits one line in Atkinson; in an unscaled wider system font
  // it took two, and the whole page moved up when the font arrived (a layout shift of 0.09).
  await page.setViewportSize({ width: 412, height: 823 });
  const fonts = heldBack();
  await page.route(/\.woff2$/, async (route) => {
    await fonts.held;
    await route.continue();
  });
  await page.addInitScript(() => {
    const total = window as unknown as { shifted: number };
    total.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) total.shifted += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  const shifted = () => page.evaluate(() => (window as unknown as { shifted: number }).shifted);
  // Not to "load": that waits for the held, preloaded font files.
  await page.goto("./", { waitUntil: "domcontentloaded" });
  await expect(page.locator("#root[data-prerendered]")).toHaveCount(0);
  await waitForChart(page);
  const inFallback = await page.evaluate(() => document.fonts.check('700 20px "Atkinson Hyperlegible Next"'));
  expect(inFallback, "the web font was held back").toBe(false);
  const before = await shifted();
  fonts.release();
  await page.waitForFunction(() => document.fonts.check('700 20px "Atkinson Hyperlegible Next"'));
  // Two frames: the swap's layout, and any refit of the cards' text after it.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(200);
  const shift = (await shifted()) - before;
  expect(shift, "layout shift when the web font swapped in").toBeLessThan(0.05);
});

test("painted in the system font, then taken over in the web font, the page's largest paint is still its first", async ({ page }) => {
  // The snapshot's text in the scaled system font must be no smaller than the app's in Atkinson:
  // a larger new node would make the take-over the largest contentful paint (seconds late on a
  // phone), though nothing on screen changed. Shorter fallback lines did just that.
  await page.setViewportSize({ width: 412, height: 823 });
  const fonts = heldBack();
  const app = heldBack();
  await page.route(/\.woff2$/, async (route) => {
    await fonts.held;
    await route.continue();
  });
  await page.route(/\/mount-room-[\w-]+\.js$/, async (route) => {
    await app.held;
    await route.continue();
  });
  await page.addInitScript(() => {
    const seen = window as unknown as { paints: number[] };
    seen.paints = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.paints.push(entry.startTime);
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  await page.goto("./", { waitUntil: "commit" });
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
  fonts.release();
  await page.waitForFunction(() => document.fonts.check('700 20px "Atkinson Hyperlegible Next"'));
  app.release();
  await expect(page.locator("#root[data-prerendered]")).toHaveCount(0);
  await waitForChart(page);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const { paints, first } = await page.evaluate(() => ({
    paints: (window as unknown as { paints: number[] }).paints,
    first: performance.getEntriesByName("first-contentful-paint")[0]!.startTime,
  }));
  expect(paints.length, "largest contentful paints recorded").toBeGreaterThan(0);
  expect(Math.max(...paints), `largest contentful paints at ${paints.map(Math.round).join(", ")} ms; first paint at ${Math.round(first)} ms`).toBeLessThanOrEqual(first);
});

/** When the page asked for the app's main chunk, its first paint and its first script's start (ms). */
async function startTimes(page: Page) {
  return page.evaluate(() => {
    const room = performance
      .getEntriesByType("resource")
      .find((entry) => /\/mount-room-[\w-]+\.js$/.test(entry.name));
    return {
      room: room?.startTime ?? null,
      firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
      appStart: performance.getEntriesByName("app:start")[0]?.startTime ?? null,
    };
  });
}

test.describe("the app's own script", () => {
  test("is asked for only once the snapshot has painted, so on a slow phone the first paint has the bandwidth", async ({ page }) => {
    for (const path of ["./", "./embed.html"]) {
      await page.goto(path);
      await expect(page.locator("#root[data-prerendered]")).toHaveCount(0);
      await waitForChart(page);
      const { room, firstPaint } = await startTimes(page);
      expect(room, `${path}: the app's chunk was loaded`).not.toBeNull();
      expect(firstPaint, `${path}: first paint`).not.toBeNull();
      expect(room!, `${path}: app's chunk asked for at ${room} ms, first paint at ${firstPaint} ms`).toBeGreaterThanOrEqual(firstPaint!);
    }
  });

  test("starts downloading at once on a page that has no snapshot to show", async ({ page }) => {
    // Another view paints nothing until the app has drawn it: page-start.js preloads the chunk
    // before the page's own script has even run.
    for (const path of ["./?unit=kyiv-cell", "./embed.html?view=map"]) {
      await page.goto(path);
      // The app has drawn the view (it removes the snapshot as it does).
      await expect(page.locator("#root[data-prerendered]")).toHaveCount(0);
      const { room, appStart } = await startTimes(page);
      expect(room, `${path}: the app's chunk was loaded`).not.toBeNull();
      expect(room!, `${path}: app's chunk asked for at ${room} ms, first script ran at ${appStart} ms`).toBeLessThan(appStart!);
    }
  });
});

test("a slow start-up script holds back none of the page's stylesheets, fonts or scripts", async ({ page }) => {
  // page-start.js blocks the parser, and the security policy's <meta> tag turns off Chromium's
  // preload scanner: whatever <head> lists after it is asked for only once it has arrived and
  // run. On a slow phone that was one more round trip before the first paint.
  const requested = new Set<string>();
  page.on("request", (request) => requested.add(new URL(request.url()).pathname));
  for (const path of ["./", "./embed.html"]) {
    const html = await (await page.request.get(path)).text();
    const head = html.slice(0, html.indexOf("</head>"));
    const files = [
      ...head.matchAll(/<link rel="(?:stylesheet|preload|modulepreload)"[^>]*\shref="\.\/([^"]+)"/g),
      ...head.matchAll(/<script type="module"[^>]*\ssrc="\.\/([^"]+)"/g),
    ].map((match) => match[1]!);
    expect(files.filter((file) => file.endsWith(".css")).length, `${path}: stylesheets`).toBeGreaterThan(1);
    expect(files.filter((file) => file.endsWith(".woff2")).length, `${path}: fonts`).toBe(2);
    requested.clear();
    const startScript = heldBack();
    await page.route(/\/page-start\.js$/, async (route) => {
      await startScript.held;
      await route.continue();
    });
    const loaded = page.goto(path);
    const missing = () => files.filter((file) => ![...requested].some((asked) => asked.endsWith(`/${file}`)));
    await expect
      .poll(missing, { message: `${path}: asked for while page-start.js was still on its way` })
      .toEqual([]);
    startScript.release();
    await loaded;
    await page.unroute(/\/page-start\.js$/);
    await expect(page.locator("#root[data-prerendered]")).toHaveCount(0);
  }
});

test("another model starts downloading while the page's stylesheets are still on their way", async ({ page }) => {
  // page-start.js starts the validation worker, which downloads ?model=: a script waits for the
  // stylesheets before it in <head>, so the build puts them after it (each preloaded before it).
  const styles = heldBack();
  await page.route(/\.css$/, async (route) => {
    await styles.held;
    await route.continue();
  });
  let modelAsked = false;
  page.on("request", (request) => (modelAsked ||= /\/assets\/mnf-ukraine-[\w-]+\.json$/.test(request.url())));
  const html = await (await page.request.get("./")).text();
  const model = /data-default-model="\.\/([^"]+)"/.exec(html)![1]!;
  const loaded = page.goto(`./?model=${encodeURIComponent(`./${model}`)}`);
  await expect
    .poll(() => modelAsked, { message: "the model was asked for while the stylesheets were held", timeout: 10_000 })
    .toBe(true);
  const stylesheets = await page.evaluate(() =>
    [...document.styleSheets].filter((sheet) => sheet.href?.endsWith(".css")).length,
  );
  expect(stylesheets, "stylesheets applied when the model was asked for").toBe(0);
  styles.release();
  await loaded;
  await waitForChart(page);
});

test("the live page takes over the prerendered view without console errors", async ({ page }) => {
  await openModel(page);
  await waitForChart(page);
  await expect(page.locator("h1")).toHaveText(TITLE);
  await expect(page).toHaveTitle(`${TITLE} · Command Atlas`);
  await expect(page.locator("svg").getByText(HQ, { exact: true }).first()).toBeVisible();
  // The app's own tree: its rows answer to the keyboard.
  await page.getByRole("tree", { name: "Structure" }).getByText(HQ_NAME, { exact: true }).click();
  await expect(page.getByRole("region", { name: "Details" })).toContainText(HQ_NAME);
  // The pageProblems fixture fails this test on any console error or CSP violation.
});
