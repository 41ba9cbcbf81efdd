// Keyboard only (issue 09): from a page load, every feature is reached and used with the keys a
// keyboard user has (Tab, Shift+Tab, arrows, Enter, Space, Escape, and the app's own: f, + − 0,
// the story's keys). Never a click, never the mouse; locators only find what to check, and each
// step asserts what a user would notice: where focus is (by its accessible name), the URL, the view.
import type { Locator, Page } from "@playwright/test";
import { expect, openModel, test, waitForChart, waitForMap } from "./fixtures";

const HQ_CARD = /^Coalition HQ \(Coalition multinational headquarters\),/;
const MNF_U_CARD = /^MNF-U \(Multinational Force Ukraine\),/;
const KYIV_CARD = /^Kyiv cell \(Forward co-ordination cell, Kyiv\),/;
const COALITION_CARD = /^Coalition \(Coalition of the Willing\),/;

const structure = (page: Page) => page.getByRole("tree", { name: "Structure" });
const chart = (page: Page) => page.getByRole("tree", { name: "Org chart" });
const details = (page: Page) => page.getByRole("region", { name: "Details" });
const focused = (page: Page) => page.locator(":focus");
const viewButton = (page: Page, name: string) =>
  page.getByRole("group", { name: "View" }).getByRole("button", { name, exact: true });
/** The URL's query parameter becomes `value` (null: absent); the app writes the URL after the state. */
const expectParam = (page: Page, name: string, value: string | null) =>
  expect(page, `?${name} is ${value ?? "absent"}`).toHaveURL((url) => url.searchParams.get(name) === value);

/** What a keyboard user hears for the focused element, roughly: enough to say where Tab went. */
const whereFocusIs = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "(the page)";
    const label =
      el.getAttribute("aria-label") ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      "";
    return `${el.getAttribute("role") ?? el.tagName.toLowerCase()} “${label.replace(/\s+/g, " ").trim().slice(0, 60)}”`;
  });

/**
 * Presses Tab (Shift+Tab when `target` comes earlier in the page) until `target` has focus, as a
 * keyboard user looking at the screen would; fails naming every stop on the way if `max` presses
 * do not reach it.
 */
async function tabTo(page: Page, target: Locator, { max = 60 } = {}): Promise<void> {
  await expect(target, `${target.toString()} is on the page to Tab to`).toBeVisible();
  const handle = await target.elementHandle();
  const back = await handle!.evaluate(
    (el) =>
      !!document.activeElement &&
      document.activeElement !== document.body &&
      (document.activeElement.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0,
  );
  const trail: string[] = [];
  for (let i = 0; i <= max; i++) {
    if (await handle!.evaluate((el) => el === document.activeElement)) return;
    if (i === max) break;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    trail.push(await whereFocusIs(page));
  }
  throw new Error(
    `${back ? "Shift+Tab" : "Tab"} did not reach ${target.toString()} in ${max} presses; it went to:\n  ` +
      trail.join("\n  "),
  );
}

/** The chart's zoom scale, read from the transform d3-zoom puts on its scene. */
async function chartScale(page: Page): Promise<number> {
  const transform = (await chart(page).locator(":scope > g").first().getAttribute("transform")) ?? "";
  return Number(/scale\(([\d.e-]+)\)/.exec(transform)?.[1] ?? NaN);
}
/** Waits until the chart's zoom comes to rest (keys and buttons may glide), and returns its scale. */
async function settledScale(page: Page): Promise<number> {
  let previous = NaN;
  await expect
    .poll(
      async () => {
        const now = await chartScale(page);
        const still = now === previous;
        previous = now;
        return still;
      },
      { message: "the chart's zoom comes to rest", intervals: [150], timeout: 10_000 },
    )
    .toBe(true);
  return previous;
}

test.describe("keyboard only", () => {
  // Many steps, each waited for, on a machine that runs other suites too.
  test.slow();

  test("Tab goes down the page as it is seen: from 1000 px the view before the structure below it, narrower the structure first", async ({
    page,
  }) => {
    for (const [width, height, expected] of [
      [1280, 800, ["view", "structure"]],
      [860, 1000, ["structure", "view"]],
    ] as const) {
      await page.setViewportSize({ width, height });
      await openModel(page);
      await waitForChart(page);
      await tabTo(page, page.getByRole("button", { name: "Compare two stages" }));
      const regions: string[] = [];
      for (let i = 0; i < 80 && regions.length < 2; i++) {
        await page.keyboard.press("Tab");
        const region = await page.evaluate(() => {
          const el = document.activeElement;
          if (el?.closest(".structure-panel")) return "structure";
          if (el?.closest(".main-view")) return "view";
          return null;
        });
        if (region && region !== regions.at(-1)) regions.push(region);
      }
      expect(regions, `at ${width} px, the order Tab reaches the structure and the view`).toEqual(expected);
      const [first, second] = await Promise.all(
        [".structure-panel", ".main-view"].map((selector) =>
          page.locator(selector).evaluate((el) => el.getBoundingClientRect().top + window.scrollY),
        ),
      );
      const seenFirst = first! <= second! ? "structure" : "view";
      expect(seenFirst, `at ${width} px, what the page shows higher up`).toBe(expected[0]);
    }
  });

  test("turning a tablet across 1000 px keeps keyboard focus where it was, in the chart and in the structure", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1180, height: 820 });
    await openModel(page);
    await waitForChart(page);
    // Wide: the chart comes first in the page. Narrower, it moves below the structure and details.
    const card = chart(page).getByRole("treeitem", { name: HQ_CARD });
    await card.focus();
    await page.setViewportSize({ width: 820, height: 1180 });
    await expect(page.locator(".layout > .structure-panel + .details-panel + .main-view")).toHaveCount(1);
    await expect(card, "the card keeps focus as the chart moves").toBeFocused();
    // And back: now the structure and the details move below the view.
    const row = structure(page).getByRole("treeitem").first();
    await row.focus();
    await page.setViewportSize({ width: 1180, height: 820 });
    await expect(page.locator(".layout > .main-view + .structure-panel")).toHaveCount(1);
    await expect(row, "the structure's row keeps focus as the structure moves").toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(row, "and the keys still work there").not.toBeFocused();
    await expect(focused(page)).toHaveAttribute("role", "treeitem");
  });

  test("skip link, structure tree, every view", async ({ page }) => {
    await openModel(page);
    await waitForChart(page);

    // The page's first stops are its skip links, in the page's order: from 1000 px the chart,
    // then the structure below it. The second takes focus past the header and the chart.
    await page.keyboard.press("Tab");
    await expect(focused(page)).toHaveAccessibleName("Skip to the chart");
    await page.keyboard.press("Tab");
    await expect(focused(page)).toHaveAccessibleName("Skip to the structure");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const rows = structure(page).getByRole("treeitem");
    await expect(rows.first()).toBeFocused();
    await expect(focused(page)).toHaveAccessibleName(/^Coalition of the Willing/);

    // The tree: Left closes a branch, Right opens it, Down moves, type-ahead finds, Enter selects.
    const shown = await rows.count();
    await page.keyboard.press("ArrowLeft");
    await expect(focused(page)).toHaveAttribute("aria-expanded", "false");
    await expect.poll(() => rows.count(), { message: "its rows go" }).toBeLessThan(shown);
    await page.keyboard.press("ArrowRight");
    await expect(focused(page)).toHaveAttribute("aria-expanded", "true");
    await expect(rows).toHaveCount(shown);
    await page.keyboard.press("ArrowDown");
    await expect(focused(page)).not.toHaveAccessibleName(/^Coalition of the Willing/);
    await expect(focused(page)).toHaveAttribute("role", "treeitem");
    await page.keyboard.press("End");
    await expect(rows.last()).toBeFocused();
    await page.keyboard.press("Home");
    await expect(rows.first()).toBeFocused();
    await page.keyboard.type("Forw");
    await expect(focused(page)).toHaveAccessibleName(/^Forward co-ordination cell, Kyiv/);
    await page.keyboard.press("Enter");
    await expectParam(page, "unit", "kyiv-cell");
    await expect(focused(page)).toHaveAttribute("aria-selected", "true");
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(
      "Forward co-ordination cell, Kyiv",
    );
    // The chart follows the selection.
    await expect(chart(page).getByRole("treeitem", { name: KYIV_CARD })).toHaveAttribute(
      "aria-selected",
      "true",
    );

    // The view switch, from the tree back up the page: every view by Enter on its button.
    const switchTo = async (name: string, param: string | null, max = 60) => {
      await tabTo(page, viewButton(page, name), { max });
      await page.keyboard.press("Enter");
      await expect(viewButton(page, name)).toHaveAttribute("aria-pressed", "true");
      await expect(focused(page), "focus stays on the view's button").toHaveAccessibleName(name);
      await expectParam(page, "view", param);
    };
    await switchTo("Sources", "sources", 30);
    await expect(page.locator("[data-source-id]").first()).toBeVisible();
    await switchTo("Summary", "summary");
    await expect(page.locator(".summary h2").first()).toBeVisible();
    await switchTo("Map", "map");
    await waitForMap(page);
    // A nation on the map itself, by Tab and Enter.
    await tabTo(page, page.locator(".map-stage").getByRole("button", { name: /^Poland\./ }), { max: 80 });
    await page.keyboard.press("Enter");
    await expectParam(page, "nation", "PL");
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Poland");
    await switchTo("Org chart", null, 120);
    await expect(chart(page)).toBeVisible();
    await switchTo("Matrix", "matrix");
    await expect(page.getByRole("table").first()).toBeVisible();
  });

  test("details links: a nation from the matrix, its place, the place's nation, a source's statements and their unit", async ({
    page,
  }) => {
    await openModel(page);
    await waitForChart(page);
    await tabTo(page, viewButton(page, "Matrix"));
    await page.keyboard.press("Enter");
    await expectParam(page, "view", "matrix");
    await expect(page.getByRole("table").first()).toBeVisible();

    // A nation from the matrix, then the details' links: its place, the place's nation, a source.
    await tabTo(page, page.getByRole("table").first().getByRole("button", { name: "France", exact: true }), {
      max: 80,
    });
    await page.keyboard.press("Enter");
    await expectParam(page, "nation", "FR");
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("France");
    await tabTo(page, details(page).getByRole("button", { name: "Paris", exact: true }), { max: 150 });
    await page.keyboard.press("Enter");
    await expectParam(page, "place", "paris");
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Paris");
    await tabTo(page, details(page).getByRole("button", { name: "France", exact: true }));
    await page.keyboard.press("Enter");
    await expectParam(page, "nation", "FR");
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("France");
    const statements = details(page)
      .getByRole("button", { name: /^Every statement on this source: / })
      .first();
    await tabTo(page, statements, { max: 150 });
    const source = (await statements.getAttribute("aria-label"))!.replace(
      "Every statement on this source: ",
      "",
    );
    await page.keyboard.press("Enter");
    await expectParam(page, "view", "sources");
    await expect(viewButton(page, "Sources")).toHaveAttribute("aria-pressed", "true");
    const sourceItem = page.locator("[data-source-id]:focus");
    await expect(sourceItem, "focus lands on that source in the sources view").toHaveCount(1);
    await expect(sourceItem).toContainText(source.split(",")[0]!);

    // The sources view: a statement's link to its unit selects that unit.
    const unitLink = sourceItem.getByRole("listitem").getByRole("button").first();
    const unitName = (await unitLink.textContent())!;
    await tabTo(page, unitLink);
    await page.keyboard.press("Enter");
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(unitName);
    await expect(page, "a unit is selected").toHaveURL((url) => url.searchParams.get("unit") !== null);
  });

  test("the chart: cards by arrows, Enter, Space, + − 0, expand and collapse all, left to right, search, filters, the rotation", async ({
    page,
  }) => {
    await openModel(page);
    await waitForChart(page);
    const cards = chart(page).getByRole("treeitem");
    const cardNamed = (name: RegExp) => chart(page).getByRole("treeitem", { name });

    // The chart is one Tab stop, on its top card.
    await tabTo(page, cardNamed(COALITION_CARD));
    await expect(focused(page)).toHaveAccessibleName(COALITION_CARD);
    // Down to a child, along its siblings to MNF-U, down again and along to the HQ.
    const walkTo = async (name: RegExp) => {
      for (let i = 0; i < 8 && !name.test((await focused(page).getAttribute("aria-label")) ?? ""); i++)
        await page.keyboard.press("ArrowRight");
      await expect(focused(page)).toHaveAccessibleName(name);
    };
    await page.keyboard.press("ArrowDown");
    await expect(focused(page)).not.toHaveAccessibleName(COALITION_CARD);
    await walkTo(MNF_U_CARD);
    await page.keyboard.press("ArrowUp");
    await expect(focused(page), "Up goes to the parent").toHaveAccessibleName(COALITION_CARD);
    await page.keyboard.press("ArrowDown");
    await walkTo(MNF_U_CARD);
    await page.keyboard.press("ArrowDown");
    await walkTo(HQ_CARD);
    await page.keyboard.press("ArrowRight");
    await expect(focused(page), "Right goes to the next sibling").not.toHaveAccessibleName(HQ_CARD);
    await page.keyboard.press("ArrowLeft");
    await expect(focused(page), "Left comes back").toHaveAccessibleName(HQ_CARD);
    await page.keyboard.press("Enter");
    await expectParam(page, "unit", "mnf-u-hq");
    await expect(cardNamed(HQ_CARD)).toHaveAttribute("aria-selected", "true");
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(
      "Coalition multinational headquarters",
    );

    // + − 0 zoom, with focus on a card. (The chart fits itself to its box, which the details narrowed.)
    const fitScale = await settledScale(page);
    await page.keyboard.press("+");
    const zoomedIn = await settledScale(page);
    expect(zoomedIn, "+ zooms in").toBeGreaterThan(fitScale * 1.1);
    await page.keyboard.press("-");
    await page.keyboard.press("-");
    expect(await settledScale(page), "− zooms out").toBeLessThan(zoomedIn * 0.9);
    await page.keyboard.press("0");
    expect(await settledScale(page), "0 fits the chart again").toBeCloseTo(fitScale, 3);

    // Space closes and opens the HQ's branch.
    const all = await cards.count();
    await expect(focused(page)).toHaveAccessibleName(HQ_CARD);
    await page.keyboard.press(" ");
    await expect(focused(page)).toHaveAttribute("aria-expanded", "false");
    await expect.poll(() => cards.count(), { message: "the HQ's children go" }).toBeLessThan(all);
    await page.keyboard.press(" ");
    await expect(focused(page)).toHaveAttribute("aria-expanded", "true");
    await expect(cards).toHaveCount(all);

    // Collapse all, Expand all.
    await tabTo(page, page.getByRole("button", { name: "Collapse all" }));
    await page.keyboard.press("Enter");
    await expect
      .poll(() => cards.count(), { message: "Collapse all leaves the top cards" })
      .toBeLessThan(all);
    await page.keyboard.press("Shift+Tab");
    await expect(focused(page)).toHaveAccessibleName("Expand all");
    await page.keyboard.press("Enter");
    await expect(cards).toHaveCount(all);

    // Left to right: the arrows turn with the chart (Left is now the parent).
    await tabTo(page, page.getByRole("button", { name: "Left to right" }));
    await page.keyboard.press("Enter");
    await expect(focused(page)).toHaveAttribute("aria-pressed", "true");
    await tabTo(page, cardNamed(HQ_CARD));
    await page.keyboard.press("ArrowLeft");
    await expect(focused(page), "Left goes to the parent, left to right").toHaveAccessibleName(MNF_U_CARD);
    await page.keyboard.press("ArrowRight");
    await expect(focused(page), "Right goes to a child").not.toHaveAccessibleName(MNF_U_CARD);
    await tabTo(page, page.getByRole("button", { name: "Left to right" }));
    await page.keyboard.press("Space");
    await expect(focused(page)).toHaveAttribute("aria-pressed", "false");

    // Search: type, Enter steps to the next match, Shift+Enter back.
    const search = page.getByRole("searchbox", { name: "Search units" });
    await tabTo(page, search);
    await page.keyboard.type("cell");
    const count = page.locator(".search-count");
    await expect(count).toHaveText(/^1 of ([2-9]|\d\d)$/);
    const hits = /of (\d+)/.exec((await count.textContent())!)![1];
    await page.keyboard.press("Enter");
    await expect(count).toHaveText(`2 of ${hits}`);
    await page.keyboard.press("Shift+Enter");
    await expect(count).toHaveText(`1 of ${hits}`);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.press("Backspace");
    await expect(count).toHaveText("");

    // Filters: open them, tick "Decided" (what is not decided dims), then show every status again.
    await tabTo(page, page.locator(".chart-filters > summary"));
    await expect(focused(page)).toHaveAccessibleName("Filters");
    await page.keyboard.press("Enter");
    const statusGroup = page.getByRole("group", { name: "Status: show only" });
    await expect(statusGroup).toBeVisible();
    await tabTo(page, statusGroup.getByRole("checkbox", { name: "Decided" }));
    await page.keyboard.press("Space");
    await expectParam(page, "status", "decided");
    await expect(cardNamed(MNF_U_CARD)).toHaveClass(/is-dimmed/);
    await expect(cardNamed(HQ_CARD)).not.toHaveClass(/is-dimmed/);
    await tabTo(page, statusGroup.getByRole("button", { name: "Show every status" }));
    await page.keyboard.press("Enter");
    await expectParam(page, "status", null);
    await expect(cardNamed(MNF_U_CARD)).not.toHaveClass(/is-dimmed/);
    // The button goes with the filter; focus stays in the group rather than falling to the page.
    await expect(focused(page)).toHaveAccessibleName("Decided");
    // A domain filter too.
    await tabTo(page, page.getByRole("group", { name: "Domain" }).getByRole("checkbox").first());
    await page.keyboard.press("Space");
    await expect(page.locator(".chart-filters > summary")).toHaveText(/Filters \(1\)/);
    await page.keyboard.press("Space");
    await expect(page.locator(".chart-filters > summary")).toHaveText("Filters");

    // The rotation: London's year, then back a year to Paris; the HQ's card says its seat.
    const rotation = page.getByRole("group", { name: /^Rotation of / });
    await tabTo(page, rotation.getByRole("button", { name: /^London/ }));
    await page.keyboard.press("Enter");
    await expect(focused(page)).toHaveAttribute("aria-pressed", "true");
    await expect(cardNamed(HQ_CARD)).toHaveAccessibleName(/seat London/);
    await tabTo(page, rotation.getByRole("button", { name: "Previous year" }));
    await page.keyboard.press("Enter");
    await expect(rotation.getByRole("button", { name: /^Paris/ })).toHaveAttribute("aria-pressed", "true");
    await expect(cardNamed(HQ_CARD)).toHaveAccessibleName(/seat Paris/);
  });

  test("through time: the timeline, compare mode with its From and To and its list, the status key", async ({
    page,
  }) => {
    await openModel(page);
    await waitForChart(page);
    const stages = page.getByRole("radiogroup", { name: "Stage" });

    // The timeline is one Tab stop, on the stage shown; arrows, Home and End choose another.
    await tabTo(page, stages.getByRole("radio", { checked: true }));
    await expect(focused(page)).toHaveAccessibleName(/January 2026/);
    await page.keyboard.press("ArrowLeft");
    await expect(focused(page)).toHaveAccessibleName(/4 September 2025/);
    await expect(focused(page)).toHaveAttribute("aria-checked", "true");
    await expectParam(page, "stage", "2025-09");
    await page.keyboard.press("Home");
    await expectParam(page, "stage", "2025-03");
    await page.keyboard.press("End");
    await expectParam(page, "stage", "2026-01");
    await expect(page.locator(".as-of-bar")).toContainText("Stage: January 2026");

    // Compare mode: on, then From and To by the arrow keys on their select boxes.
    const toggle = page.getByRole("button", { name: "Compare two stages" });
    await tabTo(page, toggle);
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expectParam(page, "compare", "2025-09..2026-01");
    const changes = page.getByRole("region", { name: /^What changed from/ });
    await expect(changes).toBeVisible();
    await tabTo(page, page.getByRole("combobox", { name: "From" }));
    await page.keyboard.press("ArrowUp");
    await expectParam(page, "compare", "2025-07..2026-01");
    await tabTo(page, page.getByRole("combobox", { name: "To" }));
    await page.keyboard.press("ArrowUp");
    await expectParam(page, "compare", "2025-07..2025-09");
    await page.keyboard.press("ArrowDown");
    await expectParam(page, "compare", "2025-07..2026-01");

    // A row of the list of differences selects its unit.
    const row = changes.getByRole("button", { name: /^Ceasefire monitoring: line of effort .*added/ });
    await tabTo(page, row, { max: 80 });
    await page.keyboard.press("Enter");
    await expectParam(page, "unit", "ceasefire-monitoring");
    await expect(chart(page).getByRole("treeitem", { name: /^Monitoring/ })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Ceasefire monitoring");
    await tabTo(page, toggle, { max: 120 });
    await page.keyboard.press("Enter");
    await expectParam(page, "compare", null);
    await expect(changes).toHaveCount(0);

    // The status key opens, Esc closes it, and focus returns to the button that opened it.
    const keyButton = page.getByRole("button", { name: "Status key" });
    await tabTo(page, keyButton);
    await page.keyboard.press("Enter");
    const key = page.getByRole("dialog", { name: "What the marks mean" });
    await expect(key).toBeVisible();
    await expect(key.locator(":focus"), "focus moves into the key").toHaveCount(1);
    await page.keyboard.press("Escape");
    await expect(key).toBeHidden();
    await expect(keyButton).toBeFocused();
  });

  test("the rooms: focus mode by f with its details dialog, large type, the story, the model picker", async ({
    page,
  }) => {
    await openModel(page);
    await waitForChart(page);

    // f: focus mode. The skip link now leads to the chart.
    await page.keyboard.press("f");
    await expect(page.locator("html")).toHaveAttribute("data-room", "focus");
    await expectParam(page, "focus", "1");
    await expect(page.getByRole("navigation", { name: "Structure panel" })).toHaveCount(0);
    await page.keyboard.press("Tab");
    await expect(focused(page)).toHaveAccessibleName("Skip to the chart");
    await page.keyboard.press("Enter");
    const kyiv = chart(page).getByRole("treeitem", { name: KYIV_CARD });
    await tabTo(page, chart(page).getByRole("treeitem", { name: COALITION_CARD }));
    await page.keyboard.press("ArrowDown");
    for (let i = 0; i < 8 && !(await kyiv.evaluate((el) => el === document.activeElement)); i++) {
      const name = (await focused(page).getAttribute("aria-label")) ?? "";
      await page.keyboard.press(/^(MNF-U|Coalition HQ) /.test(name) ? "ArrowDown" : "ArrowRight");
    }
    await expect(kyiv).toBeFocused();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Details" });
    await expect(dialog.getByRole("heading", { level: 2 })).toHaveText("Forward co-ordination cell, Kyiv");
    await expect(dialog.locator(":focus"), "focus moves into the details dialog").toHaveCount(1);
    await page.keyboard.press("Tab");
    await expect(dialog.locator(":focus"), "Tab goes on inside the dialog").toHaveCount(1);
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(kyiv, "focus returns to the card").toBeFocused();
    await page.keyboard.press("f");
    await expectParam(page, "focus", null);
    await expect(page.getByRole("navigation", { name: "Structure panel" })).toBeVisible();
    await expectParam(page, "unit", "kyiv-cell");

    // Large type, on and off.
    const large = page.getByRole("button", { name: "Large type" });
    await tabTo(page, large, { max: 80 });
    await page.keyboard.press("Enter");
    await expect(large).toHaveAttribute("aria-pressed", "true");
    await expectParam(page, "type", "large");
    await expect(page.locator("html")).toHaveAttribute("data-type", "large");
    await page.keyboard.press("Space");
    await expect(large).toHaveAttribute("aria-pressed", "false");
    await expectParam(page, "type", null);

    // The model picker is one Tab stop (its file dialog is the browser's, not opened here).
    await tabTo(page, page.getByRole("button", { name: "Open file…" }));
    await expect(focused(page)).toHaveAccessibleName("Open file…");

    // Present: → ← End Home move through the story, its buttons work by Enter, Esc leaves.
    await tabTo(page, page.getByRole("button", { name: "Present" }));
    await page.keyboard.press("Enter");
    const progress = page.locator(".present-bar .present-progress");
    await expect(page.locator(".present-room")).toBeVisible();
    await expectParam(page, "story", "default");
    await expect(progress).toHaveText(/^\s*(Step\s+)?1 \/ 9/);
    await page.keyboard.press("ArrowRight");
    await expectParam(page, "step", "2");
    await expect(progress).toHaveText(/2 \/ 9/);
    await page.keyboard.press("ArrowLeft");
    await expectParam(page, "step", "1");
    await page.keyboard.press("End");
    await expectParam(page, "step", "9");
    await expect(page.locator("#present-step-title")).toHaveText("January 2026: the Paris declarations");
    await page.keyboard.press("Home");
    await expectParam(page, "step", "1");
    await tabTo(page, page.getByRole("button", { name: /^Next step/ }));
    await page.keyboard.press("Enter");
    await expectParam(page, "step", "2");
    await expect(focused(page)).toHaveAccessibleName(/^Next step/);
    await page.keyboard.press("Escape");
    await expect(page.locator(".present-room")).toHaveCount(0);
    await expectParam(page, "story", null);
    await expectParam(page, "unit", "kyiv-cell");
  });
});
