// Journeys through the briefer's room in real Chromium: the chart that fills the screen, focus
// mode, large type, the story (keys, URL, presenter window), a broken story, and the printed page.
import type { Locator, Page } from "@playwright/test";
import {
  coveringElement,
  expect,
  keepScreenshot,
  openApp,
  openModel,
  sidewaysScroll,
  test,
  waitForChart,
  waitForFonts,
  waitForMap,
} from "./fixtures";

// A card's accessible name starts with the words on it: its short name, then its full name.
const HQ = /^Coalition HQ \(Coalition multinational headquarters\),/;

const chart = (page: Page) => page.getByRole("tree", { name: "Org chart" });
const progress = (page: Page) => page.locator(".present-bar .present-progress");
const stepTitle = (page: Page) => page.locator("#present-step-title");
/** The URL's query parameter becomes `value` (null: absent); the app writes the URL after the state. */
const expectParam = (page: Page, name: string, value: string | null) =>
  expect(page, `?${name} is ${value ?? "absent"}`).toHaveURL((url) => url.searchParams.get(name) === value);

/** Waits until the chart's transform stops changing (a fit or a zoom may glide). */
async function settle(page: Page) {
  // Unchanged over three readings (as chart.e2e.ts's settledScale), not two: on a busy machine
  // one stalled frame can hold a zoom transition still for longer than one reading's gap.
  let previous = "";
  let still = 0;
  await expect
    .poll(
      async () => {
        const now = (await chart(page).locator(":scope > g").first().getAttribute("transform")) ?? "";
        still = now !== "" && now === previous ? still + 1 : 0;
        previous = now;
        return still >= 3;
      },
      { message: "the chart's zoom comes to rest", intervals: [150], timeout: 10_000 },
    )
    .toBe(true);
}

async function openChart(page: Page, query = "") {
  await openModel(page, query);
  await waitForChart(page);
  await settle(page);
}

type CardOnScreen = { id: string; box: DOMRect; namePx: number };

/** Every card on the chart, with its frame on screen and its name's size in CSS px. */
async function cardsOnScreen(page: Page): Promise<CardOnScreen[]> {
  return chart(page)
    .getByRole("treeitem")
    .evaluateAll((cards) =>
      cards.map((card) => {
        const scene = card.closest("svg")!.querySelector(":scope > g")!;
        const k = Number(/scale\(([\d.e-]+)\)/.exec(scene.getAttribute("transform") ?? "")?.[1] ?? 1);
        const name = card.querySelector(".card-name");
        return {
          id: card.getAttribute("data-unit-id") ?? "",
          box: card.querySelector(".card-frame")!.getBoundingClientRect().toJSON() as DOMRect,
          namePx: name ? parseFloat(getComputedStyle(name).fontSize) * k : 0,
        };
      }),
    );
}

type Frame = { x: number; y: number; width: number; height: number };
const inside = (b: DOMRect, f: Frame) =>
  b.left >= f.x - 1 && b.right <= f.x + f.width + 1 && b.top >= f.y - 1 && b.bottom <= f.y + f.height + 1;
const outside = (b: DOMRect, f: Frame) =>
  b.right <= f.x + 1 || b.left >= f.x + f.width - 1 || b.bottom <= f.y + 1 || b.top >= f.y + f.height - 1;

/** The ids of cards whose centre is covered by something else (a control over the chart). */
async function coveredCards(page: Page, ids: string[]) {
  return chart(page)
    .getByRole("treeitem")
    .evaluateAll(
      (cards, wanted) =>
        cards
          .filter((card) => wanted.includes(card.getAttribute("data-unit-id") ?? ""))
          .filter((card) => {
            const r = card.querySelector(".card-frame")!.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return !hit || !card.contains(hit);
          })
          .map((card) => card.getAttribute("data-unit-id")),
      ids,
    );
}

/** Every unit of the structure has a card, every card is inside the chart, names at least `minNamePx`. */
async function expectWholeChartInView(page: Page, minNamePx: number) {
  const frame = (await chart(page).boundingBox())!;
  const cards = await cardsOnScreen(page);
  expect(cards.length, "the chart draws the default model").toBeGreaterThanOrEqual(10);
  const structureRows = await page.getByRole("tree", { name: "Structure" }).getByRole("treeitem").count();
  if (structureRows) expect(cards.length, "every unit of the structure has a card").toBe(structureRows);
  for (const { id, box, namePx } of cards) {
    expect(inside(box, frame), `${id} is inside the visible chart area`).toBe(true);
    expect(namePx, `${id}'s name in CSS px`).toBeGreaterThanOrEqual(minNamePx - 0.01);
  }
  expect(
    await coveredCards(
      page,
      cards.map((c) => c.id),
    ),
    "no card is hidden under the chart's controls",
  ).toEqual([]);
}

test(
  "first load at 1920 × 1080: every card inside the chart, names at least 14 px",
  { tag: "@projector" },
  async ({ page }) => {
    await openChart(page);
    await expectWholeChartInView(page, 14);
    await waitForFonts(page);
    await keepScreenshot(page, "room first load 1920x1080");
  },
);

test("first load at 1280 × 800: every card inside the chart, names at least 14 px", async ({ page }) => {
  await openChart(page);
  await expectWholeChartInView(page, 14);
  await waitForFonts(page);
  await keepScreenshot(page, "room first load 1280x800");
});

test(
  "first load on a 390 px phone: the top of the tree, names at least 14 px, no card cut by the edge",
  { tag: "@phone" },
  async ({ page }) => {
    await openChart(page);
    // On a phone the chart comes after the structure and the details: the reader scrolls to it.
    await chart(page).scrollIntoViewIfNeeded();
    const frame = (await chart(page).boundingBox())!;
    const cards = await cardsOnScreen(page);
    const shown = cards.filter((c) => inside(c.box, frame));
    for (const { id, box, namePx } of cards) {
      expect(inside(box, frame) || outside(box, frame), `${id} is whole in the view or out of it`).toBe(true);
      expect(namePx, `${id}'s name in CSS px`).toBeGreaterThanOrEqual(14 - 0.01);
    }
    expect(
      shown.map((c) => c.id),
      "the top of the tree opens in view",
    ).toContain("coalition");
    expect(shown.length, "more than the top card is in view").toBeGreaterThanOrEqual(2);
    expect(
      await coveredCards(
        page,
        shown.map((c) => c.id),
      ),
      "no card in view is under a control",
    ).toEqual([]);
    await waitForFonts(page);
    await keepScreenshot(page, "room first load 390x844");

    // The rest is one pan away: a drag brings cards that were out of view in, whole.
    // The nearest card out of view (by its centre's distance from the view's centre).
    const centre = { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 };
    const distance = (b: { x: number; y: number; width: number; height: number }) =>
      Math.hypot(b.x + b.width / 2 - centre.x, b.y + b.height / 2 - centre.y);
    const hidden = cards
      .filter((c) => !inside(c.box, frame))
      .sort((a, b) => distance(a.box) - distance(b.box));
    expect(hidden.length, "the phone shows part of the tree").toBeGreaterThan(0);
    const target = hidden[0]!.box;
    const dx = Math.max(
      -frame.width + 40,
      Math.min(frame.width - 40, frame.x + frame.width / 2 - (target.x + target.width / 2)),
    );
    const dy = Math.max(
      -frame.height + 40,
      Math.min(frame.height - 40, frame.y + frame.height / 2 - (target.y + target.height / 2)),
    );
    const from = { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 5 });
    await page.mouse.move(from.x + dx, from.y + dy, { steps: 5 });
    await page.mouse.up();
    await settle(page);
    const after = (await cardsOnScreen(page)).find((c) => c.id === hidden[0]!.id)!;
    // A drag is not pixel-exact (d3-zoom's gesture threshold): its centre is in view, where a tap selects it.
    const afterCentre = { x: after.box.x + after.box.width / 2, y: after.box.y + after.box.height / 2 };
    expect(
      afterCentre.x > frame.x &&
        afterCentre.x < frame.x + frame.width &&
        afterCentre.y > frame.y &&
        afterCentre.y < frame.y + frame.height,
      `${after.id} is in view after one pan`,
    ).toBe(true);
  },
);

test(
  "focus mode gives the chart 90 % of the window; details open as a dialog and Esc closes it",
  { tag: "@projector" },
  async ({ page }) => {
    await openChart(page);
    await page.keyboard.press("f");
    await expect(page.locator("html")).toHaveAttribute("data-room", "focus");
    await expectParam(page, "focus", "1");
    await expect(page.getByRole("navigation", { name: "Structure panel" })).toHaveCount(0);
    await settle(page);
    const frame = (await chart(page).boundingBox())!;
    const share = (frame.width * frame.height) / (1920 * 1080);
    expect(share, "the chart's share of the window").toBeGreaterThanOrEqual(0.9);
    await expectWholeChartInView(page, 14);
    await waitForFonts(page);
    await keepScreenshot(page, "room focus mode 1920x1080");

    await chart(page).getByRole("treeitem", { name: HQ }).click();
    const dialog = page.getByRole("dialog", { name: "Details" });
    await expect(dialog.getByRole("heading", { name: "Coalition multinational headquarters" })).toBeVisible();
    await expect(dialog.locator(":focus"), "focus moves into the details dialog").toHaveCount(1);
    await keepScreenshot(page, "room focus mode details");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(page.locator(":focus"), "focus returns to the card").toHaveAttribute("aria-label", HQ);
    // The focus key leaves again; the selection stays.
    await page.keyboard.press("f");
    await expect(page.getByRole("navigation", { name: "Structure panel" })).toBeVisible();
    await expectParam(page, "focus", null);
    await expectParam(page, "unit", "mnf-u-hq");
  },
);

test("Present reads as an action beside the room's toggles: a play mark, where a toggle that is on has a tick", async ({
  page,
}) => {
  await openModel(page, "?type=large");
  const room = page.getByRole("group", { name: "Room" });
  const present = room.getByRole("button", { name: "Present", exact: true });
  const largeType = room.getByRole("button", { name: "Large type" });
  await expect(largeType).toHaveAttribute("aria-pressed", "true");
  await expect(present).not.toHaveAttribute("aria-pressed");
  // Both are filled; a student read the filled Present as a mode already on.
  const mark = (button: Locator) =>
    button.evaluate((el) => {
      const before = getComputedStyle(el, "::before");
      return {
        play: parseFloat(before.borderLeftWidth) > 0 && before.borderLeftStyle === "solid",
        tick: before.transform !== "none",
      };
    });
  expect(await mark(present)).toEqual({ play: true, tick: false });
  expect(await mark(largeType)).toEqual({ play: false, tick: true });
});

test("focus mode at 1280 × 800 still gives the chart 90 % of the window", async ({ page }) => {
  await openChart(page, "?focus=1");
  const frame = (await chart(page).boundingBox())!;
  const share = (frame.width * frame.height) / (1280 * 800);
  expect(share, "the chart's share of the window").toBeGreaterThanOrEqual(0.9);
  await expectWholeChartInView(page, 14);
});

test("focus mode with large type at 1280 × 800: the key hides the cards it lies over, edge to edge, its caption inside it", async ({
  page,
}) => {
  await openChart(page, "?focus=1&type=large");
  const key = page.locator(".chart-view > .relation-legend");
  const keyBox = (await key.boundingBox())!;
  // The fit leaves a row of cards below the frame, under the key: they must not show through it.
  const under = (await cardsOnScreen(page)).filter(
    ({ box }) => box.y + box.height > keyBox.y && box.y < keyBox.y + keyBox.height,
  );
  expect(under.length, "cards lie under the key at this size").toBeGreaterThan(0);
  const alpha = await key.evaluate((el) => {
    const channels = getComputedStyle(el)
      .backgroundColor.match(/[\d.]+/g)!
      .map(Number);
    return channels.length > 3 ? channels[3]! : 1;
  });
  expect(alpha, "the key's backing is opaque: no card's words under its words").toBe(1);
  // No sliver of those cards below or beside it: the key runs along the chart's foot, edge to edge.
  const frame = (await chart(page).boundingBox())!;
  expect(keyBox.y + keyBox.height, "the key's bottom, at the chart's").toBeCloseTo(frame.y + frame.height, 0);
  expect(keyBox.x, "the key's left side, at the chart's").toBeCloseTo(frame.x, 0);
  expect(keyBox.x + keyBox.width, "the key's right side, at the chart's").toBeCloseTo(frame.x + frame.width, 0);
  const caption = (await key.locator(":scope > legend").boundingBox())!;
  expect(
    caption.y,
    "the key's caption is inside its box, not over the chart above it",
  ).toBeGreaterThanOrEqual(keyBox.y);
});

test("focus mode: the header's Share list and Deck & handout menu open in sight, and the page never scrolls sideways", async ({
  page,
}) => {
  await openChart(page, "?focus=1");
  /** Each control, by its words, that a pointer at its middle would press; else what covers it. */
  const underPointer = (names: string[]) =>
    Promise.all(
      names.map(async (name) => {
        const cover = await coveringElement(
          page.locator(".app-header").getByRole("button", { name, exact: true }),
        );
        return cover ? `${name}: hidden under ${cover}` : name;
      }),
    );
  await page.getByRole("button", { name: /^Share/ }).click();
  const shareItems = ["Copy link", "Embed…", "Export…"];
  expect(await underPointer(shareItems)).toEqual(shareItems);
  await page.keyboard.press("Escape");
  await page.locator(".briefing-menu > summary").click();
  const deckItems = ["Download deck (PowerPoint)", "Download handout (PDF)"];
  expect(await underPointer(deckItems)).toEqual(deckItems);
  for (const width of [390, 768, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const sideways = await sidewaysScroll(page);
    expect(sideways, `the page scrolls sideways by ${sideways} px at ${width} px`).toBe(0);
  }
});

test("focus mode on a phone (390 × 844): Leave focus and the first view tabs are in sight, the tabs whole on one row, the chart below the header", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const type of ["", "&type=large"]) {
    await openChart(page, `?focus=1${type}`);
    const header = (await page.locator(".app-header").boundingBox())!;
    const leave = (await page.getByRole("button", { name: "Leave focus" }).boundingBox())!;
    expect(leave.x, `${type}: Leave focus starts inside the window`).toBeGreaterThanOrEqual(0);
    expect(leave.x + leave.width, `${type}: Leave focus ends inside the window`).toBeLessThanOrEqual(390);
    expect(leave.y, `${type}: Leave focus inside the header`).toBeGreaterThanOrEqual(header.y);
    expect(leave.y + leave.height, `${type}: Leave focus inside the header`).toBeLessThanOrEqual(
      header.y + header.height,
    );
    // The tabs: one row, none cut off by the header's top or bottom (they wrapped into two, the
    // first clipped at the top and the last under it).
    const tabs = await page
      .locator(".app-header .view-switch button")
      .evaluateAll((buttons) =>
        buttons.map((b) => b.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })),
      );
    expect(tabs.length).toBe(5);
    for (const tab of tabs) {
      expect(tab.top, `${type}: a tab's top`).toBeCloseTo(tabs[0]!.top, 0);
      expect(tab.top, `${type}: a tab's top inside the header`).toBeGreaterThanOrEqual(header.y);
      expect(tab.bottom, `${type}: a tab's bottom inside the header`).toBeLessThanOrEqual(
        header.y + header.height,
      );
    }
    // Seen: Leave focus, Large type and Present came first, and the tabs began at x = 348, a
    // sliver that read as no tabs at all. The way out, then the first views, are in sight.
    for (const name of ["Org chart", "Map", "Matrix"]) {
      const tab = (await page
        .locator(".app-header .view-switch")
        .getByRole("button", { name })
        .boundingBox())!;
      expect(tab.x, `${type}: the ${name} tab after Leave focus`).toBeGreaterThan(leave.x + leave.width);
      expect(tab.x + tab.width, `${type}: the ${name} tab ends inside the window`).toBeLessThanOrEqual(390);
    }
    const view = (await page.locator(".main-view").boundingBox())!;
    expect(view.y, `${type}: the view starts below the header`).toBeGreaterThanOrEqual(
      header.y + header.height - 1,
    );
  }
});

test("focus mode: at 1280 px the title gives way so every header control is in sight; a row still cut off at the window's edge fades out there until scrolled to its end", async ({
  page,
}) => {
  await openChart(page, "?focus=1");
  const row = page.locator(".header-controls");
  const fade = () =>
    page.evaluate(() => Number(getComputedStyle(document.querySelector(".app-header")!, "::after").opacity));
  // At 1280 px (a common projector) the title ends in an ellipsis, whole on hover, and the last
  // controls, the theme and Share, are inside the window with no fade over them.
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute(
    "title",
    /Multinational Force Ukraine/,
  );
  await expect.poll(() => row.evaluate((r) => r.scrollWidth - r.clientWidth)).toBe(0);
  for (const control of [
    page.getByRole("combobox", { name: "Theme" }),
    page.getByRole("button", { name: /^Share/ }),
  ]) {
    const box = (await control.boundingBox())!;
    expect(box.x + box.width, "the control's right edge against the window's").toBeLessThanOrEqual(1280);
  }
  await expect.poll(fade, { message: "no fade when the row fits" }).toBe(0);
  // At 1024 px the row runs past the window: its last controls are out of sight, and the edge says so.
  await page.setViewportSize({ width: 1024, height: 768 });
  const cutOff = await row.evaluate((r) => r.scrollWidth - r.clientWidth);
  expect(cutOff, "the row's width past the window").toBeGreaterThan(0);
  await expect.poll(fade, { message: "the edge fades while there is more" }).toBeGreaterThan(0.9);
  await row.evaluate((r) => (r.scrollLeft = r.scrollWidth));
  await expect.poll(fade, { message: "no fade at the row's end" }).toBe(0);
  // A window wide enough for the whole row: nothing is cut, no fade.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(() => row.evaluate((r) => r.scrollWidth - r.clientWidth)).toBe(0);
  await expect.poll(fade, { message: "no fade when the row fits" }).toBe(0);
  // Large type too fits the row at 1280 px: its header words grow less than the room's.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: "Large type" }).click();
  await expectParam(page, "type", "large");
  await expect.poll(() => row.evaluate((r) => r.scrollWidth - r.clientWidth)).toBe(0);
  // And at 1920 px, where large type is 26 px: the title and its date whole, Share in sight
  // (the row's 26 px words had pushed Share off the screen and cut the date to "As of 7 Januar…").
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(() => row.evaluate((r) => r.scrollWidth - r.clientWidth)).toBe(0);
  for (const words of [page.getByRole("heading", { level: 1 }), page.locator(".focus-as-of")])
    expect(
      await words.evaluate((e) => e.scrollWidth - e.clientWidth),
      await words.innerText(),
    ).toBeLessThanOrEqual(0);
  const share = (await page.getByRole("button", { name: /^Share/ }).boundingBox())!;
  expect(share.x + share.width).toBeLessThanOrEqual(1920);
});

test("the Deck & handout menu closes as a menu does: on Escape, and when another menu opens; in the presentation Escape closes the menu before the room", async ({
  page,
}) => {
  await openChart(page);
  const menu = page.locator(".app-header .briefing-menu");
  const summary = menu.locator("summary");
  await summary.click();
  await expect(page.getByRole("button", { name: "Download deck (PowerPoint)" })).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await expect(menu).not.toHaveAttribute("open");
  await expect(summary).toBeFocused();
  await summary.click();
  await page.getByRole("button", { name: /^Share/ }).click();
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expect(menu, "the deck menu closes when the Share list opens").not.toHaveAttribute("open");
  await page.keyboard.press("Escape");

  // Keyboard alone: Tab past the menu's last item closes it, so it no longer hangs over the page.
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("open");
  for (let i = 0; i < 20 && (await menu.evaluate((m) => m.contains(document.activeElement))); i++)
    await page.keyboard.press("Tab");
  expect(await menu.evaluate((m) => m.contains(document.activeElement)), "focus has left the menu").toBe(
    false,
  );
  await expect(menu, "the menu closes once focus leaves it").not.toHaveAttribute("open");

  await page.getByRole("button", { name: "Present" }).click();
  const room = page.locator(".present-room");
  await expect(room).toBeVisible();
  const roomMenu = room.locator(".briefing-menu");
  // Its words are the size of the buttons' beside it: one row of controls, not one odd out.
  const fontSize = (control: Locator) => control.evaluate((c) => getComputedStyle(c).fontSize);
  expect(await fontSize(roomMenu.locator("summary"))).toBe(
    await fontSize(room.getByRole("button", { name: "Leave (Esc)" })),
  );
  await roomMenu.locator("summary").click();
  await expect(roomMenu).toHaveAttribute("open");
  await page.keyboard.press("Escape");
  await expect(roomMenu).not.toHaveAttribute("open");
  await expect(room, "the first Escape closes only the menu").toBeVisible();
  await page.keyboard.press("Escape");
  await expect(room).toBeHidden();
  await expect(
    page.getByRole("button", { name: "Present" }),
    "leaving the presentation puts keyboard focus back on Present",
  ).toBeFocused();
});

test("a presentation opened from a link on a 1366 × 768 laptop (no full screen): one row of controls, and step 3 shows each card it frames", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openModel(page, "?story=default&step=3");
  await expect(page.locator(".present-room")).toBeVisible();
  // A link is no gesture: the browser refuses full screen, and the room offers its button.
  await expect(page.getByRole("button", { name: "Full screen" })).toBeVisible();
  const bar = page.locator(".present-bar");
  const middles = await bar
    .locator(":scope > *")
    .evaluateAll((parts) => parts.map((p) => p.getBoundingClientRect()).map((r) => r.top + r.height / 2));
  expect(
    Math.max(...middles) - Math.min(...middles),
    "the bar's title, progress and controls on one row",
  ).toBeLessThan(10);
  const title = page.locator(".present-title");
  await expect(title).toHaveAttribute("title", /Multinational Force Ukraine/);
  // Whole, on two lines no taller than the buttons beside it (it was cut to "… in nine st…").
  expect(
    await title.evaluate((t) => t.scrollHeight <= t.clientHeight + 1 && t.scrollWidth <= t.clientWidth + 1),
    "the story's title is shown whole",
  ).toBe(true);
  const titleHeight = (await title.boundingBox())!.height;
  const leaveHeight = (await bar.getByRole("button", { name: "Leave (Esc)" }).boundingBox())!.height;
  expect(titleHeight, "the title no taller than the buttons").toBeLessThanOrEqual(leaveHeight);
  await waitForChart(page);
  await settle(page);
  const frame = (await chart(page).boundingBox())!;
  const framed = (await cardsOnScreen(page)).filter((c) => ["mnf-u", "mnf-u-hq", "kyiv-cell"].includes(c.id));
  expect(framed.map((c) => c.id).sort()).toEqual(["kyiv-cell", "mnf-u", "mnf-u-hq"]);
  for (const { id, box } of framed) expect(inside(box, frame), `${id} is inside the chart`).toBe(true);

  // Step 2, "a structure is agreed", shows that structure whole (only its top two rows were in view).
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/[?&]step=2\b/);
  await settle(page);
  const structure = ["mnf-u", "mnf-u-hq", "kyiv-cell", "loe-land", "loe-air", "loe-sea"];
  const step2Frame = (await chart(page).boundingBox())!;
  const shown = (await cardsOnScreen(page)).filter((c) => structure.includes(c.id));
  expect(shown.map((c) => c.id).sort()).toEqual([...structure].sort());
  for (const { id, box } of shown) expect(inside(box, step2Frame), `step 2: ${id} is inside the chart`).toBe(true);
});

test(
  "large type grows the panels and keeps card names at 20 px or more, their status at 16",
  { tag: "@projector" },
  async ({ page }) => {
    await openChart(page);
    const rootPx = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const base = await rootPx();
    const largeType = page.getByRole("button", { name: "Large type" });
    const tickWidth = () =>
      largeType.evaluate((button) => parseFloat(getComputedStyle(button, "::before").width) || 0);
    expect(await tickWidth(), "no tick while large type is off").toBe(0);
    await largeType.click();
    await expectParam(page, "type", "large");
    // On, it is filled like the Present button beside it: its tick tells them apart.
    expect(await tickWidth(), "a tick once large type is on").toBeGreaterThan(4);
    await expect.poll(rootPx, { message: "the type grows" }).toBeGreaterThan(base);
    await settle(page);
    const names = (await cardsOnScreen(page)).map((c) => c.namePx);
    expect(Math.min(...names), "the smallest card name in CSS px").toBeGreaterThanOrEqual(20 - 0.01);
    // Each card's status is read from afar too: 16 px or more on screen (it was 14).
    const statusPx = await page
      .locator(".chart-card .card-status text")
      .evaluateAll((texts) =>
        texts.map((t) => (t as SVGTextElement).getScreenCTM()!.a * parseFloat(getComputedStyle(t).fontSize)),
      );
    expect(statusPx.length, "status words on the cards").toBeGreaterThan(0);
    expect(Math.min(...statusPx), "the smallest status word in CSS px").toBeGreaterThanOrEqual(16 - 0.01);
    await waitForFonts(page);
    await keepScreenshot(page, "room large type 1920x1080");
    // On a 1280 × 800 projector the header's controls keep to one row under the title: the chart
    // starts above 60 % of the window's height (at 510 px when they ran onto a third row).
    await page.setViewportSize({ width: 1280, height: 800 });
    const middles = await page
      .locator(".header-controls > *")
      .evaluateAll((controls) =>
        controls
          .filter((c) => c.getClientRects().length)
          .map((c) => Math.round(c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2)),
      );
    expect(
      Math.max(...middles) - Math.min(...middles),
      `one row (middles ${middles.join(", ")})`,
    ).toBeLessThan(8);
    const chartTop = (await page.getByRole("tree", { name: "Org chart" }).boundingBox())!.y;
    expect(chartTop, "the chart's top").toBeLessThan(480);
  },
);

test("a briefer on the keyboard: Present puts focus in the room, and tabbed into the chart's key the story's keys still work", async ({
  page,
}) => {
  await openChart(page);
  const present = page.getByRole("button", { name: "Present" });
  await present.focus();
  await page.keyboard.press("Enter");
  const room = page.getByRole("main", { name: /in nine steps/ });
  await expect(room).toBeVisible();
  // Not dropped on the page's body with the header that held the Present button.
  await expect(room).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expectParam(page, "step", "2");

  // Tab on, past the room's buttons and the chart, to the first checkbox of the lines' key.
  const box = room.getByRole("checkbox").first();
  await expect(box).toBeChecked();
  for (let i = 0; i < 20 && !(await box.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(box).toBeFocused();
  // Space is the box's own; the arrows and Page Down still move the story; Esc still leaves.
  await page.keyboard.press(" ");
  await expect(box).not.toBeChecked();
  await expectParam(page, "step", "2");
  await page.keyboard.press(" ");
  await expect(box).toBeChecked();
  await page.keyboard.press("ArrowRight");
  await expectParam(page, "step", "3");
  await box.focus();
  await page.keyboard.press("PageDown");
  await expectParam(page, "step", "4");
  await box.focus();
  await page.keyboard.press("Escape");
  await expect(room).toHaveCount(0);
  await expect(present).toBeFocused();
});

test(
  "the story steps forward and back by keyboard and the URL follows; Esc leaves it",
  { tag: "@projector" },
  async ({ page }) => {
    // Nine steps, each waited for and some photographed: a long journey on a busy machine.
    test.slow();
    await openModel(page, "?unit=loe-sea&view=summary");
    await page.getByRole("button", { name: "Present" }).click();
    await expect(page.locator(".present-room")).toBeVisible();
    await expectParam(page, "story", "default");
    await expectParam(page, "step", "1");
    // Full screen, or where the browser refuses it, the window used whole with a hint.
    if (!(await page.evaluate(() => document.fullscreenElement !== null)))
      await expect(page.getByText(/Not in full screen/)).toBeVisible();
    await expect(progress(page)).toHaveText(/1 \/ \d+/);
    const count = Number(/\/ (\d+)/.exec(await progress(page).innerText())![1]);
    expect(count, "steps in the default story").toBeGreaterThanOrEqual(7);
    expect(count, "steps in the default story").toBeLessThanOrEqual(9);
    await waitForChart(page);
    await settle(page);
    await waitForFonts(page);
    await keepScreenshot(page, "room story step 1");

    const expectStep = async (n: number) => {
      await expectParam(page, "step", String(n));
      await expect(progress(page)).toHaveText(new RegExp(`^\\s*(Step\\s+)?${n} / ${count}`));
    };
    await page.keyboard.press("ArrowRight");
    await expectStep(2);
    await page.keyboard.press("PageDown");
    await expectStep(3);
    await settle(page);
    await keepScreenshot(page, "room story step 3");
    await page.keyboard.press(" ");
    await expectStep(4);
    await page.keyboard.press("ArrowRight");
    await expectStep(5);
    await waitForMap(page);
    await expect(page.locator(".map-stage svg").first()).toBeVisible();
    // The step's words name the three sea leads: the room's map names each, and keeps the note
    // that the air area is notional (it once stood on Romania's name, which was left out).
    for (const name of ["Türkiye", "Romania", "Bulgaria", "Air policing area"])
      await expect(
        page.locator(".map-stage .map-label", { hasText: name }),
        `${name} labelled on step 5's map`,
      ).toHaveCount(1);
    await keepScreenshot(page, "room story step 5");
    await page.keyboard.press("ArrowLeft");
    await expectStep(4);
    await page.keyboard.press("PageUp");
    await expectStep(3);
    await page.keyboard.press("End");
    await expectStep(count);
    await page.keyboard.press("Home");
    await expectStep(1);
    // Back goes to the previous step too: each step is a history entry.
    await page.keyboard.press("ArrowRight");
    await expectStep(2);
    await page.goBack();
    await expectStep(1);

    await page.keyboard.press("Escape");
    await expect(page.locator(".present-room")).toHaveCount(0);
    await expectParam(page, "story", null);
    // What the user had before the story is back.
    await expectParam(page, "unit", "loe-sea");
    await expectParam(page, "view", "summary");
  },
);

test(
  "a step's URL lands on that step, with its stage, view and selection",
  { tag: "@projector" },
  async ({ page }) => {
    await openModel(page, "?story=default&step=4");
    await expect(page.locator(".present-room")).toBeVisible();
    await expect(stepTitle(page)).toHaveText("The Kyiv cell, only if forces deploy");
    await expect(progress(page)).toHaveText(/4 \/ \d/);
    await expect(
      chart(page).getByRole("treeitem", { name: /^Kyiv cell \(Forward co-ordination cell, Kyiv\),/ }),
    ).toHaveAttribute("aria-selected", "true");
    await expect(page.locator(".present-step")).toContainText(
      /Sources: Justyna Gotkowska, July 2025 \(analysis\)/,
    );
  },
);

test(
  "the presenter window shows notes, the next step and a timer, and moves the audience window",
  { tag: "@projector" },
  async ({ page }) => {
    await openModel(page, "?story=default&step=2");
    await expect(page.locator(".present-room")).toBeVisible();
    const [presenter] = await Promise.all([
      page.context().waitForEvent("page"),
      page.getByRole("button", { name: "Presenter view" }).click(),
    ]);
    await expect(presenter.getByRole("main", { name: "Presenter view" })).toBeVisible({ timeout: 15_000 });
    await expect(presenter).toHaveURL((url) => url.searchParams.get("presenter") === "1");
    const now = presenter.locator("#presenter-now-title");
    await expect(now).toHaveText("July 2025: a structure is agreed");
    await expect(presenter.locator("#presenter-next-title")).toHaveText(
      "The headquarters: Paris, then London",
    );
    await expect(presenter.getByText("Notes")).toBeVisible();
    await expect(presenter.getByRole("timer")).toHaveText(/^\d+:\d\d$/);
    await waitForFonts(presenter);
    await keepScreenshot(presenter, "room presenter window");

    // A clicker's PageDown in the presenter's window moves the audience.
    await presenter.keyboard.press("PageDown");
    await expectParam(page, "step", "3");
    await expect(stepTitle(page)).toHaveText("The headquarters: Paris, then London");
    // And the audience window moving moves the presenter's.
    await page.bringToFront();
    await page.keyboard.press("ArrowRight");
    await expectParam(presenter, "step", "4");
    await expect(now).toHaveText("The Kyiv cell, only if forces deploy");
    await presenter.close();
  },
);

test("a broken story gives pointed errors, skips its bad steps, and the app stays usable", async ({
  page,
}) => {
  await openModel(page, "?model=./fixtures/broken-story.json&story=default&step=1");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("2 problems: steps 2, 3 of 4 skipped");
  await expect(alert).toContainText(/\/story\/steps\/1\/stage\s*Step 2 shows stage "2027-01"/);
  await expect(alert).toContainText(/\/story\/steps\/2\/select\/unit\s*Step 3 selects unit "brigade"/);
  await expect(progress(page)).toHaveText(/1 \/ 2/);
  await page.keyboard.press("ArrowRight");
  await expect(stepTitle(page)).toHaveText("The headquarters");
  await page.keyboard.press("Escape");
  // The model itself is shown and works.
  await expect(page.locator("h1", { hasText: "Example force with a broken story" })).toBeVisible();
  // The Present button says at load, not only when presenting, that steps are skipped.
  await expect(page.locator("#story-skipped")).toHaveText(/2 of 4 story steps are skipped/);
  await chart(page)
    .getByRole("treeitem", { name: /^HQ \(Example headquarters\)/ })
    .click();
  await expectParam(page, "unit", "hq");
});

test("print: the chart as one A4 landscape page with title, stage, as of, legend and sources", async ({
  page,
}) => {
  await openChart(page, "?unit=mnf-u-hq");
  // The handout's code is not in the first bundle: it loads in idle time, or when printing starts.
  await page.emulateMedia({ media: "print" });
  const handout = page.getByLabel("Printed handout");
  await expect(handout).toBeVisible({ timeout: 10_000 });
  await expect(handout).toContainText("Multinational Force Ukraine (MNF-U)");
  await expect(handout).toContainText("Stage: January 2026");
  await expect(handout).toContainText("As of 7 January 2026");
  await expect(handout).toContainText("Lines:");
  await expect(handout).toContainText(/Sources \(\d+\)/);
  expect(
    await handout.locator(".chart-card").count(),
    "the handout draws the whole chart",
  ).toBeGreaterThanOrEqual(10);
  await page.setViewportSize({ width: 1123, height: 794 }); // A4 landscape at 96 dpi
  await waitForFonts(page);
  await keepScreenshot(page, "room print preview");
  const pdf = await page.pdf({
    format: "A4",
    landscape: true,
    preferCSSPageSize: true,
    printBackground: true,
  });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages, "pages in the printed handout").toBe(1);
  await page.emulateMedia({ media: "screen" });
  await expect(handout).toHaveCount(0);
});

test("story steps appear without animation when the user asks for reduced motion", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await openApp(page, "?story=default&step=1");
  const step = page.locator(".present-step");
  await expect(step).toBeVisible();
  await expect(step).toHaveCSS("animation-name", "none");
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.keyboard.press("ArrowRight");
  await expectParam(page, "step", "2");
  await expect(step).toHaveCSS("animation-name", "present-in");
});
