// Journeys through the org chart in real Chromium: zoom, keyboard, search, filters,
// expand/collapse and the selection it shares with the rest of the app and the URL.
import assert from "node:assert/strict";
import type { Journey } from "./app.e2e";
import type { TestPage } from "./harness";
import { waitForModel } from "./harness";

const chart = (t: TestPage) => t.page.getByRole("tree", { name: "Org chart" });
const card = (t: TestPage, name: RegExp) => chart(t).getByRole("treeitem", { name });
const structureItem = (t: TestPage, name: RegExp) =>
  t.page.getByRole("tree", { name: "Structure" }).getByRole("treeitem", { name });
const param = (t: TestPage, name: string) => new URL(t.page.url()).searchParams.get(name);
const focusedName = (t: TestPage) =>
  t.page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");

/** The chart's zoom scale, read from the transform d3-zoom puts on the scene. */
async function chartScale(t: TestPage): Promise<number> {
  const transform = (await chart(t).locator(":scope > g").first().getAttribute("transform")) ?? "";
  const match = /scale\(([\d.]+)/.exec(transform);
  assert.ok(match, `the chart scene has a scale in its transform, got "${transform}"`);
  return Number(match[1]);
}

/** Waits until the zoom settles (buttons animate unless motion is reduced). */
async function settledScale(t: TestPage): Promise<number> {
  let previous = await chartScale(t);
  for (let i = 0; i < 20; i++) {
    await t.page.waitForTimeout(100);
    const now = await chartScale(t);
    if (Math.abs(now - previous) < 1e-6) return now;
    previous = now;
  }
  return previous;
}

async function openChart(t: TestPage, query = "") {
  await t.open(query);
  await waitForModel(t.page);
  await chart(t).waitFor();
  await t.page.waitForFunction(() => performance.getEntriesByName("chart:rendered").length > 0);
}

export const journeys: Journey[] = [
  {
    name: "marks chart:rendered once and names every card with its status",
    run: async (t) => {
      await openChart(t);
      assert.equal(await t.page.evaluate(() => performance.getEntriesByName("chart:rendered").length), 1);
      const names = await chart(t)
        .getByRole("treeitem")
        .evaluateAll((cards) => cards.map((c) => c.getAttribute("aria-label")));
      assert.ok(names.length >= 8, `the chart draws the units, got ${names.length}`);
      for (const name of names) assert.match(name ?? "", /, (decided|planned|proposed|dropped|reported)\b/);
      // January 2026: the HQ sits in Paris (its first year), London next.
      assert.match(names.find((n) => n?.startsWith("MNF-U Headquarters")) ?? "", /seat Paris, next London/);
      // Its flags are in its name too, each with role and status.
      assert.match(
        names.find((n) => n?.startsWith("MNF-U Headquarters")) ?? "",
        /France: lead \(decided\); United Kingdom: lead \(decided\)/,
      );
      const rotation = t.page.getByRole("group", { name: "Rotation of MNF-U HQ" }).first();
      await rotation.getByRole("button", { name: /^London/ }).click();
      assert.match((await card(t, /^MNF-U Headquarters/).getAttribute("aria-label")) ?? "", /seat London/);
      assert.match(await rotation.innerText(), /dates assumed/);
      // Chromium's own accessibility tree (not just the markup) exposes the cards as tree items.
      const cdp = await t.page.context().newCDPSession(t.page);
      const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
        nodes: { role?: { value?: string }; name?: { value?: string } }[];
      };
      const hqItems = nodes.filter(
        (n) => n.role?.value === "treeitem" && n.name?.value?.startsWith("MNF-U Headquarters"),
      );
      assert.equal(hqItems.length, 2, "the HQ is a tree item in the structure panel and on the chart");
      await cdp.detach();
      // Status is drawn in words on the card too, not by line style alone.
      assert.match((await card(t, /^Forward co-ordination cell, Kyiv/).textContent()) ?? "", /Planned/);
    },
  },
  {
    name: "zooms with the buttons, the + − 0 keys and the mouse wheel; Fit shows every card",
    run: async (t) => {
      await openChart(t);
      const start = await settledScale(t);
      await t.page.getByRole("button", { name: "Zoom in" }).click();
      const zoomedIn = await settledScale(t);
      assert.ok(zoomedIn > start * 1.1, `Zoom in grows the scale (${start} → ${zoomedIn})`);

      await chart(t).focus();
      await t.page.keyboard.press("-");
      const zoomedOut = await settledScale(t);
      assert.ok(zoomedOut < zoomedIn * 0.9, `"-" shrinks the scale (${zoomedIn} → ${zoomedOut})`);
      await t.page.keyboard.press("+");
      assert.ok((await settledScale(t)) > zoomedOut * 1.1, `"+" grows the scale`);

      const box = (await chart(t).boundingBox())!;
      await t.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const beforeWheel = await settledScale(t);
      await t.page.mouse.wheel(0, 400);
      const afterWheel = await settledScale(t);
      assert.ok(afterWheel < beforeWheel, `wheel down zooms out (${beforeWheel} → ${afterWheel})`);

      await chart(t).focus();
      await t.page.keyboard.press("0");
      const fitted = await settledScale(t);
      // Fit opens the chart where it can be read: names of at least 14 px, no card cut by the edge.
      assert.ok(fitted * 20 >= 14 - 1e-6, `names are ${fitted * 20} px after Fit`);
      const frame = (await chart(t).boundingBox())!;
      const boxes = await chart(t)
        .getByRole("treeitem")
        .evaluateAll((cards) => cards.map((c) => c.querySelector(".card-frame")!.getBoundingClientRect().toJSON() as DOMRect));
      let inside = 0;
      for (const b of boxes) {
        const within =
          b.left >= frame.x - 1 &&
          b.right <= frame.x + frame.width + 1 &&
          b.top >= frame.y - 1 &&
          b.bottom <= frame.y + frame.height + 1;
        const outside =
          b.right <= frame.x + 1 ||
          b.left >= frame.x + frame.width - 1 ||
          b.bottom <= frame.y + 1 ||
          b.top >= frame.y + frame.height - 1;
        assert.ok(within || outside, "after Fit no card is cut by the edge of the chart");
        if (within) inside++;
      }
      // At 1280 × 800 the default model fits whole.
      assert.equal(inside, boxes.length, "after Fit every card is inside the chart");
    },
  },
  {
    name: "arrow keys move between parent, children and siblings; Enter selects it everywhere",
    run: async (t) => {
      await openChart(t, "?unit=mnf-u");
      // Tab order: the chart holds one tab stop, on the selected card.
      await card(t, /^Multinational Force Ukraine,/).focus();
      await t.page.keyboard.press("ArrowUp");
      assert.match(await focusedName(t), /^Coalition of the Willing/);
      await t.page.keyboard.press("ArrowDown");
      const firstChild = await focusedName(t);
      assert.doesNotMatch(firstChild, /^Coalition of the Willing/);
      await t.page.keyboard.press("ArrowRight");
      const sibling = await focusedName(t);
      assert.notEqual(sibling, firstChild, "Right moves to the next sibling");
      await t.page.keyboard.press("ArrowLeft");
      assert.equal(await focusedName(t), firstChild, "Left moves back");

      // Walk to the Kyiv cell (the HQ's forward element, under MNF-U's HQ) and select it with Enter.
      await card(t, /^MNF-U Headquarters,/).focus();
      await t.page.keyboard.press("ArrowDown");
      for (let i = 0; i < 8 && !/^Forward co-ordination cell, Kyiv/.test(await focusedName(t)); i++)
        await t.page.keyboard.press("ArrowRight");
      assert.match(await focusedName(t), /^Forward co-ordination cell, Kyiv/);
      const ring = await t.page.evaluate(() => {
        const ringEl = document.activeElement?.querySelector(".card-focus-ring");
        return ringEl ? getComputedStyle(ringEl).display : "missing";
      });
      assert.notEqual(ring, "none", "the focused card shows its focus ring");
      await t.page.keyboard.press("Enter");
      assert.equal(param(t, "unit"), "kyiv-cell");
      assert.equal(await card(t, /^Forward co-ordination cell, Kyiv/).getAttribute("aria-selected"), "true");
      assert.equal(
        await structureItem(t, /^Forward co-ordination cell, Kyiv/).getAttribute("aria-selected"),
        "true",
      );
      assert.match(
        await t.page.getByRole("region", { name: "Details" }).locator("h2").innerText(),
        /Forward co-ordination cell, Kyiv/,
      );
    },
  },
  {
    name: "a click on a card selects it, and the URL keeps it through a reload and back",
    run: async (t) => {
      await openChart(t);
      // Fit first: on narrower windows the HQ card may start outside the chart's view.
      await t.page.getByRole("button", { name: "Fit" }).click();
      await settledScale(t);
      await card(t, /^MNF-U Headquarters/).click();
      assert.equal(param(t, "unit"), "mnf-u-hq");
      await t.page.reload();
      await openChart(t, `?unit=mnf-u-hq`);
      assert.equal(await card(t, /^MNF-U Headquarters/).getAttribute("aria-selected"), "true");
      assert.equal(await structureItem(t, /^MNF-U Headquarters/).getAttribute("aria-selected"), "true");
      await card(t, /^Forward co-ordination cell, Kyiv/).click();
      assert.equal(param(t, "unit"), "kyiv-cell");
      await t.page.goBack();
      await t.page.waitForFunction(() => new URL(location.href).searchParams.get("unit") === "mnf-u-hq");
      assert.equal(await card(t, /^MNF-U Headquarters/).getAttribute("aria-selected"), "true");
    },
  },
  {
    name: "search highlights matches and steps through them (1 of N, next, previous)",
    run: async (t) => {
      await openChart(t);
      await t.page.getByRole("searchbox", { name: "Search units" }).fill("cell");
      const count = t.page.locator(".search-count");
      const first = await count.innerText();
      const match = /^1 of (\d+)$/.exec(first);
      assert.ok(match && Number(match[1]) >= 2, `"cell" matches at least two units, got "${first}"`);
      const total = Number(match[1]);
      const current = () => chart(t).locator(".is-current-hit").getAttribute("aria-label");
      const firstHit = await current();
      assert.match(firstHit ?? "", /cell/i);
      assert.equal(await chart(t).locator(".is-hit").count(), total, "every match is highlighted");

      await t.page.getByRole("button", { name: "Next match" }).click();
      assert.equal(await count.innerText(), `2 of ${total}`);
      assert.notEqual(await current(), firstHit);
      await t.page.getByRole("button", { name: "Previous match" }).click();
      assert.equal(await count.innerText(), `1 of ${total}`);
      assert.equal(await current(), firstHit);

      await t.page.getByRole("searchbox", { name: "Search units" }).fill("no such unit anywhere");
      assert.equal(await count.innerText(), "No match");
    },
  },
  {
    name: "filters by status and domain dim what does not match",
    run: async (t) => {
      await openChart(t);
      await t.page.getByText("Filters", { exact: true }).click();
      await t.page
        .getByRole("group", { name: "Status" })
        .getByRole("checkbox", { name: /Dropped/ })
        .check();
      assert.match(await t.page.locator(".chart-filters summary").innerText(), /Filters \(1\)/);
      const dropped = card(t, /^Large ground force behind the front line/);
      assert.doesNotMatch((await dropped.getAttribute("class")) ?? "", /is-dimmed/);
      assert.match((await card(t, /^MNF-U Headquarters/).getAttribute("class")) ?? "", /is-dimmed/);

      await t.page
        .getByRole("group", { name: "Status" })
        .getByRole("checkbox", { name: /Dropped/ })
        .uncheck();
      await t.page.getByRole("group", { name: "Domain" }).getByRole("checkbox", { name: /Sea/ }).check();
      assert.doesNotMatch((await card(t, /^Sea line of effort/).getAttribute("class")) ?? "", /is-dimmed/);
      assert.match((await card(t, /^Air line of effort/).getAttribute("class")) ?? "", /is-dimmed/);
    },
  },
  {
    name: "collapse and expand: all at once, one card's toggle, and Space on the keyboard",
    run: async (t) => {
      await openChart(t);
      const cards = chart(t).getByRole("treeitem");
      const all = await cards.count();
      await t.page.getByRole("button", { name: "Collapse all" }).click();
      await t.page.waitForFunction(
        (n) => document.querySelectorAll('[aria-label="Org chart"] [role=treeitem]').length < n,
        all,
      );
      const collapsed = await cards.count();
      assert.ok(collapsed < all, `Collapse all hides children (${all} → ${collapsed})`);
      assert.equal(await card(t, /^Coalition of the Willing/).getAttribute("aria-expanded"), "false");

      await t.page.getByRole("button", { name: "Expand all" }).click();
      await t.page.waitForFunction(
        (n) => document.querySelectorAll('[aria-label="Org chart"] [role=treeitem]').length >= n,
        all,
      );
      assert.equal(await card(t, /^Multinational Force Ukraine,/).getAttribute("aria-expanded"), "true");

      // The toggle under a card closes just that branch.
      await card(t, /^Multinational Force Ukraine,/)
        .locator(".card-toggle")
        .click();
      assert.equal(await card(t, /^Multinational Force Ukraine,/).getAttribute("aria-expanded"), "false");
      assert.equal(await card(t, /^Forward co-ordination cell, Kyiv/).count(), 0);
      // Relations of units inside the closed branch are drawn from its card instead.
      assert.ok(
        (await chart(t).locator(".relation.is-rolled-up").count()) > 0,
        "relations roll up to the closed branch",
      );

      // Space on the focused card opens it again.
      await card(t, /^Multinational Force Ukraine,/).focus();
      await t.page.keyboard.press("Space");
      assert.equal(await card(t, /^Multinational Force Ukraine,/).getAttribute("aria-expanded"), "true");
      await card(t, /^Forward co-ordination cell, Kyiv/).waitFor();
    },
  },
  {
    name: "the chart comes back drawn after another view, keeping the selection",
    run: async (t) => {
      await openChart(t, "?unit=kyiv-cell");
      const views = t.page.getByRole("group", { name: "View" });
      await views.getByRole("button", { name: "Summary" }).click();
      await chart(t).waitFor({ state: "detached" });
      await views.getByRole("button", { name: "Org chart" }).click();
      await card(t, /^Forward co-ordination cell, Kyiv/).waitFor();
      assert.equal(await card(t, /^Forward co-ordination cell, Kyiv/).getAttribute("aria-selected"), "true");
      assert.ok((await chart(t).getByRole("treeitem").count()) >= 5, "the cards around it are drawn too");
    },
  },
  {
    name: "cards move with animation, and without it when the user asks for reduced motion",
    run: async (t) => {
      await openChart(t);
      const duration = () =>
        card(t, /^Coalition of the Willing/).evaluate((el) =>
          parseFloat(getComputedStyle(el).transitionDuration),
        );
      assert.ok((await duration()) >= 0.1, "cards glide to their new places by default");
      await t.page.emulateMedia({ reducedMotion: "reduce" });
      assert.ok((await duration()) < 0.01, "no motion under prefers-reduced-motion");
    },
  },
  {
    name: "zoom to selection brings the selected card into view, readable",
    run: async (t) => {
      await openChart(t, "?unit=monitoring-cell");
      await t.page.getByRole("button", { name: "Fit" }).click();
      await t.page.getByRole("button", { name: "Zoom to selection" }).click();
      assert.ok((await settledScale(t)) >= 0.99, "the selection is shown at full size");
      const frame = (await chart(t).boundingBox())!;
      const box = (await card(t, /^Coalition–US–Ukraine coordination cell/).boundingBox())!;
      assert.ok(
        box.x >= frame.x && box.x + box.width <= frame.x + frame.width,
        "the card is inside the chart",
      );
      assert.ok(
        box.y >= frame.y && box.y + box.height <= frame.y + frame.height,
        "the card is inside the chart",
      );
    },
  },
  {
    name: "the chart works on a 390 px phone: visible, no sideways scroll, cards selectable by touch",
    viewport: { width: 390, height: 844 },
    run: async (t) => {
      await openChart(t);
      await chart(t).scrollIntoViewIfNeeded();
      const overflow = await t.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `no horizontal scroll (${overflow}px)`);
      const frame = (await chart(t).boundingBox())!;
      assert.ok(
        frame.width >= 300 && frame.height >= 300,
        `the chart has room (${frame.width}×${frame.height})`,
      );
      await card(t, /^Coalition of the Willing/).click();
      assert.equal(param(t, "unit"), "coalition");
      // The details open above the chart; a link leads back to it.
      await t.page.getByRole("link", { name: "Back to the org chart" }).click();
      const top = (await chart(t).boundingBox())!.y;
      assert.ok(top < 844, `the chart is back in view (top at ${Math.round(top)} px)`);
    },
  },
];
