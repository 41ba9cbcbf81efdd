// Journeys through the built app in real Chromium, one per feature, as a user would take them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "@playwright/test";
import {
  expect,
  keepScreenshot,
  openApp,
  openModel,
  sidewaysScroll,
  test,
  waitForChart,
  waitForModel,
} from "./fixtures";
import { synthModel } from "../../bench/synth";

const TITLE = "Multinational Force Ukraine (MNF-U)";
const KYIV = "Forward co-ordination cell, Kyiv";
const DEFAULT_MODEL = fileURLToPath(new URL("../../data/mnf-ukraine.json", import.meta.url));

const structure = (page: Page) => page.getByRole("tree", { name: "Structure" });
const details = (page: Page) => page.getByRole("region", { name: "Details" });
const focusedRole = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("role"));
const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");

/** The page's downloads of the default model: who asked (the app's fetch, a preload link) and when (ms). */
const modelDownloads = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => e.name.includes("mnf-ukraine"))
      .map((e) => ({ by: (e as PerformanceResourceTiming).initiatorType, at: e.startTime })),
  );

test("loads the default model with its title, tree and the model:loaded mark", async ({ page }) => {
  await openModel(page);
  await expect(page.locator("h1")).toHaveText(TITLE);
  await expect(page).toHaveTitle(/Multinational Force Ukraine/);
  expect(await page.evaluate(() => performance.getEntriesByName("model:loaded").length)).toBe(1);
  // The default view downloads its model once, after the snapshot has painted (main.tsx).
  const firstPaint = await page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]!.startTime,
  );
  const [download, ...again] = await modelDownloads(page);
  expect(again, "downloads of the default model after the first").toEqual([]);
  expect(download?.by).toBe("fetch");
  expect(
    download!.at,
    `asked for at ${download!.at} ms, first paint at ${firstPaint} ms`,
  ).toBeGreaterThanOrEqual(firstPaint);
  // Any other address paints nothing before the app: page-start.js preloads it at once, and the
  // app's fetch reuses that download.
  await openModel(page, "?unit=kyiv-cell");
  expect((await modelDownloads(page)).map((d) => d.by)).toEqual(["link"]);
  expect(
    await structure(page).getByRole("treeitem").count(),
    "the tree lists the units",
  ).toBeGreaterThanOrEqual(10);
  await expect(
    structure(page).getByRole("treeitem", { name: /^Forward co-ordination cell, Kyiv, planned/ }),
  ).toBeVisible();
});

test("selects the Kyiv cell with the keyboard and keeps it after a reload", async ({ page }) => {
  await openModel(page);
  await page.keyboard.press("Tab"); // the first skip link: the chart comes first from 1000 px
  await expect(page.locator(":focus")).toHaveText("Skip to the chart");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Skip to the structure");
  // The structure sits below the chart from 1000 px: the second skip link takes a keyboard user there.
  await page.keyboard.press("Enter");
  // Tab until focus is inside the tree, as a keyboard user would.
  for (let i = 0; i < 6 && (await focusedRole(page)) !== "treeitem"; i++) await page.keyboard.press("Tab");
  expect(await focusedRole(page)).toBe("treeitem");
  await page.keyboard.press("Home");
  await page.keyboard.type("Forw");
  const focused = await focusedName(page);
  expect(focused.startsWith(KYIV), `type-ahead focused "${focused}"`).toBe(true);
  await page.keyboard.press("Enter");
  await expect(details(page).getByRole("heading", { name: KYIV })).toBeVisible();
  await expect(details(page)).toContainText("Two-star general");
  await expect(details(page)).toContainText("Only if Western forces deploy to Ukraine");
  await expect(details(page)).toContainText("Planned");
  await expect(page).toHaveURL(/unit=kyiv-cell/);
  await page.reload();
  await expect(details(page).getByRole("heading", { name: KYIV })).toBeVisible();
  await expect(structure(page).getByRole("treeitem", { name: new RegExp(`^${KYIV}`) })).toHaveAttribute(
    "aria-selected",
    "true",
  );
});

test("back and forward restore the selection and the stage", async ({ page }) => {
  await openModel(page, "?unit=mnf-u-hq");
  await expect(
    details(page).getByRole("heading", { name: "Coalition multinational headquarters" }),
  ).toBeVisible();
  await structure(page)
    .getByRole("treeitem", { name: /^Sea line of effort/ })
    .click();
  await expect(details(page).getByRole("heading", { name: "Sea line of effort" })).toBeVisible();
  await page.getByRole("radiogroup", { name: "Stage" }).getByRole("radio", { name: "10 July 2025" }).click();
  await expect(page).toHaveURL(/stage=2025-07/);
  await page.goBack();
  await expect(page).toHaveURL((url) => !url.search.includes("stage="));
  await page.goBack();
  await expect(
    details(page).getByRole("heading", { name: "Coalition multinational headquarters" }),
  ).toBeVisible();
  await page.goForward();
  await expect(details(page).getByRole("heading", { name: "Sea line of effort" })).toBeVisible();
});

test("a broken model via ?model= shows the pointed errors while the previous model stays", async ({
  page,
}) => {
  await openModel(page, "?unit=kyiv-cell");
  await page.evaluate(() => {
    history.pushState(null, "", "?model=./fixtures/ten-defects.json");
    dispatchEvent(new PopStateEvent("popstate"));
  });
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("10 problems");
  await expect(alert).toContainText("/units/");
  await expect(alert).toContainText("still shown");
  await expect(page.locator("h1"), "the previous model stays on screen").toHaveText(TITLE);
  expect(await structure(page).getByRole("treeitem").count()).toBeGreaterThanOrEqual(10);
  await keepScreenshot(page, "broken model alert over the previous model");
  await page.getByRole("button", { name: "Dismiss and keep the current model" }).click();
  await expect(alert).toHaveCount(0);
  await expect(page).not.toHaveURL(/ten-defects/);
});

test("a broken model on a fresh load offers the default model", async ({ page }) => {
  await openApp(page, "?model=./fixtures/ten-defects.json");
  await expect(page.getByRole("alert")).toContainText("10 problems");
  await page.getByRole("button", { name: "Load the default model" }).click();
  await waitForModel(page);
  await expect(page.locator("h1")).toHaveText(TITLE);
});

test("a JSON syntax error names its line and column", async ({ page }) => {
  await openApp(page, "?model=./fixtures/broken-syntax.json");
  await expect(page.getByRole("alert")).toContainText(/line \d+, column \d+/);
});

test.describe("a model file that is not there", () => {
  // The browser logs the failed download; the app's answer is the alert. Only this file's 404.
  test.use({ allowedConsoleErrors: [/status of 404 .*\/fixtures\/no-such-model\.json/] });
  test("names the server's answer and the address to check", async ({ page }) => {
    await openApp(page, "?model=./fixtures/no-such-model.json");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("no-such-model.json could not be opened");
    await expect(alert).toContainText("404");
    await expect(alert).toContainText("Check the path in ?model=");
    await expect(page.getByRole("button", { name: "Load the default model" })).toBeVisible();
  });
});

test("models from another site are refused without any request to it", async ({ page, pageProblems }) => {
  await openApp(page, "?model=https://example.com/model.json");
  await expect(page.getByRole("alert")).toContainText("Only models from this site");
  expect(pageProblems.offOrigin).toEqual([]);
});

test("an unknown unit in the URL gets a quiet notice", async ({ page }) => {
  await openModel(page, "?unit=no-such-unit");
  await expect(page.getByText(/no unit “no-such-unit”/)).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("the headquarters' seats table wraps whole words, on a laptop and on a phone", async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 844 });
    await openModel(page, "?unit=mnf-u-hq");
    const table = page.getByRole("table", { name: /Seats of/ });
    await expect(table).toBeVisible();
    // A word split across lines ("Se/at", "Pa/ris") draws as two boxes.
    const lineBoxes = await table.evaluate((element) =>
      ["Seat", "Period", "Paris", "London"].map((word) => {
        const cell = [...element.querySelectorAll("th")].find((th) => th.textContent!.trim() === word)!;
        const range = document.createRange();
        range.selectNodeContents(cell);
        return [word, new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size];
      }),
    );
    expect(lineBoxes, `${width} px`).toEqual([
      ["Seat", 1],
      ["Period", 1],
      ["Paris", 1],
      ["London", 1],
    ]);
  }
});

test("a bad file opened far down the page: its alert comes into sight, and dismissed by keyboard, focus goes back to Open file", async ({
  page,
}) => {
  await openModel(page);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.locator('input[type="file"]').setInputFiles({
    name: "bad.json",
    mimeType: "application/json",
    buffer: Buffer.from('{ "format": '),
  });
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("line 1, column");
  await expect(alert, "the alert is scrolled into sight").toBeInViewport();
  await alert.getByRole("button", { name: "Dismiss and keep the current model" }).focus();
  await page.keyboard.press("Enter");
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Open file…" })).toBeFocused();
});

test("opens a model file from disk and keeps it when a bad file follows", async ({ page }) => {
  await openModel(page);
  const model = JSON.parse(readFileSync(DEFAULT_MODEL, "utf8"));
  model.meta.title = "My local model";
  const input = page.locator('input[type="file"]');
  await input.setInputFiles({
    name: "mine.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(model)),
  });
  await expect(page.getByRole("heading", { level: 1, name: "My local model" })).toBeVisible();
  await input.setInputFiles({
    name: "bad.json",
    mimeType: "application/json",
    buffer: Buffer.from('{ "format": '),
  });
  await expect(page.getByRole("alert")).toContainText(/line 1, column/);
  await expect(page.locator("h1")).toHaveText("My local model");
});

test("the skip links take a keyboard user past the header to the view, named for it", async ({ page }) => {
  await openModel(page, "?view=map");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Skip to the map");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  // The map's own first control, not the header's or the timeline's.
  expect(await page.evaluate(() => !!document.activeElement?.closest("#main-view"))).toBe(true);
  await openModel(page);
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Skip to the chart");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Zoom in" })).toBeFocused();
});

test(
  "on a phone the skip links follow the page: the structure first, then the view",
  { tag: "@phone" },
  async ({ page }) => {
    await openModel(page);
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveText("Skip to the structure");
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveText("Skip to the chart");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    // The view's switch heads the view on a phone.
    await expect(page.getByRole("button", { name: "Org chart", exact: true })).toBeFocused();
  },
);

test(
  "on a phone the header is short: the stage's word beside its select, the theme beside Share",
  { tag: "@phone" },
  async ({ page }) => {
    await openModel(page);
    const middle = async (locator: Locator) => {
      const box = (await locator.boundingBox())!;
      return box.y + box.height / 2;
    };
    const header = page.locator(".app-header");
    const stage = header.getByRole("combobox", { name: "Stage" });
    expect(
      Math.abs((await middle(header.getByText("Stage", { exact: true }))) - (await middle(stage))),
    ).toBeLessThan(6);
    const share = await middle(header.getByRole("button", { name: /^Share/ }));
    expect(Math.abs((await middle(header.getByRole("combobox", { name: "Theme" }))) - share)).toBeLessThan(6);
    expect(Math.abs((await middle(header.getByRole("button", { name: "Open file…" }))) - share)).toBeLessThan(
      6,
    );
    // Five rows (name, title, stage, room, theme and files): 211 px at 390 px, where it took 245.
    expect((await header.boundingBox())!.height).toBeLessThan(220);
  },
);

test("on a phone the way back from long details to the view is pinned at the screen's foot", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openModel(page, "?unit=mnf-u");
  const details = page.getByRole("region", { name: "Details" });
  await details.getByRole("heading", { name: "Multinational Force Ukraine", exact: true }).scrollIntoViewIfNeeded();
  // MNF-U's details run far below the screen: the link back sat at their end, thousands of pixels down.
  expect((await details.boundingBox())!.height, "the details are longer than the screen").toBeGreaterThan(844);
  const back = details.getByRole("link", { name: "Back to the org chart" });
  const box = (await back.boundingBox())!;
  expect(box.y + box.height, "the link is on screen").toBeLessThanOrEqual(844);
  expect(box.y, "at the screen's foot").toBeGreaterThan(844 - 80);
  await back.click();
  const chartButton = page.getByRole("button", { name: "Org chart", exact: true });
  await expect(chartButton).toBeInViewport();
});

test("on a phone a unit picked in the structure is on the chart when the reader goes back to it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openModel(page);
  await waitForChart(page);
  await page.getByRole("button", { name: "Structure", exact: true }).click();
  await structure(page).getByRole("treeitem", { name: new RegExp(KYIV) }).click();
  await expect(page).toHaveURL(/[?&]unit=kyiv-cell/);
  await page.getByRole("region", { name: "Details" }).getByRole("link", { name: "Back to the org chart" }).click();
  // The phone's chart opens on two cards; the Kyiv cell's stood 600 px to the left of it.
  const chart = page.getByRole("tree", { name: "Org chart" });
  const card = chart.locator('[data-unit-id="kyiv-cell"]');
  await expect
    .poll(async () => {
      const [c, box] = [(await card.boundingBox())!, (await chart.boundingBox())!];
      return c.x >= box.x - 1 && c.x + c.width <= box.x + box.width + 1 && c.y >= box.y - 1 && c.y + c.height <= box.y + box.height + 1;
    }, { message: "the Kyiv cell's card is inside the chart" })
    .toBe(true);
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test("fits a 360 px phone without sideways scrolling", { tag: "@phone" }, async ({ page }) => {
    await openModel(page, "?unit=kyiv-cell");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `page is ${width} px wide`).toBeLessThanOrEqual(360);
  });

  test("the status key's Close is in sight on a phone, and a tap beside the key closes it", async ({ page }) => {
    await openModel(page);
    await page.getByRole("button", { name: "Status key" }).click();
    const key = page.getByRole("dialog", { name: "What the marks mean" });
    await expect(key).toBeVisible();
    // Its text is taller than the screen: the button stays at the key's foot (it sat 130 px below the screen).
    const close = key.getByRole("button", { name: "Close" });
    const [button, dialog] = [(await close.boundingBox())!, (await key.boundingBox())!];
    expect(button.y + button.height, "Close's foot on the screen").toBeLessThanOrEqual(740);
    expect(button.y + button.height, "Close's foot inside the key").toBeLessThanOrEqual(dialog.y + dialog.height);
    await close.click();
    await expect(key).toBeHidden();
    // No Esc key on a phone: a tap on the dimmed page beside the key closes it too.
    await page.getByRole("button", { name: "Status key" }).click();
    await expect(key).toBeVisible();
    await page.mouse.click(5, 735);
    await expect(key).toBeHidden();
  });

  test("a phone opens with the tree folded above the view; a link that names a view opens on it", async ({ page }) => {
    await openModel(page, "?view=map");
    const fold = page.getByRole("button", { name: "Structure", exact: true });
    await expect(fold).toHaveAttribute("aria-expanded", "false");
    await expect(structure(page)).toBeHidden();
    // The view's switch, with the map pressed, is on the first screen, not two screens down.
    const mapButton = page.getByRole("button", { name: "Map", exact: true });
    await expect(mapButton).toHaveAttribute("aria-pressed", "true");
    const box = await mapButton.boundingBox();
    expect(box!.y + box!.height, "the map's switch is on the first screen").toBeLessThanOrEqual(740);

    await fold.click();
    await expect(fold).toHaveAttribute("aria-expanded", "true");
    await expect(structure(page).getByRole("treeitem", { name: new RegExp(`^${KYIV}`) })).toBeVisible();
    await fold.click();
    await expect(structure(page)).toBeHidden();

    // The plain address opens folded too: the views' switch is on the first screen, not under the
    // tree's twenty rows.
    await openModel(page, "");
    await expect(fold).toHaveAttribute("aria-expanded", "false");
    await expect(structure(page)).toBeHidden();
    const chartButton = page.getByRole("button", { name: "Org chart", exact: true });
    await expect(chartButton).toHaveAttribute("aria-pressed", "true");
    const chartBox = await chartButton.boundingBox();
    expect(chartBox!.y + chartBox!.height, "the chart's switch is on the first screen").toBeLessThanOrEqual(740);
  });
});

test("on a 320 px phone in large type every view fits the width; the nations' roles get all of it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const view of ["chart", "map", "matrix", "sources", "summary"]) {
    await openModel(page, `?type=large&view=${view}`);
    const sideways = await sidewaysScroll(page);
    expect(sideways, `the ${view} view scrolls sideways by ${sideways} px`).toBe(0);
  }
  // The summary's nations table, read as a table still: each nation's name above its roles.
  const table = page.getByRole("table", { name: /Nations named/ });
  const france = table.getByRole("row", { name: /^France/ });
  const name = await france.getByRole("rowheader").boundingBox();
  const roles = await france.getByRole("cell").boundingBox();
  expect(roles!.y, "France's roles are below its name").toBeGreaterThanOrEqual(name!.y + name!.height - 1);
  const whole = await table.boundingBox();
  expect(roles!.width, "France's roles use the table's whole width").toBeGreaterThanOrEqual(whole!.width - 1);
});

test("reads on a 1920 x 1080 projector", { tag: "@projector" }, async ({ page }) => {
  await openModel(page, "?unit=mnf-u-hq");
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(size, `base font is ${size} px`).toBeGreaterThanOrEqual(18);
  await expect(details(page).getByText("Paris").first()).toBeVisible();
});

// One journey per type size (both in one ran up to its 30 s on a busy machine).
for (const type of ["", "?type=large"])
  test(`from a 320 px phone to a projector the header shows its whole title and every control${type ? ", in large type" : ""}`, async ({
    page,
  }) => {
    await openModel(page, type);
    for (const [width, height] of [
      [320, 700],
      [1000, 800],
      [1280, 800],
      [1600, 900],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      const where = `at ${width} × ${height}${type ? " in large type" : ""}`;
      const header = await page.evaluate(() => {
        const title = document.querySelector<HTMLElement>(".app-header h1")!;
        return {
          titleCut: title.scrollWidth > title.clientWidth + 1,
          outside: [...document.querySelectorAll(".header-controls :is(button, select, summary)")]
            .filter((control) => control.checkVisibility())
            .filter((control) => control.getBoundingClientRect().right > window.innerWidth)
            .map((control) => control.textContent?.trim()),
        };
      });
      const sideways = await sidewaysScroll(page);
      expect(sideways, `the page scrolls sideways by ${sideways} px ${where}`).toBe(0);
      expect(header.titleCut, `the title is cut short ${where}`).toBe(false);
      expect(header.outside, `controls past the window's edge ${where}`).toEqual([]);
    }
  });

test("the header wraps rather than squeezing, and still leaves a 1280 × 800 laptop the whole default chart", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openModel(page);
  await waitForChart(page);
  const cut = await page.evaluate(() => {
    const stage = document.querySelector(".chart-stage")!.getBoundingClientRect();
    return [...document.querySelectorAll<SVGGElement>(".chart-card")]
      .filter((card) => {
        const box = card.getBoundingClientRect();
        return (
          box.top < stage.top - 1 ||
          box.bottom > stage.bottom + 1 ||
          box.left < stage.left - 1 ||
          box.right > stage.right + 1
        );
      })
      .map((card) => card.dataset.unitId);
  });
  expect(cut, "cards outside the chart's first view at 1280 × 800").toEqual([]);
});

test(
  "a 2,000-unit model: the structure tree draws a window of rows and still moves end to end",
  { tag: "@projector" },
  async ({ page }) => {
    const model = JSON.stringify(synthModel(2000, 11));
    await page.route(
      (url) => url.pathname === "/models/large.json",
      (route) => route.fulfill({ body: model, contentType: "application/json" }),
    );
    await openModel(page, "?model=/models/large.json");
    await page.getByRole("button", { name: "Expand all" }).click();
    await expect(page.locator(".structure-tree.is-virtual")).toBeAttached();
    const rows = structure(page).getByRole("treeitem");
    const drawn = await rows.count();
    expect(drawn > 10 && drawn < 150, `only the rows in view are drawn (${drawn} of 2,000)`).toBe(true);

    await rows.first().focus();
    await page.keyboard.press("End");
    const last = await focusedName(page);
    const box = await page.evaluate(() => {
      const row = document.activeElement!.getBoundingClientRect();
      const list = document.querySelector(".structure-tree")!.getBoundingClientRect();
      return { rowTop: row.top, rowBottom: row.bottom, top: list.top, bottom: list.bottom };
    });
    expect(
      box.rowTop >= box.top - 1 && box.rowBottom <= box.bottom + 1,
      "End scrolls the last row into view",
    ).toBe(true);
    await page.keyboard.press("ArrowUp");
    expect(await focusedName(page)).not.toBe(last);
    await page.keyboard.press("Enter");
    expect(new URL(page.url()).searchParams.get("unit"), "Enter selects the row").toBeTruthy();
  },
);
