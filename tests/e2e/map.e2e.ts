// Journeys through the map and the matrix in real Chromium.
import type { Page } from "@playwright/test";
import { expect, keepScreenshot, openModel, test, waitForMap } from "./fixtures";

const item = (page: Page, key: string) => page.locator(`[data-map-item="${key}"]`);
const details = (page: Page) => page.getByRole("region", { name: "Details" });
/** A stage on the timeline (wide screens; phones choose in the header's select box). */
const stageRadio = (page: Page, name: string | RegExp) =>
  page.getByRole("radiogroup", { name: "Stage" }).getByRole("radio", { name });
const viewButton = (page: Page, name: string) =>
  page.getByRole("group", { name: "View" }).getByRole("button", { name });

async function openMap(page: Page, query = "") {
  await openModel(page, `?view=map${query}`);
  await waitForMap(page);
  await expect(item(page, "nation:UA")).toBeVisible();
}

/** Where a place's marker is drawn on screen. */
const markerBox = (page: Page, id: string): Promise<DOMRect> =>
  item(page, `place:${id}`).evaluate((el) =>
    el.querySelector(".marker-shape")!.getBoundingClientRect().toJSON(),
  );

/** The three Odesa-area ports lie a few pixels apart: a click on each marker, off its centre too, picks that port. */
async function expectEachPortClickable(page: Page) {
  for (const [id, name] of [
    ["odesa", "Odesa"],
    ["chornomorsk", "Chornomorsk"],
    ["pivdennyi", "Pivdennyi"],
  ] as const) {
    for (const [fx, fy] of [
      [0.5, 0.5],
      [0.2, 0.5],
      [0.8, 0.5],
      [0.5, 0.2],
      [0.5, 0.8],
    ] as const) {
      // Read again before each click: the first selection opens the details beside the map, which
      // narrows and redraws it (a click at the old point landed in the details, or on the air zone).
      const box = await markerBox(page, id);
      await page.mouse.click(box.x + fx * box.width, box.y + fy * box.height);
      await expect(
        details(page).getByRole("heading", { name, exact: true }),
        `a click on ${name}'s marker at (${fx}, ${fy}) of its box`,
      ).toBeVisible({ timeout: 3000 });
    }
  }
}

test("on a laptop's map each place's marker takes its clicks: Odesa's close ports, and a callout's place", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page);
  await expectEachPortClickable(page);
  // A callout's line ends on its place's marker: a click on the marker's centre is still the marker's.
  for (const [id, name] of [
    ["paris", "Paris"],
    ["london", "London"],
    ["kyiv", "Kyiv"],
  ] as const) {
    const box = await markerBox(page, id);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(
      details(page).getByRole("heading", { name, exact: true }),
      `a click on ${name}'s centre`,
    ).toBeVisible();
  }
  // A thin line leads from each marker, set a little apart, back to where the port is.
  for (const id of ["odesa", "chornomorsk", "pivdennyi"])
    await expect(page.locator(`.marker-leaders [data-place="${id}"] line`)).toHaveCount(1);

  // Paris's callout covers central Germany: a click on it, beside its name, opens Paris, not nothing.
  const callout = await page
    .locator(".map-label.label-unit", { hasText: "Coordination cell" })
    .locator(".callout-box")
    .boundingBox();
  await page.mouse.click(callout!.x + callout!.width - 12, callout!.y + 10);
  await expect(details(page).getByRole("heading", { name: "Paris", exact: true })).toBeVisible();
});

test("a callout row reached by Tab stays in sight: its tooltip stands off the callout", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page);
  const overlap = (a: DOMRect, b: DOMRect) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (const row of [/^Coordination cell/, /^Coalition HQ · seat in the year shown/]) {
    const focused = page.locator(".callout-row").filter({ has: page.locator("text", { hasText: row }) });
    await focused.focus();
    const tooltip = page.locator(".map-tooltip");
    await expect(tooltip).toBeVisible();
    // Seen: the tooltip opened over the row, hiding it and its focus ring.
    const rowBox = await focused.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const tipBox = await tooltip.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(overlap(rowBox, tipBox), `the tooltip covers the focused row ${row}`).toBe(false);
  }
});

test.describe("on a touch phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("a tap on a place opens its details and leaves no tooltip over the map", async ({ page }) => {
    await openMap(page);
    await item(page, "place:kyiv").tap();
    await expect(details(page).getByRole("heading", { name: "Kyiv", exact: true })).toBeVisible();
    // Seen: "Odesa · Port · Click or press Enter …" stayed over the UK and Kyiv's callout.
    await expect(page.locator(".map-tooltip")).toHaveCount(0);
  });

  test("a tap on London or Odesa opens the place the map names, not the dot under it", async ({ page }) => {
    await openMap(page);
    for (const [place, name] of [
      ["london", "London"],
      ["odesa", "Odesa"],
    ] as const) {
      const dot = item(page, `place:${place}`).locator(".marker-shape");
      await dot.scrollIntoViewIfNeeded();
      const box = (await dot.boundingBox())!;
      // Seen: a tap on London's dot opened Northwood, 2 px away; one on Odesa's opened Pivdennyi.
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await expect(details(page).getByRole("heading", { name, exact: true })).toBeVisible();
    }
  });
});

test(
  "the map shows Ukraine, its Black Sea ports, Paris and London, with the notional lane labelled",
  { tag: "@projector" },
  async ({ page }) => {
    await openMap(page);
    await expect(item(page, "nation:UA")).toHaveAttribute(
      "aria-label",
      /^Ukraine\. Supported nation in MNF-U \(planned\)/,
    );
    for (const place of ["odesa", "chornomorsk", "pivdennyi", "paris", "london", "kyiv"])
      await expect(item(page, `place:${place}`), `${place} is on the map`).toHaveCount(1);
    await expect(item(page, "place:odesa")).toHaveAttribute("aria-label", /^Odesa\. Port/);
    await expectEachPortClickable(page);
    const labels = page.locator(".map-labels");
    for (const text of ["Paris", "London", "Kyiv", "Odesa", "Ukraine", "not an official route", "notional"])
      await expect(labels, `the map labels "${text}"`).toContainText(text);
    // The Kyiv cell is drawn as conditional, in words and with a dashed row.
    const kyiv = page.locator('[data-map-item="unit:kyiv-cell"]');
    await expect(kyiv).toHaveAttribute("aria-label", /Condition: Only if Western forces deploy to Ukraine/);
    await expect(kyiv).toHaveClass(/is-dashed/);
    // The key states the unnamed members in words and lists the nations off the map.
    const key = page.locator(".map-legend");
    await expect(key).toContainText("more than 30 members");
    await expect(key).toContainText(/Off this map:[\s\S]*United States/);
    await expect(key).toContainText("Crimea is shown within Ukraine");
    await keepScreenshot(page, "map at 1920 x 1080");
  },
);

test("selecting the HQ on the chart lights Paris and London on the map, and the reverse", async ({
  page,
}) => {
  await openModel(page, "?unit=mnf-u-hq");
  await viewButton(page, "Map").click();
  await waitForMap(page);
  await expect(item(page, "place:paris")).toHaveClass(/is-lit/);
  await expect(item(page, "place:london")).toHaveClass(/is-lit/);
  await expect(item(page, "place:kyiv")).not.toHaveClass(/is-lit/);
  await expect(
    details(page).getByRole("heading", { name: "Coalition multinational headquarters" }),
  ).toBeVisible();

  // A nation by keyboard: focus Ukraine, Enter opens its roles and sources.
  await item(page, "nation:UA").focus();
  await expect(page.locator(".map-tooltip"), "focus shows the tooltip").toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(page.locator(".map-tooltip"), "Escape dismisses the tooltip").toHaveCount(0);
  await expect(
    page.locator('path[data-map-item="nation:US"]'),
    "a nation off the map is no hidden Tab stop",
  ).toHaveCount(0);
  await item(page, "nation:UA").focus();
  await page.keyboard.press("Enter");
  await expect(details(page).getByRole("heading", { name: "Ukraine" })).toBeVisible();
  await expect(details(page)).toContainText("Supported nation");
  // Support by a force that exists only after a ceasefire is planned, not decided.
  await expect(details(page)).toContainText("Planned");
  await expect(details(page)).not.toContainText("Decided");
  await expect(details(page)).toContainText("Gotkowska");
  await expect(page).toHaveURL(/nation=UA/);
  expect(page.url()).not.toMatch(/unit=/);

  // The reverse: the HQ on the map selects it on the chart; the view switch keeps it.
  await item(page, "unit:mnf-u-hq").first().click();
  await expect(
    details(page).getByRole("heading", { name: "Coalition multinational headquarters" }),
  ).toBeVisible();
  await expect(page).toHaveURL(/unit=mnf-u-hq/);
  await viewButton(page, "Org chart").click();
  const tree = page.getByRole("tree", { name: "Structure" });
  await expect(tree.getByRole("treeitem", { name: /^Coalition multinational headquarters/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(page.locator('.chart-svg [data-unit-id="mnf-u-hq"]')).toHaveAttribute("aria-selected", "true");

  // A place: Enter on Paris lists what sits there, with sources.
  await viewButton(page, "Map").click();
  await waitForMap(page);
  await item(page, "place:paris").focus();
  await page.keyboard.press("Enter");
  await expect(details(page).getByRole("heading", { name: "Paris" })).toBeVisible();
  await expect(details(page)).toContainText("city’s coordinates; the sources give no more precise site");
  // Northwood is a military site (the UK's joint headquarters), not a city.
  await item(page, "place:northwood").focus();
  await page.keyboard.press("Enter");
  await expect(details(page).getByRole("heading", { name: "Northwood" })).toBeVisible();
  await expect(details(page)).toContainText("the place’s coordinates; the sources give no more precise site");
  await expect(details(page)).not.toContainText("city’s");
});

test("no request leaves the app's origin while the map loads, pans, zooms and changes stage", async ({
  page,
  baseURL,
  pageProblems,
}) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await openMap(page);
  const box = (await page.locator(".map-svg").boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -600);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 60, { steps: 5 });
  await page.mouse.up();
  await page.getByRole("button", { name: "Whole map" }).click();
  await stageRadio(page, /^March–April 2025 options/).click();
  await stageRadio(page, "10 July 2025").click();
  await page.waitForTimeout(300);
  const origin = new URL(baseURL!).origin;
  expect(
    requests.some((url) => /countries-50m/.test(url)),
    "the borders are loaded on demand",
  ).toBe(true);
  expect(
    requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")),
  ).toEqual([]);
  expect(pageProblems.offOrigin).toEqual([]);
});

test("the borders are not in the first bundle: the chart view never loads them", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await openModel(page);
  await page.waitForTimeout(300);
  expect(requests.filter((url) => /countries-50m|MapView/.test(url))).toEqual([]);
});

test("the map's words that name the matrix open it with focus on its heading, not back at the page's start", async ({
  page,
}) => {
  await openMap(page);
  const link = page.locator("#map-help").getByRole("button", { name: "matrix" });
  await link.focus();
  await page.keyboard.press("Enter");
  const title = page.getByRole("heading", { name: "Nations × lines of effort" });
  await expect(title).toBeVisible();
  await expect(title, "focus follows the reader into the matrix").toBeFocused();
  // The next Tab goes on inside the matrix, not from the top of the page.
  await page.keyboard.press("Tab");
  const inMatrix = await page.evaluate(() => !!document.activeElement?.closest(".matrix-view"));
  expect(inMatrix, "the next Tab stop is in the matrix").toBe(true);
});

test("switching the stage changes the map", async ({ page }) => {
  await openMap(page, "&stage=2025-03");
  await expect(item(page, "nation:UA")).toHaveAttribute("aria-label", /No role in this stage/);
  await expect(page.locator(".line-lane"), "no sea lane before the sea line of effort exists").toHaveCount(0);
  await stageRadio(page, "10 July 2025").click();
  await expect(page.locator(".line-lane").first()).toBeAttached();
  await expect(item(page, "nation:UA")).toHaveAttribute("aria-label", /Supported nation/);
  // The domain toggles hide and show a line of effort.
  const sea = page
    .getByRole("group", { name: "Domains shown on the map" })
    .getByRole("button", { name: "Sea" });
  await sea.click();
  await expect(page.locator(".line-lane")).toHaveCount(0);
  await sea.click();
  await expect(page.locator(".line-lane").first()).toBeAttached();
});

test(
  "the map stays legible on a 390 px phone without sideways scrolling",
  { tag: "@phone" },
  async ({ page }) => {
    await openMap(page);
    await page.locator(".map-stage").evaluate((e) => e.scrollIntoView({ block: "start" }));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `page is ${width} px wide`).toBeLessThanOrEqual(390);
    for (const text of ["Paris", "London", "Kyiv", "Ukraine"])
      await expect(page.locator(".map-labels"), `the phone map labels "${text}"`).toContainText(text);
    await keepScreenshot(page, "map at 390 x 844");
  },
);

test(
  "the matrix lists every named nation with its roles, statuses and sources, and sorts by keyboard",
  { tag: "@projector" },
  async ({ page }) => {
    await openModel(page, "?view=matrix&stage=2026-01");
    const table = page.getByRole("table");
    await expect(table).toBeVisible();
    const nations = [
      "Bulgaria",
      "Canada",
      "France",
      "Germany",
      "Italy",
      "Poland",
      "Romania",
      "Türkiye",
      "Ukraine",
      "United Kingdom",
      "United States",
    ];
    const rowHeaders = (await table.getByRole("rowheader").allInnerTexts()).map((h) => h.trim());
    for (const nation of nations) expect(rowHeaders, `${nation} has a row`).toContain(nation);
    expect(
      rowHeaders.some((h) => /not named/.test(h)),
      "the unnamed members have a row",
    ).toBe(true);
    await expect(table.getByRole("row", { name: /^Poland/ })).toContainText(
      // P-10: Poland's logistics lead is reported by Notes from Poland and Ukrinform (press).
      /Logistics lead[\s\S]*Reported[\s\S]*Notes from Poland[\s\S]*press/,
    );
    const turkey = table.getByRole("row", { name: /^Türkiye/ });
    await expect(turkey).toContainText(/Sea lead[\s\S]*Planned[\s\S]*Gotkowska/);
    await expect(turkey).toContainText(/Contributor[\s\S]*Decided/);
    // Every role cell cites a source.
    const cellsWithRoles = await table.locator(".matrix-role").count();
    await expect(table.locator(".matrix-role:has(a.citation)")).toHaveCount(cellsWithRoles);

    // Sort with the keyboard: focus the nation sort button, Enter flips the order.
    await table.getByRole("button", { name: /^Sort by nation/ }).focus();
    await page.keyboard.press("Enter");
    await expect(table.getByRole("columnheader", { name: /Sort by nation/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await expect(table.getByRole("rowheader").first()).toHaveText("United States");
    await table.getByRole("button", { name: /^Sort by Sea/ }).click();
    const first = (await table.getByRole("rowheader").allInnerTexts()).slice(0, 3).map((s) => s.trim());
    expect([...first].sort()).toEqual(["Bulgaria", "Romania", "Türkiye"]);

    // A nation from the table opens its details.
    await table.getByRole("button", { name: "France", exact: true }).click();
    await expect(details(page).getByRole("heading", { name: "France" })).toBeVisible();
    await keepScreenshot(page, "matrix at 1920 x 1080");
  },
);

test(
  "the matrix scrolls inside its own box on a phone, its column bar one row",
  { tag: "@phone" },
  async ({ page }) => {
    await openModel(page, "?view=matrix");
    await expect(page.getByRole("table")).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `page is ${width} px wide`).toBeLessThanOrEqual(390);
    // The column bar: its two buttons, named in words, sit on the range's row as thumb-sized arrows.
    const range = (await page.locator(".column-range").boundingBox())!;
    for (const name of ["Previous columns", "Next columns"]) {
      const button = (await page.getByRole("button", { name }).boundingBox())!;
      expect(button.width, `${name}: width`).toBeGreaterThanOrEqual(44);
      expect(button.height, `${name}: height`).toBeGreaterThanOrEqual(44);
      const middle = button.y + button.height / 2;
      expect(middle, `${name} on the range's row`).toBeGreaterThan(range.y);
      expect(middle, `${name} on the range's row`).toBeLessThan(range.y + range.height);
    }
    await page.locator(".matrix-scroll").evaluate((e) => e.scrollIntoView({ block: "start" }));
    await keepScreenshot(page, "matrix at 390 x 844");
  },
);

test("the matrix says which of its columns show and steps to the ones beside them", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Without the smooth scroll each step lands at once, so the test can tell one from the next.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await openModel(page, "?view=matrix&stage=2026-01");
  const range = page.locator(".column-range");
  const next = page.getByRole("button", { name: "Next columns" });
  const previous = page.getByRole("button", { name: "Previous columns" });
  const box = (await page.getByRole("region", { name: /Table of roles/ }).boundingBox())!;
  const seaHeader = page.getByRole("columnheader", { name: /^Sea\b/ });
  const inBox = async () => {
    const sea = (await seaHeader.boundingBox())!;
    return sea.x >= box.x && sea.x + sea.width <= box.x + box.width;
  };
  /** Presses Enter on a step button and waits for the columns in view to change. */
  const step = async (button: typeof next) => {
    const before = (await range.textContent())!;
    await button.press("Enter");
    await expect(range).not.toHaveText(before);
  };

  await expect(range).toHaveText(/^Columns 1–\d+ of 12: Coalition to /);
  const shownAtFirst = Number((await range.textContent())!.match(/–(\d+)/)![1]);
  expect(shownAtFirst, "some columns lie beside the box").toBeLessThan(12);
  await expect(previous).toHaveAttribute("aria-disabled", "true");
  expect(await inBox(), "the Sea column is out of the box at first").toBe(false);
  // Roles in columns out of sight do not make a row tall: Bulgaria's row, dashes in view (its
  // roles are at sea, five columns on), is as tall as Canada's, which has none. It was 160 px.
  const bulgaria = page.getByRole("row", { name: /^Bulgaria/ });
  const canada = page.getByRole("row", { name: /^Canada/ });
  const height = async (row: typeof bulgaria) => (await row.boundingBox())!.height;
  expect(await height(bulgaria), "Bulgaria's row beside Canada's").toBeLessThanOrEqual(
    (await height(canada)) + 1,
  );

  // By keyboard: each Enter steps on, and the button keeps the focus at the end.
  await step(next);
  await expect(range).toHaveText(new RegExp(`^Columns ${shownAtFirst + 1}–`));
  expect(await inBox(), "the Sea column is in the box").toBe(true);
  await expect(bulgaria.getByText("Sea lead")).toBeInViewport();
  // In view, Bulgaria's roles show whole, with their sources.
  const seaSource = bulgaria.getByRole("link", { name: /Justyna Gotkowska/ });
  await expect(seaSource).toBeInViewport({ ratio: 1 });
  expect(await height(bulgaria), "Bulgaria's row with its roles in view").toBeGreaterThan(
    2 * (await height(canada)),
  );
  while ((await next.getAttribute("aria-disabled")) !== "true") await step(next);
  await expect(range).toHaveText(/–12 of 12: .* to Roles$/);
  await expect(next).toBeFocused();

  while ((await previous.getAttribute("aria-disabled")) !== "true") await step(previous);
  await expect(range).toHaveText(/^Columns 1–/);
  await expect(previous).toBeFocused();
  // A source out of sight is still reached by the keyboard, and shows whole when it has focus.
  await seaSource.focus();
  await expect(seaSource).toBeInViewport({ ratio: 1 });
  await expect(range).not.toHaveText(/^Columns 1–/);
});

test("large type grows the map's labels, as it grows every panel's words", async ({ page }) => {
  const nameSize = async () =>
    Number(await page.locator(".label-country .line-main").first().getAttribute("font-size"));
  await openMap(page);
  expect(await nameSize()).toBe(14);
  await openMap(page, "&type=large");
  // 14 px to about 17: a briefing room reads the map as it reads the chart (20 px names there).
  expect(await nameSize()).toBeGreaterThanOrEqual(16.5);
  await expect(page.locator(".map-labels")).toContainText("Air policing area");
});
