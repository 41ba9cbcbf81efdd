// Journeys through the org chart in real Chromium: zoom, keyboard, search, filters,
// expand/collapse and the selection it shares with the rest of the app and the URL.
import type { Page } from "@playwright/test";
import { coveringElement, expect, openModel, sidewaysScroll, test, waitForChart } from "./fixtures";

// A card's accessible name starts with the words on it: its short name, then its full name.
const HQ = /^Coalition HQ \(Coalition multinational headquarters\),/;
const KYIV = /^Kyiv cell \(Forward co-ordination cell, Kyiv\),/;
const MNF_U = /^MNF-U \(Multinational Force Ukraine\),/;
const COALITION = /^Coalition \(Coalition of the Willing\),/;

const chart = (page: Page) => page.getByRole("tree", { name: "Org chart" });
const card = (page: Page, name: RegExp) => chart(page).getByRole("treeitem", { name });
const structureItem = (page: Page, name: RegExp) =>
  page.getByRole("tree", { name: "Structure" }).getByRole("treeitem", { name });
/** The URL's query parameter becomes `value` (the app writes the URL after the state changes). */
const expectParam = (page: Page, name: string, value: string) =>
  expect(page).toHaveURL((url) => url.searchParams.get(name) === value);
const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");

/** The chart's zoom scale, read from the transform d3-zoom puts on the scene. */
async function chartScale(page: Page): Promise<number> {
  const transform = (await chart(page).locator(":scope > g").first().getAttribute("transform")) ?? "";
  const match = /scale\(([\d.]+)/.exec(transform);
  expect(match, `the chart scene has a scale in its transform, got "${transform}"`).not.toBeNull();
  return Number(match![1]);
}

/** Waits until the zoom settles (buttons animate unless motion is reduced). */
async function settledScale(page: Page): Promise<number> {
  // Unchanged over three readings (300 ms), not two: on a busy machine one stalled frame can
  // hold a zoom transition still for 100 ms midway (seen: "-" read at 2% of its step).
  let previous = await chartScale(page);
  let still = 0;
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(100);
    const now = await chartScale(page);
    still = Math.abs(now - previous) < 1e-6 ? still + 1 : 0;
    if (still === 3) return now;
    previous = now;
  }
  return previous;
}

async function openChart(page: Page, query = "") {
  await openModel(page, query);
  await expect(chart(page)).toBeVisible();
  await waitForChart(page);
}

test("marks chart:rendered once and names every card with its status", async ({ page }) => {
  await openChart(page);
  expect(await page.evaluate(() => performance.getEntriesByName("chart:rendered").length)).toBe(1);
  const names = await chart(page)
    .getByRole("treeitem")
    .evaluateAll((cards) => cards.map((c) => c.getAttribute("aria-label") ?? ""));
  expect(names.length, `the chart draws the units, got ${names.length}`).toBeGreaterThanOrEqual(8);
  for (const name of names) expect(name).toMatch(/, (decided|planned|proposed|dropped|reported)\b/);
  const hq = names.find((n) => HQ.test(n)) ?? "";
  // January 2026: the HQ sits in Paris (its first year), London next.
  expect(hq).toMatch(/seat Paris, next London/);
  // Its flags are in its name too, each with role and status.
  expect(hq).toMatch(/France: lead \(decided\); United Kingdom: lead \(decided\)/);
  const rotation = page.getByRole("group", { name: "Rotation of Coalition HQ" }).first();
  // Seen: "Paris … London …" with ◀ ▶ and nothing to say whose seats they were.
  await expect(rotation.locator(".rotation-caption")).toHaveText("Seat of Coalition HQ:");
  await expect(rotation.locator(".rotation-caption")).toBeVisible();
  await rotation.getByRole("button", { name: /^London/ }).click();
  await expect(card(page, HQ)).toHaveAttribute("aria-label", /seat London/);
  await expect(rotation).toContainText("dates assumed");
  // Chromium's own accessibility tree (not just the markup) exposes the cards as tree items.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: { role?: { value?: string }; name?: { value?: string } }[];
  };
  const hqItems = nodes.filter(
    (n) => n.role?.value === "treeitem" && n.name?.value?.includes("Coalition multinational headquarters"),
  );
  expect(hqItems.length, "the HQ is a tree item in the structure panel and on the chart").toBe(2);
  await cdp.detach();
  // Status is drawn in words on the card too, not by line style alone.
  await expect(card(page, KYIV)).toContainText("Planned");
});

test("zooms with the buttons, the + − 0 keys and the mouse wheel; Fit shows every card", async ({ page }) => {
  await openChart(page);
  const start = await settledScale(page);
  await page.getByRole("button", { name: "Zoom in" }).click();
  const zoomedIn = await settledScale(page);
  expect(zoomedIn, `Zoom in grows the scale (${start} → ${zoomedIn})`).toBeGreaterThan(start * 1.1);

  await chart(page).focus();
  await page.keyboard.press("-");
  const zoomedOut = await settledScale(page);
  expect(zoomedOut, `"-" shrinks the scale (${zoomedIn} → ${zoomedOut})`).toBeLessThan(zoomedIn * 0.9);
  await page.keyboard.press("+");
  expect(await settledScale(page), `"+" grows the scale`).toBeGreaterThan(zoomedOut * 1.1);

  const box = (await chart(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const beforeWheel = await settledScale(page);
  await page.mouse.wheel(0, 400);
  const afterWheel = await settledScale(page);
  expect(afterWheel, `wheel down zooms out (${beforeWheel} → ${afterWheel})`).toBeLessThan(beforeWheel);

  await chart(page).focus();
  await page.keyboard.press("0");
  const fitted = await settledScale(page);
  // Fit opens the chart where it can be read: names of at least 14 px (20 px at scale 1).
  expect(fitted * 20, "card names after Fit, in CSS px").toBeGreaterThanOrEqual(14 - 1e-6);
  const frame = (await chart(page).boundingBox())!;
  const boxes = await chart(page)
    .getByRole("treeitem")
    .evaluateAll((cards) =>
      cards.map((c) => c.querySelector(".card-frame")!.getBoundingClientRect().toJSON() as DOMRect),
    );
  // At 1280 × 800 the default model fits whole: every card inside, none cut by the edge.
  for (const b of boxes) {
    expect(
      b.left >= frame.x - 1 && b.right <= frame.x + frame.width + 1,
      "after Fit every card is inside the chart, left to right",
    ).toBe(true);
    expect(
      b.top >= frame.y - 1 && b.bottom <= frame.y + frame.height + 1,
      "after Fit every card is inside the chart, top to bottom",
    ).toBe(true);
  }
});

test("arrow keys move between parent, children and siblings; Enter selects it everywhere", async ({
  page,
}) => {
  await openChart(page, "?unit=mnf-u");
  // Tab order: the chart holds one tab stop, on the selected card.
  await card(page, MNF_U).focus();
  // Focus moves after the key's handler has re-rendered: each step waits for it (expect.poll).
  await page.keyboard.press("ArrowUp");
  await expect.poll(() => focusedName(page)).toMatch(COALITION);
  await page.keyboard.press("ArrowDown");
  await expect.poll(() => focusedName(page)).not.toMatch(COALITION);
  const firstChild = await focusedName(page);
  await page.keyboard.press("ArrowRight");
  await expect
    .poll(() => focusedName(page), { message: "Right moves to the next sibling" })
    .not.toBe(firstChild);
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => focusedName(page), { message: "Left moves back" }).toBe(firstChild);

  // Walk to the Kyiv cell (the HQ's forward element, under the HQ) and select it with Enter.
  await card(page, HQ).focus();
  await page.keyboard.press("ArrowDown");
  await expect.poll(() => focusedName(page)).not.toMatch(HQ);
  for (let i = 0; i < 8 && !KYIV.test(await focusedName(page)); i++) await page.keyboard.press("ArrowRight");
  expect(await focusedName(page)).toMatch(KYIV);
  const ring = await page.evaluate(() => {
    const ringEl = document.activeElement?.querySelector(".card-focus-ring");
    return ringEl ? getComputedStyle(ringEl).display : "missing";
  });
  expect(ring, "the focused card shows its focus ring").not.toBe("none");
  await page.keyboard.press("Enter");
  await expectParam(page, "unit", "kyiv-cell");
  await expect(card(page, KYIV)).toHaveAttribute("aria-selected", "true");
  await expect(structureItem(page, /^Forward co-ordination cell, Kyiv/)).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(page.getByRole("region", { name: "Details" }).locator("h2")).toContainText(
    "Forward co-ordination cell, Kyiv",
  );
});

test("a click on a card selects it, and the URL keeps it through a reload and back", async ({ page }) => {
  await openChart(page);
  // Fit first: on narrower windows the HQ card may start outside the chart's view.
  await page.getByRole("button", { name: "Fit" }).click();
  await settledScale(page);
  await card(page, HQ).click();
  await expectParam(page, "unit", "mnf-u-hq");
  await page.reload();
  await openChart(page, `?unit=mnf-u-hq`);
  await expect(card(page, HQ)).toHaveAttribute("aria-selected", "true");
  await expect(structureItem(page, /^Coalition multinational headquarters/)).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await card(page, KYIV).click();
  await expectParam(page, "unit", "kyiv-cell");
  await page.goBack();
  await expectParam(page, "unit", "mnf-u-hq");
  await expect(card(page, HQ)).toHaveAttribute("aria-selected", "true");
});

test("search highlights matches and steps through them (1 of N, next, previous)", async ({ page }) => {
  await openChart(page);
  await page.getByRole("searchbox", { name: "Search units" }).fill("cell");
  const count = page.locator(".search-count");
  await expect(count).toHaveText(/^1 of \d+$/);
  const total = Number(/^1 of (\d+)$/.exec(await count.innerText())![1]);
  expect(total, `"cell" matches at least two units, got ${total}`).toBeGreaterThanOrEqual(2);
  const current = () => chart(page).locator(".is-current-hit").getAttribute("aria-label");
  const firstHit = await current();
  expect(firstHit ?? "").toMatch(/cell/i);
  await expect(chart(page).locator(".is-hit"), "every match is highlighted").toHaveCount(total);

  await page.getByRole("button", { name: "Next match" }).click();
  await expect(count).toHaveText(`2 of ${total}`);
  expect(await current()).not.toBe(firstHit);
  await page.getByRole("button", { name: "Previous match" }).click();
  await expect(count).toHaveText(`1 of ${total}`);
  expect(await current()).toBe(firstHit);

  await page.getByRole("searchbox", { name: "Search units" }).fill("no such unit anywhere");
  await expect(count).toHaveText("No match");
});

test("filters by status and domain dim what does not match", async ({ page }) => {
  await openChart(page);
  await page.getByText("Filters", { exact: true }).click();
  const dropped = page.getByRole("group", { name: "Status" }).getByRole("checkbox", { name: /Dropped/ });
  await dropped.check();
  await expect(page.locator(".chart-filters summary")).toContainText("Filters (1)");
  await expect(
    card(page, /^Ground force option \(Large ground force behind the front line \(option\)\),/),
  ).not.toHaveClass(/is-dimmed/);
  await expect(card(page, HQ)).toHaveClass(/is-dimmed/);

  await dropped.uncheck();
  await page.getByRole("group", { name: "Domain" }).getByRole("checkbox", { name: /Sea/ }).check();
  await expect(card(page, /^Sea \(Sea line of effort\),/)).not.toHaveClass(/is-dimmed/);
  await expect(card(page, /^Air \(Air line of effort\),/)).toHaveClass(/is-dimmed/);
});

test("the filters open over the chart, which stays put, and close as a menu does", async ({ page }) => {
  await openChart(page);
  const svg = chart(page);
  const before = await svg.boundingBox();
  await page.getByText("Filters", { exact: true }).click();
  const panel = page.locator(".filters-panel");
  await expect(panel).toBeVisible();
  const [after, over, toolbar, button] = await Promise.all([
    svg.boundingBox(),
    panel.boundingBox(),
    page.locator(".chart-toolbar").boundingBox(),
    page.locator(".chart-filters > summary").boundingBox(),
  ]);
  expect(after, "opening the filters neither moves nor shrinks the chart").toEqual(before);
  expect(over!.y + over!.height, "the panel hangs over the chart").toBeGreaterThan(after!.y + 40);
  expect(over!.y, "right below its button").toBeLessThan(button!.y + button!.height + 10);
  expect(over!.x + over!.width, "inside the chart's width").toBeLessThanOrEqual(
    toolbar!.x + toolbar!.width + 1,
  );
  expect(over!.x).toBeGreaterThanOrEqual(toolbar!.x - 1);

  // A tick dims the cards in view beside the open panel.
  await page
    .getByRole("group", { name: "Status" })
    .getByRole("checkbox", { name: /Dropped/ })
    .check();
  await expect(card(page, HQ)).toHaveClass(/is-dimmed/);
  // The tick adds a line (what the status filter hides): it wraps inside the chart's width.
  await expect(panel.getByRole("button", { name: "Show every status" })).toBeVisible();
  const grown = (await panel.boundingBox())!;
  expect(grown.x + grown.width, "still inside the chart's width").toBeLessThanOrEqual(
    toolbar!.x + toolbar!.width + 1,
  );
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(page.locator(".chart-filters > summary")).toBeFocused();

  await page.getByText("Filters (1)", { exact: true }).click();
  await expect(panel).toBeVisible();
  await page.mouse.click(after!.x + 10, after!.y + after!.height - 10);
  await expect(panel, "a click elsewhere closes them").toBeHidden();
  await expect(card(page, HQ), "and the filter stays on").toHaveClass(/is-dimmed/);
});

test("collapse and expand: all at once, one card's toggle, and Space on the keyboard", async ({ page }) => {
  await openChart(page);
  const cards = chart(page).getByRole("treeitem");
  const all = await cards.count();
  await page.getByRole("button", { name: "Collapse all" }).click();
  await expect.poll(() => cards.count(), "Collapse all hides children").toBeLessThan(all);
  await expect(card(page, COALITION)).toHaveAttribute("aria-expanded", "false");

  await page.getByRole("button", { name: "Expand all" }).click();
  await expect.poll(() => cards.count(), "Expand all shows them again").toBeGreaterThanOrEqual(all);
  await expect(card(page, MNF_U)).toHaveAttribute("aria-expanded", "true");

  // The toggle under a card closes just that branch.
  await card(page, MNF_U).locator(".card-toggle").click();
  await expect(card(page, MNF_U)).toHaveAttribute("aria-expanded", "false");
  await expect(card(page, KYIV)).toHaveCount(0);
  // Relations of units inside the closed branch are drawn from its card instead.
  expect(
    await chart(page).locator(".relation.is-rolled-up").count(),
    "relations roll up to the closed branch",
  ).toBeGreaterThan(0);

  // Space on the focused card opens it again.
  await card(page, MNF_U).focus();
  await page.keyboard.press("Space");
  await expect(card(page, MNF_U)).toHaveAttribute("aria-expanded", "true");
  await expect(card(page, KYIV)).toBeAttached();
});

test("Collapse all with a unit selected: what is left is in view, and Zoom to selection opens the way back to it", async ({
  page,
}) => {
  await openChart(page, "?unit=loe-sea");
  await page.getByRole("button", { name: "Collapse all" }).click();
  const SEA = /^Sea \(Sea line of effort\),/;
  await expect(card(page, SEA)).toHaveCount(0);
  const frame = (await chart(page).boundingBox())!;
  const inside = async (name: RegExp) => {
    const box = (await card(page, name).boundingBox())!;
    return (
      box.x >= frame.x - 1 &&
      box.x + box.width <= frame.x + frame.width + 1 &&
      box.y >= frame.y - 1 &&
      box.y + box.height <= frame.y + frame.height + 1
    );
  };
  // Every card left (the tops of the trees) comes into view once the chart has refitted.
  await settledScale(page);
  const left = await chart(page)
    .getByRole("treeitem")
    .evaluateAll((cards) =>
      cards.map((c) => {
        const r = c.getBoundingClientRect();
        return { name: c.getAttribute("aria-label") ?? "", x: r.x, y: r.y, w: r.width, h: r.height };
      }),
    );
  expect(left.length).toBeGreaterThanOrEqual(3);
  for (const c of left)
    expect(
      c.x >= frame.x - 1 &&
        c.x + c.w <= frame.x + frame.width + 1 &&
        c.y >= frame.y - 1 &&
        c.y + c.h <= frame.y + frame.height + 1,
      `${c.name} is in view`,
    ).toBe(true);
  // The selection, inside a closed branch, can still be reached.
  const zoom = page.getByRole("button", { name: "Zoom to selection" });
  await expect(zoom).toBeEnabled();
  await zoom.click();
  await expect(card(page, SEA)).toHaveAttribute("aria-selected", "true");
  await settledScale(page);
  expect(await inside(SEA), "the selected card is shown").toBe(true);
});

test("the chart comes back drawn after another view, keeping the selection", async ({ page }) => {
  await openChart(page, "?unit=kyiv-cell");
  const views = page.getByRole("group", { name: "View" });
  await views.getByRole("button", { name: "Summary" }).click();
  await expect(chart(page)).toHaveCount(0);
  await views.getByRole("button", { name: "Org chart" }).click();
  await expect(card(page, KYIV)).toHaveAttribute("aria-selected", "true");
  expect(
    await chart(page).getByRole("treeitem").count(),
    "the cards around it are drawn too",
  ).toBeGreaterThanOrEqual(5);
});

test("cards move with animation, and without it when the user asks for reduced motion", async ({ page }) => {
  await openChart(page);
  const duration = () =>
    card(page, COALITION).evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
  expect(await duration(), "cards glide to their new places by default").toBeGreaterThanOrEqual(0.1);
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await duration(), "no motion under prefers-reduced-motion").toBeLessThan(0.01);
});

test("zoom to selection brings the selected card into view, readable", async ({ page }) => {
  await openChart(page, "?unit=monitoring-cell");
  await page.getByRole("button", { name: "Fit" }).click();
  await page.getByRole("button", { name: "Zoom to selection" }).click();
  expect(await settledScale(page), "the selection is shown at full size").toBeGreaterThanOrEqual(0.99);
  const frame = (await chart(page).boundingBox())!;
  const box = (await card(
    page,
    /^Coordination cell \(Coalition–US–Ukraine coordination cell\),/,
  ).boundingBox())!;
  expect(box.x >= frame.x && box.x + box.width <= frame.x + frame.width, "the card is inside the chart").toBe(
    true,
  );
  expect(
    box.y >= frame.y && box.y + box.height <= frame.y + frame.height,
    "the card is inside the chart",
  ).toBe(true);
});

test(
  "the chart works on a 390 px phone: visible, no sideways scroll, cards selectable by touch",
  { tag: "@phone" },
  async ({ page }) => {
    await openChart(page);
    await chart(page).scrollIntoViewIfNeeded();
    const overflow = await sidewaysScroll(page);
    expect(overflow, `no horizontal scroll (${overflow}px)`).toBeLessThanOrEqual(0);
    const frame = (await chart(page).boundingBox())!;
    expect(
      frame.width >= 300 && frame.height >= 300,
      `the chart has room (${frame.width}×${frame.height})`,
    ).toBe(true);
    await card(page, COALITION).click();
    await expectParam(page, "unit", "coalition");
    // The details open above the chart; a link leads back to it.
    await page.getByRole("link", { name: "Back to the org chart" }).click();
    const top = (await chart(page).boundingBox())!.y;
    expect(top, `the chart is back in view (top at ${Math.round(top)} px)`).toBeLessThan(844);
  },
);

/** What shows at the bottom middle of a card's frame: "the card", or "the help" over it. */
const cardBottom = (page: Page, name: RegExp) =>
  card(page, name)
    .locator(".card-frame")
    .evaluate((frame) => {
      const r = frame.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.bottom - 8);
      if (hit?.closest("#chart-help")) return "the help";
      return hit && frame.closest('[role="treeitem"]')!.contains(hit) ? "the card" : `${hit?.nodeName}`;
    });

test("a card the keyboard reaches in the bottom row is not left under the keyboard help; a click there selects it", async ({
  page,
}) => {
  test.setTimeout(60_000); // the help takes 6 s to fade, once
  await openChart(page);
  const help = page.locator("#chart-help");
  const kyiv = card(page, KYIV);
  /** How far the Kyiv cell's card reaches below the top of the help (which shows while a card has focus). */
  const underHelp = async () => {
    const frame = (await kyiv.locator(".card-frame").boundingBox())!;
    return frame.y + frame.height - (await help.boundingBox())!.y;
  };
  // By an arrow key, as focus comes into the chart: from the headquarters down to the Kyiv cell,
  // in the bottom row the help covers.
  await card(page, HQ).focus();
  await expect(help).toBeVisible();
  expect(await underHelp(), "the Kyiv cell under the help at first").toBeGreaterThan(0);
  await page.keyboard.press("ArrowDown");
  await expect(kyiv).toBeFocused();
  await expect.poll(underHelp, { message: "the focused card's reach under the help" }).toBeLessThanOrEqual(0);
  // By Tab: once the help has faded, 0 puts the chart back (the Kyiv cell in the bottom row
  // again); then Tab leaves the chart and Shift+Tab comes back to the Kyiv cell, with the help.
  await expect(help, "the help fades out after a few seconds").toBeHidden({ timeout: 9_000 });
  await page.keyboard.press("0");
  await expect.poll(underHelp, { message: "the Kyiv cell back under the help's place" }).toBeGreaterThan(0);
  await page.keyboard.press("Tab");
  await expect(kyiv).not.toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(kyiv).toBeFocused();
  await expect(help).toBeVisible();
  await expect
    .poll(underHelp, { message: "the tabbed-to card's reach under the help" })
    .toBeLessThanOrEqual(0);
  // A click on a card in the bottom row selects it, and shows no keyboard help: shown on the
  // mouse's press, it took the release, and nothing was selected.
  await openChart(page);
  await kyiv.click();
  await expectParam(page, "unit", "kyiv-cell");
  await expect(help, "no keyboard help after a click").not.toBeInViewport();
});

test("the lines key's controls stay in sight when tabbed to; the keyboard help shows only while a card has focus", async ({
  page,
}) => {
  await openChart(page);
  const help = page.locator("#chart-help");
  await card(page, COALITION).focus();
  await expect(help, "the help shows while a card has focus").toBeInViewport();
  await expect(help).toBeVisible();
  // Read, it steps aside after a few seconds: it no longer covers the bottom row's cards.
  await expect(help, "the help fades out after a few seconds").toBeHidden({ timeout: 9_000 });
  expect(await cardBottom(page, KYIV), "what shows at the bottom of the Kyiv cell's card").toBe("the card");
  // From the chart on along the key: Show all, each kind's checkbox, then the statuses' button.
  const key = page.getByRole("group", { name: "Lines" });
  const stops = [
    key.getByRole("button", { name: "Show all" }),
    key.getByRole("checkbox").first(),
    key.getByRole("button", { name: "What the statuses mean" }),
  ];
  for (const stop of stops) {
    for (let i = 0; i < 12 && !(await stop.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await expect(stop).toBeFocused();
    expect(await coveringElement(stop), `what covers ${await stop.textContent()} when focused`).toBeNull();
  }
  await expect(help, "the help hides once focus leaves the chart").not.toBeInViewport();
});
